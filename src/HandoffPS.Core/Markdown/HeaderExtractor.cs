using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Finds a handoff's Date, Time and Branch wherever the file states them, by one general rule rather than one
/// rule per style. It collects candidates from every source of the header zone — the front matter, key/value
/// fields in any shape (bold, plain, list item, blockquote, table row, a heading with the value on the next line,
/// a key line with the value below), the title, early headings, the lines of the text before the first section,
/// and the file name — and chooses by precedence: an explicit field beats front matter beats the title beats a
/// heading beats a line of text beats the file name; among equals a field's key decides (<c>Date</c> before
/// <c>Last updated</c> before <c>Created</c>), then the earliest in the file wins.
/// </summary>
/// <remarks>
/// <para>The header zone is the text before the first section and the first <see cref="ZoneSections"/> sections
/// within the first <see cref="ZoneLines"/> lines; further on, only sections about the current state
/// (<c>## Environment</c>, <c>## Current State</c>, <c>## Git</c>) are read for fields.</para>
/// <para>Nothing is invented: sections about other times (<c>## Previous Sessions</c>, <c>## History</c>,
/// <c>## Releases</c>) are skipped, a key that says the value is about something else (<c>Deadline</c>,
/// <c>Previous branch</c>) is not read, a date in a title, heading or line of text is not read when a word before it
/// says it is about something else (<c>due</c>, <c>since</c>, <c>released</c>) or when it is part of a path or
/// name (<c>docs/2026-05-31-plan.md</c>), and a branch must be one name (prose such as <c>Modifications
/// directes</c> is no branch). Several branch fields each about one repository that disagree give no branch.</para>
/// </remarks>
internal static partial class HeaderExtractor
{
    /// <summary>How many sections (H2, or H1 after the title) the header zone spans.</summary>
    public const int ZoneSections = 4;

    /// <summary>How many lines the header zone spans at most.</summary>
    public const int ZoneLines = 150;

    public static HeaderReading Read(string text, IReadOnlyList<Block> blocks, Block? titleBlock, string? title, int titleLine,
        IReadOnlyList<FrontMatterEntry> frontMatter, string? fileName)
    {
        var found = new List<HeaderCandidate>();
        foreach (FrontMatterEntry e in frontMatter)
        {
            AddField(found, e.Key, e.Value, new HeaderOrigin(HeaderOriginKind.FrontMatter, e.Key, e.Line));
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            AddLooseDate(found, title, new HeaderOrigin(HeaderOriginKind.Title, null, titleLine));
        }

        Walk(text, blocks, titleBlock, found);
        AddFileName(found, fileName);
        return Choose(found);
    }

    /// <summary>
    /// The same choice for a file whose header zone holds nothing but its title and the fields of its header lines
    /// (<see cref="CanonicalReader"/> makes sure of that): the candidates are the title's date, each field and the
    /// file name, in the order <see cref="Read(string, IReadOnlyList{Block}, Block?, string?, int, IReadOnlyList{FrontMatterEntry}, string?)"/>
    /// finds them.
    /// </summary>
    public static HeaderReading Read(string? title, int titleLine, IEnumerable<DocumentField> fields, string? fileName)
    {
        var found = new List<HeaderCandidate>();
        foreach (DocumentField field in fields)
        {
            AddField(found, field.Key, field.Value, new HeaderOrigin(HeaderOriginKind.Field, field.Key, field.Line));
        }

        // The title's date counts only where no field gives the date and its time: then it is read, in its place.
        HeaderReading fromFields = Choose(found);
        if (fromFields.Date is { Origin.Kind: HeaderOriginKind.Field } date && fromFields.Time is { } time
            && (ReferenceEquals(time, date) || time.Kind == HeaderKeyKind.Time))
        {
            AddFileName(found, fileName);
            return Choose(found);
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            int before = found.Count;
            AddLooseDate(found, title, new HeaderOrigin(HeaderOriginKind.Title, null, titleLine));
            if (found.Count > before)
            {
                // In the order the Markdig path finds them: the title before the fields.
                found.Insert(0, found[^1]);
                found.RemoveAt(found.Count - 1);
            }
        }

        AddFileName(found, fileName);
        return Choose(found);
    }

