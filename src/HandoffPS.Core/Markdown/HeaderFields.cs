using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Collects a handoff's header fields, in whatever style they are written (<c>**Date**: x</c>,
/// <c>**Date:** x</c>, <c>- **Date:** x</c>, plain <c>Date: x</c>, several fields on one line separated by
/// <c>·</c>, a <c>## Date</c> section) and turns them into Date, Branch, Author and <see cref="Handoff.Fields"/>.
/// The first value wins for Date, Time, Branch and Author; every other field is kept by name.
/// </summary>
internal sealed partial class HeaderFields
{
    private static readonly HashSet<string> DateKeys = new(StringComparer.Ordinal) { "date", "timestamp", "session date", "date time", "datetime", "created", "date and time" };
    private static readonly HashSet<string> TimeKeys = new(StringComparer.Ordinal) { "time", "session time" };
    private static readonly HashSet<string> BranchKeys = new(StringComparer.Ordinal) { "branch", "current branch", "active branch", "session branch", "repository branch", "branch es", "git branch", "working branch" };
    private static readonly HashSet<string> AuthorKeys = new(StringComparer.Ordinal) { "author", "authors", "developer" };

    private readonly List<DocumentField> _fields = new();

    // Fields found in the body (a "Branch and State" section): used only to fill Date, Time, Branch and
    // Author when the header lacks them, never kept as header fields.
    private readonly List<DocumentField> _hints = new();

    /// <summary>The fields recognised so far, with their lines.</summary>
    public IReadOnlyList<DocumentField> Fields => _fields;

    /// <summary>
    /// Adds the fields found in a header block; returns false when the block held no field at all. A blockquote
    /// (<c>&gt; **Date:** x</c>) or a two-column table (<c>| Branch | x |</c>) counts only when every line of it is a
    /// field, so that no text is lost.
    /// </summary>
    public bool AddFrom(string text, Block block, bool allowPlain, bool knownOnly = false)
    {
        if (block is QuoteBlock || IsTable(text, block))
        {
            var lines = LinesOf(text, block).ToList();
            var found = lines.Select(l => (l, Fields: Split(l.Text, allowPlain).ToList())).ToList();
            if (found.Any(f => f.Fields.Count == 0 && !IsTableFrame(f.l.Text)))
            {
                return false;
            }

            foreach (((string _, int number), List<(string Key, string Value, string Raw)> fields) in found)
            {
                foreach ((string key, string value, string raw) in fields.Where(f => !knownOnly || IsFieldHeading(f.Key)))
                {
                    (knownOnly ? _hints : _fields).Add(new DocumentField(key, value, number, raw));
                }
            }

            return found.Any(f => f.Fields.Count > 0);
        }

        bool any = false;
        foreach ((string line, int number) in LinesOf(text, block))
        {
            any |= AddLine(line, number, allowPlain, knownOnly);
        }

        return any;
    }

