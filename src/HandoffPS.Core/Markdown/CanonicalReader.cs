using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Reads a file in the canonical shape — what <see cref="HandoffRenderer"/> writes — line by line, without Markdig,
/// into the same <see cref="Handoff"/> the Markdig path (<see cref="HandoffParser"/>) gives. A file it is not sure of
/// is left to the Markdig path: it answers false, never a different object.
/// </summary>
/// <remarks>
/// <para>It takes only this grammar, with <c>\n</c> line endings and one final newline: the H1 title; a blank line and
/// the header lines (<c>**Key**: value</c>, each holding a field); then the template's sections, each at most once
/// and in the template's order, each heading between blank lines: the summary's paragraphs, the completed items
/// (<c>- …</c>), the numbered priorities (<c>N. …</c>, their details indented under them, one blank line between
/// priorities), the blockers (<c>- …</c>), and the context's three labelled lists.</para>
/// <para>Within it, any line Markdown could read as another block than the grammar says (a heading, a fence, HTML,
/// a link definition, a setext underline, a thematic break, an indented or nested list where the grammar has text)
/// and any line holding a field that could give the header a Date, Time or Branch (the Markdig path reads those in
/// the first sections too) sends the file to the Markdig path. What it reads, it reads through the Markdig path's
/// own code (<see cref="HandoffReader"/>, <see cref="HeaderExtractor"/>, <see cref="ListItem"/>), so the two differ
/// only in how they find the blocks. Tests run both over every corpus file and over random canonical files.</para>
/// </remarks>
internal static class CanonicalReader
{
    /// <summary>Every template heading is read as its section and gives the header nothing (checked once, by the reader's own rules).</summary>
    private static readonly bool TemplateHeadingsAreInert = HandoffTemplate.Sections.All(s =>
        SectionClassifier.Classify(s.Heading) == s.Kind
        && HeaderHeadings.IsInertHeading(s.Heading)
        && !HeaderFields.IsFieldHeading(s.Heading)
        && !HandoffReader.HasSuffix(s.Heading)
        && !SectionClassifier.Normalize(s.Heading).Contains("branch", StringComparison.Ordinal));

    private static readonly string[] ContextLabels = HandoffTemplate.Context.Parts.Select(p => "**" + p.Heading + "**:").ToArray();

    /// <summary>
    /// Reads <paramref name="text"/> (a file's decoded text) when it is in the canonical shape; false, with nothing
    /// read, when it is not or when this reader is not sure of it.
    /// </summary>
    public static bool TryRead(string text, string? fileName, [NotNullWhen(true)] out Handoff? handoff, out HeaderOrigins origins)
    {
        handoff = null;
        origins = HeaderOrigins.None;
        if (!TemplateHeadingsAreInert || !IsPlainText(text))
        {
            return false;
        }

        string[] lines = text.Split('\n');
        int n = lines.Length - 1; // the text ends with a newline: the last element is empty
        if (lines[n - 1].Length == 0 || !IsTitle(lines[0]))
        {
            return false;
        }

        string title = MarkdownSource.HeadingText(lines[0]);
        var reader = new HandoffReader(text, fileName);
        int i = 1;
        if (i < n)
        {
            if (lines[i].Length != 0)
            {
                return false;
            }

            i++;
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                while (i < n && lines[i].Length > 0)
                {
                    if (!lines[i].StartsWith("**", StringComparison.Ordinal) || !reader.ReadHeaderLine(lines[i], i + 1))
                    {
                        return false;
                    }

                    i++;
                }

                i++; // the blank line after the header, or past the end
            }
        }