    private static void AddFileName(List<HeaderCandidate> found, string? fileName)
    {
        if (fileName is not null && HandoffFileName.TryFindTimestamp(fileName, out DateTime stamp, out bool hasTime))
        {
            found.Add(new HeaderCandidate(HeaderKeyKind.Date, new HeaderOrigin(HeaderOriginKind.FileName), 0)
            {
                Date = stamp.Date,
                Time = hasTime ? stamp.TimeOfDay : null,
            });
        }
    }

    private static void Walk(string text, IReadOnlyList<Block> blocks, Block? titleBlock, List<HeaderCandidate> found)
    {
        int sections = 0;
        int? historyLevel = null;
        bool stateSection = false;
        bool contentList = false;
        bool preamble = true;
        (string Key, int Line)? pending = null;

        // A "## Branch" section: its value is its first line, whatever it looks like, as the reader keeps it.
        string? sectionField = null;
        foreach (Block block in blocks)
        {
            if (ReferenceEquals(block, titleBlock))
            {
                // What stood before the title is not the scope of what follows it: the document starts here.
                historyLevel = null;
                pending = null;
                sectionField = null;
                continue;
            }

            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            int line = block.Line + 1;
            if (block is HeadingBlock h)
            {
                string heading = HeadingText(text, h);

                // An H1 after the title is a section, as an H2 is: it scopes what follows the same way.
                int level = Math.Max(h.Level, 2);
                if (level == 2)
                {
                    sections++;
                    stateSection = IsStateHeading(heading);
                    contentList = IsContentList(SectionClassifier.Classify(heading));

                    // The text under an early "## Session" or "## Latest Session" heading is read like the text
                    // before the first section: "## Session\n2026-02-22 — reviewer: …".
                    preamble = InZone(sections, line) && SessionHeading().IsMatch(SectionClassifier.Normalize(heading))
                        && !IsHistoryHeading(heading);
                }

                if (historyLevel is int history && level <= history)
                {
                    historyLevel = null;
                }

                pending = null;
                sectionField = level == 2 && HeaderFields.IsFieldHeading(heading) ? heading : null;
                if (IsHistoryHeading(heading))
                {
                    historyLevel = level;
                    continue;
                }

                if (historyLevel is not null || !(InZone(sections, line) || stateSection))
                {
                    continue;
                }

                // "## Session Date: 2025-08-11", "## Branch: `x` · 10 commits": a field in a heading.
                bool any = false;
                foreach ((string key, string value, _) in HeaderFields.Split(heading, allowPlain: true))
                {
                    any |= AddField(found, key, value, new HeaderOrigin(HeaderOriginKind.Field, key, line));
                }

                // "## Date", "### Branch": the value is the next line.
                if (sectionField is not null)
                {
                    continue;
                }

                if (!any && HeaderKeys.Classify(heading, out _, out _) != HeaderKeyKind.None)
                {
                    pending = (heading, line);
                }
                else if (!any && InZone(sections, line))
                {
                    AddLooseDate(found, heading, new HeaderOrigin(HeaderOriginKind.Heading, heading, line));
                }

                continue;
            }

            if (historyLevel is not null || !(InZone(sections, line) || stateSection) || (contentList && block is not HeadingBlock))
            {
                pending = null;
                sectionField = null;
                continue;
            }

            if (sectionField is not null)
            {
                string first = MarkdownSource.Slice(text, block).Split('\n')[0].Trim();
                if (first.Length > 0)
                {
                    AddField(found, sectionField, first, new HeaderOrigin(HeaderOriginKind.Field, sectionField, line));
                }

                sectionField = null;
                pending = null;
                continue;
            }

            foreach ((string lineText, int number) in HeaderFields.LinesOf(text, block))
            {
                var fields = HeaderFields.Split(lineText, allowPlain: true).ToList();
                if (pending is { } key && fields.Count == 0 && lineText.Trim().Length > 0)
                {
                    AddField(found, key.Key, lineText, new HeaderOrigin(HeaderOriginKind.Field, key.Key, number));
                    pending = null;
                    continue;
                }

                pending = null;
                foreach ((string k, string v, _) in fields)
                {
                    bool known = HeaderKeys.Classify(k, out _, out _) != HeaderKeyKind.None;
                    if (known && v.Trim().Length == 0)
                    {
                        // "Authorized product branch:" with the value on the next line.
                        pending = (k, number);
                    }
                    else
                    {
                        AddField(found, k, v, new HeaderOrigin(HeaderOriginKind.Field, k, number));
                    }
                }

                if (fields.Count == 0 && preamble)
                {
                    AddTextLine(found, lineText, number);
                }
            }
        }
    }

