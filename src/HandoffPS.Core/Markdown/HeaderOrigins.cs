namespace HandoffPS.Core.Markdown;

/// <summary>Where the reader found a handoff's Date, Time, Branch and Description.</summary>
public sealed record HeaderOrigins(HeaderOrigin Date, HeaderOrigin Time, HeaderOrigin Branch, HeaderOrigin Description)
{
    /// <summary>Nothing found.</summary>
    public static HeaderOrigins None { get; } = new(HeaderOrigin.None, HeaderOrigin.None, HeaderOrigin.None, HeaderOrigin.None);

    public override string ToString() => $"Date from {Date}; Time from {Time}; Branch from {Branch}; Description from {Description}";
}
