namespace HandoffPS.Core.Context;

/// <summary>Where an item of the context text goes, in the order the sections are written.</summary>
internal enum ContextSection
{
    /// <summary>The lines before the first section heading.</summary>
    Heading,
    Summary,
    Priorities,
    Blockers,
    Decisions,
    KeyFiles,
    References,
    Earlier,
}
