using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LibGit2Sharp;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Git;

/// <summary>
/// What git knows about a folder: work-tree root, branch, <c>user.name</c> and HEAD. Reading never throws:
/// git is a source of facts, never a reason to fail. Anything that could not be learned is explained in
/// <see cref="Warnings"/>.
/// </summary>
public sealed class GitFacts
{
    private GitFacts(string? workTreeRoot, string? branch, string? userName, string? head, bool isDetached, bool isUnborn, IReadOnlyList<string> warnings)
    {
        WorkTreeRoot = workTreeRoot;
        Branch = branch;
        UserName = userName;
        Head = head;
        IsDetached = isDetached;
        IsUnborn = isUnborn;
        Warnings = warnings;
    }

    /// <summary>Root of the work tree, without a trailing separator; null outside a repository.</summary>
    public string? WorkTreeRoot { get; }

    /// <summary>The branch name, or <c>(detached at 1a2b3c4)</c> on a detached HEAD; null outside a repository.</summary>
    public string? Branch { get; }

    public string? UserName { get; }

    /// <summary>Full SHA of HEAD; null when HEAD is unborn or outside a repository.</summary>
    public string? Head { get; }

    public bool IsDetached { get; }

    public bool IsUnborn { get; }

    public bool IsRepository => WorkTreeRoot is not null;

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Reads the facts for <paramref name="path"/> (a folder inside the work tree, or its root).</summary>
    public static GitFacts Read(string path)
    {
        try
        {
            return ReadCore(path);
        }
        catch (Exception ex) when (IsLibraryFailure(ex))
        {
            return None(LibraryWarning(ex));
        }
        catch (LibGit2SharpException ex) when (ex.Message.Contains("not owned by current user", StringComparison.OrdinalIgnoreCase))
        {
            return None($"Git refuses to read the repository at '{path}' because another user owns it ({ex.Message}); the handoff has no git facts. If you trust it: git config --global --add safe.directory '{path}'.");
        }
        catch (LibGit2SharpException ex)
        {
            return None($"Git could not read the repository at '{path}' ({ex.Message}); the handoff has no git facts.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return None($"Git could not read '{path}' ({ex.Message}); the handoff has no git facts.");
        }
    }

    /// <summary>
    /// The local branch names of the repository holding <paramref name="path"/> (with remote-tracking ones when
    /// asked), in name order; empty outside a repository or when git cannot be read.
    /// </summary>
    public static IReadOnlyList<string> Branches(string path, bool includeRemote = false)
    {
        try
        {
            string? gitDir = Repository.Discover(path);
            if (gitDir is null)
            {
                return Array.Empty<string>();
            }

            SymbolicRefLoops.Refuse(gitDir, branches: true);
            using var repo = new Repository(gitDir);
            return repo.Branches
                .Where(b => includeRemote || !b.IsRemote)
                .Select(b => b.FriendlyName)
                .Where(n => !n.EndsWith("/HEAD", StringComparison.Ordinal))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception ex) when (ex is LibGit2SharpException or DllNotFoundException or TypeInitializationException or IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>True when <paramref name="ex"/> says the native git library could not be loaded.</summary>
    internal static bool IsLibraryFailure(Exception ex) =>
        ex is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException;

    /// <summary>The one warning for a native git library that cannot be loaded, on one line.</summary>
    internal static string LibraryWarning(Exception ex) =>
        $"The git library could not be loaded ({TextRules.SingleLine(ex.GetBaseException().Message)}); the handoff has no git facts.";

    private static GitFacts None(string warning) => new(null, null, null, null, false, false, new[] { warning });

    private static GitFacts ReadCore(string path)
    {
        string? gitDir = Repository.Discover(path);
        if (gitDir is null)
        {
            string dotGit = Path.Combine(path, ".git");
            return None(Directory.Exists(dotGit) || File.Exists(dotGit)
                ? $"Git cannot read the repository at '{path}' (its .git is there, but not a repository git can open: a missing HEAD?); the handoff has no git facts."
                : $"'{path}' is not inside a git repository; the handoff has no Branch line.");
        }

        var warnings = new List<string>();
        SymbolicRefLoops.Refuse(gitDir, branches: false);
        using var repo = new Repository(gitDir);
        if (repo.Info.IsBare || repo.Info.WorkingDirectory is null)
        {
            return None($"'{gitDir}' is a bare repository with no work tree; the handoff has no git facts.");
        }

        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(repo.Info.WorkingDirectory));
        bool unborn = repo.Info.IsHeadUnborn;
        bool detached = repo.Info.IsHeadDetached;
        string? head = unborn ? null : repo.Head.Tip?.Sha;
        string? branch = detached && head is not null
            ? $"(detached at {head[..7]})"
            : repo.Head.FriendlyName;
        if (unborn)
        {
            warnings.Add($"The branch '{branch}' has no commits yet; the handoff records no commit.");
        }

        string? user = null;
        try
        {
            user = repo.Config.Get<string>("user.name")?.Value;
        }
        catch (LibGit2SharpException ex)
        {
            warnings.Add($"Git's user.name could not be read ({ex.Message}).");
        }

        if (string.IsNullOrWhiteSpace(user))
        {
            user = null;
            warnings.Add("Git's user.name is not set; the Author line names only the agent. Set it with: git config user.name 'Your Name'.");
        }

        return new GitFacts(root, branch, user, head, detached, unborn, warnings);
    }
}
