using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Context;

/// <summary>
/// Which handoffs a context shows: the latest handoff of the branch asked for (or of the project, as a fallback),
/// its open blockers, the blockers still open on other live branches, and the earlier handoffs of the project.
/// </summary>
internal sealed class ContextSelection
{
    private ContextSelection(IReadOnlyList<Handoff> series, IReadOnlyList<Handoff> branchSeries, bool isFallback)
    {
        Series = series;
        BranchSeries = branchSeries;
        IsFallback = isFallback;
        Latest = SelectLatest(branchSeries);
    }

    /// <summary>Every handoff of the project, in series order (oldest first).</summary>
    public IReadOnlyList<Handoff> Series { get; }

    /// <summary>The handoffs of the branch asked for, or <see cref="Series"/> when none is on it.</summary>
    public IReadOnlyList<Handoff> BranchSeries { get; }

    /// <summary>True when no handoff is on the branch asked for, so the latest of the project is shown.</summary>
    public bool IsFallback { get; }

    /// <summary>The handoff shown.</summary>
    public Handoff Latest { get; }

    /// <summary>The selection for <paramref name="branch"/> (null: the whole project); null when there is no handoff.</summary>
    public static ContextSelection? Of(IEnumerable<Handoff> handoffs, string? branch)
    {
        IReadOnlyList<Handoff> series = HandoffSeries.Order(handoffs);
        if (series.Count == 0)
        {
            return null;
        }

        IReadOnlyList<Handoff> branchSeries = branch is null
            ? series
            : series.Where(h => string.Equals(h.Branch, branch, StringComparison.OrdinalIgnoreCase)).ToArray();
        return branchSeries.Count == 0
            ? new ContextSelection(series, series, isFallback: true)
            : new ContextSelection(series, branchSeries, isFallback: false);
    }

    /// <summary>Which handoff of a branch (or of the project) is the latest one, the one the context shows.</summary>
    internal static Handoff SelectLatest(IReadOnlyList<Handoff> branchSeries) => branchSeries[^1];

    /// <summary>The blockers open on the handoff shown, with how long each has been open on its branch.</summary>
    public IReadOnlyList<BlockerRecord> OpenBlockers() => HandoffSeries.OpenBlockers(BranchSeries);

    /// <summary>
    /// The open blockers of each other branch's latest handoff, newest handoff first, for the branches of
    /// <paramref name="liveBranches"/> (null: every branch), without those already in <see cref="OpenBlockers"/>.
    /// </summary>
    public IReadOnlyList<BlockerRecord> OtherBranchBlockers(IReadOnlyCollection<string>? liveBranches)
    {
        var listed = new HashSet<string>(OpenBlockers().Select(b => BlockerIdentity.Key(b.Category, b.Text)), StringComparer.Ordinal);
        var live = liveBranches is null ? null : new HashSet<string>(liveBranches, StringComparer.OrdinalIgnoreCase);
        return Series
            .Where(h => h.Branch is not null && !string.Equals(h.Branch, Latest.Branch, StringComparison.OrdinalIgnoreCase))
            .GroupBy(h => h.Branch!, StringComparer.OrdinalIgnoreCase)
            .Where(g => live is null || live.Contains(g.Key))
            .Select(g => g.ToArray())
            .Select(g => (Latest: SelectLatest(g), Open: HandoffSeries.OpenBlockers(g)))
            .OrderByDescending(x => x.Latest.Date ?? DateTime.MinValue)
            .ThenBy(x => x.Latest.Branch, StringComparer.Ordinal)
            .SelectMany(x => x.Open)
            .Where(b => listed.Add(BlockerIdentity.Key(b.Category, b.Text)))
            .ToArray();
    }

    /// <summary>At most <paramref name="count"/> handoffs of the project other than the one shown, newest first.</summary>
    public IReadOnlyList<Handoff> Earlier(int count) =>
        Series.Reverse().Where(h => !ReferenceEquals(h, Latest)).Take(count).ToArray();
}
