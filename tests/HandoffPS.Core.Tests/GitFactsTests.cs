using HandoffPS.Core.Git;

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
        Assert.Null(facts.UserName);
        Assert.False(facts.IsDetached);
        Assert.False(facts.IsUnborn);
        Assert.Equal($"'{folder.Path}' is not inside a git repository; the handoff has no Branch line.", Assert.Single(facts.Warnings));
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

    [Fact]
    public void Unborn_head_warns_once_naming_the_branch()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);
        repo.Git("checkout", "-q", "-b", "feat/new");

        GitFacts facts = GitFacts.Read(repo.Path);

        Assert.Equal("feat/new", facts.Branch);
        Assert.False(facts.IsDetached);
        Assert.Equal(new[] { "The branch 'feat/new' has no commits yet; the handoff records no commit." }, facts.Warnings);
    }

    [Fact]
    public void A_blank_user_name_is_no_user_name_with_a_warning_saying_how_to_set_it()
    {
        using var repo = TempFolder.GitRepo();
        repo.Git("config", "user.name", "   ");

        GitFacts facts = GitFacts.Read(repo.Path);

        Assert.Null(facts.UserName);
        Assert.Equal(new[] { "Git's user.name is not set; the Author line names only the agent. Set it with: git config user.name 'Your Name'." }, facts.Warnings);
        Assert.True(facts.IsRepository);
    }

    [Fact]
    public void A_bare_repository_gives_no_facts_and_says_why()
    {
        using var folder = new TempFolder();
        folder.Git("init", "-q", "--bare", "-b", "main", "r.git");
        string bare = Path.Combine(folder.Path, "r.git");

        GitFacts facts = GitFacts.Read(bare);

        Assert.False(facts.IsRepository);
        Assert.Null(facts.Branch);
        Assert.Null(facts.UserName);
        Assert.False(facts.IsUnborn);
        Assert.False(facts.IsDetached);
        Assert.Null(facts.Head);
        Assert.Null(facts.WorkTreeRoot);
        string warning = Assert.Single(facts.Warnings);
        Assert.StartsWith($"'{bare}", warning);
        Assert.EndsWith("' is a bare repository with no work tree; the handoff has no git facts.", warning);
    }

    [Fact]
    public void A_repository_git_cannot_open_gives_no_facts_and_a_warning_naming_the_path()
    {
        using var folder = new TempFolder();
        string git = Directory.CreateDirectory(Path.Combine(folder.Path, ".git")).FullName;
        Directory.CreateDirectory(Path.Combine(git, "objects"));
        Directory.CreateDirectory(Path.Combine(git, "refs"));
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(git, "config"), "[core]\n\trepositoryformatversion = 99\n");

        GitFacts facts = GitFacts.Read(folder.Path);

        Assert.False(facts.IsRepository);
        string warning = Assert.Single(facts.Warnings);
        Assert.StartsWith($"Git could not read the repository at '{folder.Path}' (", warning);
        Assert.EndsWith("); the handoff has no git facts.", warning);
        Assert.Empty(GitFacts.Branches(folder.Path));
    }

    [Fact]
    public void Branches_are_local_in_ordinal_order_and_remote_ones_only_when_asked_without_origin_head()
    {
        using var origin = TempFolder.GitRepo();
        origin.Git("branch", "feat/b");
        origin.Git("branch", "Zeta");
        using var clone = new TempFolder();
        clone.Git("clone", "-q", origin.Path, "c");
        string path = Path.Combine(clone.Path, "c");
        Directory.CreateDirectory(Path.Combine(path, "sub"));

        Assert.Equal(new[] { "Zeta", "feat/b", "main" }, GitFacts.Branches(origin.Path));
        Assert.Equal(new[] { "main" }, GitFacts.Branches(Path.Combine(path, "sub")));
        Assert.Equal(new[] { "main", "origin/Zeta", "origin/feat/b", "origin/main" }, GitFacts.Branches(path, includeRemote: true));
    }

    [Fact]
    public void Outside_a_repository_there_are_no_branches()
    {
        using var folder = new TempFolder();

        Assert.Empty(GitFacts.Branches(folder.Path, includeRemote: true));
    }

    [Theory]
    [InlineData(typeof(DllNotFoundException), true)]
    [InlineData(typeof(TypeInitializationException), true)]
    [InlineData(typeof(BadImageFormatException), true)]
    [InlineData(typeof(EntryPointNotFoundException), true)]
    [InlineData(typeof(IOException), false)]
    [InlineData(typeof(InvalidOperationException), false)]
    public void Only_a_native_library_that_cannot_load_is_a_library_failure(Type type, bool expected)
    {
        Exception ex = type == typeof(TypeInitializationException)
            ? new TypeInitializationException("LibGit2Sharp.Core.NativeMethods", new DllNotFoundException("git2"))
            : (Exception)Activator.CreateInstance(type, "x")!;

        Assert.Equal(expected, GitFacts.IsLibraryFailure(ex));
    }

    [Fact]
    public void The_library_warning_is_one_line_with_the_innermost_reason()
    {
        var ex = new TypeInitializationException("NativeMethods", new DllNotFoundException("Unable to load git2-abc:\nno such file"));

        Assert.Equal("The git library could not be loaded (Unable to load git2-abc: no such file); the handoff has no git facts.", GitFacts.LibraryWarning(ex));
    }
}
