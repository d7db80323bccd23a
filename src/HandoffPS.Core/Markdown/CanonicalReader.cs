using System;
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

    /// <summary>
    /// Reads <paramref name="text"/> (a file's decoded text) when it is in the canonical shape; false, with nothing
    /// read, when it is not or when this reader is not sure of it.
    /// </summary>
    public static bool TryRead(string text, string? fileName, [NotNullWhen(true)] out Handoff? handoff, out HeaderOrigins origins)
    {
        handoff = null;
        origins = HeaderOrigins.None;
        if (!TemplateHeadingsAreInert || !CanonicalLines.IsPlainText(text))
        {
            return false;
        }

        string[] lines = text.Split('\n');
        int n = lines.Length - 1; // the text ends with a newline: the last element is empty
        if (lines[n - 1].Length == 0 || !CanonicalLines.IsTitle(lines[0]))
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

            if (!CanonicalSections.ReadSection(HandoffTemplate.Sections[section], lines, start, end, reader))
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
}
