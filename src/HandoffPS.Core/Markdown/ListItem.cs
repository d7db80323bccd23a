using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HandoffPS.Core.Markdown;

/// <summary>A list item: its text without marker or check box, whether it was checked, and its sub-items. (A class, so that the
/// generic collections it goes through use code compiled ahead of time.)</summary>
internal sealed partial record ListItem(string Text, bool? Checked, string[] Details)
{
    public static ListItem From(string text, ListItemBlock li) =>
        FromSource(
            ItemText.Source(text, li),
            li.Skip(1).OfType<ListBlock>().SelectMany(sub => sub.OfType<ListItemBlock>()).Select(sub => ItemText.Source(text, sub)));

    /// <summary>
    /// An item from its source text (<see cref="ItemText.Source"/>: without its marker, on one line) and the source
    /// text of each of its sub-items.
    /// </summary>
    public static ListItem FromSource(string source, IEnumerable<string> subItems)
    {
        string raw = source;
        bool? isChecked = null;
        Match m = raw.StartsWith('[') ? CheckBox().Match(raw) : Match.Empty;
        if (m.Success)
        {
            isChecked = m.Groups["x"].Value.Trim().Length > 0;
            raw = raw[m.Length..];
        }

        string[] details = subItems
            .Select(sub => TextRules.UnescapeInline(TextRules.UnescapeItem(sub)))
            .Where(d => d.Length > 0)
            .ToArray();
        return new ListItem(TextRules.UnescapeInline(TextRules.UnescapeItem(raw)), isChecked, details);
    }

    [GeneratedRegex(@"^\[(?<x>[ xX])\]\s+")]
    private static partial Regex CheckBox();
}
