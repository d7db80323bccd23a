using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>The Date, Time and Branch candidates that each source of the header zone gives: a field, a title or heading, a line of text, the file name.</summary>
internal static partial class HeaderCandidates
{
    internal static void AddFileName(List<HeaderCandidate> found, string? fileName)
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

    /// <summary>Adds the candidate a field gives, if its key names a date, time or branch and its value holds one.</summary>
    internal static bool AddField(List<HeaderCandidate> found, string key, string value, HeaderOrigin origin)
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
    internal static void AddLooseDate(List<HeaderCandidate> found, string text, HeaderOrigin origin)
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
    internal static void AddTextLine(List<HeaderCandidate> found, string line, int number)
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
}