        int section = 0;
        while (i < n)
        {
            // "## Heading", a blank line, the body up to the blank line before the next heading or the end.
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal) || i + 2 >= n || lines[i + 1].Length != 0)
            {
                return false;
            }

            string heading = MarkdownSource.HeadingText(lines[i]);
            while (section < HandoffTemplate.Sections.Count && HandoffTemplate.Sections[section].Heading != heading)
            {
                section++;
            }

            if (section == HandoffTemplate.Sections.Count || lines[i] != "## " + heading)
            {
                return false;
            }

            int start = i + 2;
            int end = start;
            while (end < n && !(lines[end].Length == 0 && end + 1 < n && lines[end + 1].StartsWith("## ", StringComparison.Ordinal)))
            {
                end++;
            }

            if (!ReadSection(HandoffTemplate.Sections[section], lines, start, end, reader))
            {
                return false;
            }

            section++;
            i = end + 1;
        }

        HeaderReading header = HeaderExtractor.Read(title, 1, reader.Fields, fileName);
        handoff = reader.Finish(title, 1, header, Array.Empty<FrontMatterEntry>(), out origins);
        return true;
    }

    /// <summary>
    /// The handoff's date (<see cref="Handoff.Date"/>) from its title and header lines alone, when they settle it
    /// whatever follows: a <c>Date</c> field (the key that outranks every other) and a time of its own or a
    /// <c>Time</c> field, as the first lines after the title. False when the header does not settle it.
    /// </summary>
    public static bool TryReadDate(string text, string? fileName, out DateTime? date)
    {
        date = null;
        if (!text.StartsWith("# ", StringComparison.Ordinal))
        {
            return false;
        }

        int lineEnd = text.IndexOf('\n');
        if (lineEnd < 0 || text.IndexOf('\r') >= 0 || text.AsSpan(lineEnd).StartsWith("\n\n**") is false)
        {
            return false;
        }

        string title = MarkdownSource.HeadingText(text[..lineEnd]);
        var fields = new HeaderFields();
        int number = 3;
        int at = lineEnd + 2;
        while (at < text.Length && text[at] != '\n')
        {
            int next = text.IndexOf('\n', at);
            string line = next < 0 ? text[at..] : text[at..next];
            if (!line.StartsWith("**", StringComparison.Ordinal) || !fields.AddFrom(line, number))
            {
                return false;
            }

            number++;
            at = next < 0 ? text.Length : next + 1;
        }

        // A known key with no value takes the next line as its value in the Markdig path: not settled here.
        if (fields.Fields.Any(f => f.Value.Trim().Length == 0 && HeaderKeys.Classify(f.Key, out _, out _) != HeaderKeyKind.None))
        {
            return false;
        }

        HeaderReading reading = HeaderExtractor.Read(title, 1, fields.Fields, fileName);
        if (reading.Date is not { Origin.Kind: HeaderOriginKind.Field, Rank: 0, Date: DateTime day } dated
            || reading.Time is not { Time: TimeSpan time } timed
            || !(ReferenceEquals(timed, dated) || timed.Kind == HeaderKeyKind.Time))
        {
            return false;
        }

        date = day.Date + time;
        return true;
    }

    private static bool ReadSection(TemplateSection section, string[] lines, int start, int end, HandoffReader reader)
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
                    if (lines[i].Length > 0 && !IsPlainLine(lines[i]))
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
            if (!IsItemLine(lines[i], "- "))
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
            if (!IsItemLine(lines[i], marker))
            {
                items = null;
                return false;
            }

            string item = lines[i++];
            string indent = new(' ', marker.Length);
            var details = new List<string>();
            while (i < end && lines[i].Length > 0)
            {
                if (!lines[i].StartsWith(indent, StringComparison.Ordinal) || !IsItemLine(lines[i][indent.Length..], "- "))
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

    /// <summary>The text has no carriage return, no other control character than the newline and the tab, no BOM, and ends with one newline.</summary>
    private static bool IsPlainText(string text)
    {
        if (text.Length < 2 || text[^1] != '\n' || text[0] == '\uFEFF')
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < ' ' && c != '\n' && c != '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An ATX H1: <c># </c> and the title.</summary>
    private static bool IsTitle(string line) => line.StartsWith("# ", StringComparison.Ordinal);

    /// <summary>
    /// A list item line with <paramref name="marker"/> at its start and text Markdown reads as the item's first
    /// paragraph and nothing more: no other block opens in it, and it names no header field.
    /// </summary>
    private static bool IsItemLine(string line, string marker)
    {
        if (!line.StartsWith(marker, StringComparison.Ordinal) || line.Length == marker.Length || IsThematicBreak(line))
        {
            return false;
        }

        string text = line[marker.Length..];
        return !OpensBlock(text) && !HeaderExtractor.NamesHeaderKey(text);
    }

    /// <summary>A line of a summary paragraph: no other block opens in it, it ends no paragraph as an underline, and it names no header field.</summary>
    private static bool IsPlainLine(string line) =>
        !OpensBlock(line) && line[0] is not ('#' or '=') && !IsThematicBreak(line)
        && line[^1] is not (' ' or '\t') && !HeaderExtractor.NamesHeaderKey(line);

    /// <summary>
    /// True when text at the start of a line (or of an item's content) could open a block of its own: indentation, a
    /// list marker, a block quote, a code fence, HTML, or a link reference definition.
    /// </summary>
    private static bool OpensBlock(string text)
    {
        char c = text[0];
        if (c is ' ' or '\t' or '>' or '<')
        {
            return true;
        }

        if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
        {
            return true;
        }

        if (c == '[' && text.Contains("]:", StringComparison.Ordinal))
        {
            return true;
        }

        if (c is '-' or '*' or '+')
        {
            return text.Length == 1 || text[1] is ' ' or '\t';
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t');
    }

    /// <summary>A thematic break (<c>---</c>, <c>* * *</c>) or a setext underline made of dashes.</summary>
    private static bool IsThematicBreak(string line)
    {
        char mark = '\0';
        int count = 0;
        foreach (char c in line)
        {
            if (c is ' ' or '\t')
            {
                continue;
            }

            if (c is not ('-' or '*' or '_' or '=') || (mark != '\0' && c != mark))
            {
                return false;
            }

            mark = c;
            count++;
        }

        return count > 0 && (count >= 3 || mark is '-' or '=');
    }
}
