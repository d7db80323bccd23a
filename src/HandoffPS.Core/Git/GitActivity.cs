using System;
using System.Collections.Generic;
using System.IO;
using LibGit2Sharp;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Git;

/// <summary>
/// How much work a repository holds since a handoff, counted in bounded time for a status check
/// (<see cref="Context.HandoffStatus"/>): the commits since it, walked newest first and counted up to
/// <see cref="CommitCap"/> (then the count is a lower bound); the files changed since it, by one tree diff between
/// its commit and HEAD; and the files with uncommitted changes. "Since" starts where <see cref="GitHistory"/> starts
/// it: the handoff's Commit, else its time, else the last 24 hours. Merges and commits that only change the handoff
/// folder are not counted. Never throws for git reasons; problems come back as warnings.
/// </summary>
/// <remarks>
/// The walk stops at the handoff's commit, at the first commit older than its time, or at the cap: its cost follows
/// the commits since the handoff up to the cap, never the length of history. What a profile needs is whether work
/// exists, not an exact count of thousands of commits. From a time, the walk stops at the first commit older than
/// it, as <c>git log --since</c> does: in a history whose clocks go backwards, a newer commit behind an older one is
/// not counted.
/// </remarks>
public sealed class GitActivity
{
    /// <summary>
    /// Commits are counted up to this many; past it, <see cref="CommitsIsLowerBound"/> is true. Each commit costs some
    /// 10 to 20 microseconds through the git library (its parents, its time, its tree against its parent's), so a
    /// cap of 200 keeps the walk within a few milliseconds, and "at least 200 commits" says all a status needs.
    /// </summary>
    public const int CommitCap = 200;

    private GitActivity(int commits, bool lowerBound, int filesChanged, int uncommitted, IReadOnlyList<string> warnings, string? since = null)
    {
        Since = since;
        Commits = commits;
        CommitsIsLowerBound = lowerBound;
        FilesChanged = filesChanged;
        UncommittedFiles = uncommitted;
        Warnings = warnings;
    }

    /// <summary>Commits since the start point (merges and handoff-only commits left out), at most <see cref="CommitCap"/>.</summary>
    public int Commits { get; }

    /// <summary>True when the walk stopped at the cap: there are at least <see cref="Commits"/> commits.</summary>
    public bool CommitsIsLowerBound { get; }

    /// <summary>
    /// Files changed since the start point, committed or not, the handoff folder left out. When the start is a time
    /// and the walk stopped at the cap, the files of the commits walked.
    /// </summary>
    public int FilesChanged { get; }

    /// <summary>Files with uncommitted changes (staged, unstaged or untracked), the handoff folder left out.</summary>
    public int UncommittedFiles { get; }

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Where "since" started, in words (<c>commit 1a2b3c4d5e6f</c>, <c>2025-10-27 09:30</c>); null when git could not be read.</summary>
    public string? Since { get; }

    /// <summary>The work since <paramref name="previous"/> (its Commit, else its time; with none, the last 24 hours before <paramref name="now"/>).</summary>
    public static GitActivity SinceHandoff(string path, Handoff? previous, DateTime now, string? excludeFolder = HandoffStore.FolderName)
    {
        (string? commit, DateTimeOffset time) = previous?.Date is DateTime date
            ? (previous.Commit, GitHistory.ToOffset(date, previous.Offset))
            : (null, GitHistory.ToOffset(now - GitHistory.FirstWindow, null));
        try
        {
            return Read(path, commit, time, excludeFolder);
        }
        catch (Exception ex) when (GitFacts.IsLibraryFailure(ex) || ex is LibGit2SharpException or IOException or UnauthorizedAccessException)
        {
            return new GitActivity(0, false, 0, 0, new[] { GitHistory.ReadFailure(path, ex) });
        }
    }

    private static GitActivity Read(string path, string? sinceCommit, DateTimeOffset sinceTime, string? excludeFolder)
    {
        string? gitDir = Repository.Discover(path);
        if (gitDir is null)
        {
            return new GitActivity(0, false, 0, 0, new[] { $"'{path}' is not inside a git repository; no commits or files are counted." });
        }

        SymbolicRefLoops.Refuse(gitDir, branches: false);
        using var repo = new Repository(gitDir);
        var warnings = new List<string>();
        Commit? head = repo.Head.Tip; // null while HEAD is unborn
        Commit? start = sinceCommit is null ? null : Lookup(repo, sinceCommit);
        if (sinceCommit is not null && start is null)
        {
            warnings.Add($"The previous handoff's commit {sinceCommit} is not in this repository's history (rebased or force-pushed?); counting from its time instead.");
        }

        string exclude = string.IsNullOrEmpty(excludeFolder) ? "\0" : excludeFolder.TrimEnd('/') + "/";
        CommittedWork committed = head is null
            ? new CommittedWork(0, false, Array.Empty<string>())
            : CommittedWork.Since(repo, gitDir, head, start, sinceTime, excludeFolder, exclude);
        var files = new HashSet<string>(committed.Files, StringComparer.Ordinal);

        int uncommitted = 0;
        foreach (TreeEntryChanges change in repo.Diff.Compare<TreeChanges>(head?.Tree, DiffTargets.Index | DiffTargets.WorkingDirectory))
        {
            if (CommittedWork.Add(files, change.Path, exclude))
            {
                uncommitted++;
            }
        }

        string since = start is null ? GitHistory.Describe(sinceTime) : "commit " + start.Sha[..HandoffPlan.CommitLength];
        return new GitActivity(committed.Commits, committed.Capped, files.Count, uncommitted, warnings, since);
    }

    private static Commit? Lookup(Repository repo, string sha)
    {
        try
        {
            return repo.Lookup<Commit>(sha);
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }
}
