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

        return TextRules.SingleLine(ListMarker().Replace(text[start..end], string.Empty, 1));
    }

    internal static string StripDoneMark(string item)
    {
        Match m = DoneMark().Match(item);
        return m.Success ? item[m.Length..] : item;
    }

    internal static Priority PriorityFrom(string line, IEnumerable<string> details)
    {
        Match m = BoldTitle().Match(line);
        return m.Success
            ? new Priority(0, TextRules.UnescapeLabel(m.Groups["t"].Value), m.Groups["r"].Success ? m.Groups["r"].Value : null, details)
            : new Priority(0, line, null, details);
    }

    internal static string StripNumber(string heading) => LeadingNumber().Replace(heading, string.Empty);

    /// <summary>
    /// A blocker: <c>**Category**: text</c> (the category's <c>*</c> and <c>\</c> escaped as the writer escapes a label),
    /// or text. Text that would read as a category is written with a backslash in front (<see cref="HasCategory"/>),
    /// which goes again here.
    /// </summary>
    internal static Blocker ReadBlocker(string item)
    {
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
        Match m = CodePath().Match(item);
        return m.Success
            ? new KeyFile(TextRules.CodeSpanContent(m.Groups["p"].Value), m.Groups["d"].Success ? m.Groups["d"].Value : null)
            : KeyFile.FromText(item);
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

    // **Category**: text or **Category:** text; the category holds no bare '*' (an escaped one is its own).
    [GeneratedRegex(@"^\*\*(?<c>(?:\\.|[^*\\])+?)(?::\*\*|\*\*:)\s*(?<t>.*)$")]
    private static partial Regex BoldCategory();

    [GeneratedRegex(@"^(?<f>`+)(?!`)(?<p>.+?)(?<!`)\k<f>(?!`)(?:(?:\s+[-–—:]|:)\s+(?<d>.*))?$")]
    private static partial Regex CodePath();
}
