using System;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Context;

/// <summary>
/// What happened in the repository since a handoff was written: the counts on the staleness line of
/// <c>Get-HandoffContext</c> ("4 commits and 7 changed files since").
/// </summary>
/// <param name="Commits">Commits since the handoff (merge commits left out).</param>
/// <param name="ChangedFiles">Files changed since the handoff, committed or not (the handoff folder left out).</param>
/// <param name="Since">Where "since" started, in words (<c>commit 1a2b3c4d5e6f</c>, <c>2025-10-27 09:30</c>), if known.</param>
public sealed record ChangesSinceHandoff(int Commits, int ChangedFiles, string? Since = null);

/// <summary>The git side of a handoff's staleness: what <see cref="GitHistory"/> says happened since it.</summary>
public static class HandoffStaleness
{
    /// <summary>
    /// The commits and changed files in the repository at <paramref name="projectRoot"/> since <paramref name="latest"/>
    /// was written (<see cref="GitHistory.SinceHandoff"/>: from its Commit when that is still in the history, else its
    /// time; the handoff folder and commits that only touch it do not count); null when they are not known.
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

        GitChanges changes = GitHistory.SinceHandoff(projectRoot, latest, null, DateTime.Now);
        if (changes.Commits.Count == 0 && changes.Files.Count == 0 && changes.Warnings.Count > 0)
        {
            return null;
        }

        return new ChangesSinceHandoff(changes.Commits.Count, changes.Files.Count, changes.Since);
    }
}