    /// <summary>
    /// The lines of a block as the header reads them, with their 1-based numbers: each line of a paragraph, each
    /// line of a blockquote without its <c>&gt;</c>, the first line of each list item, the text of a heading.
    /// </summary>
    internal static IEnumerable<(string Text, int Line)> LinesOf(string text, Block block)
    {
        switch (block)
        {
            case ParagraphBlock:
            {
                string[] lines = MarkdownSource.Slice(text, block).Split('\n');
                for (int n = 0; n < lines.Length; n++)
                {
                    yield return (lines[n], block.Line + 1 + n);
                }

                break;
            }

            case QuoteBlock:
            {
                string[] lines = MarkdownSource.Slice(text, block).Split('\n');
                for (int n = 0; n < lines.Length; n++)
                {
                    string line = QuoteMarks().Replace(lines[n], string.Empty);
                    if (line.Trim().Length > 0)
                    {
                        yield return (line, block.Line + 1 + n);
                    }
                }

                break;
            }

            case ListBlock list:
                foreach (Block item in list)
                {
                    if (item is ListItemBlock li && li.Count > 0 && li[0] is ParagraphBlock p)
                    {
                        yield return (MarkdownSource.Slice(text, p).Split('\n')[0], p.Line + 1);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// The fields of one line in any shape: <c>**Key**: v</c>, <c>**Key:** v</c>, <c>- **Key:** v</c>,
    /// <c>Key: v</c> (with <paramref name="allowPlain"/>), a full-width colon (<c>Key：v</c>), a two-column
    /// table row (<c>| Key | v |</c>), several fields on one line separated by <c>·</c>, <c>|</c> or two spaces.
    /// </summary>
    internal static IEnumerable<(string Key, string Value, string Raw)> Split(string line, bool allowPlain)
    {
        if (TrySplitBold(line, out (string Key, string Value, string Raw) bold))
        {
            return new[] { bold };
        }

        return SplitAny(line, allowPlain);
    }

    /// <summary>
    /// The one field of a line in the template's own shape, <c>**Key**: value</c>, read without regular expressions:
    /// what <see cref="SplitAny"/> gives for it. False for any other line, which <see cref="SplitAny"/> reads.
    /// </summary>
    private static bool TrySplitBold(string line, out (string Key, string Value, string Raw) field)
    {
        field = default;
        // Starting with "**", the line has no quote marks and is no table row; without a '·', a '|' or two white
        // space characters in a row, no separator splits it; the key runs to the next "**", right before the colon.
        string trimmed = line.Trim();
        if (!trimmed.StartsWith("**", StringComparison.Ordinal) || trimmed.AsSpan().IndexOfAny('·', '|', '\n') >= 0)
        {
            return false;
        }

        for (int i = 1; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]) && char.IsWhiteSpace(trimmed[i - 1]))
            {
                return false;
            }
        }

        int end = trimmed.IndexOf('*', 2);
        if (end <= 2 || end + 2 >= trimmed.Length || trimmed[end + 1] != '*' || trimmed[end + 2] != ':'
            || trimmed.AsSpan(2, end - 2).IndexOfAny(':', '：') >= 0)
        {
            return false;
        }

        field = (TextRules.SingleLine(trimmed[2..end]), TextRules.SingleLine(trimmed[(end + 3)..]), trimmed);
        return true;
    }

    /// <summary><see cref="Split"/> by its expressions alone, for every line.</summary>
    internal static IEnumerable<(string Key, string Value, string Raw)> SplitAny(string line, bool allowPlain)
    {
        string trimmed = QuoteMarks().Replace(MarkdownSource.Tame(line), string.Empty).Trim();
        Match row = TableRow().Match(trimmed);
        if (row.Success)
        {
            string key = row.Groups["k"].Value.Trim().Replace("**", string.Empty, StringComparison.Ordinal);
            if (!IsTableFrame(trimmed) && key.Length > 0)
            {
                yield return (TextRules.SingleLine(key), TextRules.SingleLine(row.Groups["v"].Value), trimmed);
            }

            yield break;
        }

        foreach (string part in Separators().Split(trimmed))
        {
            Match m = BoldField().Match(part.Trim());
            if (!m.Success && allowPlain)
            {
                m = PlainField().Match(part.Trim());
            }

            if (m.Success)
            {
                yield return (TextRules.SingleLine(m.Groups["k"].Value), TextRules.SingleLine(m.Groups["v"].Value), part.Trim());
            }
        }
    }

    /// <summary>A table's separator row (<c>|---|---|</c>) or header row (<c>| Field | Value |</c>).</summary>
    private static bool IsTableFrame(string line)
    {
        Match row = TableRow().Match(line.Trim());
        if (!row.Success)
        {
            return false;
        }

        string k = SectionClassifier.Normalize(row.Groups["k"].Value);
        string v = SectionClassifier.Normalize(row.Groups["v"].Value);
        return k.Length == 0 && row.Groups["k"].Value.Contains('-', StringComparison.Ordinal)
            || (k is "field" or "key" or "item" or "name" or "property" or "metadata" or "字段" or "项目" or "項目" or "campo" or "feld"
                && v is "value" or "值" or "値" or "valor" or "wert" or "valeur" or "details" or "detail");
    }

    private static bool IsTable(string text, Block block) =>
        block is ParagraphBlock && MarkdownSource.Slice(text, block).TrimStart().StartsWith('|');

    /// <summary>Adds the fields of one plain line.</summary>
    public bool AddFrom(string line, int lineNumber) => AddLine(line, lineNumber, allowPlain: true, knownOnly: false);

    /// <summary>Adds one field whose value is given apart from its name (a <c>## Date</c> section).</summary>
    public void Add(string key, string value, int lineNumber) =>
        _fields.Add(new DocumentField(key, TextRules.SingleLine(value), lineNumber, value));

    /// <summary>True when <paramref name="heading"/> names a header field (<c>## Date</c>, <c>## Branch</c>).</summary>
    public static bool IsFieldHeading(string heading)
    {
        string key = SectionClassifier.Normalize(heading);
        return DateKeys.Contains(key) || TimeKeys.Contains(key) || BranchKeys.Contains(key) || AuthorKeys.Contains(key);
    }

    private bool AddLine(string line, int lineNumber, bool allowPlain, bool knownOnly)
    {
        bool any = false;
        foreach ((string key, string value, string raw) in Split(line, allowPlain))
        {
            if (!knownOnly || IsFieldHeading(key))
            {
                (knownOnly ? _hints : _fields).Add(new DocumentField(key, value, lineNumber, raw));
                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// Sets Date, Time, Branch, Commit and Author from what <paramref name="reading"/> chose and the header fields,
    /// and keeps every other field by name in <see cref="Handoff.Fields"/>. A field a value was read from is left
    /// out only when the value says all it said: <c>**Branch**: `x` (rebased today)</c> stays, and so does
    /// <c>**Last updated**: …</c>; <c>**Date**: 2026-01-05</c> does not. The front matter's other keys are kept too.
    /// </summary>
    public void ApplyTo(Handoff handoff, HeaderReading reading, IReadOnlyList<FrontMatterEntry> frontMatter, string? descriptionKey)
    {
        var fields = _fields.Select(f => (f.Key, f.Value, Origin: new HeaderOrigin(HeaderOriginKind.Field, f.Key, f.Line)))
            .Concat(frontMatter.Select(e => (e.Key, e.Value, Origin: new HeaderOrigin(HeaderOriginKind.FrontMatter, e.Key, e.Line))));
        foreach ((string key, string stored, HeaderOrigin origin) in fields)
        {
            string value = TextRules.UnescapeInline(TextRules.UnescapeFieldValue(stored));
            string norm = SectionClassifier.Normalize(key);
            if (origin.Kind == HeaderOriginKind.FrontMatter && string.Equals(key, descriptionKey, StringComparison.Ordinal))
            {
                continue;
            }

            if (reading.IsSource(origin) && SaidAll(norm, value, reading, origin))
            {
                continue;
            }

            // A Branch line repeated with the same name says nothing more than the one it repeats.
            if (BranchKeys.Contains(norm) && reading.Branch?.Branch is string branch && StripMarks().Replace(value, string.Empty) == branch)
            {
                continue;
            }

            if (norm == "commit" && handoff.Commit is null && CommitSha().IsMatch(value.Trim('`')))
            {
                handoff.Commit = value.Trim('`').ToLowerInvariant();
                continue;
            }

            if (AuthorKeys.Contains(norm) && handoff.Author is null && value.Length > 0)
            {
                handoff.Author = value;
                continue;
            }

            if (!handoff.Fields.ContainsKey(key))
            {
                handoff.Fields[key] = value;
            }
        }

        handoff.Branch = reading.Branch?.Branch;
        if (reading.Date?.Date is DateTime day)
        {
            handoff.Date = day.Date + (reading.Time?.Time ?? TimeSpan.Zero);
        }

        // A time field's zone counts without a date too ("**Time**: 10:00 UTC+5"); the field itself is then kept.
        handoff.TimeZone = reading.Time?.Zone;
        handoff.Offset = FormatOffset(reading.Time?.Offset);
    }

    /// <summary>True when a field a value was read from says nothing more than that value, so it need not be kept.</summary>
    private static bool SaidAll(string norm, string value, HeaderReading reading, HeaderOrigin origin)
    {
        if (origin == reading.BranchOrigin)
        {
            string branch = reading.Branch!.Branch!;
            string v = value.Trim();
            return BranchKeys.Contains(norm) && (v == branch || v == TextRules.CodeSpan(branch) || StripMarks().Replace(value, string.Empty) == branch);
        }

        // A time read without a date is not written as Time by the renderer: its field stays.
        return reading.Date is not null && (DateKeys.Contains(norm) || TimeKeys.Contains(norm));
    }

    private static string? FormatOffset(TimeSpan? offset) =>
        offset is TimeSpan o ? (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"[`*\s]")]
    private static partial Regex StripMarks();

    [GeneratedRegex(@"^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitSha();

    // Between two fields on one line: " · ", " | " or two spaces, each only before a field (a value may hold them); right
    // after "**Key**:" (an empty value so far) a "| **x" is the value itself.
    [GeneratedRegex(@"(?<![:：]\s*|[:：]\*\*\s*)(?:\s+·\s+(?=\*\*[^*]+(?:[:：]\*\*|\*\*\s*[:：])|\p{L}[\p{L}\p{M}\p{N} ()/&.'-]{1,40}?\s*(?::(?![/\\])|：))|\s+\|\s+(?=\*\*[^*]+(?:[:：]\*\*|\*\*\s*[:：]))|\s{2,}(?=\*\*[^*]+(?:[:：]\*\*|\*\*\s*[:：])))")]
    private static partial Regex Separators();

    // **Key:** value, or **Key**: value (whose key may hold a colon: the writer writes every kept field so).
    [GeneratedRegex(@"^(?:[-*+]\s+)?\*\*(?:(?<k>[^*:：]+?)\s*[:：]\*\*|(?<k>[^*]+?)\*\*\s*[:：])\s*(?<v>.*)$")]
    private static partial Regex BoldField();

    [GeneratedRegex(@"^(?:[-*+]\s+)?(?<k>\p{L}[\p{L}\p{M}\p{N} ()/&.'-]{1,40}?)\s*(?::(?![/\\])|：)\s*(?<v>.*)$")]
    private static partial Regex PlainField();

    [GeneratedRegex(@"^\|(?<k>[^|]*)\|(?<v>[^|]*)\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\s{0,3}(?:>\s?)+")]
    private static partial Regex QuoteMarks();
}
