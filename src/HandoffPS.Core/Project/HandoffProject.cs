using System;
using System.IO;
using System.Linq;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Project;

/// <summary>
/// Where a project's handoffs live: its root, its handoff folder and, read only when asked, its git facts. Every
/// cmdlet finds its location through <see cref="Resolve"/>; nothing else walks up folders or asks git for the root.
/// </summary>
public sealed class HandoffProject
{
    private readonly Lazy<GitFacts> _git;

    private HandoffProject(string root, string folder, Func<string, GitFacts> readGit)
    {
        Root = root;
        Folder = folder;
        _git = new Lazy<GitFacts>(() => readGit(root));
    }

    /// <summary>The project root, a full path without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>The folder the handoffs are in (it may not exist yet): usually <c>{Root}/session-handoffs</c>.</summary>
    public string Folder { get; }

    /// <summary>What git knows about the root (branch, HEAD, user.name), read on first use, once.</summary>
    public GitFacts Git => _git.Value;

    /// <summary>
    /// The project for <paramref name="path"/>, relative to <paramref name="currentDirectory"/>. Without a path: the
    /// git work-tree root holding the current directory, else the current directory. With a path, taken as given
    /// (a sub-project of a repository stays itself): a handoff folder (named <c>session-handoffs</c>, or holding
    /// handoff files and no <c>session-handoffs</c> child) is the folder of the project above it or of itself; a
    /// file is in the handoff folder of its folder; any other folder is a project root. Finding the root reads no
    /// git fact but the work tree; <paramref name="readGit"/> (default <see cref="GitFacts.Read"/>) runs lazily.
    /// </summary>
    /// <exception cref="HandoffException">PathNotFound, when <paramref name="path"/> names nothing on disk.</exception>
    public static HandoffProject Resolve(string? path, string currentDirectory, Func<string, GitFacts>? readGit = null)
    {
        ArgumentNullException.ThrowIfNull(currentDirectory);
        readGit ??= GitFacts.Read;
        string cwd = Full(currentDirectory);
        if (path is null)
        {
            string root = WorkTreeRootOf(cwd) ?? cwd;
            return new HandoffProject(root, HandoffStore.FolderFor(root), readGit);
        }

        string full = Full(Path.Combine(cwd, path));
        if (File.Exists(full))
        {
            string folder = Path.GetDirectoryName(full) ?? full;
            return new HandoffProject(IsNamedFolder(folder) ? Parent(folder) : folder, folder, readGit);
        }

        if (!Directory.Exists(full))
        {
            throw new HandoffException(HandoffErrorIds.PathNotFound, HandoffErrorKind.ObjectNotFound,
                $"Cannot find '{path}': no such file or folder.", path);
        }

        string child = HandoffStore.FolderFor(full);
        if (IsNamedFolder(full))
        {
            return new HandoffProject(Parent(full), full, readGit);
        }

        bool loose = !Directory.Exists(child) && !File.Exists(child) && HandoffStore.HasHandoffs(full);
        return new HandoffProject(full, loose ? full : child, readGit);
    }

    /// <summary>
    /// The root of the git work tree holding <paramref name="path"/>: the nearest folder, from <paramref name="path"/>
    /// up, with a <c>.git</c> entry (a folder, or the file of a linked work tree or submodule); null when there is none.
    /// Only the file system is read, never the repository: a repository git cannot read (a corrupt HEAD, config or
    /// object store, a bad shallow file, another owner) still has its root, so a handoff written from a sub-folder
    /// lands where the readers look for it.
    /// </summary>
    internal static string? WorkTreeRootOf(string path)
    {
        try
        {
            for (string? dir = Full(path); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                string dotGit = Path.Combine(dir, ".git");
                if (Directory.Exists(dotGit) || File.Exists(dotGit))
                {
                    return Path.TrimEndingDirectorySeparator(dir);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // An unreadable ancestor ends the search: the current folder is the root.
        }

        return null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsNamedFolder(string folder) =>
        string.Equals(Path.GetFileName(folder), HandoffStore.FolderName, StringComparison.OrdinalIgnoreCase);

    private static string Parent(string folder) => Path.GetDirectoryName(folder) ?? folder;
}
