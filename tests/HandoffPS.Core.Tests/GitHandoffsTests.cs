using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class GitHandoffsTests
{
    private const string A = "2025-10-27-0930-alpha.md";
    private const string B = "2025-10-28-0900-bravo.md";
    private const string Compact = "20251027-1000-charlie.md"; // earlier than B, though it sorts after B by ordinal

    private static string Handoff(string description) => $"# Session Handoff: {description}\n\n**Date**: 2025-10-27\n**Time**: 09:30:00\n";

    private static void Write(TempFolder repo, string path, string text) => Write(repo, path, System.Text.Encoding.UTF8.GetBytes(text));

    private static void Write(TempFolder repo, string path, byte[] bytes)
    {
        string full = Path.Combine(repo.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static void CommitAll(TempFolder repo, string message)
    {
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", message);
    }

    /// <summary>main: alpha, a README, a nested folder and a non-handoff file; feat/x: main plus bravo and charlie; tag v1 on feat/x.</summary>
    private static TempFolder Fixture()
    {
        var repo = TempFolder.GitRepo();
        Write(repo, $"session-handoffs/{A}", Handoff("alpha"));
        Write(repo, "session-handoffs/README.md", "# Index\n");
        Write(repo, "session-handoffs/notes.txt", "not a handoff\n");
        Write(repo, "session-handoffs/old/2025-01-01-0900-nested.md", Handoff("nested"));
        CommitAll(repo, "handoff alpha");
        repo.Git("checkout", "-q", "-b", "feat/x");
        Write(repo, $"session-handoffs/{B}", Handoff("bravo"));
        Write(repo, $"session-handoffs/{Compact}", Handoff("charlie"));
        CommitAll(repo, "handoffs bravo and charlie");
        repo.Git("tag", "v1");
        repo.Git("checkout", "-q", "main");
        return repo;
    }

    [Fact]
    public void Reads_handoffs_of_the_refs_in_time_order_once_each_listing_every_ref_they_are_on()
    {
        using var repo = Fixture();

        GitHandoffs.Result result = GitHandoffs.Read(repo.Path, new[] { "feat/x", "main", "v1", "main" });

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "alpha", "charlie", "bravo" }, result.Handoffs.Select(h => h.Description));
        Assert.Equal(new[] { "feat/x", "main", "v1" }, result.Handoffs[0].Ref);
        Assert.Equal(new[] { "feat/x", "v1" }, result.Handoffs[2].Ref);
        Assert.Equal($"feat/x:session-handoffs/{A}", result.Handoffs[0].Path);
        Assert.Equal($"feat/x:session-handoffs/{B}", result.Handoffs[2].Path);
        Assert.Equal(A, result.Handoffs[0].FileName);
    }

    [Fact]
    public void The_same_name_with_different_content_on_two_refs_is_two_handoffs_ordered_by_ref_name()
    {
        using var repo = Fixture();
        repo.Git("checkout", "-q", "feat/x");
        Write(repo, $"session-handoffs/{A}", Handoff("alpha, reworded"));
        CommitAll(repo, "reword alpha");

        GitHandoffs.Result result = GitHandoffs.Read(repo.Path, new[] { "main", "feat/x" });

        Assert.Equal(new[] { "alpha, reworded", "alpha", "charlie", "bravo" }, result.Handoffs.Select(h => h.Description));
        Assert.Equal(new[] { "feat/x" }, result.Handoffs[0].Ref);
        Assert.Equal(new[] { "main" }, result.Handoffs[1].Ref);
    }

    [Fact]
    public void Takes_annotated_tags_and_commit_ids()
    {
        using var repo = Fixture();
        repo.Git("tag", "-a", "v2", "-m", "release", "feat/x");
        string main = repo.Git("rev-parse", "main").Trim();

        GitHandoffs.Result result = GitHandoffs.Read(repo.Path, new[] { "v2", main[..12] });

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "alpha", "charlie", "bravo" }, result.Handoffs.Select(h => h.Description));
        Assert.Equal(new[] { "v2", main[..12] }, result.Handoffs[0].Ref);
    }

    [Fact]
    public void A_ref_that_does_not_exist_is_one_error_and_the_others_are_read()
    {
        using var repo = Fixture();

        GitHandoffs.Result result = GitHandoffs.Read(repo.Path, new[] { "nope", "main", "bad^{tree}x" });

        Assert.Equal(new[] { "alpha" }, result.Handoffs.Select(h => h.Description));
        Assert.Equal(2, result.Errors.Count);
        HandoffException error = result.Errors[0];
        Assert.Equal("RefNotFound", error.ErrorId);
        Assert.Equal(HandoffErrorKind.ObjectNotFound, error.Kind);
        Assert.Equal("nope", error.Target);
        Assert.Equal($"There is no branch, tag or commit 'nope' in '{repo.Path}{Path.DirectorySeparatorChar}'.", error.Message);
        Assert.Equal("bad^{tree}x", result.Errors[1].Target);
    }

    [Fact]
    public void A_ref_without_a_handoff_folder_or_with_a_file_in_its_place_gives_nothing()
    {
        using var repo = TempFolder.GitRepo();
        repo.Git("checkout", "-q", "-b", "odd");
        Write(repo, "session-handoffs", "a file, not a folder\n");
        CommitAll(repo, "odd");

        GitHandoffs.Result result = GitHandoffs.Read(repo.Path, new[] { "main", "odd" });

        Assert.Empty(result.Handoffs);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_handoff_that_is_not_utf8_is_one_error_naming_ref_and_file_and_the_others_are_read()
    {
        using var repo = Fixture();
        Write(repo, "session-handoffs/2025-10-29-0900-bad.md", new byte[] { 0x23, 0x20, 0xFF, 0xFE, 0x0A });
        CommitAll(repo, "bad");

        GitHandoffs.Result result = GitHandoffs.Read(repo.Path, new[] { "main" });

        Assert.Equal(new[] { "alpha" }, result.Handoffs.Select(h => h.Description));
        HandoffException error = Assert.Single(result.Errors);
        Assert.Equal("HandoffUnreadable", error.ErrorId);
        Assert.Equal(HandoffErrorKind.ReadError, error.Kind);
        Assert.Equal("main:session-handoffs/2025-10-29-0900-bad.md", error.Target);
        Assert.StartsWith("Cannot read handoff 'main:session-handoffs/2025-10-29-0900-bad.md': ", error.Message);
    }

    [Fact]
    public void Every_local_branch_in_name_order_and_remote_ones_only_when_asked_never_origin_head()
    {
        using var origin = Fixture();
        origin.Git("branch", "Zeta", "main");
        using var clone = new TempFolder();
        clone.Git("clone", "-q", origin.Path, "c");
        string path = Path.Combine(clone.Path, "c");

        GitHandoffs.Result local = GitHandoffs.ReadAllBranches(origin.Path, includeRemote: false);
        GitHandoffs.Result cloneLocal = GitHandoffs.ReadAllBranches(path, includeRemote: false);
        GitHandoffs.Result withRemote = GitHandoffs.ReadAllBranches(path, includeRemote: true);

        Assert.Equal(new[] { "alpha", "charlie", "bravo" }, local.Handoffs.Select(h => h.Description));
        Assert.Equal(new[] { "Zeta", "feat/x", "main" }, local.Handoffs[0].Ref);
        Assert.Equal($"Zeta:session-handoffs/{A}", local.Handoffs[0].Path);
        Assert.Equal(new[] { "alpha" }, cloneLocal.Handoffs.Select(h => h.Description));
        Assert.Equal(new[] { "main" }, cloneLocal.Handoffs[0].Ref);
        Assert.Equal(new[] { "main", "origin/Zeta", "origin/feat/x", "origin/main" }, withRemote.Handoffs[0].Ref);
        Assert.Empty(withRemote.Errors);
    }

    [Fact]
    public void Outside_a_repository_there_is_one_error_and_no_handoffs()
    {
        using var folder = new TempFolder();

        GitHandoffs.Result result = GitHandoffs.Read(folder.Path, new[] { "main" });

        Assert.Empty(result.Handoffs);
        HandoffException error = Assert.Single(result.Errors);
        Assert.Equal("NotAGitRepository", error.ErrorId);
        Assert.Equal(HandoffErrorKind.ObjectNotFound, error.Kind);
        Assert.Equal(folder.Path, error.Target);
        Assert.Equal($"'{folder.Path}' is not inside a git repository, so there are no refs to read handoffs from.", error.Message);
    }

    [Fact]
    public void A_repository_git_cannot_open_is_one_error()
    {
        using var folder = new TempFolder();
        string git = Directory.CreateDirectory(Path.Combine(folder.Path, ".git")).FullName;
        Directory.CreateDirectory(Path.Combine(git, "objects"));
        Directory.CreateDirectory(Path.Combine(git, "refs"));
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(git, "config"), "[core]\n\trepositoryformatversion = 99\n");

        GitHandoffs.Result result = GitHandoffs.ReadAllBranches(folder.Path, includeRemote: true);

        Assert.Empty(result.Handoffs);
        HandoffException error = Assert.Single(result.Errors);
        Assert.Equal("NotAGitRepository", error.ErrorId);
        Assert.StartsWith("Git could not open the repository at '", error.Message);
        Assert.NotNull(error.InnerException);
    }
}
