using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HandoffPS.Core.Markdown;

/// <summary>A list item: its text without marker or check box, whether it was checked, and its sub-items.</summary>
internal readonly partial record struct ListItem(string Text, bool? Checked, string[] Details)
{
    public static ListItem From(string text, ListItemBlock li)
    {
        string raw = ItemText.Source(text, li);
        bool? isChecked = null;
        Match m = CheckBox().Match(raw);
        if (m.Success)
        {
            isChecked = m.Groups["x"].Value.Trim().Length > 0;
            raw = raw[m.Length..];
        }

        string[] details = li.Skip(1).OfType<ListBlock>()
            .SelectMany(sub => sub.OfType<ListItemBlock>())
            .Select(sub => TextRules.UnescapeInline(TextRules.UnescapeItem(ItemText.Source(text, sub))))
            .Where(d => d.Length > 0)
            .ToArray();
        return new ListItem(TextRules.UnescapeInline(TextRules.UnescapeItem(raw)), isChecked, details);
    }

    [GeneratedRegex(@"^\[(?<x>[ xX])\]\s+")]
    private static partial Regex CheckBox();
}
