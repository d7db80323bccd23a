using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>Reads the template's sections of a canonical file, line by line: the summary, the item lists, the numbered priorities, the context's lists.</summary>
internal static class CanonicalSections
{
    private static readonly string[] ContextLabels = HandoffTemplate.Context.Parts.Select(p => "**" + p.Heading + "**:").ToArray();

    internal static bool ReadSection(TemplateSection section, string[] lines, int start, int end, HandoffReader reader)
    {
        if (start >= end || lines[end - 1].Length == 0)
        {
            return false;
        }

        switch (section.Kind)
        {
            case SectionKind.Summary:
                for (int i = start; i < end; i++)
                {
                    if (lines[i].Length > 0 && !CanonicalLines.IsPlainLine(lines[i]))
                    {
                        return false;
                    }
                }

                // As the Markdig path takes it: the text from the first line to the last, trimmed (MarkdownSource.Raw).
                reader.ReadSummary(string.Join('\n', lines, start, end - start).Trim('\n', ' '));
                return true;
            case SectionKind.CompletedWork when TryItems(lines, start, end, out List<ListItem>? completed):
                reader.ReadCompleted(completed);
                return true;
            case SectionKind.Blockers when TryItems(lines, start, end, out List<ListItem>? blockers):
                reader.ReadBlockers(blockers);
                return true;
            case SectionKind.NextPriorities when TryPriorities(lines, start, end, out List<ListItem>? priorities):
                reader.ReadPriorities(priorities);
                return true;
            case SectionKind.Context when TryContext(lines, start, end, out List<(string, IReadOnlyList<ListItem>)>? lists):
                reader.ReadContext(section.Heading, lists);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A run of <c>- item</c> lines with no blank line.</summary>
    private static bool TryItems(string[] lines, int start, int end, [NotNullWhen(true)] out List<ListItem>? items)
    {
        items = new List<ListItem>(end - start);
        for (int i = start; i < end; i++)
        {
            if (!CanonicalLines.IsItemLine(lines[i], "- "))
            {
                items = null;
                return false;
            }

            items.Add(ListItem.FromSource(ItemText.SourceOfLine(lines[i]), Array.Empty<string>()));
        }

        return true;
    }

    /// <summary><c>1. item</c> with its <c>- detail</c> lines indented under it, one blank line between items.</summary>
    private static bool TryPriorities(string[] lines, int start, int end, [NotNullWhen(true)] out List<ListItem>? items)
    {
        items = new List<ListItem>();
        int i = start;
        while (i < end)
        {
            string marker = (items.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
            if (!CanonicalLines.IsItemLine(lines[i], marker))
            {
                items = null;
                return false;
            }

            string item = lines[i++];
            string indent = new(' ', marker.Length);
            var details = new List<string>();
            while (i < end && lines[i].Length > 0)
            {
                if (!lines[i].StartsWith(indent, StringComparison.Ordinal) || !CanonicalLines.IsItemLine(lines[i][indent.Length..], "- "))
                {
                    items = null;
                    return false;
                }

                details.Add(ItemText.SourceOfLine(lines[i]));
                i++;
            }

            items.Add(ListItem.FromSource(ItemText.SourceOfLine(item), details));
            if (i < end)
            {
                i++; // the blank line between priorities
                if (i == end || lines[i].Length == 0)
                {
                    items = null;
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The context's labelled lists, in the template's order: a label line, a blank line, its items; a blank line between lists.</summary>
    private static bool TryContext(string[] lines, int start, int end, [NotNullWhen(true)] out List<(string, IReadOnlyList<ListItem>)>? lists)
    {
        lists = new List<(string, IReadOnlyList<ListItem>)>();
        int label = 0;
        int i = start;
        while (i < end)
        {
            while (label < ContextLabels.Length && lines[i] != ContextLabels[label])
            {
                label++;
            }

            if (label == ContextLabels.Length || i + 2 >= end || lines[i + 1].Length != 0)
            {
                lists = null;
                return false;
            }

            int first = i + 2;
            int last = first;
            while (last < end && lines[last].Length > 0)
            {
                last++;
            }

            if (!TryItems(lines, first, last, out List<ListItem>? items) || (last < end && (last + 1 == end || lines[last + 1].Length == 0)))
            {
                lists = null;
                return false;
            }

            lists.Add((ContextLabels[label], items));
            label++;
            i = last + 1;
        }

        return true;
    }
}
