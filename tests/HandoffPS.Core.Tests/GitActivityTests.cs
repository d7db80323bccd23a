using System.Diagnostics;
using System.Text;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The status's bounded count of the work since a handoff (<see cref="GitActivity"/>) gives what the full reading of
/// the history (<see cref="GitHistory"/>) gives, below its cap, in linear histories, with merges, with handoff-only
/// and empty commits, from a commit or from a time; past the cap it stops and says the count is a lower bound.
/// </summary>
public class GitActivityTests
{
    private static readonly DateTimeOffset Start = new(2025, 10, 27, 9, 0, 0, TimeSpan.Zero);

    private static Handoff Previous(string? commit, DateTimeOffset when) => new()
    {
        Description = "previous",
        Date = when.UtcDateTime,
        Offset = "+00:00",
        Commit = commit?[..12],
    };

    /// <summary>The bounded count and the full reading agree on commits, files and uncommitted files.</summary>
    private static void AssertSameAsHistory(TempFolder repo, Handoff? previous, DateTime now)
    {
        GitActivity bounded = GitActivity.SinceHandoff(repo.Path, previous, now);
        GitChanges full = GitHistory.SinceHandoff(repo.Path, previous, since: null, now);

        Assert.False(bounded.CommitsIsLowerBound);
        Assert.Equal(full.Commits.Count, bounded.Commits);
        Assert.Equal(full.Files.Count, bounded.FilesChanged);
        Assert.Equal(full.UncommittedFiles, bounded.UncommittedFiles);
    }

    [Fact]
    public void A_linear_history_with_handoff_only_and_empty_commits_counts_as_the_history_does()
    {
        using TempFolder repo = TempFolder.GitRepo();
        string start = repo.Commit("base", "src/a.txt", 1, Start);
        repo.Commit("work 1", "src/a.txt", 1, Start.AddMinutes(1));
        repo.Commit("handoff", "session-handoffs/2025-10-27-0902-x.md", 1, Start.AddMinutes(2));
        repo.GitWith(new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = Start.AddMinutes(3).ToString("o") }, "commit", "-q", "--allow-empty", "-m", "empty");
        repo.Commit("work 2", "src/b.txt", 2, Start.AddMinutes(4));
        File.WriteAllText(Path.Combine(repo.Path, "dirty.txt"), "x");

