using HandoffPS.Core;

namespace HandoffPS.Core.Tests;

public class GitHistoryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 10, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_the_recorded_commit_lists_later_commits_oldest_first_and_files_by_lines_changed()
    {
        using var repo = TempFolder.GitRepo();
        string handoffCommit = repo.Commit("chore: before", "old.txt", 50, T0);
        repo.Commit("feat: parser", "src/parser.cs", 120, T0.AddHours(1));
        repo.Commit("fix: lexer", "src/lexer.cs", 30, T0.AddHours(2));

        GitChanges changes = GitHistory.Since(repo.Path, handoffCommit[..12], T0.AddYears(-1));

        Assert.Equal(new[] { "feat: parser", "fix: lexer" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(new[] { "src/parser.cs", "src/lexer.cs" }, changes.Files.Select(f => f.Path));
        Assert.Equal("+120 \u221230", new FileChange("x", 120, 30, false).Summary);
        Assert.Equal(120, changes.Files[0].Added);
        Assert.Equal("commit " + handoffCommit[..12], changes.Since);
        Assert.Empty(changes.Warnings);
    }

    [Fact]
    public void A_commit_that_is_gone_falls_back_to_the_time_with_one_warning()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        repo.Commit("old", "a.txt", 1, T0.AddDays(-3));
        repo.Commit("new", "b.txt", 1, T0.AddHours(1));

        GitChanges changes = GitHistory.Since(repo.Path, "0123456789ab", T0);

        Assert.Equal(new[] { "new" }, changes.Commits.Select(c => c.Subject));
        Assert.Contains("0123456789ab", Assert.Single(changes.Warnings));
    }

    [Fact]
    public void Without_a_previous_handoff_the_window_is_the_last_24_hours()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        DateTime now = DateTime.Now;
        repo.Commit("two days ago", "a.txt", 1, now.AddDays(-2));
        repo.Commit("an hour ago", "b.txt", 1, now.AddHours(-1));

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous: null, since: null, now);

        Assert.Equal(new[] { "an hour ago" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(new[] { "b.txt" }, changes.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_previous_handoff_without_a_commit_line_starts_at_its_time()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        repo.Commit("before", "a.txt", 1, new DateTimeOffset(2025, 10, 26, 12, 0, 0, TimeSpan.Zero));
        repo.Commit("after", "b.txt", 1, new DateTimeOffset(2025, 10, 28, 12, 0, 0, TimeSpan.Zero));
        var previous = new Handoff { Description = "p", Date = new DateTime(2025, 10, 27, 12, 0, 0), Offset = "+00:00" };

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous, since: null, DateTime.Now);

        Assert.Equal(new[] { "after" }, changes.Commits.Select(c => c.Subject));
        Assert.Empty(changes.Warnings);
    }

    [Fact]
    public void Uncommitted_and_untracked_files_count_but_handoffs_do_not()
    {
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        File.AppendAllText(Path.Combine(repo.Path, "file.txt"), "edit\n");
        Directory.CreateDirectory(Path.Combine(repo.Path, "newdir"));
        File.WriteAllText(Path.Combine(repo.Path, "newdir", "n.txt"), "a\nb\n");
        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-0930-x.md"), "# x\n");

        GitChanges changes = GitHistory.Since(repo.Path, head, T0);

        Assert.Empty(changes.Commits);
        Assert.Equal(new[] { "newdir/n.txt", "file.txt" }, changes.Files.Select(f => f.Path));
        Assert.All(changes.Files, f => Assert.True(f.Uncommitted));
        Assert.Equal(2, changes.UncommittedFiles);
    }

    [Fact]
    public void Merge_commits_are_left_out()
    {
        using var repo = TempFolder.GitRepo();
        string start = repo.Git("rev-parse", "HEAD").Trim();
        repo.Git("checkout", "-q", "-b", "side");
        repo.Commit("side work", "side.txt", 1, null);
        repo.Git("checkout", "-q", "main");
        repo.Commit("main work", "main.txt", 1, null);
        repo.Git("merge", "-q", "--no-edit", "side");

        GitChanges changes = GitHistory.Since(repo.Path, start, T0);

        Assert.Equal(2, changes.Commits.Count);
        Assert.DoesNotContain(changes.Commits, c => c.Subject.StartsWith("Merge", StringComparison.Ordinal));
    }

    [Fact]
    public void Commits_that_only_add_handoffs_are_not_work()
    {
        using var repo = TempFolder.GitRepo();
        string start = repo.Git("rev-parse", "HEAD").Trim();
        repo.Commit("docs: handoff", "session-handoffs/2025-10-27-0930-x.md", 3, null);
        repo.Commit("feat: real work", "src/a.cs", 2, null);
        repo.Commit("docs: another handoff", "session-handoffs/2025-10-28-0930-y.md", 3, null);

        GitChanges changes = GitHistory.Since(repo.Path, start, T0);

        Assert.Equal(new[] { "feat: real work" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(new[] { "src/a.cs" }, changes.Files.Select(f => f.Path));
    }

    [Fact]
    public void Outside_a_repository_there_is_nothing_and_a_warning()
    {
        using var folder = new TempFolder();

        GitChanges changes = GitHistory.Since(folder.Path, null, T0);

        Assert.Empty(changes.Commits);
        Assert.Empty(changes.Files);
        Assert.Single(changes.Warnings);
    }

    [Fact]
    public void From_git_puts_explicit_values_first_caps_key_files_and_never_repeats()
    {
        var commits = new[] { new GitCommitInfo("a", "feat: x", T0), new GitCommitInfo("b", "Explicit item", T0) };
        var files = Enumerable.Range(1, 20).Select(i => new FileChange($"f{i:00}.cs", 100 - i, i, false)).ToArray();
        var draft = new Handoff { Description = "d", CompletedWork = new[] { "explicit item" }, KeyFiles = new[] { new KeyFile("f01.cs", "mine") } };

        Handoff h = FromGit.Apply(draft, new GitChanges(commits, files, 0, "x", Array.Empty<string>()));

        Assert.Equal(new[] { "explicit item", "feat: x" }, h.CompletedWork);
        Assert.Equal(1 + FromGit.MaxKeyFiles, h.KeyFiles.Length);
        Assert.Equal(new KeyFile("f01.cs", "mine").ToString(), h.KeyFiles[0].ToString());
        Assert.Equal("f02.cs", h.KeyFiles[1].Path);
        Assert.Single(h.KeyFiles, k => k.Path == "f01.cs");
    }
}