    private static bool InZone(int sections, int line) => sections <= ZoneSections && line <= ZoneLines;

    /// <summary>
    /// A section of the template whose text is its content (summary, completed work, priorities, blockers, decisions, key
    /// files, references): a line <c>- Branch: `main`</c> there is something done or decided, not the handoff's branch.
    /// Read as a field, it would move the branch into a handoff that has none; and conversion, which brings these
    /// sections first and escapes what would break them (an HTML block, a heading), would find what the file did not.
    /// </summary>
    private static bool IsContentList(SectionKind kind) => kind is SectionKind.Summary or SectionKind.CompletedWork or SectionKind.NextPriorities
        or SectionKind.Blockers or SectionKind.Context or SectionKind.Decisions or SectionKind.KeyFiles or SectionKind.References;

    /// <summary>Adds the candidate a field gives, if its key names a date, time or branch and its value holds one.</summary>
    private static bool AddField(List<HeaderCandidate> found, string key, string value, HeaderOrigin origin)
    {
        HeaderKeyKind kind = HeaderKeys.Classify(key, out int rank, out bool qualified);
        string v = TextRules.UnescapeInline(value);
        switch (kind)
        {
            case HeaderKeyKind.Date when HandoffTimestamp.TryFindDate(v, out DateTime date, out int at, out int length):
                bool hasTime = HandoffTimestamp.TryParseTimeOfDate(v, at, length, adjacent: false, out TimeSpan t, out string? z, out TimeSpan? o);
                found.Add(new HeaderCandidate(kind, origin, rank) { Date = date, Time = hasTime ? t : null, Zone = z, Offset = o, Raw = value });
                return true;
            case HeaderKeyKind.Time when HandoffTimestamp.TryParseTime(v, out TimeSpan time, out string? zone, out TimeSpan? offset):
                found.Add(new HeaderCandidate(kind, origin, rank) { Time = time, Zone = zone, Offset = offset, Raw = value });
                return true;
            case HeaderKeyKind.Branch when BranchText.Clean(v) is string branch:
                found.Add(new HeaderCandidate(kind, origin, rank) { Branch = branch, Qualified = qualified, Raw = value });
                return true;
            default:
                return false;
        }
    }

    /// <summary>A date in a title or heading, with a time right after it; not one that is about something else.</summary>
    private static void AddLooseDate(List<HeaderCandidate> found, string text, HeaderOrigin origin)
    {
        if (!HandoffTimestamp.TryFindDate(text, out DateTime date, out int at, out int length) || IsAboutSomethingElse(text, at, length))
        {
            return;
        }

        bool hasTime = HandoffTimestamp.TryParseTimeOfDate(text, at, length, adjacent: true, out TimeSpan time, out string? zone, out TimeSpan? offset);
        found.Add(new HeaderCandidate(HeaderKeyKind.Date, origin, 0) { Date = date, Time = hasTime ? time : null, Zone = zone, Offset = offset });
    }

