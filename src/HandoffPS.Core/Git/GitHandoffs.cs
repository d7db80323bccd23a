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
        ReadCore(path, repo => repo.Branches
            .Where(b => includeRemote || !b.IsRemote)
            .Where(b => !b.FriendlyName.EndsWith("/HEAD", StringComparison.Ordinal))
            .Select(b => b.FriendlyName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray());

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
        var byBlob = new Dictionary<string, (string Name, string Ref, string Text, List<string> Refs)>(StringComparer.Ordinal);
        foreach (string refName in refsOf(repo))
        {
            Commit? commit = LookupCommit(repo, refName);
            if (commit is null)
            {
                errors.Add(new HandoffException("RefNotFound", HandoffErrorKind.ObjectNotFound, $"There is no branch, tag or commit '{refName}' in '{repo.Info.WorkingDirectory ?? gitDir}'.", refName));
                continue;
            }

            Tree? folder = commit.Tree[HandoffStore.FolderName]?.Target as Tree;
            if (folder is null)
            {
                continue;
            }

            foreach (TreeEntry entry in folder.Where(e => e.TargetType == TreeEntryTargetType.Blob && HandoffFileName.IsHandoffName(e.Name)))
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

                string? text = ReadText(blob, refName, entry, errors);
                if (text is null)
                {
                    continue;
                }

                byBlob[blob.Sha] = (entry.Name, refName, text, new List<string> { refName });
            }
        }

        var handoffs = byBlob.Values
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ThenBy(v => v.Ref, StringComparer.Ordinal)
            .Select(v =>
            {
                try
                {
                    Handoff h = HandoffParser.Parse(v.Text, v.Name);
                    h.Path = $"{v.Ref}:{HandoffStore.FolderName}/{v.Name}";
                    h.Ref = v.Refs.ToArray();
                    return h;
                }
                catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
                {
                    errors.Add(new HandoffException("HandoffUnreadable", HandoffErrorKind.ReadError, $"Cannot read handoff '{v.Ref}:{HandoffStore.FolderName}/{v.Name}': {ex.Message}.", v.Name, ex));
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

    /// <summary>The text of a handoff blob; null, with one error added, when it cannot be decoded.</summary>
    private static string? ReadText(Blob blob, string refName, TreeEntry entry, List<HandoffException> errors)
    {
        try
        {
            using var stream = blob.GetContentStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return HandoffParser.Decode(buffer.ToArray());
        }
        catch (Exception ex) when (ex is System.Text.DecoderFallbackException or LibGit2SharpException)
        {
            errors.Add(new HandoffException("HandoffUnreadable", HandoffErrorKind.ReadError, $"Cannot read handoff '{refName}:{HandoffStore.FolderName}/{entry.Name}': {ex.Message}.", $"{refName}:{entry.Path}", ex));
            return null;
        }
    }

    private static Result Fail(string path, string message, Exception? inner) =>
        new(Array.Empty<Handoff>(), new[] { new HandoffException("NotAGitRepository", HandoffErrorKind.ObjectNotFound, message, path, inner) });
}
