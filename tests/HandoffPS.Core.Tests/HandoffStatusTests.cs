using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Whether a handoff is due, in real folders and real git repositories. Each handoff is written by hand
/// (2025-10-27 09:30, file name and header agree); <c>now</c> is given, so ages are exact.
/// </summary>
public class HandoffStatusTests
{
    private static readonly DateTime Written = new(2025, 10, 27, 9, 30, 0);

    /// <summary>
    /// As Get-HandoffStatus does it: the project of <paramref name="path"/> (given as the root when
    /// <paramref name="pathIsRoot"/>, else the git work tree holding it), its latest handoff, the verdict.
    /// </summary>
    private static HandoffStatus Evaluate(string path, DateTime now, TimeSpan? maxAge = null, int minCommits = HandoffStatus.DefaultMinCommits, bool pathIsRoot = false)
    {
        HandoffProject project = HandoffProject.Resolve(pathIsRoot ? path : null, path);
        var errors = new List<HandoffException>();
        Handoff? latest = HandoffStore.Latest(project.Folder, errors);
        Assert.Empty(errors);
        return HandoffStatus.Evaluate(project, latest, now, maxAge, minCommits);
    }

    /// <summary>Writes a handoff of <see cref="Written"/> into the project's session-handoffs folder.</summary>
    private static string WriteHandoff(string root, string? branch = null, string? commit = null, string description = "Status check")
    {
        string folder = Path.Combine(root, "session-handoffs");
        Directory.CreateDirectory(folder);
        string text = $"# Session Handoff: {description}\n\n**Date**: 2025-10-27\n**Time**: 09:30:00\n"
            + (branch is null ? string.Empty : $"**Branch**: {branch}\n")
            + (commit is null ? string.Empty : $"**Commit**: {commit[..12]}\n");
        string path = Path.Combine(folder, "2025-10-27-0930-status-check.md");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Defaults_are_eight_hours_and_one_commit()
    {
        Assert.Equal(TimeSpan.FromHours(8), HandoffStatus.DefaultMaxAge);
        Assert.Equal(1, HandoffStatus.DefaultMinCommits);
    }

    // ---- Outside a repository: only the age counts. ----

    [Fact]
    public void Outside_git_without_a_handoff_nothing_is_due()
    {
        using var t = new TempFolder();

        HandoffStatus s = Evaluate(t.Path, Written);

        Assert.False(s.IsDue);
        Assert.Equal("No handoff yet, and no git repository to tell whether there is work.", s.Reason);
        Assert.Equal(t.Path, s.ProjectRoot);
        Assert.Null(s.LatestHandoff);
        Assert.Null(s.Age);
        Assert.Null(s.AgeHours);
        Assert.Null(s.Branch);
        Assert.False(s.BranchChanged);
        Assert.Equal(0, s.CommitsSince);
        Assert.Equal(0, s.UncommittedChanges);
        Assert.Equal(0, s.FilesChangedSince);
    }

    [Theory]
    [InlineData(479, false, "The latest handoff is 8 hours old; no git repository to count work.")]
    [InlineData(480, false, "The latest handoff is 8 hours old; no git repository to count work.")]
    [InlineData(486, true, "The latest handoff is 8.1 hours old (more than 8 hours); no git repository to count work.")]
    public void Outside_git_a_handoff_is_due_when_older_than_the_default_max_age(int minutes, bool due, string reason)
    {
        using var t = new TempFolder();
        string file = WriteHandoff(t.Path, branch: "main");

        HandoffStatus s = Evaluate(t.Path, Written.AddMinutes(minutes));

        Assert.Equal(due, s.IsDue);
        Assert.Equal(reason, s.Reason);
        Assert.Equal(TimeSpan.FromMinutes(minutes).TotalHours, s.AgeHours);
        Assert.Contains($"is {s.Age} old", s.Reason, StringComparison.Ordinal);
        Assert.Equal(file, s.LatestHandoff);
        Assert.Null(s.Branch);
        Assert.False(s.BranchChanged);
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void Outside_git_the_max_age_is_the_one_given(int minutes, bool due)
    {
        using var t = new TempFolder();
        WriteHandoff(t.Path);

        HandoffStatus s = Evaluate(t.Path, Written.AddMinutes(minutes), maxAge: TimeSpan.FromMinutes(30));

        Assert.Equal(due, s.IsDue);
        Assert.Equal(
            due ? $"The latest handoff is {minutes} minutes old (more than 30 minutes); no git repository to count work."
                : $"The latest handoff is {minutes} minutes old; no git repository to count work.",
            s.Reason);
    }

    [Fact]
    public void A_max_age_just_over_the_age_is_not_exceeded()
    {
        using var t = new TempFolder();
        WriteHandoff(t.Path);

        Assert.False(Evaluate(t.Path, Written.AddHours(8), maxAge: TimeSpan.FromHours(8).Add(TimeSpan.FromTicks(1))).IsDue);
        Assert.True(Evaluate(t.Path, Written.AddHours(8), maxAge: TimeSpan.FromHours(8).Subtract(TimeSpan.FromTicks(1))).IsDue);
    }

    [Theory]
    [InlineData(-5.0, "0 minutes")]
    [InlineData(0.0, "0 minutes")]
    [InlineData(29.4, "29 minutes")]
    [InlineData(29.6, "30 minutes")]
    [InlineData(89.0, "89 minutes")]
    [InlineData(89.9, "90 minutes")]
    [InlineData(90.0, "1.5 hours")]
    [InlineData(100.0, "1.7 hours")]
    [InlineData(2874.0, "47.9 hours")]
    [InlineData(2879.0, "48 hours")]
    [InlineData(2880.0, "2 days")]
    [InlineData(4319.0, "2 days")]
    [InlineData(4320.0, "3 days")]
    public void Ages_read_in_minutes_then_hours_then_days(double minutes, string words)
    {
        using var t = new TempFolder();
        WriteHandoff(t.Path);

        HandoffStatus s = Evaluate(t.Path, Written.AddMinutes(minutes), maxAge: TimeSpan.FromDays(30));

        Assert.Equal($"The latest handoff is {words} old; no git repository to count work.", s.Reason);
    }

    // ---- In a repository without a handoff. ----

    [Fact]
    public void In_a_repository_with_a_commit_and_no_handoff_one_is_due()
    {
        using var repo = TempFolder.GitRepo();

        HandoffStatus s = Evaluate(repo.Path, DateTime.Now);

        Assert.True(s.IsDue);
        Assert.Equal("No handoff yet, and the repository has work.", s.Reason);
        Assert.Equal(repo.Path, s.ProjectRoot);
        Assert.Equal("main", s.Branch);
        Assert.Null(s.LatestHandoff);
        Assert.Null(s.Age);
        Assert.Null(s.AgeHours);
        Assert.False(s.BranchChanged);
        Assert.Equal(1, s.CommitsSince);
        Assert.Equal(1, s.FilesChangedSince);
        Assert.Equal(0, s.UncommittedChanges);
    }

    [Fact]
    public void In_an_empty_repository_nothing_is_due_until_a_file_appears()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);

        HandoffStatus empty = Evaluate(repo.Path, DateTime.Now);

        Assert.False(empty.IsDue);
        Assert.Equal("No handoff yet, and no work in the repository yet.", empty.Reason);
        Assert.Equal(0, empty.UncommittedChanges);

        File.WriteAllText(Path.Combine(repo.Path, "draft.txt"), "x\n");
        HandoffStatus withFile = Evaluate(repo.Path, DateTime.Now);

        Assert.True(withFile.IsDue);
        Assert.Equal("No handoff yet, and the repository has work.", withFile.Reason);
        Assert.Equal(1, withFile.UncommittedChanges);
        Assert.Equal(0, withFile.CommitsSince);
    }