        AssertSameAsHistory(repo, Previous(start, Start), Start.AddHours(1).UtcDateTime);
        GitActivity a = GitActivity.SinceHandoff(repo.Path, Previous(start, Start), Start.AddHours(1).UtcDateTime);
        Assert.Equal(2, a.Commits);
        Assert.Equal(3, a.FilesChanged);
        Assert.Equal(1, a.UncommittedFiles);
    }

    [Fact]
    public void A_branch_forked_before_the_handoff_and_merged_after_counts_only_its_own_commits()
    {
        using TempFolder repo = TempFolder.GitRepo();
        repo.Commit("old", "src/old.txt", 1, Start.AddDays(-2));
        repo.Git("checkout", "-q", "-b", "side");
        repo.Commit("side 1", "src/side.txt", 1, Start.AddDays(-1));
        repo.Commit("side 2", "src/side.txt", 1, Start.AddMinutes(30));
        repo.Git("checkout", "-q", "main");
        for (int i = 0; i < 5; i++)
        {
            repo.Commit("main before " + i, "src/main.txt", 1, Start.AddHours(-5 + i));
        }

        string start = repo.Commit("handoff base", "src/main.txt", 1, Start);
        repo.Commit("main after", "src/main.txt", 1, Start.AddMinutes(10));
        repo.GitWith(new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = Start.AddHours(1).ToString("o") }, "merge", "-q", "--no-ff", "-m", "merge side", "side");

        AssertSameAsHistory(repo, Previous(start, Start), Start.AddHours(2).UtcDateTime);
        // main after, side 1 and side 2: the merge is no work, the commits before the handoff are not since it.
        Assert.Equal(3, GitActivity.SinceHandoff(repo.Path, Previous(start, Start), Start.AddHours(2).UtcDateTime).Commits);
    }

    [Fact]
    public void From_a_time_and_from_no_handoff_it_counts_as_the_history_does()
    {
        // Clocks in order: the walk from a time stops at the first older commit (the full reading sorts all history).
        using TempFolder repo = TempFolder.GitRepo(withCommit: false);
        repo.Commit("first", "src/a.txt", 1, Start.AddDays(-3));
        repo.Commit("before", "src/a.txt", 1, Start.AddHours(-3));
        repo.Commit("after 1", "src/a.txt", 1, Start.AddHours(1));
        repo.Commit("handoff", "session-handoffs/2025-10-27-1000-x.md", 1, Start.AddHours(2));
        repo.Commit("after 2", "src/b.txt", 1, Start.AddHours(3));

        AssertSameAsHistory(repo, Previous(null, Start), Start.AddHours(4).UtcDateTime);
        AssertSameAsHistory(repo, Previous("0123456789abcdef", Start), Start.AddHours(4).UtcDateTime);
        AssertSameAsHistory(repo, null, Start.AddHours(4).UtcDateTime);
        Assert.Equal(2, GitActivity.SinceHandoff(repo.Path, Previous(null, Start), Start.AddHours(4).UtcDateTime).Commits);
    }

    [Fact]
    public void No_commit_since_the_handoff_and_an_unborn_head_count_nothing()
    {
        using TempFolder repo = TempFolder.GitRepo();
        string head = repo.Commit("base", "src/a.txt", 1, Start);
        AssertSameAsHistory(repo, Previous(head, Start), Start.AddHours(1).UtcDateTime);

        using TempFolder unborn = TempFolder.GitRepo(withCommit: false);
        File.WriteAllText(Path.Combine(unborn.Path, "new.txt"), "x");
        AssertSameAsHistory(unborn, null, Start.UtcDateTime);
        Assert.Equal(1, GitActivity.SinceHandoff(unborn.Path, null, Start.UtcDateTime).UncommittedFiles);
    }

    [Fact]
    public void Asked_again_it_answers_the_same_until_a_commit_moves_head()
    {
        using TempFolder repo = TempFolder.GitRepo();
        string start = repo.Commit("base", "src/a.txt", 1, Start);
        repo.Commit("work 1", "src/a.txt", 1, Start.AddMinutes(1));
        Handoff previous = Previous(start, Start);
        DateTime now = Start.AddHours(1).UtcDateTime;

        GitActivity first = GitActivity.SinceHandoff(repo.Path, previous, now);
        GitActivity again = GitActivity.SinceHandoff(repo.Path, previous, now);
        repo.Commit("work 2", "src/b.txt", 1, Start.AddMinutes(2));
        GitActivity after = GitActivity.SinceHandoff(repo.Path, previous, now);

        Assert.Equal((1, 1), (first.Commits, first.FilesChanged));
        Assert.Equal((1, 1), (again.Commits, again.FilesChanged));
        Assert.Equal((2, 2), (after.Commits, after.FilesChanged));
        AssertSameAsHistory(repo, previous, now);
    }

    [Fact]
    public void Outside_a_repository_it_counts_nothing_and_says_why()
    {
        using var folder = new TempFolder();
        GitActivity a = GitActivity.SinceHandoff(folder.Path, null, Start.UtcDateTime);

        Assert.Equal(0, a.Commits);
        Assert.Contains("not inside a git repository", Assert.Single(a.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Past_the_cap_the_count_stops_there_and_is_a_lower_bound(bool fromCommit)
    {
        using TempFolder repo = TempFolder.GitRepo(withCommit: false);
        int since = GitActivity.CommitCap + 50;
        string start = FastImport(repo, since);

        GitActivity a = GitActivity.SinceHandoff(repo.Path, Previous(fromCommit ? start : null, Start.AddSeconds(30)), Start.AddDays(1).UtcDateTime);

        Assert.True(a.CommitsIsLowerBound);
        Assert.Equal(GitActivity.CommitCap, a.Commits);
        Assert.Equal(0, a.UncommittedFiles);
        Assert.True(a.FilesChanged > 0);
        Assert.Equal(since, GitHistory.SinceHandoff(repo.Path, Previous(fromCommit ? start : null, Start.AddSeconds(30)), since: null, Start.AddDays(1).UtcDateTime).Commits.Count);
    }

    /// <summary>A first commit at <see cref="Start"/>, then <paramref name="since"/> commits a minute apart; returns the first commit.</summary>
    internal static string FastImport(TempFolder repo, int since)
    {
        var stream = new StringBuilder();
        long t = Start.ToUnixTimeSeconds();
        stream.Append($"commit refs/heads/main\nmark :1\ncommitter A <a@example.com> {t} +0000\ndata 5\nstart\nM 100644 inline src/a.txt\ndata 2\n0\n");
        for (int i = 2; i <= since + 1; i++)
        {
            string body = i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n";
            stream.Append($"commit refs/heads/main\nmark :{i}\ncommitter A <a@example.com> {t + (i * 60)} +0000\ndata 4\nwork\nfrom :{i - 1}\n");
            stream.Append($"M 100644 inline src/f{i % 7}.txt\ndata {body.Length}\n{body}");
        }

        var psi = new ProcessStartInfo("git") { WorkingDirectory = repo.Path, RedirectStandardInput = true };
        psi.ArgumentList.Add("fast-import");
        psi.ArgumentList.Add("--quiet");
        using (Process p = Process.Start(psi)!)
        {
            p.StandardInput.Write(stream.ToString());
            p.StandardInput.Close();
            p.WaitForExit();
            Assert.Equal(0, p.ExitCode);
        }

        repo.Git("checkout", "-q", "-f", "main");
        return repo.Git("rev-parse", "main~" + since).Trim();
    }
}
