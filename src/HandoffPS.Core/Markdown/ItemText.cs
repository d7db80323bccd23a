using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Markdown;

/// <summary>Reads list items: an item's source text, and completed work, priorities, blockers and key files from it.</summary>
internal static partial class ItemText
{
    /// <summary>
    /// The source text of a list item without its marker: its first line, or its whole first paragraph when
    /// the item opens with one. Taking the source rather than Markdig's reading keeps an item such as
    /// <c>- # not a heading</c> or <c>- - dash</c> exactly as written.
    /// </summary>
    internal static string Source(string text, ListItemBlock item)
    {
        int start = Math.Clamp(item.Span.Start, 0, text.Length);
        int lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        int end = lineEnd;
        if (item.FirstOrDefault() is ParagraphBlock p && p.Span.Start < lineEnd)
        {
            end = Math.Clamp(p.Span.End + 1, lineEnd, text.Length);
        }

        return SourceOfLine(text[start..end]);
    }

    /// <summary>The source text of an item that is one line (marker and all): <see cref="Source"/> for the line scanner.</summary>
    internal static string SourceOfLine(string line) => TextRules.SingleLine(line[MarkerLength(line)..]);

    /// <summary>
    /// The length of the list marker at the start of <paramref name="line"/> (white space, <c>-</c>, <c>*</c>, <c>+</c>
    /// or up to nine digits and <c>.</c> or <c>)</c>, then one space or tab, or the end), as <see cref="ListMarker"/>
    /// matches it; 0 without one.
    /// </summary>
    internal static int MarkerLength(string line)
    {
        int i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        int start = i;
        if (i < line.Length && line[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            while (i < line.Length && i - start < 9 && char.IsAsciiDigit(line[i]))
            {
                i++;
            }

            if (i == start || i == line.Length || line[i] is not ('.' or ')'))
            {
                return 0;
            }

            i++;
        }

        // Then a space or tab, or the end (where '$' also stands before a final newline).
        if (i == line.Length || (i == line.Length - 1 && line[i] == '\n'))
        {
            return i;
        }

        return line[i] is ' ' or '\t' ? i + 1 : 0;
    }

    /// <summary><see cref="MarkerLength"/> by its expression, for every line.</summary>
    internal static int MarkerLengthByPattern(string line)
    {
        Match m = ListMarker().Match(line);
        return m.Success ? m.Length : 0;
    }

    internal static string StripDoneMark(string item)
    {
        // ✅ (with its variation selector) or [x], and the white space after it, as DoneMark reads them.
        int i;
        if (item.StartsWith('✅'))
        {
            i = item.Length > 1 && item[1] == '\uFE0F' ? 2 : 1;
        }
        else if (item.Length >= 3 && item[0] == '[' && item[1] is 'x' or 'X' && item[2] == ']')
        {
            i = 3;
        }
        else
        {
            return item;
        }

        while (i < item.Length && char.IsWhiteSpace(item[i]))
        {
            i++;
        }

        return item[i..];
    }

    /// <summary><see cref="StripDoneMark"/> by its expression, for every item.</summary>
    internal static string StripDoneMarkByPattern(string item)
    {
        Match m = DoneMark().Match(item);
        return m.Success ? item[m.Length..] : item;
    }

    internal static Priority PriorityFrom(string line, IEnumerable<string> details)
    {
        Match m = BoldTitle().Match(line);
        return m.Success
            ? new Priority(0, m.Groups["t"].Value, m.Groups["r"].Success ? m.Groups["r"].Value : null, details)
            : new Priority(0, line, null, details);
    }

    internal static string StripNumber(string heading) => LeadingNumber().Replace(heading, string.Empty);

    internal static Blocker ReadBlocker(string item)
    {
        if (!item.StartsWith("**", StringComparison.Ordinal))
        {
            return new Blocker(null, item);
        }

        Match m = BoldCategory().Match(item);
        return m.Success ? new Blocker(m.Groups["c"].Value, m.Groups["t"].Value) : new Blocker(null, item);
    }

    internal static KeyFile ReadKeyFile(string item)
    {
        if (!item.StartsWith('`'))
        {
            return KeyFile.FromText(item);
        }

        Match m = CodePath().Match(item);
        return m.Success
            ? new KeyFile(m.Groups["p"].Value, m.Groups["d"].Success ? m.Groups["d"].Value : null)
            : KeyFile.FromText(item);
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:✅\uFE0F?\s*|\[[xX]\]\s*)")]
    private static partial Regex DoneMark();

    [GeneratedRegex(@"^\s*(?:[0-9]{1,3}[.)]|[A-Za-z][.)])\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\*\*(?<t>.+?)\*\*(?:\s+\((?<r>.*)\))?$")]
    private static partial Regex BoldTitle();

    [GeneratedRegex(@"^\*\*(?<c>[^*]+?)(?::\*\*|\*\*:)\s*(?<t>.*)$")]
    private static partial Regex BoldCategory();

    [GeneratedRegex(@"^`(?<p>[^`]+)`(?:(?:\s+[-–—:]|:)\s+(?<d>.*))?$")]
    private static partial Regex CodePath();
}
