using System;
using System.Collections.Generic;
using LibGit2Sharp;

namespace HandoffPS.Core.Git;

/// <summary>The commits since a start (at most the cap) and the files they changed, the handoff folder left out.</summary>
internal sealed record CommittedWork(int Commits, bool Capped, string[] Files)
{
    /// <summary>
    /// The commits since the start and the files they changed. Commits never change, so the answer for one HEAD and
    /// one start is remembered for the process: a prompt that asks again before the next commit does not walk again.
    /// (Not in a shallow clone, whose history can grow under the same HEAD.)
    /// </summary>
    internal static CommittedWork Since(Repository repo, string gitDir, Commit head, Commit? start, DateTimeOffset sinceTime, string? excludeFolder, string exclude)
    {
        string key = string.Join('\n', gitDir, head.Sha, start?.Sha ?? sinceTime.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), excludeFolder ?? string.Empty);
        bool remember = !repo.Info.IsShallow;
        if (remember && Remembered.TryGetValue(key, out CommittedWork? known))
        {
            return known;
        }

        var walk = new CommitWalk(excludeFolder);
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

        var committed = new CommittedWork(walk.Counted, walk.Capped, files.ToArray());
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

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CommittedWork> Remembered = new(StringComparer.Ordinal);

    internal static bool Add(HashSet<string> files, string path, string exclude)
    {
        string p = path.Replace('\\', '/');
        if (p.StartsWith(exclude, StringComparison.Ordinal))
        {
            return false;
        }

        files.Add(p);
        return true;
    }
}
