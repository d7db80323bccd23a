using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibGit2Sharp;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Git;

/// <summary>
/// Reads handoffs straight from git objects: <c>session-handoffs/*.md</c> in the tree of a branch, tag or commit,
/// without checking anything out or touching the working tree. A handoff with the same content on several
/// refs is read once and lists every ref it is on.
/// </summary>
public static class GitHandoffs
{
    /// <summary>What reading refs gave: the handoffs, in <see cref="HandoffOrder"/>, and what went wrong per ref or file.</summary>
    public sealed record Result(IReadOnlyList<Handoff> Handoffs, IReadOnlyList<HandoffException> Errors);

    /// <summary>Reads the handoffs of <paramref name="refs"/> (branches, tags, annotated or not, commits) in the repository holding <paramref name="path"/>.</summary>
    public static Result Read(string path, IEnumerable<string> refs) => ReadCore(path, repo => refs.ToArray());

    /// <summary>Reads the handoffs of every local branch (and remote-tracking branch when asked).</summary>
    public static Result ReadAllBranches(string path, bool includeRemote) =>
        ReadCore(path, repo =>
        {
            SymbolicRefLoops.Refuse(repo.Info.Path, branches: true);
            return repo.Branches
                .Where(b => includeRemote || !b.IsRemote)
                .Where(b => !b.FriendlyName.EndsWith("/HEAD", StringComparison.Ordinal))
                .Select(b => b.FriendlyName)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
        });

    private static Result ReadCore(string path, Func<Repository, string[]> refsOf)
    {
        var errors = new List<HandoffException>();
        string? gitDir;
        try
        {
            gitDir = Repository.Discover(path);
        }
        catch (Exception ex) when (ex is LibGit2SharpException or DllNotFoundException or TypeInitializationException)
        {
            return Fail(path, $"Git could not be used at '{path}' ({ex.GetBaseException().Message}).", ex);
        }

        if (gitDir is null)
        {
            return Fail(path, $"'{path}' is not inside a git repository, so there are no refs to read handoffs from.", null);
        }

        Repository repo;
        try
        {
            repo = new Repository(gitDir);
        }
        catch (LibGit2SharpException ex)
        {
            return Fail(path, $"Git could not open the repository at '{gitDir}' ({TextRules.SingleLine(ex.Message)}).", ex);
        }

        using var _ = repo;
        var byBlob = new Dictionary<string, (string Name, string Ref, byte[] Bytes, List<string> Refs)>(StringComparer.Ordinal);
        string[] refNames;
        try
        {
            refNames = refsOf(repo);
        }
        catch (LibGit2SharpException ex)
        {
            // A corrupt packed-refs or ref file: git cannot list the branches.
            return Fail(path, $"Git could not list the refs of the repository at '{repo.Info.WorkingDirectory ?? gitDir}' ({TextRules.SingleLine(ex.Message)}).", ex);
        }

        foreach (string refName in refNames)
        {
            Commit? commit = LookupCommit(repo, refName);
            if (commit is null)
            {
                errors.Add(new HandoffException(HandoffErrorIds.RefNotFound, HandoffErrorKind.ObjectNotFound, $"There is no branch, tag or commit '{refName}' in '{repo.Info.WorkingDirectory ?? gitDir}'.", refName));
                continue;
            }

            Tree? folder;
            TreeEntry[] entries;
            try
            {
                folder = commit.Tree[HandoffStore.FolderName]?.Target as Tree;
                entries = folder is null ? Array.Empty<TreeEntry>()
                    : folder.Where(e => e.TargetType == TreeEntryTargetType.Blob && HandoffFileName.IsHandoffName(e.Name)).ToArray();
            }
            catch (LibGit2SharpException ex)
            {
                // A missing or corrupt tree object: this ref's handoffs cannot be listed; the other refs still come.
                errors.Add(new HandoffException(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError,
                    $"Cannot read the handoff folder of '{refName}' from git ({TextRules.SingleLine(ex.Message)}).", refName, ex));
                continue;
            }

            foreach (TreeEntry entry in entries)
            {
                var blob = (Blob)entry.Target;
                if (byBlob.TryGetValue(blob.Sha, out var seen))
                {
                    if (!seen.Refs.Contains(refName))
                    {
                        seen.Refs.Add(refName);
                    }

                    continue;
                }

                byte[]? bytes = entry.Mode == Mode.SymbolicLink ? SymbolicLink(refName, entry, errors) : ReadBytes(blob, refName, entry, errors);
                if (bytes is null)
                {
                    continue;
                }

                byBlob[blob.Sha] = (entry.Name, refName, bytes, new List<string> { refName });
            }
        }

        var handoffs = byBlob.Values
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ThenBy(v => v.Ref, StringComparer.Ordinal)
            .Select(v =>
            {
                string name = $"{v.Ref}:{HandoffStore.FolderName}/{v.Name}";
                try
                {
                    Handoff h = HandoffParser.ParseBytes(v.Bytes, name).Handoff;
                    h.Path = name;
                    h.Ref = v.Refs.ToArray();
                    return h;
                }
                catch (HandoffException ex)
                {
                    errors.Add(ex);
                    return null;
                }
            })
            .OfType<Handoff>();
        return new Result(HandoffOrder.Sort(handoffs), errors);
    }

    private static Commit? LookupCommit(Repository repo, string refName)
    {
        try
        {
            return repo.Lookup<Commit>(refName + "^{commit}");
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    /// <summary>The bytes of a handoff blob, at most <see cref="HandoffLimits.MaxFileBytes"/>; null, with one error added, when it cannot be read.</summary>
    private static byte[]? ReadBytes(Blob blob, string refName, TreeEntry entry, List<HandoffException> errors)
    {
        string name = $"{refName}:{HandoffStore.FolderName}/{entry.Name}";
        try
        {
            if (blob.Size > HandoffLimits.MaxFileBytes)
            {
                errors.Add(RegularFile.TooLarge(name, blob.Size, HandoffLimits.MaxFileBytes));
                return null;
            }

            using var stream = blob.GetContentStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is LibGit2SharpException or IOException)
        {
            errors.Add(new HandoffException(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError, $"Cannot read handoff '{name}': {TextRules.SingleLine(ex.Message)}.", name, ex));
            return null;
        }
    }

    /// <summary>A handoff name that is a symbolic link in git: its blob is the link's target, not a handoff. One error, and null.</summary>
    private static byte[]? SymbolicLink(string refName, TreeEntry entry, List<HandoffException> errors)
    {
        string name = $"{refName}:{HandoffStore.FolderName}/{entry.Name}";
        errors.Add(new HandoffException(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError,
            $"Cannot read handoff '{name}': it is a symbolic link in git, not a file; it was skipped.", name));
        return null;
    }

    private static Result Fail(string path, string message, Exception? inner) =>
        new(Array.Empty<Handoff>(), new[] { new HandoffException(HandoffErrorIds.NotAGitRepository, HandoffErrorKind.ObjectNotFound, message, path, inner) });
}
