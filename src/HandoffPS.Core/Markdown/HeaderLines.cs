using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>The lines of a header block as the header reads them, and the fields each line holds, in whatever shape they are written.</summary>
internal static partial class HeaderLines
{
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
    internal static bool IsTableFrame(string line)
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

    internal static bool IsTable(string text, Block block) =>
        block is ParagraphBlock && MarkdownSource.Slice(text, block).TrimStart().StartsWith('|');

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