    // ---- In a repository with a handoff: work and age. ----

    [Theory]
    [InlineData(479, false, "1 commit and 0 uncommitted files since the latest handoff, 8 hours ago (not more than 8 hours).")]
    [InlineData(480, false, "1 commit and 0 uncommitted files since the latest handoff, 8 hours ago (not more than 8 hours).")]
    [InlineData(486, true, "1 commit and 0 uncommitted files since the latest handoff, 8.1 hours ago (more than 8 hours).")]
    public void With_commits_since_the_handoff_it_is_due_once_older_than_max_age(int minutes, bool due, string reason)
    {
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        string file = WriteHandoff(repo.Path, branch: "main", commit: head);
        repo.Commit("work", "src/a.txt", 3, null);

        HandoffStatus s = Evaluate(repo.Path, Written.AddMinutes(minutes));

        Assert.Equal(due, s.IsDue);
        Assert.Equal(reason, s.Reason);
        Assert.Equal(1, s.CommitsSince);
        Assert.Equal(1, s.FilesChangedSince);
        Assert.Equal(0, s.UncommittedChanges);
        Assert.Equal(TimeSpan.FromMinutes(minutes).TotalHours, s.AgeHours);
        Assert.Equal(file, s.LatestHandoff);
        Assert.Equal("main", s.Branch);
        Assert.False(s.BranchChanged);
        Assert.Equal(repo.Path, s.ProjectRoot);
    }

