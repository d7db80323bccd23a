using System;

namespace HandoffPS.Core.Series;

/// <summary>
/// A priority as a query sees it: one Next Priorities entry of a handoff, the handoff it was read from and,
/// when measured, its <see cref="Status"/> against the next handoff. <see cref="HandoffSeries"/> computes it.
/// </summary>
public sealed class PriorityRecord
{
    /// <summary>1-based position in the handoff's list.</summary>
    public int Rank { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The parenthesised text after the title, if any.</summary>
    public string? Reason { get; init; }

    /// <summary>Sub-bullets under the priority.</summary>
    public string[] Details { get; init; } = Array.Empty<string>();

    /// <summary>
    /// What the next handoff says about this priority, as the name of a <see cref="PriorityStatus"/> (Pending,
    /// Done, CarriedOver, Dropped; a name, not a number, in ConvertTo-Json); null when it was not measured.
    /// </summary>
    public string? Status => Kind?.ToString();

    /// <summary>The <see cref="Status"/> as the enum value.</summary>
    internal PriorityStatus? Kind { get; init; }

    /// <summary>
    /// The evidence for <see cref="Status"/>: the Completed Work item of the next handoff (Done), or the title of
    /// the next handoff's priority (CarriedOver) that matched; null otherwise.
    /// </summary>
    public string? MatchedBy { get; init; }

    /// <summary>Date of the handoff the priority belongs to.</summary>
    public DateTime? Date { get; init; }

    public string? Branch { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>Full path of the handoff file the priority belongs to.</summary>
    public string? Path { get; init; }

    public override string ToString() => Reason is null ? Title : $"{Title} ({Reason})";
}
