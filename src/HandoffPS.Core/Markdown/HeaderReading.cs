namespace HandoffPS.Core.Markdown;

/// <summary>What <see cref="HeaderExtractor"/> chose: the Date, Time and Branch with their zone and origins.</summary>
internal sealed record HeaderReading(HeaderCandidate? Date, HeaderCandidate? Time, HeaderCandidate? Branch)
{
    public HeaderOrigin DateOrigin => Date?.Origin ?? HeaderOrigin.None;

    public HeaderOrigin TimeOrigin => Time?.Origin ?? HeaderOrigin.None;

    public HeaderOrigin BranchOrigin => Branch?.Origin ?? HeaderOrigin.None;

    /// <summary>True when <paramref name="origin"/> is the field a value was read from.</summary>
    public bool IsSource(HeaderOrigin origin) => origin.Kind is HeaderOriginKind.Field or HeaderOriginKind.FrontMatter
        && (origin == DateOrigin || origin == TimeOrigin || origin == BranchOrigin);
}