    /// <summary>
    /// A line of the text before the first section: a date that starts or ends it
    /// (<c>2026-10-10 UTC。…</c>, <c>&gt; … — 2026-10-02</c>), and a branch named right after a branch word
    /// (<c>on branch `x`</c>, <c>分支 **x**</c>).
    /// </summary>
    private static void AddTextLine(List<HeaderCandidate> found, string line, int number)
    {
        line = MarkdownSource.Tame(line);
        string s = LineEnds().Replace(line, string.Empty);
        var origin = new HeaderOrigin(HeaderOriginKind.Text, null, number);
        if (HandoffTimestamp.TryFindDate(s, out _, out int at, out int length)
            && (at == 0 || at + length == s.Length || TrailingZone().IsMatch(s[(at + length)..])))
        {
            AddLooseDate(found, s, origin);
        }

        Match b = ProseBranch().Match(line);
        if (b.Success && !OtherBranchWord().IsMatch(line[..b.Index]) && BranchText.Clean(b.Groups["b"].Value) is string branch)
        {
            found.Add(new HeaderCandidate(HeaderKeyKind.Branch, origin, 0) { Branch = branch });
        }
    }

    /// <summary>True when the date at <paramref name="at"/> is part of a path or name, or a word before it says it is not the session's.</summary>
    private static bool IsAboutSomethingElse(string text, int at, int length)
    {
        char before = at > 0 ? text[at - 1] : ' ';
        int end = at + length;
        char after = end < text.Length ? text[end] : ' ';
        char afterNext = end + 1 < text.Length ? text[end + 1] : ' ';
        if (char.IsLetterOrDigit(before) || before is '_' or '/' or '\\' or '`' or '.' or '-'
            || after is '_' or '/' or '\\' or '`' || (after is '-' or '.' && char.IsLetterOrDigit(afterNext)))
        {
            return true;
        }

        return OtherDateWord().IsMatch(text[Math.Max(0, at - 40)..at]);
    }

    private static HeaderReading Choose(List<HeaderCandidate> found)
    {
        HeaderCandidate? date = First(found, c => c.Kind == HeaderKeyKind.Date, byRank: true);

        // The time: the chosen date's own, unless a time field of the same kind stands before it ("**Time**: 08:15
        // EST" above "**Date**: 2025-01-02 20:45 PST": the first wins) or the date is the file name's (the name
        // fills only what the header lacks); else a time field; else a time beside another date of that day. A time
        // field is read without a date too, for its zone.
        HeaderCandidate? timeField = First(found, c => c.Kind == HeaderKeyKind.Time && c.Origin.Kind is HeaderOriginKind.Field or HeaderOriginKind.FrontMatter, byRank: false);
        HeaderCandidate? time = timeField;
        if (date is not null)
        {
            bool fieldFirst = timeField is not null && timeField.Origin.Kind == date.Origin.Kind && timeField.Origin.Line < date.Origin.Line;
            time = date.Time is not null && date.Origin.Kind != HeaderOriginKind.FileName && !fieldFirst ? date
                : timeField
                ?? First(found, c => c.Kind == HeaderKeyKind.Date && c.Time is not null && c.Date == date.Date, byRank: true);
        }

        // Branch fields each about one of several repositories that disagree name no one branch: the origin kinds
        // whose qualified branch fields name more than one branch.
        var named = new HashSet<string?>[(int)HeaderOriginKind.FileName + 1];
        foreach (HeaderCandidate c in found)
        {
            if (c.Kind == HeaderKeyKind.Branch && c.Qualified)
            {
                (named[(int)c.Origin.Kind] ??= new HashSet<string?>(StringComparer.Ordinal)).Add(c.Branch);
            }
        }

        HeaderCandidate? branch = First(found, c => c.Kind == HeaderKeyKind.Branch && !(c.Qualified && named[(int)c.Origin.Kind]!.Count > 1), byRank: false);
        return new HeaderReading(date, time, branch);
    }

