using System;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// One value the header extractor found for Date (with the time beside it, if any) or Branch, with where it
/// came from and its rank among fields (0 for <c>Date</c>, 1 for <c>Last updated</c>, 2 for <c>Created</c>).
/// </summary>
internal sealed record HeaderCandidate(HeaderKeyKind Kind, HeaderOrigin Origin, int Rank)
{
    public DateTime? Date { get; init; }

    public TimeSpan? Time { get; init; }

    public string? Zone { get; init; }

    public TimeSpan? Offset { get; init; }

    public string? Branch { get; init; }

    /// <summary>A branch key that names one of several (<c>freight-docs branch</c>).</summary>
    public bool Qualified { get; init; }

    /// <summary>The field's whole value as written, kept when it says more than the value read from it.</summary>
    public string? Raw { get; init; }
}
