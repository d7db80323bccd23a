using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// A symbolic reference that loops (HEAD holding <c>ref: HEAD</c>, two branches naming each other) made LibGit2Sharp
/// recurse until the process died of a stack overflow: New-Handoff -FromGit, Get-Handoff -AllBranches and branch tab
/// completion killed the shell. Each git reader now gives its usual warning or error, naming the reference; a
/// symbolic reference that ends (origin/HEAD) is read as before.
/// </summary>
public class SymbolicRefLoopsTests
{
    /// <summary>Each way a chain of ref files can loop, written into the repository's git folder.</summary>
    public static TheoryData<string, string, string> Loops => new()
    {
        // case, the reference named in the message, whether HEAD itself loops ("head") or only a branch ("branch")
        { "HEAD names itself", "HEAD", "head" },
        { "HEAD names a branch in a two-branch loop", "HEAD", "head" },
        { "a branch names itself", "refs/heads/loop", "branch" },
        { "two branches name each other", "refs/heads/a", "branch" },
        { "a remote's HEAD names itself", "refs/remotes/origin/HEAD", "branch" },
    };

    private static void Break(TempFolder repo, string how)
    {
        string git = Path.Combine(repo.Path, ".git");
        void Write(string name, string text)
        {
            string file = Path.Combine(git, name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        switch (how)
        {
            case "HEAD names itself":
                Write("HEAD", "ref: HEAD\n");
                break;
            case "HEAD names a branch in a two-branch loop":
                Write("refs/heads/a", "ref: refs/heads/b\n");
                Write("refs/heads/b", "ref: refs/heads/a\n");
                Write("HEAD", "ref: refs/heads/a\n");
                break;
            case "a branch names itself":
                Write("refs/heads/loop", "ref: refs/heads/loop\n");
                break;
            case "two branches name each other":
                Write("refs/heads/a", "ref: refs/heads/b\n");
                Write("refs/heads/b", "ref: refs/heads/a\n");
                break;
            case "a remote's HEAD names itself":
                Write("refs/remotes/origin/HEAD", "ref: refs/remotes/origin/HEAD\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, null);
        }
    }

    /// <summary><see cref="Loops"/> without the scope column.</summary>
    public static TheoryData<string, string> LoopNames
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (object[] row in Loops)
            {
                data.Add((string)row[0], (string)row[1]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LoopNames))]
    public void Listing_branches_is_one_error_naming_the_reference_and_never_a_crash(string how, string name)
    {
        using var repo = TempFolder.GitRepo();
        Break(repo, how);

        GitHandoffs.Result all = GitHandoffs.ReadAllBranches(repo.Path, includeRemote: true);

        Assert.Empty(all.Handoffs);
        HandoffException error = Assert.Single(all.Errors);
        Assert.Equal(HandoffErrorIds.NotAGitRepository, error.ErrorId);
        Assert.Contains($"the symbolic reference '{name}' loops", error.Message);
        Assert.Empty(GitFacts.Branches(repo.Path, includeRemote: true));
    }

    [Theory]
    [MemberData(nameof(Loops))]
    public void Facts_history_and_activity_warn_when_HEAD_loops_and_read_as_before_when_only_a_branch_does(string how, string name, string scope)
    {
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        repo.Commit("second");
        Break(repo, how);
        DateTimeOffset since = DateTimeOffset.Now.AddDays(-1);

        GitFacts facts = GitFacts.Read(repo.Path);
        GitChanges changes = GitHistory.Since(repo.Path, head, since);
        GitActivity activity = GitActivity.SinceHandoff(repo.Path, null, DateTime.Now);

        if (scope == "head")
        {
            Assert.Null(facts.Head);
            Assert.Contains(facts.Warnings, w => w.Contains($"the symbolic reference '{name}' loops", StringComparison.Ordinal));
            Assert.Empty(changes.Commits);
            Assert.Contains(changes.Warnings, w => w.Contains($"the symbolic reference '{name}' loops", StringComparison.Ordinal));
            Assert.Contains(activity.Warnings, w => w.Contains($"the symbolic reference '{name}' loops", StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal("main", facts.Branch);
            Assert.Empty(facts.Warnings);
            Assert.Equal("second", Assert.Single(changes.Commits).Subject);
            Assert.Empty(changes.Warnings);
            Assert.Empty(activity.Warnings);
        }
    }

    [Fact]
    public void A_symbolic_reference_that_ends_is_no_loop_and_its_branches_are_listed()
    {
        using var repo = TempFolder.GitRepo();
        string sha = repo.Git("rev-parse", "HEAD").Trim();
        string git = Path.Combine(repo.Path, ".git");
        Directory.CreateDirectory(Path.Combine(git, "refs", "remotes", "origin"));
        File.WriteAllText(Path.Combine(git, "refs", "remotes", "origin", "main"), sha + "\n");
        File.WriteAllText(Path.Combine(git, "refs", "remotes", "origin", "HEAD"), "ref: refs/remotes/origin/main\n");
        // A chain of three that ends at a branch, and a name that points nowhere: neither is a loop.
        File.WriteAllText(Path.Combine(git, "refs", "heads", "x"), "ref: refs/heads/y\n");
        File.WriteAllText(Path.Combine(git, "refs", "heads", "y"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(git, "refs", "heads", "dangling"), "ref: refs/heads/nowhere\n");

        Assert.Null(SymbolicRefLoops.Find(git, branches: true));
        Assert.Equal(new[] { "main", "origin/main", "x", "y" }, GitFacts.Branches(repo.Path, includeRemote: true).Where(b => b != "dangling"));
    }

    [UnixFact]
    public void A_named_pipe_where_a_ref_file_should_be_is_passed_over_not_waited_on()
    {
        using var repo = TempFolder.GitRepo();
        string git = Path.Combine(repo.Path, ".git");
        File.WriteAllText(Path.Combine(git, "refs", "heads", "to-pipe"), "ref: refs/heads/pipe\n");
        var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(git, "refs", "heads", "pipe"))!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);

        var find = Task.Run(() => SymbolicRefLoops.Find(git, branches: true));

        Assert.True(find.Wait(TimeSpan.FromSeconds(20)), "reading a named pipe as a ref file waited for a writer");
        Assert.Null(find.Result);
    }
}