    [Fact]
    public void Uncommitted_files_alone_are_work()
    {
        using var repo = TempFolder.GitRepo();
        WriteHandoff(repo.Path, branch: "main", commit: repo.Git("rev-parse", "HEAD").Trim());
        File.WriteAllText(Path.Combine(repo.Path, "a.txt"), "a\n");

        HandoffStatus s = Evaluate(repo.Path, Written.AddHours(9));

        Assert.True(s.IsDue);
        Assert.Equal("0 commits and 1 uncommitted file since the latest handoff, 9 hours ago (more than 8 hours).", s.Reason);
        Assert.Equal(0, s.CommitsSince);
        Assert.Equal(1, s.UncommittedChanges);
        Assert.Equal(1, s.FilesChangedSince);

        repo.Commit("more", "c.txt", 1, null);
        repo.Commit("again", "c.txt", 1, null);
        File.WriteAllText(Path.Combine(repo.Path, "u1.txt"), "u\n");
        File.WriteAllText(Path.Combine(repo.Path, "u2.txt"), "u\n");

        Assert.Equal(
            "2 commits and 2 uncommitted files since the latest handoff, 9 hours ago (more than 8 hours).",
            Evaluate(repo.Path, Written.AddHours(9)).Reason);
    }

    [Fact]
    public void Without_work_an_old_handoff_is_not_due_and_the_handoff_folder_is_not_work()
    {
        using var repo = TempFolder.GitRepo();
        WriteHandoff(repo.Path, branch: "main", commit: repo.Git("rev-parse", "HEAD").Trim());
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "README.md"), "# Session Handoffs\n");

        HandoffStatus s = Evaluate(repo.Path, Written.AddDays(3));

        Assert.False(s.IsDue);
        Assert.Equal("No work since the latest handoff, 3 days ago.", s.Reason);
        Assert.Equal(0, s.CommitsSince);
        Assert.Equal(0, s.UncommittedChanges);
        Assert.Equal(0, s.FilesChangedSince);
    }

    // ---- In a repository with a handoff: branch changes and MinCommits. ----

    [Fact]
    public void Past_the_commit_cap_it_is_due_and_says_at_least()
    {
        using TempFolder repo = TempFolder.GitRepo(withCommit: false);
        string start = GitActivityTests.FastImport(repo, Git.GitActivity.CommitCap + 10);
        WriteHandoff(repo.Path, branch: "main", commit: start);

        HandoffStatus s = Evaluate(repo.Path, Written.AddDays(2));

        Assert.True(s.IsDue);
        Assert.Equal(Git.GitActivity.CommitCap, s.CommitsSince);
        Assert.True(s.CommitsSinceIsLowerBound);
        Assert.Equal($"At least {Git.GitActivity.CommitCap} commits and 0 uncommitted files since the latest handoff, 2 days ago (more than 8 hours).", s.Reason);
    }

    private static TempFolder RepoOnFeatureBranch(int commits, string? handoffBranch = "main")
    {
        TempFolder repo = TempFolder.GitRepo();
        WriteHandoff(repo.Path, branch: handoffBranch, commit: repo.Git("rev-parse", "HEAD").Trim());
        repo.Git("checkout", "-q", "-b", "feature");
        for (int i = 0; i < commits; i++)
        {
            repo.Commit("work " + i, "src/f.txt", 1, null);
        }

        return repo;
    }

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, true)]
    [InlineData(1, 2, false)]
    [InlineData(2, 2, true)]
    [InlineData(3, 2, true)]
    [InlineData(2, 3, false)]
    public void On_another_branch_it_is_due_from_min_commits(int commits, int minCommits, bool due)
    {
        using TempFolder repo = RepoOnFeatureBranch(commits);

        HandoffStatus s = Evaluate(repo.Path, Written.AddHours(1), minCommits: minCommits);

        Assert.True(s.BranchChanged);
        Assert.Equal("feature", s.Branch);
        Assert.Equal(commits, s.CommitsSince);
        Assert.Equal(due, s.IsDue);
        string plural = commits == 1 ? "1 commit" : $"{commits} commits";
        Assert.Equal(
            due ? $"On branch feature since the latest handoff (on main), with {plural}."
                : $"{plural} and 0 uncommitted files since the latest handoff, 60 minutes ago (not more than 8 hours).",
            s.Reason);
    }

    [Fact]
    public void On_another_branch_without_commits_nothing_is_due_at_the_default()
    {
        using TempFolder repo = RepoOnFeatureBranch(0);

        HandoffStatus s = Evaluate(repo.Path, Written.AddHours(1));

        Assert.True(s.BranchChanged);
        Assert.False(s.IsDue);
        Assert.Equal("No work since the latest handoff, 60 minutes ago.", s.Reason);
        Assert.True(Evaluate(repo.Path, Written.AddHours(1), minCommits: 0).IsDue);
    }

    [Fact]
    public void On_the_same_branch_commits_alone_do_not_make_it_due()
    {
        using var repo = TempFolder.GitRepo();
        WriteHandoff(repo.Path, branch: "main", commit: repo.Git("rev-parse", "HEAD").Trim());
        repo.Commit("one", "a.txt", 1, null);
        repo.Commit("two", "a.txt", 1, null);

        HandoffStatus s = Evaluate(repo.Path, Written.AddHours(1), minCommits: 1);

        Assert.False(s.BranchChanged);
        Assert.False(s.IsDue);
        Assert.Equal("2 commits and 0 uncommitted files since the latest handoff, 60 minutes ago (not more than 8 hours).", s.Reason);
    }

    [Fact]
    public void A_handoff_without_a_branch_never_counts_as_another_branch()
    {
        using TempFolder repo = RepoOnFeatureBranch(2, handoffBranch: null);

        HandoffStatus s = Evaluate(repo.Path, Written.AddHours(1));

        Assert.False(s.BranchChanged);
        Assert.False(s.IsDue);
        Assert.Equal("feature", s.Branch);
    }

    [Fact]
    public void Age_wins_over_the_branch_rule_in_the_reason()
    {
        using TempFolder repo = RepoOnFeatureBranch(1);

        HandoffStatus s = Evaluate(repo.Path, Written.AddHours(9));

        Assert.True(s.IsDue);
        Assert.Equal("1 commit and 0 uncommitted files since the latest handoff, 9 hours ago (more than 8 hours).", s.Reason);
    }

    // ---- Which project. ----

    [Fact]
    public void From_a_subfolder_the_project_is_the_work_tree_root()
    {
        using var repo = TempFolder.GitRepo();
        string file = WriteHandoff(repo.Path, branch: "main", commit: repo.Git("rev-parse", "HEAD").Trim());
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "src")).FullName;

        HandoffStatus s = Evaluate(sub, Written.AddHours(1));

        Assert.Equal(repo.Path, s.ProjectRoot);
        Assert.Equal(file, s.LatestHandoff);
    }

    [Fact]
    public void A_folder_given_as_root_is_the_project_even_inside_a_repository()
    {
        using var repo = TempFolder.GitRepo();
        WriteHandoff(repo.Path, branch: "main", commit: repo.Git("rev-parse", "HEAD").Trim(), description: "Top level");
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "tools")).FullName;

        HandoffStatus none = Evaluate(sub, Written.AddHours(1), pathIsRoot: true);

        Assert.Equal(sub, none.ProjectRoot);
        Assert.Null(none.LatestHandoff);
        Assert.Equal("main", none.Branch);

        string file = WriteHandoff(sub, branch: "main", commit: repo.Git("rev-parse", "HEAD").Trim(), description: "Sub project");
        HandoffStatus own = Evaluate(sub, Written.AddHours(1), pathIsRoot: true);

        Assert.Equal(file, own.LatestHandoff);
        Assert.Equal("Sub project", own.LatestDescription);
    }

    [Fact]
    public void A_latest_handoff_without_a_date_is_never_due_and_says_so_inside_git_and_outside()
    {
        using var outside = new TempFolder();
        var undated = new Handoff { Description = "Undated" };

        HandoffStatus s = HandoffStatus.Evaluate(HandoffProject.Resolve(outside.Path, outside.Path), undated, Written);

        Assert.False(s.IsDue);
        Assert.Null(s.Age);
        Assert.Equal("The latest handoff has no date; no git repository to count work.", s.Reason);

        using TempFolder repo = TempFolder.GitRepo();
        HandoffStatus inGit = HandoffStatus.Evaluate(HandoffProject.Resolve(null, repo.Path), undated, Written);

        Assert.False(inGit.IsDue);
        Assert.Equal("The latest handoff has no date.", inGit.Reason);
    }
}
