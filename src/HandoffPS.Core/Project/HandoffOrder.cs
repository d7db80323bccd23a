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
    /// <paramref name="handoffs"/> oldest first. Each handoff's key is computed once and the list is sorted once;
    /// handoffs with equal keys keep the order they were given in.
    /// </summary>
    public static IReadOnlyList<Handoff> Sort(IEnumerable<Handoff> handoffs)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        return handoffs
            .Where(h => h is not null)
            .Select(h => (Handoff: h, Time: Timestamp(h) ?? DateTime.MinValue, NameTime: NameTimestamp(h) ?? DateTime.MinValue, Name: Name(h)))
            .OrderBy(x => x.Time)
            .ThenBy(x => x.NameTime)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Handoff)
            .ToArray();
    }

    /// <summary>The latest of <paramref name="handoffs"/> (the last in <see cref="Sort"/> order), or null when there is none.</summary>
    public static Handoff? Latest(IEnumerable<Handoff> handoffs)
    {
        IReadOnlyList<Handoff> sorted = Sort(handoffs);
        return sorted.Count == 0 ? null : sorted[^1];
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

        int byTime = (Timestamp(x) ?? DateTime.MinValue).CompareTo(Timestamp(y) ?? DateTime.MinValue);
        if (byTime != 0)
        {
            return byTime;
        }

        int byNameTime = (NameTimestamp(x) ?? DateTime.MinValue).CompareTo(NameTimestamp(y) ?? DateTime.MinValue);
        return byNameTime != 0 ? byNameTime : string.CompareOrdinal(Name(x), Name(y));
    }

    private static DateTime? NameTimestamp(Handoff h)
    {
        string name = Name(h);
        return name.Length > 0 && HandoffFileName.TryFindTimestamp(name, out DateTime fromName, out _) ? fromName : null;
    }

    private static string Name(Handoff h) => h.FileName ?? System.IO.Path.GetFileName(h.Path ?? string.Empty);
}