    /// <summary>
    /// The first of the candidates <paramref name="take"/> takes in the order of precedence: by origin kind, then (with
    /// <paramref name="byRank"/>) by the key's rank, then by line; among equals, the one found first.
    /// </summary>
    private static HeaderCandidate? First(List<HeaderCandidate> found, Func<HeaderCandidate, bool> take, bool byRank)
    {
        HeaderCandidate? best = null;
        foreach (HeaderCandidate c in found)
        {
            if (!take(c))
            {
                continue;
            }

            if (best is null)
            {
                best = c;
                continue;
            }

            int order = c.Origin.Kind.CompareTo(best.Origin.Kind);
            if (order == 0 && byRank)
            {
                order = c.Rank.CompareTo(best.Rank);
            }

            if (order == 0)
            {
                order = c.Origin.Line.CompareTo(best.Origin.Line);
            }

            if (order < 0)
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// True when a line of a section could give a Date, Time or Branch: it holds a field (in any shape
    /// <see cref="HeaderFields.Split"/> reads) whose key names one. <see cref="CanonicalReader"/> leaves a file with
    /// such a line to the Markdig path, so that the fields it reads are the only candidates.
    /// </summary>
    internal static bool NamesHeaderKey(string line)
    {
        if (line.AsSpan().IndexOfAny(':', '：', '|') < 0 || !HeaderKeys.MayClassify(line))
        {
            return false;
        }

        foreach ((string key, _, _) in HeaderFields.Split(line, allowPlain: true))
        {
            if (HeaderKeys.Classify(key, out _, out _) != HeaderKeyKind.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a section heading gives the header nothing, wherever it stands: it names no field and holds no date,
    /// and it is no history, state or session heading (which change how the lines under it are read).
    /// </summary>
    internal static bool IsInertHeading(string heading) =>
        !IsHistoryHeading(heading) && !IsStateHeading(heading)
        && !SessionHeading().IsMatch(SectionClassifier.Normalize(heading))
        && HeaderKeys.Classify(heading, out _, out _) == HeaderKeyKind.None
        && !NamesHeaderKey(heading)
        && !HandoffTimestamp.TryFindDate(heading, out _, out _, out _);

    /// <summary>A heading about other times than this session: its fields and dates are not the session's.</summary>
    internal static bool IsHistoryHeading(string heading) => HistoryHeading().IsMatch(SectionClassifier.Normalize(heading));

    private static bool IsStateHeading(string heading) => StateHeading().IsMatch(SectionClassifier.Normalize(heading));

    private static string HeadingText(string text, HeadingBlock h) =>
        TextRules.SingleLine(AtxMarks().Replace(TextRules.SingleLine(MarkdownSource.Slice(text, h).Split('\n')[0]), string.Empty));

    [GeneratedRegex(@"\b(?:previous|prior|earlier|older|past|history|historical|archive|archived|changelog|change log|timeline|releases|release notes|roadmap|schedule|deadlines|milestones|appendix|template|where it started|where we started|anterior|anteriores|vorherige|précédente|précédentes)\b|以前|历史|履歴|이전|過去|之前")]
    private static partial Regex HistoryHeading();

    [GeneratedRegex(@"\b(?:environment|state|status|git|repository|repo|repositories|metadata|session info|session information|workspace|branch|branches|header|info)\b|元数据|状态|環境|状態")]
    private static partial Regex StateHeading();

    [GeneratedRegex(@"^(?:(?:current|latest|this|last)\s+)?(?:session|session info|session end|status|state|current state|now)$")]
    private static partial Regex SessionHeading();

    [GeneratedRegex(@"\b(?:deadline|due|until|till|since|before|after|previous|prior|last session|released?|expires?|expiry|target|eta|scheduled|planned|next|archived|hasta|desde|bis|seit|depuis|jusqu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDateWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:branch|rama|branche|zweig|分支|ブランチ|브랜치)(?:\s*[:：]\s*|\s+|(?=\*\*))(?:\*\*)?(?:`(?<b>[^`\s]+)`|(?<b>[^\s*`，,;；。]+)(?=\*\*))", RegexOptions.IgnoreCase)]
    private static partial Regex ProseBranch();

    [GeneratedRegex(@"\b(?:from|off|base|into|previous|prior|merged|target|default|deleted|old)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBranchWord();

    [GeneratedRegex(@"^[\s>*_+#|-]+|[\s.。,，;:!?)）*_|]+$")]
    private static partial Regex LineEnds();

    [GeneratedRegex(@"^\s*(?:[A-Z]{2,4}|UTC[+-][0-9:]+)?\s*[。.,，;；]")]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?=\s|$)|\s+#+\s*$")]
    private static partial Regex AtxMarks();
}
