using System;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Context;

/// <summary>The git side of a handoff's staleness: what <see cref="GitActivity"/> says happened since it.</summary>
public static class HandoffStaleness
{
    /// <summary>
    /// The commits and changed files in the repository at <paramref name="projectRoot"/> since <paramref name="latest"/>
    /// was written, counted in bounded time as the status counts them (<see cref="GitActivity.SinceHandoff"/>: from its
    /// Commit when that is still in the history, else its time; commits up to <see cref="GitActivity.CommitCap"/>; the
    /// handoff folder and commits that only touch it do not count); null when they are not known.
    /// </summary>
    /// <remarks>
    /// Null, never a guess: outside a repository, for a handoff without a date (the history would be read from an
    /// arbitrary window), and when git could not be read (no commit, no file and a warning). With null,
    /// <see cref="HandoffContextBuilder"/> writes the staleness line from the handoff's age alone.
    /// </remarks>
    public static ChangesSinceHandoff? CountChangesSince(string projectRoot, Handoff latest)
    {
        ArgumentNullException.ThrowIfNull(projectRoot);
        ArgumentNullException.ThrowIfNull(latest);
        if (latest.Date is null || !GitFacts.Read(projectRoot).IsRepository)
        {
            return null;
        }

        GitActivity activity = GitActivity.SinceHandoff(projectRoot, latest, DateTime.Now);
        if (activity.Commits == 0 && activity.FilesChanged == 0 && activity.Warnings.Count > 0)
        {
            return null;
        }

        return new ChangesSinceHandoff(activity.Commits, activity.FilesChanged, activity.Since) { CommitsIsLowerBound = activity.CommitsIsLowerBound };
    }
}
