using HandoffPS.Core.Context;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class HandoffStalenessTests
{
    [Fact]
    public void Counts_commits_and_changed_files_since_the_handoffs_commit()
    {
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        var latest = new Handoff { Description = "x", Date = DateTime.Now.AddHours(-1), Commit = head[..12] };
        repo.Commit("one", "a.txt", 2, null);
        repo.Commit("two", "src/b.txt", 1, null);
        File.WriteAllText(Path.Combine(repo.Path, "untracked.txt"), "new\n");

        ChangesSinceHandoff? changes = HandoffStaleness.CountChangesSince(repo.Path, latest);

        Assert.NotNull(changes);
        Assert.Equal(2, changes.Commits);
        Assert.Equal(3, changes.ChangedFiles);
        Assert.Equal("commit " + head[..12], changes.Since);
    }

    [Fact]
    public void Is_unknown_outside_git_and_for_a_handoff_without_a_date()
    {
        using var plain = new TempFolder();
        Assert.Null(HandoffStaleness.CountChangesSince(plain.Path, new Handoff { Description = "x", Date = DateTime.Now }));

        using var repo = TempFolder.GitRepo();
        Assert.Null(HandoffStaleness.CountChangesSince(repo.Path, new Handoff { Description = "x" }));
    }
    [Fact]
    public void Nothing_since_the_handoffs_commit_is_zero_not_unknown()
    {
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        var latest = new Handoff { Description = "x", Date = DateTime.Now.AddHours(-1), Commit = head[..12] };

        ChangesSinceHandoff? changes = HandoffStaleness.CountChangesSince(repo.Path, latest);

        Assert.Equal(new ChangesSinceHandoff(0, 0, "commit " + head[..12]), changes);
    }

    [Fact]
    public void A_gone_commit_with_nothing_since_the_handoffs_time_is_unknown()
    {
        using var repo = TempFolder.GitRepo();
        var latest = new Handoff { Description = "x", Date = DateTime.Now.AddHours(1), Commit = "0123456789ab" };

        Assert.Null(HandoffStaleness.CountChangesSince(repo.Path, latest));
    }

    [Fact]
    public void A_gone_commit_still_counts_what_happened_since_the_handoffs_time()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        DateTime now = DateTime.Now;
        repo.Commit("old", "a.txt", 1, now.AddDays(-2));
        repo.Commit("new", "b.txt", 1, now.AddMinutes(-30));
        var latest = new Handoff { Description = "x", Date = now.AddHours(-1), Commit = "0123456789ab" };

        ChangesSinceHandoff? changes = HandoffStaleness.CountChangesSince(repo.Path, latest);

        Assert.NotNull(changes);
        Assert.Equal(1, changes.Commits);
        Assert.Equal(1, changes.ChangedFiles);
    }

    [Fact]
    public void A_gone_commit_with_only_uncommitted_files_counts_them()
    {
        using var repo = TempFolder.GitRepo();
        File.WriteAllText(Path.Combine(repo.Path, "draft.txt"), "x\n");
        var latest = new Handoff { Description = "x", Date = DateTime.Now.AddHours(1), Commit = "0123456789ab" };

        ChangesSinceHandoff? changes = HandoffStaleness.CountChangesSince(repo.Path, latest);

        Assert.NotNull(changes);
        Assert.Equal(0, changes.Commits);
        Assert.Equal(1, changes.ChangedFiles);
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => HandoffStaleness.CountChangesSince(null!, new Handoff()));
        Assert.Throws<ArgumentNullException>(() => HandoffStaleness.CountChangesSince("/", null!));
    }
}
