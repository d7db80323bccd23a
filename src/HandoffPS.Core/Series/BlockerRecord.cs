using System;

namespace HandoffPS.Core.Series;

/// <summary>
/// A blocker as a query sees it: the blocker of one handoff, with its history in the series of handoffs
/// (when it was first seen, for how many sessions it has been open, when it was resolved) and the handoff it
/// was read from. <see cref="HandoffSeries"/> computes it.
/// </summary>
public sealed record BlockerRecord
{
    /// <summary>The bold label of the blocker, if any.</summary>
    public string? Category { get; init; }

    public string Text { get; init; } = string.Empty;

    /// <summary>Date of the earliest handoff in the unbroken run of handoffs, up to this one, that list this blocker.</summary>
    public DateTime? FirstSeen { get; init; }

    /// <summary>How many handoffs that run holds: 1 when the blocker is new in this handoff.</summary>
    public int SessionsOpen { get; init; }

    /// <summary>Date of the first handoff after the run that no longer lists the blocker; null while it is open.</summary>
    public DateTime? ResolvedOn { get; init; }

    /// <summary>Date of the handoff this record was read from (for a resolved blocker: the last one that listed it).</summary>
    public DateTime? Date { get; init; }

    public string? Branch { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>Full path of the handoff file this record was read from.</summary>
    public string? Path { get; init; }

    public override string ToString() => Category is null ? Text : $"{Category}: {Text}";
}
