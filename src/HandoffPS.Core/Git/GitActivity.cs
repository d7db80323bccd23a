using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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

    // Commits looked at in all (the walk from the handoff's commit goes down other branches too), before it stops.
    private const int LookCap = 4 * CommitCap;

    private GitActivity(int commits, bool lowerBound, int filesChanged, int uncommitted, IReadOnlyList<string> warnings)
    {
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

        using var repo = new Repository(gitDir);
        var warnings = new List<string>();
        Commit? head = repo.Head.Tip; // null while HEAD is unborn
        Commit? start = sinceCommit is null ? null : Lookup(repo, sinceCommit);
        if (sinceCommit is not null && start is null)
        {
            warnings.Add($"The previous handoff's commit {sinceCommit} is not in this repository's history (rebased or force-pushed?); counting from its time instead.");
        }

        string exclude = string.IsNullOrEmpty(excludeFolder) ? "\0" : excludeFolder.TrimEnd('/') + "/";
        Committed committed = head is null
            ? new Committed(0, false, Array.Empty<string>())
            : CommittedSince(repo, gitDir, head, start, sinceTime, excludeFolder, exclude);
        var files = new HashSet<string>(committed.Files, StringComparer.Ordinal);

        int uncommitted = 0;
        foreach (TreeEntryChanges change in repo.Diff.Compare<TreeChanges>(head?.Tree, DiffTargets.Index | DiffTargets.WorkingDirectory))
        {
            if (Add(files, change.Path, exclude))
            {
                uncommitted++;
            }
        }

        return new GitActivity(committed.Commits, committed.Capped, files.Count, uncommitted, warnings);
    }

    /// <summary>
    /// The commits since the start and the files they changed. Commits never change, so the answer for one HEAD and
    /// one start is remembered for the process: a prompt that asks again before the next commit does not walk again.
    /// (Not in a shallow clone, whose history can grow under the same HEAD.)
    /// </summary>
    private static Committed CommittedSince(Repository repo, string gitDir, Commit head, Commit? start, DateTimeOffset sinceTime, string? excludeFolder, string exclude)
    {
        string key = string.Join('\n', gitDir, head.Sha, start?.Sha ?? sinceTime.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), excludeFolder ?? string.Empty);
        bool remember = !repo.Info.IsShallow;
        if (remember && Remembered.TryGetValue(key, out Committed? known))
        {
            return known;
        }

        var walk = new Walk(excludeFolder);
        Commit? baseCommit = start is not null ? walk.Between(head, start) : walk.After(head, sinceTime);
        var files = new List<string>();
        if (baseCommit is null || baseCommit.Id != head.Id)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (TreeEntryChanges change in repo.Diff.Compare<TreeChanges>(baseCommit?.Tree, head.Tree))
            {
                if (Add(seen, change.Path, exclude))
                {
                    files.Add(change.Path.Replace('\\', '/'));
                }
            }
        }

        var committed = new Committed(walk.Counted, walk.Capped, files.ToArray());
        if (remember)
        {
            if (Remembered.Count >= 64)
            {
                Remembered.Clear();
            }

            Remembered[key] = committed;
        }

        return committed;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Committed> Remembered = new(StringComparer.Ordinal);

    /// <summary>The commits since a start (at most the cap) and the files they changed, the handoff folder left out.</summary>
    private sealed record Committed(int Commits, bool Capped, string[] Files);

    private static bool Add(HashSet<string> files, string path, string exclude)
    {
        string p = path.Replace('\\', '/');
        if (p.StartsWith(exclude, StringComparison.Ordinal))
        {
            return false;
        }

        files.Add(p);
        return true;
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

    /// <summary>One bounded walk of the history, newest first by commit time, counting the commits that are work.</summary>
    private sealed class Walk
    {
        private readonly string? _exclude;
        private readonly NewestFirst _queue = new();
        private readonly Dictionary<ObjectId, bool> _uninteresting = new();
        private readonly HashSet<ObjectId> _queued = new();
        private int _interestingQueued;
        private int _order;

        public Walk(string? exclude)
        {
            _exclude = exclude;
        }

        public int Counted { get; private set; }

        public bool Capped { get; private set; }

        /// <summary>
        /// The commits reachable from <paramref name="head"/> and not from <paramref name="start"/> (<c>start..head</c>),
        /// as git finds them: newest first, commits reachable from the start marked as the walk meets them, until only
        /// those are left. Returns <paramref name="start"/>, the base of the tree diff.
        /// </summary>
        public Commit Between(Commit head, Commit start)
        {
            Push(head, uninteresting: false);
            if (!_uninteresting.ContainsKey(start.Id))
            {
                Push(start, uninteresting: true);
            }
            else
            {
                Mark(start);
            }

            var found = new List<Commit>();
            int looked = 0;
            while (_interestingQueued > 0)
            {
                Commit c = Pop(out bool uninteresting);
                if (!uninteresting)
                {
                    found.Add(c);
                }

                foreach (Commit parent in c.Parents)
                {
                    if (!_uninteresting.ContainsKey(parent.Id))
                    {
                        Push(parent, uninteresting);
                    }
                    else if (uninteresting)
                    {
                        Mark(parent);
                    }
                }

                if (found.Count >= CommitCap || ++looked >= LookCap)
                {
                    Capped = true;
                    break;
                }
            }

            // A commit met first from the head and later from the start is not since the start.
            Counted = found.Count(c => !_uninteresting[c.Id] && IsWork(c));
            return start;
        }

        /// <summary>The commits newer than <paramref name="since"/>; returns the first older one (the base of the tree diff), or the one the cap stopped at.</summary>
        public Commit? After(Commit head, DateTimeOffset since)
        {
            Push(head, uninteresting: false);
            int looked = 0;
            while (_queue.Count > 0)
            {
                Commit c = Pop(out _);
                if (c.Committer.When < since)
                {
                    return c;
                }

                if (IsWork(c))
                {
                    Counted++;
                }

                foreach (Commit parent in c.Parents)
                {
                    if (!_uninteresting.ContainsKey(parent.Id))
                    {
                        Push(parent, uninteresting: false);
                    }
                }

                if (Counted >= CommitCap || ++looked >= LookCap)
                {
                    Capped = true;
                    // The files of the commits walked: from the parent of the oldest one.
                    return c.Parents.FirstOrDefault();
                }
            }

            return null;
        }

        private void Push(Commit c, bool uninteresting)
        {
            _uninteresting[c.Id] = uninteresting;
            _queued.Add(c.Id);
            if (!uninteresting)
            {
                _interestingQueued++;
            }

            _queue.Push(c, c.Committer.When.ToUnixTimeSeconds(), _order++);
        }

        private Commit Pop(out bool uninteresting)
        {
            Commit c = _queue.Pop();
            _queued.Remove(c.Id);
            uninteresting = _uninteresting[c.Id];
            if (!uninteresting)
            {
                _interestingQueued--;
            }

            return c;
        }

        /// <summary>
        /// Marks a commit met from the start as reachable from it; one the walk already took from the head passes the
        /// mark on to the ancestors it met (a history with clocks out of order), as git does.
        /// </summary>
        private void Mark(Commit commit)
        {
            var stack = new Stack<Commit>();
            stack.Push(commit);
            while (stack.Count > 0)
            {
                Commit c = stack.Pop();
                if (_uninteresting[c.Id])
                {
                    continue;
                }

                _uninteresting[c.Id] = true;
                if (_queued.Contains(c.Id))
                {
                    _interestingQueued--;
                    continue;
                }

                foreach (Commit parent in c.Parents)
                {
                    if (_uninteresting.TryGetValue(parent.Id, out bool marked) && !marked)
                    {
                        stack.Push(parent);
                    }
                }
            }
        }

        /// <summary>
        /// A commit that is work: not a merge, and not one that only changes the handoff folder (committing a
        /// handoff is not work). Only the root trees are compared, so it stays cheap.
        /// </summary>
        private bool IsWork(Commit c)
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

            if (parent is null || string.IsNullOrEmpty(_exclude))
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
                if (entry.Name == _exclude)
                {
                    continue;
                }

                if (!before.Remove(entry.Name, out ObjectId? id) || id != entry.Target.Id)
                {
                    return true;
                }
            }

            before.Remove(_exclude);
            return before.Count > 0;
        }

        /// <summary>The commits to walk, newest first by commit time, then in the order they were met (a binary heap).</summary>
        private sealed class NewestFirst
        {
            private Commit[] _commits = new Commit[64];
            private long[] _times = new long[64];
            private int[] _orders = new int[64];

            public int Count { get; private set; }

            public void Push(Commit commit, long time, int order)
            {
                if (Count == _commits.Length)
                {
                    Array.Resize(ref _commits, Count * 2);
                    Array.Resize(ref _times, Count * 2);
                    Array.Resize(ref _orders, Count * 2);
                }

                int i = Count++;
                Set(i, commit, time, order);
                while (i > 0 && Before(i, (i - 1) / 2))
                {
                    Swap(i, (i - 1) / 2);
                    i = (i - 1) / 2;
                }
            }

            public Commit Pop()
            {
                Commit top = _commits[0];
                Count--;
                Set(0, _commits[Count], _times[Count], _orders[Count]);
                _commits[Count] = null!;
                int i = 0;
                while (true)
                {
                    int first = i;
                    int left = (2 * i) + 1;
                    if (left < Count && Before(left, first))
                    {
                        first = left;
                    }

                    if (left + 1 < Count && Before(left + 1, first))
                    {
                        first = left + 1;
                    }

                    if (first == i)
                    {
                        return top;
                    }

                    Swap(i, first);
                    i = first;
                }
            }

            private bool Before(int a, int b) => _times[a] != _times[b] ? _times[a] > _times[b] : _orders[a] < _orders[b];

            private void Set(int i, Commit commit, long time, int order)
            {
                _commits[i] = commit;
                _times[i] = time;
                _orders[i] = order;
            }

            private void Swap(int a, int b)
            {
                (Commit c, long t, int o) = (_commits[a], _times[a], _orders[a]);
                Set(a, _commits[b], _times[b], _orders[b]);
                Set(b, c, t, o);
            }
        }
    }
}
