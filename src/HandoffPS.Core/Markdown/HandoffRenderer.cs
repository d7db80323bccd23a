using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Renders a <see cref="Handoff"/> as the canonical Markdown file: the seed template's shape, sections without
/// content left out, <c>\n</c> line endings, one final newline. What a hand-written file held beyond the
/// template (extra header fields, a time zone, unmapped sections) is rendered too, so converting loses nothing.
/// </summary>
public static class HandoffRenderer
{
    /// <summary>How many times, at most, text that does not read back as itself is read and converted again.</summary>
    private const int Rounds = 3;

    /// <summary>
    /// The canonical Markdown of <paramref name="handoff"/>. What a hand-written file held beyond the template (its
    /// sections that map to nothing, its text before the first section) is written as it was, unless the result would
    /// read back as something else (its lines taken for header fields or sections once moved): then each such part is
    /// written as a fenced code block, so that converting the result again gives the same text. A kept heading stays a
    /// heading, though, and one that holds a date may come into the header's reach once conversion has moved the
    /// sections before it (<c>## Where things stand (2026-10-05)</c>, read as the date of a handoff that had none):
    /// then the text is read and converted again, so that its header states what the converted file says.
    /// </summary>
    public static string Render(Handoff handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        string text = RenderOnce(handoff, out Handoff? readBack);
        for (int round = 0; readBack is not null && round < Rounds; round++)
        {
            text = RenderOnce(readBack, out readBack);
        }

        return text;
    }

    /// <summary>
    /// The text of <paramref name="handoff"/>, its unmapped parts fenced when need be; <paramref name="readBack"/> is
    /// null when the text reads back as itself, else the handoff it reads back as.
    /// </summary>
    private static string RenderOnce(Handoff handoff, out Handoff? readBack)
    {
        string text = Render(handoff, fence: false);
        readBack = null;
        if ((handoff.OtherSections.Length == 0 && handoff.Fields.Count == 0) || ReadsBack(text, handoff.FileName, out _))
        {
            return text;
        }

        text = Render(handoff, fence: true);
        ReadsBack(text, handoff.FileName, out readBack);
        return text;
    }

