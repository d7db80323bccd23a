using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LibGit2Sharp;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Git;

/// <summary>
/// Reads what changed in a repository since a handoff: the commits after its recorded commit (or after its
/// time), and the files changed since then, committed and uncommitted. The cost grows with the number of
/// commits since the start point, not with the length of history: the walk stops at the start point.
/// Never throws for git reasons; problems come back as warnings.
/// </summary>
public static class GitHistory
{
    /// <summary>Past this many untracked files, their lines are not counted (each would be read): they rank last among the key files.</summary>
    public const int UntrackedLineCountCap = 1000;

    /// <summary>How long before now a first handoff looks back, when there is no previous handoff and no -Since.</summary>
    public static readonly TimeSpan FirstWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// The changes since the previous handoff: from its Commit, else its time; with no previous handoff, since
    /// <paramref name="since"/> or the last 24 hours. An explicit <paramref name="since"/> always wins.
    /// </summary>
    public static GitChanges SinceHandoff(string path, Handoff? previous, DateTime? since, DateTime now)
    {
        if (since is DateTime explicitSince)
        {
            return Since(path, null, ToOffset(explicitSince, null));
        }

        if (previous?.Date is DateTime date)
        {
            return Since(path, previous.Commit, ToOffset(date, previous.Offset));
        }

        return Since(path, null, ToOffset(now - FirstWindow, null));
    }

