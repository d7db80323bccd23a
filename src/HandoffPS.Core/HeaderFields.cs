using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HandoffPS.Core;

/// <summary>
/// Collects the <c>**Name**: value</c> fields between a handoff's title and its first section, and turns them
/// into the handoff's Date, Branch, Author and <see cref="Handoff.Fields"/>.
/// </summary>
internal sealed partial class HeaderFields
{
    private readonly List<KeyValuePair<string, string>> _fields = new();

    public void AddFrom(string text, Block block)
    {
        if (block is ParagraphBlock)
        {
            foreach (string line in HandoffParser.Slice(text, block).Split('\n'))
            {
                Add(line);
            }
        }
        else if (block is ListBlock list)
        {
            foreach (Block item in list)
            {
                if (item is ListItemBlock li && li.Count > 0 && li[0] is ParagraphBlock p)
                {
                    Add(HandoffParser.Slice(text, p).Split('\n')[0]);
                }
            }
        }
    }

    private void Add(string line)
    {
        Match m = BoldField().Match(line.Trim());
        if (m.Success)
        {
            string value = TextRules.SingleLine(m.Groups["v"].Value);
            _fields.Add(new(TextRules.SingleLine(m.Groups["k"].Value), value));
        }
    }

    public void ApplyTo(Handoff handoff)
    {
        DateTime? date = null;
        TimeSpan? time = null;
        foreach ((string key, string value) in _fields)
        {
            switch (key.ToLowerInvariant())
            {
                case "date":
                    if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime d))
                    {
                        date = d;
                    }
                    else
                    {
                        handoff.Fields[key] = value;
                    }

                    break;
                case "time":
                    if (TimeSpan.TryParseExact(value, new[] { @"hh\:mm\:ss", @"hh\:mm" }, CultureInfo.InvariantCulture, out TimeSpan t))
                    {
                        time = t;
                    }
                    else
                    {
                        handoff.Fields[key] = value;
                    }

                    break;
                case "branch":
                    handoff.Branch = value.Trim('`');
                    break;
                case "author":
                    handoff.Author = value;
                    break;
                default:
                    handoff.Fields[key] = value;
                    break;
            }
        }

        if (HandoffFileName.TryParse(handoff.FileName ?? string.Empty, out DateTime stamp, out _, out bool hasTime))
        {
            date ??= stamp.Date;
            if (time is null && hasTime && date == stamp.Date)
            {
                time = stamp.TimeOfDay;
            }
        }

        if (date is DateTime day)
        {
            handoff.Date = day.Date + (time ?? TimeSpan.Zero);
        }
    }

    [GeneratedRegex(@"^(?:[-*+]\s+)?\*\*(?<k>[^*:]+?)\s*(?::\*\*|\*\*\s*:)\s*(?<v>.*)$")]
    private static partial Regex BoldField();
}
