using HandoffPS.Core.Git;

namespace HandoffPS.Core.Context;

/// <summary>
/// What happened in the repository since a handoff was written: the counts on the staleness line of
/// <c>Get-HandoffContext</c> ("4 commits and 7 changed files since").
/// </summary>
/// <param name="Commits">Commits since the handoff (merge commits left out).</param>
/// <param name="ChangedFiles">Files changed since the handoff, committed or not (the handoff folder left out).</param>
/// <param name="Since">Where "since" started, in words (<c>commit 1a2b3c4d5e6f</c>, <c>2025-10-27 09:30</c>), if known.</param>
public sealed record ChangesSinceHandoff(int Commits, int ChangedFiles, string? Since = null)
{
    /// <summary>True when the commits were counted up to <see cref="GitActivity.CommitCap"/>: there are at least <see cref="Commits"/>.</summary>
    public bool CommitsIsLowerBound { get; init; }
}
