using System.Diagnostics;
using HandoffPS.Core.Context;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Files and folders that are not what a handoff is: named pipes, devices, huge files, a file where the folder should
/// be, temporary files of killed writes, repositories git cannot read. Each one is one clear error (or is cleaned up),
/// never a hang, a raw .NET exception or gigabytes of memory.
/// </summary>
/// <remarks>Runs alone: the huge-file test counts the bytes the whole process allocates while it reads.</remarks>
[Collection(RunsAloneCollection.Name)]
public class HostileFilesTests
{
    private const string Handoff = "# Session Handoff: fine\n\n**Date**: 2025-10-27\n**Time**: 09:30:00\n";

    private static string Folder(TempFolder t)
    {
        string folder = HandoffStore.FolderFor(t.Path);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2025-10-27-0930-fine.md"), Handoff);
        return folder;
    }

    /// <summary>Runs <paramref name="read"/> on another thread and fails, rather than hangs, after 20 seconds.</summary>
    private static T WithinSeconds<T>(Func<T> read, int seconds = 20)
    {
        var task = Task.Run(read);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"The read did not end within {seconds} seconds.");
        return task.Result;
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardError = true };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using Process p = Process.Start(psi)!;
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {p.StandardError.ReadToEnd()}");
    }

    [UnixFact]
    public void A_named_pipe_named_like_a_handoff_is_one_error_and_never_opened()
    {
        using var t = new TempFolder();
        string folder = Folder(t);
        string fifo = Path.Combine(folder, "2025-10-28-0930-pipe.md");
        Run("mkfifo", fifo);
        var errors = new List<HandoffException>();

        IReadOnlyList<Handoff> read = WithinSeconds(() => HandoffStore.ReadAll(folder, errors));

        Assert.Equal("fine", Assert.Single(read).Description);
        HandoffException e = Assert.Single(errors);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, e.ErrorId);
        Assert.Equal(fifo, e.Target);
        Assert.Contains("named pipe (FIFO), not a regular file", e.Message);
        Assert.Equal("a named pipe (FIFO)", RegularFile.NotRegular(fifo));
    }

    [UnixFact]
    public void A_symbolic_link_to_dev_zero_is_one_error_at_once()
    {
        using var t = new TempFolder();
        string folder = Folder(t);
        string link = Path.Combine(folder, "2025-10-28-0930-zero.md");
        File.CreateSymbolicLink(link, "/dev/zero");
        var errors = new List<HandoffException>();

        Handoff? latest = WithinSeconds(() => HandoffStore.Latest(folder, errors));

        Assert.Equal("fine", latest?.Description);
        HandoffException e = Assert.Single(errors);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, e.ErrorId);
        Assert.Contains("character device", e.Message);
        Assert.Equal("a character device", RegularFile.NotRegular(link));
        Assert.Null(RegularFile.NotRegular(Path.Combine(folder, "2025-10-27-0930-fine.md")));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_HandoffTooLarge_without_being_read()
    {
        using var t = new TempFolder();
        string folder = Folder(t);
        string huge = Path.Combine(folder, "2025-10-28-0930-huge.md");
        using (var s = new FileStream(huge, FileMode.CreateNew))
        {
            // Sparse: 1.5 GB on paper, nothing on disk. Reading it whole would need 1.5 GB of memory.
            s.SetLength(1536L * 1024 * 1024);
        }

        string over = Path.Combine(folder, "2025-10-29-0930-over.md");
        File.WriteAllText(over, Handoff + new string('x', HandoffLimits.MaxFileBytes));
        var errors = new List<HandoffException>();
        long before = GC.GetTotalAllocatedBytes(precise: true);

        IReadOnlyList<Handoff> read = WithinSeconds(() => HandoffStore.ReadAll(folder, errors));

        Assert.Single(read);
        Assert.Equal(new[] { huge, over }, errors.Select(e => e.Target));
        Assert.All(errors, e => Assert.Equal(HandoffErrorIds.HandoffTooLarge, e.ErrorId));
        Assert.All(errors, e => Assert.Equal(HandoffErrorKind.LimitsExceeded, e.Kind));
        Assert.Contains("is 1.5 GB; a handoff is read only up to 4.0 MB", errors[0].Message);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 64L * 1024 * 1024, "the huge file was read into memory");
        Assert.Equal(4 * 1024 * 1024, HandoffLimits.MaxFileBytes);
    }

    [Fact]
    public void A_file_where_the_handoff_folder_should_be_is_one_error_not_silence()
    {
        using var t = new TempFolder();
        string folder = HandoffStore.FolderFor(t.Path);
        File.WriteAllText(folder, "not a folder");
        var errors = new List<HandoffException>();

        Assert.Empty(HandoffStore.ReadAll(folder, errors));

        HandoffException e = Assert.Single(errors);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, e.ErrorId);
        Assert.Equal(folder, e.Target);
        Assert.Contains("it is a file, not a folder", e.Message);
        Assert.Throws<HandoffException>(() => HandoffStore.EnumerateFiles(folder));
        Assert.Empty(HandoffStore.EnumerateFiles(Path.Combine(t.Path, "missing")));
    }

    [Fact]
    public void The_next_write_removes_temporary_files_of_killed_writes_older_than_a_minute()
    {
        using var t = new TempFolder();
        string folder = Folder(t);
        string stale = Path.Combine(folder, ".2025-10-27-0930-fine.md.0a1b2c3d.tmp");
        string staleIndex = Path.Combine(folder, ".README.md.deadbeef.tmp");
        string fresh = Path.Combine(folder, ".2025-10-27-0930-fine.md.11111111.tmp");
        string foreign = Path.Combine(folder, ".notes.md.tmp");
        string foreignHex = Path.Combine(folder, "2025-10-27-0930-fine.md.0a1b2c3d.tmp");
        foreach (string f in new[] { stale, staleIndex, fresh, foreign, foreignHex })
        {
            File.WriteAllText(f, "partial");
        }

        foreach (string f in new[] { stale, staleIndex, foreign, foreignHex })
        {
            File.SetLastWriteTimeUtc(f, DateTime.UtcNow.AddMinutes(-2));
        }

        HandoffStore.WriteAtomic(Path.Combine(folder, "2025-10-28-0930-next.md"), Handoff, force: false);

        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(staleIndex));
        Assert.True(File.Exists(fresh), "a temporary file younger than a minute may belong to a write still running");
        Assert.True(File.Exists(foreign), "not a name this module writes");
        Assert.True(File.Exists(foreignHex), "not hidden: not a name this module writes");
        Assert.Equal(TimeSpan.FromMinutes(1), HandoffStore.StaleTemporaryAge);
    }

    public static TheoryData<string> Breakages => new() { "HEAD", "no HEAD", "config", "objects", "shallow", "owner" };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_root_of_a_repository_git_cannot_read_is_still_its_work_tree_root(string broken)
    {
        using var repo = TempFolder.GitRepo();
        string deep = Directory.CreateDirectory(Path.Combine(repo.Path, "sub", "deep")).FullName;
        string git = Path.Combine(repo.Path, ".git");
        switch (broken)
        {
            case "HEAD":
            case "config":
            case "shallow":
                File.WriteAllText(Path.Combine(git, broken), "\0garbage\n[[[\n");
                break;
            case "objects":
                Directory.Delete(Path.Combine(git, "objects"), recursive: true);
                break;
            case "no HEAD":
                File.Delete(Path.Combine(git, "HEAD"));
                break;
            case "owner":
                if (!OperatingSystem.IsWindows() && Environment.UserName == "root")
                {
                    Run("chown", "-R", "65534:65534", git);
                }
                else
                {
                    // Not root: another owner cannot be made here; a corrupt HEAD stands in for it.
                    File.WriteAllText(Path.Combine(git, "HEAD"), "garbage");
                }

                break;
        }

        HandoffProject project = HandoffProject.Resolve(null, deep);

        Assert.Equal(Path.GetFullPath(repo.Path), project.Root);
        Assert.Equal(Path.Combine(project.Root, "session-handoffs"), project.Folder);
        Assert.Equal(project.Root, HandoffProject.Resolve(null, Path.Combine(git)).Root);
    }

    [Fact]
    public void A_linked_work_tree_or_submodule_with_a_dot_git_file_is_its_own_root()
    {
        using var t = new TempFolder();
        string inner = Directory.CreateDirectory(Path.Combine(t.Path, "outer", "inner", "src")).FullName;
        Directory.CreateDirectory(Path.Combine(t.Path, "outer", ".git"));
        File.WriteAllText(Path.Combine(t.Path, "outer", "inner", ".git"), "gitdir: ../.git/modules/inner\n");

        Assert.Equal(Path.Combine(t.Path, "outer", "inner"), HandoffProject.Resolve(null, inner).Root);
        Assert.Equal(Path.Combine(t.Path, "outer"), HandoffProject.Resolve(null, Path.Combine(t.Path, "outer")).Root);
    }

    [Fact]
    public void A_corrupt_packed_refs_file_is_one_error_from_AllBranches()
    {
        using var repo = TempFolder.GitRepo();
        repo.Git("pack-refs", "--all");
        File.WriteAllText(Path.Combine(repo.Path, ".git", "packed-refs"), "# pack-refs with: peeled fully-peeled sorted\nnot-a-sha refs/heads/main\n\0\0\0\n");
        File.Delete(Path.Combine(repo.Path, ".git", "refs", "heads", "main"));

        GitHandoffs.Result result = GitHandoffs.ReadAllBranches(repo.Path, includeRemote: false);

        Assert.Empty(result.Handoffs);
        HandoffException e = Assert.Single(result.Errors);
        Assert.Equal(HandoffErrorIds.NotAGitRepository, e.ErrorId);
    }

    [Fact]
    public void Without_a_readable_handoff_status_and_context_say_so_rather_than_no_handoff_yet()
    {
        using var t = new TempFolder();

        HandoffStatus status = HandoffStatus.Evaluate(HandoffProject.Resolve(t.Path, t.Path), null, DateTime.Now, unreadable: 1);
        HandoffContext context = HandoffContextBuilder.Build(Array.Empty<Handoff>(), new HandoffContextOptions { ProjectRoot = "/p", UnreadableFiles = 2, CountTokens = s => s.Length });

        Assert.Equal("No readable handoff (1 read error, reported as errors), and no git repository to tell whether there is work.", status.Reason);
        Assert.Equal($"No readable session handoff in {Path.Combine("/p", "session-handoffs")}: 2 read errors (see the errors). Fix what could not be read to carry the last session over.", context.Text);
        Assert.False(context.HasHandoff);
    }
}
