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

    /// <summary>
    /// A priority: <c>**Title** (reason)</c> as written; a bold title and its explanation after a dash as people write
    /// it (<c>**Title** - reason</c>, en or em dash); a bold label and its text (<c>**Label**: text</c>,
    /// <c>**Label:** text</c>) as one title without the bold marks, since the label is as often a rank
    /// (<c>**Immediate**:</c>) as a title; else the line as its title.
    /// </summary>
    internal static Priority PriorityFrom(string line, IEnumerable<string> details)
    {
        Match m = BoldTitle().Match(line);
        if (m.Success)
        {
            return new Priority(0, TextRules.UnescapeLabel(m.Groups["t"].Value), m.Groups["r"].Success ? m.Groups["r"].Value : null, details);
        }

        if (line.StartsWith("**", StringComparison.Ordinal))
        {
            if (BoldLead().Match(line) is { Success: true } lead)
            {
                return new Priority(0, TextRules.UnescapeLabel(lead.Groups["t"].Value), lead.Groups["r"].Value, details);
            }

            if (BoldCategory().Match(line) is { Success: true } label && label.Groups["t"].Length > 0)
            {
                return new Priority(0, TextRules.UnescapeLabel(label.Groups["c"].Value) + ": " + label.Groups["t"].Value, null, details);
            }
        }

        return new Priority(0, line, null, details);
    }

    internal static string StripNumber(string heading) => LeadingNumber().Replace(heading, string.Empty);

    /// <summary>
    /// A blocker: <c>**Category**: text</c> (the category's <c>*</c> and <c>\</c> escaped as the writer escapes a label),
    /// or text. Text that would read as a category is written with a backslash in front (<see cref="HasCategory"/>),
    /// which goes again here.
    /// </summary>
    internal static Blocker ReadBlocker(string item)
    {
        // Only an item that starts with "**" has a category, and only one that starts with a backslash was escaped.
        if (!item.StartsWith("**", StringComparison.Ordinal) && !item.StartsWith('\\'))
        {
            return new Blocker(null, item);
        }

        Match m = BoldCategory().Match(item);
        return m.Success
            ? new Blocker(TextRules.UnescapeLabel(m.Groups["c"].Value), m.Groups["t"].Value)
            : new Blocker(null, TextRules.UnescapeLeading(item, HasCategory));
    }

    /// <summary>True when <paramref name="item"/> reads as a blocker with a category (<c>**Key Files**:</c>, <c>**Bold**: x</c>).</summary>
    internal static bool HasCategory(string item) => BoldCategory().IsMatch(item);

    /// <summary>A key file: its path in code (in a longer run of backticks when the path holds one), then <c> - description</c>; else the plain form.</summary>
    internal static KeyFile ReadKeyFile(string item)
    {
        if (item.Length > 0 && item[0] == '`' && CodePathAt(item) is { } code)
        {
            return new KeyFile(TextRules.CodeSpanContent(code.Path), code.Description);
        }

        return KeyFile.FromText(item);
    }

    /// <summary>
    /// A path in code at the start of a key-file item and the description after it (<c>`path` - description</c>, a dash,
    /// en or em dash, or a colon before it); null when the item is not in that form. One pass, without a pattern: a list of
    /// tens of thousands of key files reads in linear time.
    /// </summary>
    private static (string Path, string? Description)? CodePathAt(string item)
    {
        int fence = 0;
        while (fence < item.Length && item[fence] == '`')
        {
            fence++;
        }

        // The closing run: the next run of exactly as many backticks, after at least one other character. The search
        // starts after the opening run (an item of backticks only has no closing run).
        int close;
        int from = fence;
        while (true)
        {
            close = from < item.Length ? item.IndexOf('`', from) : -1;
            if (close < 0)
            {
                return null;
            }

            int run = 0;
            while (close + run < item.Length && item[close + run] == '`')
            {
                run++;
            }

            if (run == fence && close > fence)
            {
                break;
            }

            from = close + run;
        }

        string path = item[fence..close];
        string rest = item[(close + fence)..];
        if (rest.Length == 0)
        {
            return (path, null);
        }

        // A dash, en dash, em dash or colon after white space, or a colon right after the path; then white space.
        int i = 0;
        while (i < rest.Length && char.IsWhiteSpace(rest[i]))
        {
            i++;
        }

        if (i == rest.Length || !(rest[i] is '-' or '–' or '—' or ':') || (i == 0 && rest[i] != ':'))
        {
            return null;
        }

        int after = ++i;
        while (i < rest.Length && char.IsWhiteSpace(rest[i]))
        {
            i++;
        }

        return i > after ? (path, rest[i..]) : null;
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:✅\uFE0F?\s*|\[[xX]\]\s*)")]
    private static partial Regex DoneMark();

    [GeneratedRegex(@"^\s*(?:[0-9]{1,3}[.)]|[A-Za-z][.)])\s+")]
    private static partial Regex LeadingNumber();

    // **Title** (reason): the title's escaped characters (\*, \\) do not end it.
    [GeneratedRegex(@"^\*\*(?<t>(?:\\.|[^\\])+?)\*\*(?:\s+\((?<r>.*)\))?$")]
    private static partial Regex BoldTitle();

    // **Title** - reason (a dash, en or em dash between spaces); the title holds no bare '*'.
    [GeneratedRegex(@"^\*\*(?<t>(?:\\.|[^*\\])+?)\*\*\s+[-\u2013\u2014]\s+(?<r>\S.*)$")]
    private static partial Regex BoldLead();

    // **Category**: text or **Category:** text; the category holds no bare '*' (an escaped one is its own).
    [GeneratedRegex(@"^\*\*(?<c>(?:\\.|[^*\\])+?)(?::\*\*|\*\*:)\s*(?<t>.*)$")]
    private static partial Regex BoldCategory();

}
