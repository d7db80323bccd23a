using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

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

    [Theory]
    [InlineData(GitHistory.UntrackedLineCountCap, false)]
    [InlineData(GitHistory.UntrackedLineCountCap + 1, true)]
    public void Past_the_cap_untracked_files_are_listed_without_line_counts_and_tracked_ones_keep_theirs(int untracked, bool capped)
    {
        // Thousands of untracked files (build output nobody ignored) once cost -FromGit and the context seconds: every
        // file was read to count its lines.
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        File.AppendAllText(Path.Combine(repo.Path, "file.txt"), "one\ntwo\nthree\n");
        string gen = Path.Combine(repo.Path, "gen");
        Directory.CreateDirectory(gen);
        for (int i = 0; i < untracked; i++)
        {
            File.WriteAllText(Path.Combine(gen, $"f{i:D5}.txt"), "a\nb\n");
        }

        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-0930-x.md"), "# x\n");

        GitChanges changes = GitHistory.Since(repo.Path, head, T0);

        Assert.Equal(untracked + 1, changes.UncommittedFiles);
        FileChange tracked = changes.Files[0];
        Assert.Equal(("file.txt", 3, 0), (tracked.Path, tracked.Added, tracked.Deleted));
        Assert.Equal(capped ? 0 : 2, changes.Files.Single(f => f.Path == "gen/f00000.txt").Added);
        Assert.Equal(capped ? new[] { $"{untracked} untracked files: too many to count their lines, so Key Files rank them last. Add build output to .gitignore." } : Array.Empty<string>(),
            changes.Warnings);
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

    // ---- a fixed clock: the time-window path (no previous handoff commit) is deterministic ----

    private static readonly DateTime Now = new(2025, 10, 28, 9, 0, 0, DateTimeKind.Utc);

    private static DateTimeOffset At(TimeSpan beforeNow) => new DateTimeOffset(Now) - beforeNow;

    /// <summary>Writes each file (null content deletes it), stages everything and commits at <paramref name="when"/>.</summary>
    private static string CommitFiles(TempFolder repo, string message, DateTimeOffset when, params (string Path, string? Content)[] files)
    {
        foreach ((string path, string? content) in files)
        {
            string full = Path.Combine(repo.Path, path);
            if (content is null)
            {
                if (Directory.Exists(full))
                {
                    Directory.Delete(full, recursive: true);
                }
                else
                {
                    File.Delete(full);
                }

                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        repo.Git("add", "-A");
        repo.GitWith(Dates(when, when), "commit", "-q", "--allow-empty", "-m", message);
        return repo.Git("rev-parse", "HEAD").Trim();
    }

    private static Dictionary<string, string> Dates(DateTimeOffset author, DateTimeOffset committer) =>
        new() { ["GIT_AUTHOR_DATE"] = author.ToString("o"), ["GIT_COMMITTER_DATE"] = committer.ToString("o") };

    private static string Lines(int count, string word = "line") => string.Concat(Enumerable.Range(1, count).Select(i => $"{word} {i}\n"));

    /// <summary>Subjects of git's own log since <paramref name="sinceExclusive"/>, oldest first: the second method.</summary>
    private static string[] GitLog(TempFolder repo, string range) =>
        repo.Git("log", "--reverse", "--format=%s", range).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<bool> FirstHandoffPaths => new() { false, true };

    [Theory]
    [MemberData(nameof(FirstHandoffPaths))]
    public void A_first_handoff_over_a_time_window_leaves_out_handoff_only_commits(bool explicitSince)
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "chore: start", At(TimeSpan.FromDays(3)), ("README.md", Lines(1)));
        CommitFiles(repo, "feat: parser", At(TimeSpan.FromHours(5)), ("src/parser.cs", Lines(4)));
        CommitFiles(repo, "docs: handoff only", At(TimeSpan.FromHours(4)), ("session-handoffs/2025-10-28-0500-x.md", Lines(3)));
        CommitFiles(repo, "fix: lexer", At(TimeSpan.FromHours(2)), ("src/lexer.cs", Lines(2)));

        GitChanges changes = explicitSince
            ? GitHistory.SinceHandoff(repo.Path, previous: null, since: Now.AddHours(-6), Now)
            : GitHistory.SinceHandoff(repo.Path, previous: null, since: null, Now);

        Assert.Equal(new[] { "feat: parser", "fix: lexer" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(new[] { "src/parser.cs", "src/lexer.cs" }, changes.Files.Select(f => f.Path));
        Assert.Equal(0, changes.UncommittedFiles);
        Assert.Empty(changes.Warnings);
    }

    [Theory]
    [InlineData(-1, false)] // one second older than the window: the base, not listed
    [InlineData(0, true)]   // exactly at the start of the window: listed
    [InlineData(1, true)]   // one second inside: listed
    public void The_24_hour_window_includes_a_commit_at_its_start_and_not_one_second_before(int secondsInside, bool listed)
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "old", At(TimeSpan.FromDays(3)), ("old.txt", Lines(1)));
        CommitFiles(repo, "edge", At(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(secondsInside)), ("edge.txt", Lines(2)));
        CommitFiles(repo, "recent", At(TimeSpan.FromHours(1)), ("recent.txt", Lines(1)));

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous: null, since: null, Now);

        Assert.Equal(listed ? new[] { "edge", "recent" } : new[] { "recent" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(listed ? new[] { "edge.txt", "recent.txt" } : new[] { "recent.txt" }, changes.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_window_that_covers_the_whole_history_lists_every_commit_and_file_from_the_root()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string root = CommitFiles(repo, "root", At(TimeSpan.FromHours(10)), ("a.txt", Lines(3)));
        CommitFiles(repo, "second", At(TimeSpan.FromHours(9)), ("b.txt", Lines(1)));
        CommitFiles(repo, "docs: handoff", At(TimeSpan.FromHours(8)), ("session-handoffs/2025-10-27-2300-h.md", Lines(5)));
        string last = CommitFiles(repo, "third", At(TimeSpan.FromHours(7)), ("a.txt", Lines(4)));

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous: null, since: null, Now);

        Assert.Equal(new[] { "root", "second", "third" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(root, changes.Commits[0].Sha);
        Assert.Equal(last, changes.Commits[2].Sha);
        Assert.Equal(At(TimeSpan.FromHours(10)), changes.Commits[0].When);
        Assert.Equal(new[] { "a.txt", "b.txt" }, changes.Files.Select(f => f.Path));
        Assert.Equal((4, 0, false), (changes.Files[0].Added, changes.Files[0].Deleted, changes.Files[0].Uncommitted));
        Assert.Empty(changes.Warnings);
    }

    [Fact]
    public void Commits_made_in_the_same_second_keep_their_order_and_match_git_log()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string start = CommitFiles(repo, "start", At(TimeSpan.FromHours(30)), ("s.txt", Lines(1)));
        DateTimeOffset same = At(TimeSpan.FromHours(3));
        CommitFiles(repo, "one", same, ("1.txt", Lines(1)));
        CommitFiles(repo, "two", same, ("2.txt", Lines(1)));
        CommitFiles(repo, "three", same, ("3.txt", Lines(1)));

        GitChanges byTime = GitHistory.SinceHandoff(repo.Path, previous: null, since: null, Now);
        GitChanges byCommit = GitHistory.Since(repo.Path, start, At(TimeSpan.FromDays(400)));

        string[] expected = GitLog(repo, start + "..HEAD");
        Assert.Equal(new[] { "one", "two", "three" }, expected);
        Assert.Equal(expected, byTime.Commits.Select(c => c.Subject));
        Assert.Equal(expected, byCommit.Commits.Select(c => c.Subject));
    }

    [Fact]
    public void The_window_is_decided_by_the_commit_time_and_the_listed_time_is_the_author_time()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "base", At(TimeSpan.FromDays(5)), ("a.txt", Lines(1)));
        File.WriteAllText(Path.Combine(repo.Path, "rebased.txt"), Lines(1));
        repo.Git("add", "-A");
        repo.GitWith(Dates(At(TimeSpan.FromDays(4)), At(TimeSpan.FromHours(1))), "commit", "-q", "-m", "rebased today, written days ago");

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous: null, since: null, Now);

        GitCommitInfo only = Assert.Single(changes.Commits);
        Assert.Equal("rebased today, written days ago", only.Subject);
        Assert.Equal(At(TimeSpan.FromDays(4)), only.When);
    }

    [Fact]
    public void An_explicit_since_wins_over_the_previous_handoffs_commit()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string first = CommitFiles(repo, "first", At(TimeSpan.FromHours(50)), ("a.txt", Lines(1)));
        CommitFiles(repo, "middle", At(TimeSpan.FromHours(40)), ("b.txt", Lines(1)));
        CommitFiles(repo, "late", At(TimeSpan.FromHours(2)), ("c.txt", Lines(1)));
        var previous = new Handoff { Description = "p", Date = Now.AddHours(-50), Offset = "+00:00", Commit = first[..12] };

        GitChanges fromCommit = GitHistory.SinceHandoff(repo.Path, previous, since: null, Now);
        GitChanges explicitSince = GitHistory.SinceHandoff(repo.Path, previous, since: Now.AddHours(-3), Now);

        Assert.Equal(new[] { "middle", "late" }, fromCommit.Commits.Select(c => c.Subject));
        Assert.Equal("commit " + first[..12], fromCommit.Since);
        Assert.Equal(new[] { "late" }, explicitSince.Commits.Select(c => c.Subject));
        Assert.Equal(Local(new DateTimeOffset(Now.AddHours(-3))), explicitSince.Since);
    }

    [Fact]
    public void A_previous_handoff_without_a_date_falls_back_to_the_24_hour_window()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string first = CommitFiles(repo, "first", At(TimeSpan.FromHours(50)), ("a.txt", Lines(1)));
        CommitFiles(repo, "middle", At(TimeSpan.FromHours(40)), ("b.txt", Lines(1)));
        CommitFiles(repo, "late", At(TimeSpan.FromHours(2)), ("c.txt", Lines(1)));
        var previous = new Handoff { Description = "no date", Commit = first[..12] };

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous, since: null, Now);

        Assert.Equal(new[] { "late" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(Local(new DateTimeOffset(Now) - GitHistory.FirstWindow), changes.Since);
        Assert.Equal(TimeSpan.FromHours(24), GitHistory.FirstWindow);
    }

    /// <summary>12:00 written with an offset, and commits one second either side of the instant it names.</summary>
    [Theory]
    [InlineData("+05:00", 7)]
    [InlineData("-05:00", 17)]
    [InlineData("+00:00", 12)]
    public void A_previous_handoff_time_is_read_at_its_offset(string offset, int utcHour)
    {
        DateTimeOffset instant = new(2025, 10, 27, utcHour, 0, 0, TimeSpan.Zero);
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "base", instant.AddDays(-2), ("a.txt", Lines(1)));
        CommitFiles(repo, "just before", instant.AddSeconds(-1), ("b.txt", Lines(1)));
        CommitFiles(repo, "at the handoff", instant, ("c.txt", Lines(1)));
        var previous = new Handoff { Description = "p", Date = new DateTime(2025, 10, 27, 12, 0, 0, DateTimeKind.Unspecified), Offset = offset };

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous, since: null, Now);

        Assert.Equal(new[] { "at the handoff" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(Local(instant), changes.Since);
    }

    [Fact]
    public void A_utc_date_is_taken_as_utc_whatever_offset_is_written()
    {
        DateTimeOffset noonUtc = new(2025, 10, 27, 12, 0, 0, TimeSpan.Zero);
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "base", noonUtc.AddDays(-2), ("a.txt", Lines(1)));
        CommitFiles(repo, "at 09:00 UTC", noonUtc.AddHours(-3), ("b.txt", Lines(1)));
        CommitFiles(repo, "at 12:00 UTC", noonUtc, ("c.txt", Lines(1)));
        var previous = new Handoff { Description = "p", Date = new DateTime(2025, 10, 27, 12, 0, 0, DateTimeKind.Utc), Offset = "+05:00" };

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous, since: null, Now);

        Assert.Equal(new[] { "at 12:00 UTC" }, changes.Commits.Select(c => c.Subject));
    }

    [Fact]
    public void An_offset_that_cannot_be_read_means_local_time()
    {
        var local = new DateTime(2025, 10, 27, 12, 0, 0, DateTimeKind.Unspecified);
        DateTimeOffset instant = new(local, TimeZoneInfo.Local.GetUtcOffset(local));
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "base", instant.AddDays(-2), ("a.txt", Lines(1)));
        CommitFiles(repo, "just before", instant.AddSeconds(-1), ("b.txt", Lines(1)));
        CommitFiles(repo, "at the handoff", instant, ("c.txt", Lines(1)));
        var previous = new Handoff { Description = "p", Date = local, Offset = "PST" };

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous, since: null, Now);

        Assert.Equal(new[] { "at the handoff" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal("2025-10-27 12:00", changes.Since);
    }

    private static string Local(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, TimeZoneInfo.Local).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Files_rank_by_added_plus_deleted_lines_then_by_ordinal_path()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        // Different words in every file, so that git sees no renames.
        string start = CommitFiles(repo, "start", T0, ("c.txt", Lines(5, "gone")), ("d.txt", Lines(2, "dee")), ("keep.txt", Lines(1, "kept")));
        CommitFiles(repo, "change", T0.AddHours(1),
            ("c.txt", null),                      // -5
            ("d.txt", Lines(2, "other")),         // +2 -2 = 4
            ("a.txt", Lines(3, "alpha")),         // +3
            ("B.txt", Lines(3, "bravo")),         // +3, and 'B' < 'a' in ordinal order
            ("b.txt", Lines(3, "beta")),          // +3
            ("e.txt", Lines(2, "echo")));         // +2

        GitChanges changes = GitHistory.Since(repo.Path, start, T0);

        Assert.Equal(new[] { "c.txt", "d.txt", "B.txt", "a.txt", "b.txt", "e.txt" }, changes.Files.Select(f => f.Path));
        Assert.Equal(new[] { 5, 4, 3, 3, 3, 2 }, changes.Files.Select(f => f.Lines));
        Assert.Equal((0, 5), (changes.Files[0].Added, changes.Files[0].Deleted));
        Assert.Equal((2, 2), (changes.Files[1].Added, changes.Files[1].Deleted));
        Assert.Equal("+2 \u22122", changes.Files[1].Summary);
        Assert.All(changes.Files, f => Assert.False(f.Uncommitted));
    }

    [Fact]
    public void A_file_changed_in_a_commit_and_again_uncommitted_is_one_entry_with_both_counts()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string start = CommitFiles(repo, "start", T0, ("a.txt", Lines(1)), ("b.txt", Lines(1)));
        CommitFiles(repo, "work", T0.AddHours(1), ("a.txt", Lines(4)), ("b.txt", Lines(3)));
        File.AppendAllText(Path.Combine(repo.Path, "a.txt"), Lines(2, "more"));
        File.WriteAllText(Path.Combine(repo.Path, "staged.txt"), Lines(1));
        repo.Git("add", "staged.txt");

        GitChanges changes = GitHistory.Since(repo.Path, start, T0);

        Assert.Equal(new[] { "a.txt", "b.txt", "staged.txt" }, changes.Files.Select(f => f.Path));
        Assert.Equal((5, 0, true), (changes.Files[0].Added, changes.Files[0].Deleted, changes.Files[0].Uncommitted));
        Assert.Equal((2, 0, false), (changes.Files[1].Added, changes.Files[1].Deleted, changes.Files[1].Uncommitted));
        Assert.True(changes.Files[2].Uncommitted);
        Assert.Equal(2, changes.UncommittedFiles);
    }

    [Fact]
    public void Lines_deleted_in_a_commit_and_again_uncommitted_add_up()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string start = CommitFiles(repo, "start", T0, ("d.txt", Lines(6, "dee")));
        CommitFiles(repo, "shorter", T0.AddHours(1), ("d.txt", Lines(4, "dee")));  // -2
        File.WriteAllText(Path.Combine(repo.Path, "d.txt"), Lines(1, "dee"));        // -3 more, not committed

        GitChanges changes = GitHistory.Since(repo.Path, start, T0);

        FileChange only = Assert.Single(changes.Files);
        Assert.Equal(("d.txt", 0, 5, true), (only.Path, only.Added, only.Deleted, only.Uncommitted));
        Assert.Equal(1, changes.UncommittedFiles);
    }

    [Fact]
    public void No_commits_since_the_handoff_commit_means_no_committed_files()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "start", T0, ("a.txt", Lines(3)));
        string head = CommitFiles(repo, "more", T0.AddHours(1), ("b.txt", Lines(3)));

        GitChanges changes = GitHistory.Since(repo.Path, head[..12], T0);

        Assert.Empty(changes.Commits);
        Assert.Empty(changes.Files);
        Assert.Equal("commit " + head[..12], changes.Since);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_an_excluded_folder_handoff_commits_and_files_count(string? excludeFolder)
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string start = CommitFiles(repo, "start", T0, ("a.txt", Lines(1)));
        CommitFiles(repo, "docs: handoff", T0.AddHours(1), ("session-handoffs/2025-10-27-1000-h.md", Lines(2)));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-1100-i.md"), Lines(1));

        GitChanges changes = GitHistory.Since(repo.Path, start, T0, excludeFolder);

        Assert.Equal(new[] { "docs: handoff" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(new[] { "session-handoffs/2025-10-27-1000-h.md", "session-handoffs/2025-10-27-1100-i.md" }, changes.Files.Select(f => f.Path));
        Assert.Equal(1, changes.UncommittedFiles);
    }

    [Fact]
    public void Another_excluded_folder_is_left_out_and_a_trailing_slash_does_not_matter()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string start = CommitFiles(repo, "start", T0, ("a.txt", Lines(1)));
        CommitFiles(repo, "notes only", T0.AddHours(1), ("notes/n.md", Lines(2)));
        CommitFiles(repo, "feat: work", T0.AddHours(2), ("a.txt", Lines(2)), ("notesx/y.md", Lines(1)));
        File.WriteAllText(Path.Combine(repo.Path, "notes", "m.md"), Lines(1));

        GitChanges plain = GitHistory.Since(repo.Path, start, T0, "notes");
        GitChanges slash = GitHistory.Since(repo.Path, start, T0, "notes/");

        Assert.Equal(new[] { "feat: work" }, plain.Commits.Select(c => c.Subject));
        Assert.Equal(new[] { "a.txt", "notesx/y.md" }, plain.Files.Select(f => f.Path));
        Assert.Equal(0, plain.UncommittedFiles);
        Assert.Equal(new[] { "a.txt", "notesx/y.md" }, slash.Files.Select(f => f.Path));
    }

    [Fact]
    public void Changing_deleting_or_mixing_with_handoffs_is_work_and_removing_the_handoff_folder_is_not()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string start = CommitFiles(repo, "start", T0, ("a.txt", Lines(1)), ("b.txt", Lines(1)), ("session-handoffs/2025-10-26-0900-h.md", Lines(1)));
        CommitFiles(repo, "only a change", T0.AddHours(1), ("a.txt", Lines(2)));
        CommitFiles(repo, "only a deletion", T0.AddHours(2), ("b.txt", null));
        CommitFiles(repo, "handoff and code", T0.AddHours(3), ("session-handoffs/2025-10-27-0900-i.md", Lines(1)), ("c.txt", Lines(1, "sea")));
        CommitFiles(repo, "handoff edited", T0.AddHours(4), ("session-handoffs/2025-10-27-0900-i.md", Lines(3)));
        CommitFiles(repo, "handoffs removed", T0.AddHours(5), ("session-handoffs", null));
        CommitFiles(repo, "nothing at all", T0.AddHours(6));

        GitChanges changes = GitHistory.Since(repo.Path, start, T0);

        Assert.Equal(new[] { "only a change", "only a deletion", "handoff and code" }, changes.Commits.Select(c => c.Subject));
        Assert.Equal(new[] { "a.txt", "b.txt", "c.txt" }, changes.Files.Select(f => f.Path));
    }

    [Fact]
    public void An_unborn_head_lists_the_files_waiting_for_the_first_commit()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        File.WriteAllText(Path.Combine(repo.Path, "new.txt"), Lines(2));
        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-0930-x.md"), Lines(1));

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous: null, since: null, Now);

        Assert.Empty(changes.Commits);
        FileChange only = Assert.Single(changes.Files);
        Assert.Equal(("new.txt", 2, 0, true), (only.Path, only.Added, only.Deleted, only.Uncommitted));
        Assert.Equal(1, changes.UncommittedFiles);
        Assert.Empty(changes.Warnings);
    }

    [Fact]
    public void A_gone_commit_warning_names_the_commit_and_the_time_used_instead()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "old", T0.AddDays(-3), ("a.txt", Lines(1)));
        CommitFiles(repo, "new", T0.AddHours(1), ("b.txt", Lines(1)));

        GitChanges changes = GitHistory.Since(repo.Path, "0123456789ab", T0);

        string warning = Assert.Single(changes.Warnings);
        Assert.Equal($"The previous handoff's commit 0123456789ab is not in this repository's history (rebased or force-pushed?); using its time, {Local(T0)}, instead.", warning);
        Assert.Equal(Local(T0), changes.Since);
    }

    [Theory]
    [InlineData("main@{bogus}")]
    [InlineData("HEAD^{nothing}")]
    public void A_commit_git_cannot_even_parse_is_treated_as_gone(string commit)
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        CommitFiles(repo, "old", T0.AddDays(-3), ("a.txt", Lines(1)));
        CommitFiles(repo, "new", T0.AddHours(1), ("b.txt", Lines(1)));

        GitChanges changes = GitHistory.Since(repo.Path, commit, T0);

        Assert.Equal(new[] { "new" }, changes.Commits.Select(c => c.Subject));
        Assert.Contains(commit, Assert.Single(changes.Warnings));
    }

    [Fact]
    public void A_history_with_a_missing_commit_lists_what_it_could_walk_and_warns()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        string lost = CommitFiles(repo, "lost", At(TimeSpan.FromHours(20)), ("a.txt", Lines(1)));
        CommitFiles(repo, "kept", At(TimeSpan.FromHours(10)), ("b.txt", Lines(1)));
        CommitFiles(repo, "newest", At(TimeSpan.FromHours(5)), ("c.txt", Lines(1)));
        File.Delete(Path.Combine(repo.Path, ".git", "objects", lost[..2], lost[2..]));

        GitChanges changes = GitHistory.SinceHandoff(repo.Path, previous: null, since: null, Now);

        string warning = Assert.Single(changes.Warnings);
        Assert.StartsWith("The history could not be walked to its start (", warning);
        Assert.EndsWith("); the list may be incomplete.", warning);
        Assert.DoesNotContain(changes.Commits, c => c.Subject == "lost");
        Assert.Equal(new[] { "a.txt", "b.txt", "c.txt" }, changes.Files.Select(f => f.Path));
    }

    [Fact]
    public void A_repository_git_cannot_open_gives_nothing_and_one_warning_naming_the_path()
    {
        using var folder = new TempFolder();
        string git = Directory.CreateDirectory(Path.Combine(folder.Path, ".git")).FullName;
        Directory.CreateDirectory(Path.Combine(git, "objects"));
        Directory.CreateDirectory(Path.Combine(git, "refs"));
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(git, "config"), "[core]\n\trepositoryformatversion = 99\n");

        GitChanges changes = GitHistory.Since(folder.Path, null, T0);

        Assert.Empty(changes.Commits);
        Assert.Empty(changes.Files);
        Assert.Equal(0, changes.UncommittedFiles);
        Assert.Equal(Local(T0), changes.Since);
        string warning = Assert.Single(changes.Warnings);
        Assert.StartsWith($"Git could not read the history at '{folder.Path}' (", warning);
        Assert.EndsWith("); no commits or files are listed.", warning);
    }

    [Fact]
    public void Outside_a_repository_the_warning_names_the_path_and_since_is_the_time()
    {
        using var folder = new TempFolder();

        GitChanges changes = GitHistory.Since(folder.Path, "0123456789ab", T0);

        Assert.Equal($"'{folder.Path}' is not inside a git repository; no commits or files are listed.", Assert.Single(changes.Warnings));
        Assert.Equal(Local(T0), changes.Since);
        Assert.Equal(0, changes.UncommittedFiles);
    }

    [Fact]
    public void A_library_that_cannot_load_is_one_warning_and_other_failures_name_the_path()
    {
        string library = GitHistory.ReadFailure("/p", new DllNotFoundException("git2-abc\nmissing"));
        string other = GitHistory.ReadFailure("/p", new IOException("disk\ngone"));

        Assert.Equal("The git library could not be loaded (git2-abc missing); the handoff has no git facts.", library);
        Assert.Equal("Git could not read the history at '/p' (disk gone); no commits or files are listed.", other);
    }
}