    /// <summary>
    /// True when <paramref name="text"/>, read and rendered again, is <paramref name="text"/>; else
    /// <paramref name="read"/> is what it reads as (null when it cannot be read).
    /// </summary>
    private static bool ReadsBack(string text, string? fileName, out Handoff? read)
    {
        read = null;
        try
        {
            Handoff again = HandoffParser.Parse(text, fileName);
            if (string.Equals(Render(again, fence: false), text, StringComparison.Ordinal))
            {
                return true;
            }

            read = again;
            return false;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    /// <summary>Raw Markdown as a fenced code block, its fence longer than any run of backticks in it.</summary>
    private static string Fenced(string markdown)
    {
        int longest = 0;
        int run = 0;
        foreach (char c in markdown)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        string fence = new('`', Math.Max(3, longest + 1));
        return fence + "\n" + markdown + "\n" + fence;
    }

    private static string Render(Handoff handoff, bool fence)
    {
        var w = new StringBuilder(1024);

        // Front matter the reader could not read as YAML stays front matter: first in the file.
        HandoffSection? frontMatter = handoff.OtherSections.FirstOrDefault(o => o.Heading.Length == 0 && IsFrontMatter(o.Markdown));
        if (frontMatter is not null)
        {
            w.Append(frontMatter.Markdown).Append("\n\n");
        }

        w.Append("# ").Append(HandoffTemplate.TitlePrefix).Append(TextRules.EscapeTitle(Md(handoff.Description))).Append('\n');

        (List<string> header, List<string> asText) = HeaderWriter.Lines(handoff, fence);
        if (header.Count > 0)
        {
            w.Append('\n');
            foreach (string line in header)
            {
                w.Append(line).Append('\n');
            }
        }

        if (asText.Count > 0)
        {
            w.Append('\n').Append(Fenced(string.Join('\n', asText))).Append('\n');
        }

        // Text that stood between the header and the first section of a hand-written file.
        foreach (HandoffSection preamble in handoff.OtherSections.Where(o => o.Heading.Length == 0 && o.Markdown.Length > 0 && !ReferenceEquals(o, frontMatter)))
        {
            w.Append('\n').Append(fence ? Fenced(preamble.Markdown) : preamble.Markdown).Append('\n');
        }

        string? summary = TextRules.Block(handoff.Summary);
        if (summary is not null)
        {
            Section(w, HandoffTemplate.Summary.Heading);
            w.Append(TextRules.EscapeBlock(summary)).Append('\n');
        }

        string[] completed = Lines(handoff.CompletedWork);
        if (completed.Length > 0)
        {
            Section(w, HandoffTemplate.CompletedWork.Heading);
            foreach (string item in completed)
            {
                w.Append("- ✅ ").Append(Md(item)).Append('\n');
            }
        }

        Priority[] priorities = handoff.NextPriorities.Where(p => p.Title.Length > 0).ToArray();
        if (priorities.Length > 0)
        {
            Section(w, HandoffTemplate.NextPriorities.Heading);
            for (int i = 0; i < priorities.Length; i++)
            {
                Priority p = priorities[i];
                if (i > 0)
                {
                    w.Append('\n');
                }

                string number = (i + 1).ToString(CultureInfo.InvariantCulture) + ". ";
                // The whole line is escaped at once: the reader unescapes the item as one text, and a code
                // span opened in the title must be seen the same way on both sides.
                string line = "**" + TextRules.EscapeLabel(TextRules.SingleLine(p.Title)) + "**" + (p.Reason is null ? string.Empty : " (" + p.Reason + ")");
                w.Append(number).Append(TextRules.EscapeInline(line));
                w.Append('\n');
                string indent = new(' ', number.Length);
                foreach (string detail in p.Details)
                {
                    w.Append(indent).Append("- ").Append(TextRules.EscapeItem(Md(detail))).Append('\n');
                }
            }
        }

        Blocker[] blockers = handoff.Blockers.Where(b => b.Text.Length > 0).ToArray();
        if (blockers.Length > 0)
        {
            Section(w, HandoffTemplate.Blockers.Heading);
            foreach (Blocker b in blockers)
            {
                w.Append("- ");
                w.Append(b.Category is null
                    ? TextRules.EscapeItem(TextRules.EscapeInline(TextRules.EscapeLeading(TextRules.SingleLine(b.Text), ItemText.HasCategory)))
                    : TextRules.EscapeInline("**" + TextRules.EscapeLabel(b.Category) + "**: " + b.Text)).Append('\n');
            }
        }

        string[] decisions = Lines(handoff.Decisions);
        KeyFile[] keyFiles = handoff.KeyFiles.Where(k => k.Path.Length > 0).ToArray();
        string[] references = Lines(handoff.References);
        if (decisions.Length > 0 || keyFiles.Length > 0 || references.Length > 0)
        {
            Section(w, HandoffTemplate.Context.Heading);
            bool first = true;
            ContextList(w, HandoffTemplate.Decisions.Heading, decisions, s => s, ref first);
            ContextList(w, HandoffTemplate.KeyFiles.Heading, keyFiles, FormatKeyFile, ref first);
            ContextList(w, HandoffTemplate.References.Heading, references, s => s, ref first);
        }

        // Sections of a hand-written file that map to no part of the template, kept as they were.
        foreach (HandoffSection other in handoff.OtherSections.Where(o => o.Heading.Length > 0))
        {
            w.Append("\n## ").Append(TextRules.SingleLine(other.Heading)).Append('\n');
            if (other.Markdown.Length > 0)
            {
                w.Append('\n').Append(fence ? Fenced(other.Markdown) : other.Markdown).Append('\n');
            }
        }

        return w.ToString();
    }

    /// <summary>Text shaped as front matter: a <c>---</c> line, lines, and a closing <c>---</c> or <c>...</c> line.</summary>
    private static bool IsFrontMatter(string markdown) =>
        markdown.StartsWith("---\n", StringComparison.Ordinal) && (markdown.EndsWith("\n---", StringComparison.Ordinal) || markdown.EndsWith("\n...", StringComparison.Ordinal));

    /// <summary>The items of a plain list, on one line each, empty ones left out.</summary>
    private static string[] Lines(string[] items) =>
        items.Select(TextRules.SingleLine).Where(s => s.Length > 0).ToArray();

    /// <summary>A single-line value as lint-clean Markdown (<see cref="TextRules.EscapeInline"/>).</summary>
    private static string Md(string? value) => TextRules.EscapeInline(TextRules.SingleLine(value));

    private static string FormatKeyFile(KeyFile k) =>
        k.Description is null ? TextRules.CodeSpan(k.Path) : $"{TextRules.CodeSpan(k.Path)} - {k.Description}";

    private static void Section(StringBuilder w, string heading) =>
        w.Append("\n## ").Append(heading).Append("\n\n");

    private static void ContextList<T>(StringBuilder w, string label, IReadOnlyList<T> items, Func<T, string> format, ref bool first)
    {
        if (items.Count == 0)
        {
            return;
        }

        if (!first)
        {
            w.Append('\n');
        }

        first = false;
        w.Append("**").Append(label).Append("**:\n\n");
        foreach (T item in items)
        {
            w.Append("- ").Append(TextRules.EscapeItem(Md(format(item)))).Append('\n');
        }
    }
}