    internal static DateTimeOffset ToOffset(DateTime time, string? offset)
    {
        if (time.Kind == DateTimeKind.Utc)
        {
            return new DateTimeOffset(time);
        }

        if (offset is not null && TimeSpan.TryParse(offset.TrimStart('+'), CultureInfo.InvariantCulture, out TimeSpan o))
        {
            return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), o);
        }

        return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Local));
    }

    /// <summary>
    /// The changes since <paramref name="sinceCommit"/> when it is in the history, else since
    /// <paramref name="sinceTime"/> (with a warning when the commit was given but is gone).
    /// </summary>
    /// <param name="path">A folder inside the work tree.</param>
    /// <param name="sinceCommit">The previous handoff's Commit (any abbreviation), or null.</param>
    /// <param name="sinceTime">The previous handoff's time, or the start of the window for a first handoff.</param>
    /// <param name="excludeFolder">A folder (relative to the work-tree root) whose files are not counted: the handoffs themselves.</param>
    public static GitChanges Since(string path, string? sinceCommit, DateTimeOffset sinceTime, string? excludeFolder = HandoffStore.FolderName)
    {
        try
        {
            return SinceCore(path, sinceCommit, sinceTime, excludeFolder);
        }
        catch (Exception ex) when (GitFacts.IsLibraryFailure(ex) || ex is LibGit2SharpException or IOException or UnauthorizedAccessException)
        {
            return GitChanges.None(Describe(sinceTime), ReadFailure(path, ex));
        }
    }

    /// <summary>The one warning for a history that could not be read: a native library that cannot load, or git failing at <paramref name="path"/>.</summary>
    internal static string ReadFailure(string path, Exception ex) => GitFacts.IsLibraryFailure(ex)
        ? GitFacts.LibraryWarning(ex)
        : $"Git could not read the history at '{path}' ({TextRules.SingleLine(ex.GetBaseException().Message)}); no commits or files are listed.";

    private static GitChanges SinceCore(string path, string? sinceCommit, DateTimeOffset sinceTime, string? excludeFolder)
    {
        string? gitDir = Repository.Discover(path);
        if (gitDir is null)
        {
            return GitChanges.None(Describe(sinceTime), $"'{path}' is not inside a git repository; no commits or files are listed.");
        }

        SymbolicRefLoops.Refuse(gitDir, branches: false);
        using var repo = new Repository(gitDir);
        var warnings = new List<string>();
        Commit? head = repo.Head.Tip; // null while HEAD is unborn
        Commit? start = null;
        string since = Describe(sinceTime);
        if (sinceCommit is not null)
        {
            start = Lookup(repo, sinceCommit);
            if (start is null)
            {
                warnings.Add($"The previous handoff's commit {sinceCommit} is not in this repository's history (rebased or force-pushed?); using its time, {since}, instead.");
            }
            else
            {
                since = "commit " + start.Sha[..HandoffPlan.CommitLength];
            }
        }

        var commits = new List<GitCommitInfo>();
        Commit? baseCommit = start;
        if (head is not null)
        {
            if (start is not null)
            {
                var filter = new CommitFilter { IncludeReachableFrom = head, ExcludeReachableFrom = start, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time };
                commits.AddRange(repo.Commits.QueryBy(filter).Where(c => IsWork(c, excludeFolder)).Select(Info));
            }
            else
            {
                baseCommit = WalkByTime(repo, head, sinceTime, excludeFolder, commits, warnings);
            }
        }

        commits.Reverse();
        var files = new Dictionary<string, FileChange>(StringComparer.Ordinal);
        string exclude = string.IsNullOrEmpty(excludeFolder) ? "\0" : excludeFolder.TrimEnd('/') + "/";
        if (head is not null && head.Tree is Tree headTree && (baseCommit is null || baseCommit.Id != head.Id))
        {
            using var stats = repo.Diff.Compare<PatchStats>(baseCommit?.Tree, headTree);
            foreach (TreeEntryChanges change in repo.Diff.Compare<TreeChanges>(baseCommit?.Tree, headTree))
            {
                ContentChangeStats? lines = stats[change.Path];
                Add(files, change.Path, lines?.LinesAdded ?? 0, lines?.LinesDeleted ?? 0, uncommitted: false, exclude);
            }
        }

        int uncommitted = 0;
        using TreeChanges pending = repo.Diff.Compare<TreeChanges>(head?.Tree, DiffTargets.Index | DiffTargets.WorkingDirectory);
        // Lines are counted by reading each file: for thousands of untracked files (a build output nobody ignored) that
        // costs seconds, so past the cap the untracked files are listed without line counts.
        // The diff reports an untracked file as added: it is one the index does not hold.
        bool IsUntracked(TreeEntryChanges c) => c.Status == ChangeKind.Untracked || (c.Status == ChangeKind.Added && repo.Index[c.Path] is null);
        int untracked = pending.Count(c => IsUntracked(c) && !c.Path.StartsWith(exclude, StringComparison.Ordinal));
        IEnumerable<string>? counted = untracked > UntrackedLineCountCap
            ? pending.Where(c => !IsUntracked(c)).Select(c => c.Path).ToList()
            : null;
        if (counted is not null)
        {
            warnings.Add($"{untracked} untracked files: too many to count their lines, so Key Files rank them last. Add build output to .gitignore.");
        }

        // An empty list of paths would mean every path to the git library: then there is nothing to count.
        using (PatchStats? stats = counted is null
            ? repo.Diff.Compare<PatchStats>(head?.Tree, DiffTargets.Index | DiffTargets.WorkingDirectory)
            : counted.Any() ? repo.Diff.Compare<PatchStats>(head?.Tree, DiffTargets.Index | DiffTargets.WorkingDirectory, counted) : null)
        {
            foreach (TreeEntryChanges change in pending)
            {
                ContentChangeStats? lines = stats?[change.Path];
                if (Add(files, change.Path, lines?.LinesAdded ?? 0, lines?.LinesDeleted ?? 0, uncommitted: true, exclude))
                {
                    uncommitted++;
                }
            }
        }

        var ranked = files.Values
            .OrderByDescending(f => f.Lines)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        return new GitChanges(commits, ranked, uncommitted, since, warnings);
    }

    private static Commit? WalkByTime(Repository repo, Commit head, DateTimeOffset since, string? excludeFolder, List<GitCommitInfo> commits, List<string> warnings)
    {
        // Newest first by commit time; the first commit older than "since" is the base and ends the walk.
        try
        {
            foreach (Commit c in repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = head, SortBy = CommitSortStrategies.Time }))
            {
                if (c.Committer.When < since)
                {
                    return c;
                }

                if (IsWork(c, excludeFolder))
                {
                    commits.Add(Info(c));
                }
            }
        }
        catch (LibGit2SharpException ex)
        {
            warnings.Add($"The history could not be walked to its start ({ex.Message}); the list may be incomplete.");
        }

        return null;
    }

    /// <summary>
    /// A commit that is work: not a merge, and not one that only changes the handoff folder (committing a
    /// handoff is not work to report in the next one). Only the root trees are compared, by object id, so it stays cheap.
    /// </summary>
    internal static bool IsWork(Commit c, string? excludeFolder)
    {
        Commit? parent = null;
        int parents = 0;
        foreach (Commit p in c.Parents)
        {
            parent ??= p;
            parents++;
        }

        if (parents > 1)
        {
            return false;
        }

        if (parent is null || string.IsNullOrEmpty(excludeFolder))
        {
            return true;
        }

        var before = new Dictionary<string, ObjectId>(StringComparer.Ordinal);
        foreach (TreeEntry entry in parent.Tree)
        {
            before[entry.Name] = entry.Target.Id;
        }

        foreach (TreeEntry entry in c.Tree)
        {
            if (entry.Name == excludeFolder)
            {
                continue;
            }

            if (!before.Remove(entry.Name, out ObjectId? id) || id != entry.Target.Id)
            {
                return true;
            }
        }

        before.Remove(excludeFolder);
        return before.Count > 0;
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

    private static bool Add(Dictionary<string, FileChange> files, string path, int added, int deleted, bool uncommitted, string exclude)
    {
        string p = path.Replace('\\', '/');
        if (p.StartsWith(exclude, StringComparison.Ordinal))
        {
            return false;
        }

        files[p] = files.TryGetValue(p, out FileChange? before)
            ? new FileChange(p, before.Added + added, before.Deleted + deleted, before.Uncommitted || uncommitted)
            : new FileChange(p, added, deleted, uncommitted);
        return true;
    }

    private static GitCommitInfo Info(Commit c) => new(c.Sha, c.MessageShort, c.Author.When);

    /// <summary>A start time in words, as "since" is said: <c>2025-10-27 09:30</c>, local time.</summary>
    internal static string Describe(DateTimeOffset time) => time.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
