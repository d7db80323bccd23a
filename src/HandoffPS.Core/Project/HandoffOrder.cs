using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Project;

/// <summary>
/// The one order of handoffs, oldest first, and so the one meaning of "latest": by the handoff's own timestamp
/// (<see cref="Handoff.Date"/>: the header's Date and Time), falling back to the timestamp in the file name; handoffs
/// with the same timestamp by the timestamp in their file names (a file without one first), then by file name
/// (ordinal) as the final tie-break. A handoff with no timestamp at all sorts first: it is never the
/// latest while a dated one exists. The store, the series, the status, the context, the index and
/// <c>-FromGit</c> all order with it.
/// </summary>
public sealed class HandoffOrder : IComparer<Handoff>
{
    private HandoffOrder()
    {
    }

    /// <summary>The comparer, oldest first.</summary>
    public static HandoffOrder Instance { get; } = new();

    /// <summary>The timestamp a handoff is ordered by: its header's, else its file name's; null when it has neither.</summary>
    public static DateTime? Timestamp(Handoff handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        if (handoff.Date is DateTime date)
        {
            return date;
        }

        return NameTimestamp(handoff);
    }

    /// <summary>
    /// <paramref name="handoffs"/> oldest first. Each handoff's key (<see cref="HandoffKey"/>) is computed once and the
    /// list is sorted once; handoffs with equal keys keep the order they were given in.
    /// </summary>
    public static IReadOnlyList<Handoff> Sort(IEnumerable<Handoff> handoffs)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        return handoffs
            .Where(h => h is not null)
            .Select(h => (Handoff: h, Key: HandoffKey.Of(h)))
            .OrderBy(x => x.Key)
            .Select(x => x.Handoff)
            .ToArray();
    }

    /// <summary>The latest of <paramref name="handoffs"/> (the last in <see cref="Sort"/> order), or null when there is none.</summary>
    public static Handoff? Latest(IEnumerable<Handoff> handoffs)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        Handoff? latest = null;
        HandoffKey best = default;
        foreach (Handoff h in handoffs)
        {
            if (h is null)
            {
                continue;
            }

            // The last of equal keys wins, as the last in a stable sort.
            HandoffKey key = HandoffKey.Of(h);
            if (latest is null || key.CompareTo(best) >= 0)
            {
                (latest, best) = (h, key);
            }
        }

        return latest;
    }

    /// <inheritdoc/>
    public int Compare(Handoff? x, Handoff? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        return HandoffKey.Of(x).CompareTo(HandoffKey.Of(y));
    }

    private static DateTime? NameTimestamp(Handoff h) => HandoffKey.NameTimestamp(h.FileName ?? System.IO.Path.GetFileName(h.Path ?? string.Empty));
}
