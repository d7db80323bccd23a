using HandoffPS.Core;

namespace HandoffPS.Core.Tests;

public class GitFactsTests
{
    [Fact]
    public void Normal_repository_gives_root_branch_user_and_head()
    {
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "src", "deep")).FullName;

        GitFacts facts = GitFacts.Read(sub);

        Assert.True(facts.IsRepository);
        Assert.Equal(Path.GetFullPath(repo.Path), facts.WorkTreeRoot);
        Assert.Equal("main", facts.Branch);
        Assert.Equal("Ada Lovelace", facts.UserName);
        Assert.Equal(head, facts.Head);
        Assert.False(facts.IsDetached);
        Assert.False(facts.IsUnborn);
        Assert.Empty(facts.Warnings);
    }

    [Fact]
    public void No_repository_gives_no_facts_and_a_warning()
    {
        using var folder = new TempFolder();

        GitFacts facts = GitFacts.Read(folder.Path);

        Assert.False(facts.IsRepository);
        Assert.Null(facts.Branch);
        Assert.Null(facts.Head);
        Assert.Contains("not inside a git repository", Assert.Single(facts.Warnings));
    }

    [Fact]
    public void Unborn_head_still_gives_the_branch_name()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);

        GitFacts facts = GitFacts.Read(repo.Path);

        Assert.True(facts.IsUnborn);
        Assert.Equal("main", facts.Branch);
        Assert.Null(facts.Head);
        Assert.Contains(facts.Warnings, w => w.Contains("no commits yet"));
    }

    [Fact]
    public void Detached_head_says_where_it_is_detached()
    {
        using var repo = TempFolder.GitRepo();
        string first = repo.Git("rev-parse", "HEAD").Trim();
        repo.Commit("second");
        repo.Git("checkout", "-q", "--detach", first);

        GitFacts facts = GitFacts.Read(repo.Path);

        Assert.True(facts.IsDetached);
        Assert.Equal($"(detached at {first[..7]})", facts.Branch);
        Assert.Equal(first, facts.Head);
    }
}
