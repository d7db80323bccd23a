using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace HandoffPS.Core;

/// <summary>
/// Reads a handoff file into a <see cref="Handoff"/>. Canonical files read back exactly (render ∘ parse is the
/// identity); other files are read tolerantly: sections map by meaning, and what maps to nothing is kept in
/// <see cref="Handoff.OtherSections"/> and <see cref="Handoff.Fields"/>.
/// </summary>
public static partial class HandoffParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses a file. A file that is not UTF-8 text fails with <c>HandoffUnreadable</c>.</summary>
    public static Handoff ReadFile(string path)
    {
        string text;
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            text = Decode(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw Unreadable(path, ex.Message, ex);
        }

        if (text.IndexOf('\0') >= 0)
        {
            throw Unreadable(path, "it contains NUL characters, so it is not a text file", null);
        }

        Handoff handoff = Parse(text, Path.GetFileName(path));
        handoff.Path = Path.GetFullPath(path);
        return handoff;
    }

    /// <summary>Decodes file bytes as UTF-8 (a BOM is allowed and dropped); invalid UTF-8 throws.</summary>
    public static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return StrictUtf8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>Parses handoff Markdown. <paramref name="fileName"/> supplies the date when the header lacks it.</summary>
    public static Handoff Parse(string markdown, string? fileName = null)
    {
        string text = markdown.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        MarkdownDocument doc = Markdown.Parse(text, Pipeline);
        var handoff = new Handoff { FileName = fileName };
        var header = new HeaderFields();
        var other = new List<HandoffSection>();
        var completed = new List<string>();
        var priorities = new List<Priority>();
        var blockers = new List<Blocker>();
        var decisions = new List<string>();
        var keyFiles = new List<KeyFile>();
        var references = new List<string>();
        string? summary = null;
        bool titleSeen = false;

        // Split the document at its section headings (H2, and any H1 after the title).
        int i = 0;
        var blocks = doc.ToList();
        var preamble = new List<Block>();
        while (i < blocks.Count && !IsSectionHeading(blocks[i], titleSeen))
        {
            if (!titleSeen && blocks[i] is HeadingBlock { Level: 1 } h1)
            {
                handoff.Description = TitleToDescription(Inline(text, h1));
                titleSeen = true;
            }
            else
            {
                preamble.Add(blocks[i]);
            }

            i++;
        }

        foreach (Block b in preamble)
        {
            header.AddFrom(text, b);
        }

        while (i < blocks.Count)
        {
            var heading = (HeadingBlock)blocks[i];
            i++;
            var body = new List<Block>();
            while (i < blocks.Count && !IsSectionHeading(blocks[i], true))
            {
                body.Add(blocks[i]);
                i++;
            }

            string title = Inline(text, heading);
            switch (SectionClassifier.Classify(title))
            {
                case SectionKind.Summary when summary is null:
                    summary = Raw(text, body);
                    break;
                case SectionKind.CompletedWork:
                    completed.AddRange(ListItems(text, body).Select(StripDoneMark));
                    break;
                case SectionKind.NextPriorities:
                    priorities.AddRange(ReadPriorities(text, body, priorities.Count));
                    break;
                case SectionKind.Blockers:
                    blockers.AddRange(ListItems(text, body).Select(ReadBlocker));
                    break;
                case SectionKind.Context:
                    ReadContext(text, body, decisions, keyFiles, references);
                    break;
                default:
                    other.Add(new HandoffSection(title, Raw(text, body) ?? string.Empty));
                    break;
            }
        }

        handoff.Summary = summary;
        handoff.CompletedWork = completed.Where(s => s.Length > 0).ToArray();
        handoff.NextPriorities = priorities.ToArray();
        handoff.Blockers = blockers.Where(b => b.Text.Length > 0 || b.Category is not null).ToArray();
        handoff.Decisions = decisions.ToArray();
        handoff.KeyFiles = keyFiles.Where(k => k.Path.Length > 0).ToArray();
        handoff.References = references.ToArray();
        handoff.OtherSections = other.ToArray();
        header.ApplyTo(handoff);
        return handoff;
    }

    private static HandoffException Unreadable(string path, string why, Exception? inner) =>
        new("HandoffUnreadable", HandoffErrorKind.ReadError, $"Cannot read handoff '{path}': {why}.", path, inner);

    private static bool IsSectionHeading(Block block, bool titleSeen) =>
        block is HeadingBlock { Level: 2 } || (titleSeen && block is HeadingBlock { Level: 1 });

    internal static string TitleToDescription(string title)
    {
        string t = title.Trim();
        Match m = TitlePrefix().Match(t);
        if (m.Success && m.Length < t.Length)
        {
            t = t[m.Length..];
        }

        return TextRules.SingleLine(t);
    }

    /// <summary>The source text of a block's inline content, on one line.</summary>
    private static string Inline(string text, LeafBlock block)
    {
        if (block is HeadingBlock heading)
        {
            string line = Slice(text, heading).Split('\n')[0];
            return TextRules.SingleLine(AtxMarks().Replace(line, string.Empty));
        }

        return TextRules.SingleLine(Slice(text, block));
    }

    internal static string Slice(string text, Block block)
    {
        int start = Math.Clamp(block.Span.Start, 0, text.Length);
        int end = Math.Clamp(block.Span.End + 1, start, text.Length);
        return text[start..end];
    }

    /// <summary>The raw Markdown of a run of blocks, from the first to the last, trimmed; null when empty.</summary>
    private static string? Raw(string text, List<Block> body)
    {
        if (body.Count == 0)
        {
            return null;
        }

        int start = Math.Clamp(body[0].Span.Start, 0, text.Length);
        int end = Math.Clamp(body[^1].Span.End + 1, start, text.Length);
        string raw = text[start..end].Trim('\n', ' ');
        return raw.Length == 0 ? null : raw;
    }

    /// <summary>The first-paragraph text of every item in every list of the section (nested lists excluded).</summary>
    private static IEnumerable<string> ListItems(string text, List<Block> body)
    {
        foreach (Block block in body)
        {
            if (block is ListBlock list)
            {
                foreach (ListItemBlock item in list.OfType<ListItemBlock>())
                {
                    yield return ItemText(text, item);
                }
            }
        }
    }

    /// <summary>
    /// The source text of a list item without its marker: its first line, or its whole first paragraph when
    /// the item opens with one. Taking the source rather than Markdig's reading keeps an item such as
    /// <c>- # not a heading</c> or <c>- - dash</c> exactly as written.
    /// </summary>
    private static string ItemText(string text, ListItemBlock item)
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

        return TextRules.UnescapeItem(TextRules.SingleLine(ListMarker().Replace(text[start..end], string.Empty, 1)));
    }

    private static string StripDoneMark(string item)
    {
        Match m = DoneMark().Match(item);
        return m.Success ? item[m.Length..] : item;
    }

    private static IEnumerable<Priority> ReadPriorities(string text, List<Block> body, int already)
    {
        int rank = already;
        foreach (Block block in body)
        {
            if (block is not ListBlock list)
            {
                continue;
            }

            foreach (ListItemBlock item in list.OfType<ListItemBlock>())
            {
                string line = StripDoneMark(ItemText(text, item));
                if (line.Length == 0)
                {
                    continue;
                }

                var details = item.Skip(1).OfType<ListBlock>()
                    .SelectMany(sub => sub.OfType<ListItemBlock>())
                    .Select(sub => ItemText(text, sub))
                    .Where(d => d.Length > 0)
                    .ToList();
                rank++;
                Match m = BoldTitle().Match(line);
                yield return m.Success
                    ? new Priority(rank, m.Groups["t"].Value, m.Groups["r"].Success ? m.Groups["r"].Value : null, details)
                    : new Priority(rank, line, null, details);
            }
        }
    }

    private static Blocker ReadBlocker(string item)
    {
        Match m = BoldCategory().Match(item);
        return m.Success ? new Blocker(m.Groups["c"].Value, m.Groups["t"].Value) : new Blocker(null, item);
    }

    private static void ReadContext(string text, List<Block> body, List<string> decisions, List<KeyFile> keyFiles, List<string> references)
    {
        string label = string.Empty;
        foreach (Block block in body)
        {
            if (block is ParagraphBlock p)
            {
                label = SectionClassifier.Normalize(Inline(text, p));
            }
            else if (block is HeadingBlock h)
            {
                label = SectionClassifier.Normalize(Inline(text, h));
            }
            else if (block is ListBlock list)
            {
                foreach (ListItemBlock item in list.OfType<ListItemBlock>())
                {
                    string value = ItemText(text, item);
                    if (value.Length == 0)
                    {
                        continue;
                    }

                    if (label.StartsWith("key files", StringComparison.Ordinal) || label == "files")
                    {
                        keyFiles.Add(ReadKeyFile(value));
                    }
                    else if (label.StartsWith("reference", StringComparison.Ordinal))
                    {
                        references.Add(value);
                    }
                    else
                    {
                        decisions.Add(value);
                    }
                }
            }
        }
    }

    private static KeyFile ReadKeyFile(string item)
    {
        Match m = CodePath().Match(item);
        return m.Success
            ? new KeyFile(m.Groups["p"].Value, m.Groups["d"].Success ? m.Groups["d"].Value : null)
            : KeyFile.FromText(item);
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:session\s+handoff|handoff)\b\s*(?::|—|–|-)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?=\s|$)|\s+#+\s*$")]
    private static partial Regex AtxMarks();

    [GeneratedRegex(@"^(?:✅\uFE0F?\s*|\[[xX]\]\s*)")]
    private static partial Regex DoneMark();

    [GeneratedRegex(@"^\*\*(?<t>.+?)\*\*(?:\s+\((?<r>.*)\))?$")]
    private static partial Regex BoldTitle();

    [GeneratedRegex(@"^\*\*(?<c>[^*]+?)(?::\*\*|\*\*:)\s*(?<t>.*)$")]
    private static partial Regex BoldCategory();

    [GeneratedRegex(@"^`(?<p>[^`]+)`(?:\s+[-–—:]\s+(?<d>.*))?$")]
    private static partial Regex CodePath();
}
