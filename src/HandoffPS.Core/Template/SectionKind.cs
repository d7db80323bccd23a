namespace HandoffPS.Core.Template;

/// <summary>The part of the template a section heading maps to.</summary>
public enum SectionKind
{
    Other,
    Summary,
    CompletedWork,
    NextPriorities,
    Blockers,
    Context,
    Decisions,
    KeyFiles,
    References,
}
