using HandoffPS.Core;

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
}
