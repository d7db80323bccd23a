using System.Text.RegularExpressions;
using Markdig.Syntax;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>What a section heading says about how the lines under it are read for the header: history, state, session or content.</summary>
internal static partial class HeaderHeadings
{
    /// <summary>
    /// A section of the template whose text is its content (summary, completed work, priorities, blockers, decisions, key
    /// files, references): a line <c>- Branch: `main`</c> there is something done or decided, not the handoff's branch.
    /// Read as a field, it would move the branch into a handoff that has none; and conversion, which brings these
    /// sections first and escapes what would break them (an HTML block, a heading), would find what the file did not.
    /// </summary>
    internal static bool IsContentList(SectionKind kind) => kind is SectionKind.Summary or SectionKind.CompletedWork or SectionKind.NextPriorities
        or SectionKind.Blockers or SectionKind.Context or SectionKind.Decisions or SectionKind.KeyFiles or SectionKind.References;

    /// <summary>
    /// True when a section heading gives the header nothing, wherever it stands: it names no field and holds no date,
    /// and it is no history, state or session heading (which change how the lines under it are read).
    /// </summary>
    internal static bool IsInertHeading(string heading) =>
        !IsHistoryHeading(heading) && !IsStateHeading(heading)
        && !SessionHeading().IsMatch(SectionClassifier.Normalize(heading))
        && HeaderKeys.Classify(heading, out _, out _) == HeaderKeyKind.None
        && !HeaderExtractor.NamesHeaderKey(heading)
        && !HandoffTimestamp.TryFindDate(heading, out _, out _, out _);

    /// <summary>A heading about other times than this session: its fields and dates are not the session's.</summary>
    internal static bool IsHistoryHeading(string heading) => HistoryHeading().IsMatch(SectionClassifier.Normalize(heading));

    internal static bool IsStateHeading(string heading) => StateHeading().IsMatch(SectionClassifier.Normalize(heading));

    internal static string HeadingText(string text, HeadingBlock h) =>
        TextRules.SingleLine(AtxMarks().Replace(TextRules.SingleLine(MarkdownSource.Slice(text, h).Split('\n')[0]), string.Empty));

    [GeneratedRegex(@"\b(?:previous|prior|earlier|older|past|history|historical|archive|archived|changelog|change log|timeline|releases|release notes|roadmap|schedule|deadlines|milestones|appendix|template|where it started|where we started|anterior|anteriores|vorherige|précédente|précédentes)\b|以前|历史|履歴|이전|過去|之前")]
    private static partial Regex HistoryHeading();

    [GeneratedRegex(@"\b(?:environment|state|status|git|repository|repo|repositories|metadata|session info|session information|workspace|branch|branches|header|info)\b|元数据|状态|環境|状態")]
    private static partial Regex StateHeading();

    [GeneratedRegex(@"^(?:(?:current|latest|this|last)\s+)?(?:session|session info|session end|status|state|current state|now)$")]
    internal static partial Regex SessionHeading();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?=\s|$)|\s+#+\s*$")]
    private static partial Regex AtxMarks();
}
