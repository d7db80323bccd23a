using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Reads a handoff file into a <see cref="Handoff"/>. Canonical files read back exactly (render ∘ parse is the
/// identity); other files are read tolerantly: sections map by meaning, and what maps to nothing is kept in
/// <see cref="Handoff.OtherSections"/> and <see cref="Handoff.Fields"/>.
/// </summary>
public static class HandoffParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads and parses a file: with <see cref="CanonicalReader"/> when it is canonical, else with Markdig, keeping
    /// nothing for the linter. A file that is not UTF-8 text fails with <c>HandoffUnreadable</c>.
    /// </summary>
    public static Handoff ReadFile(string path) => ReadHandoff(path, out _);

    /// <summary><see cref="ReadFile"/>, with where the header's values came from.</summary>
    internal static Handoff ReadHandoff(string path, out HeaderOrigins origins)
    {
        string text = ReadText(path);
        HeaderOrigins found = HeaderOrigins.None;
        Handoff handoff = Parsing(path, () => ParseHandoff(text, Path.GetFileName(path), out found));
        origins = found;
        handoff.Path = Path.GetFullPath(path);
        return handoff;
    }

    /// <summary>Decodes file bytes as UTF-8 (a BOM is allowed and dropped); invalid UTF-8 throws.</summary>
    public static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return StrictUtf8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>
    /// Parses handoff Markdown (with <see cref="CanonicalReader"/> when it is canonical, else with Markdig).
    /// <paramref name="fileName"/> supplies the date when the header lacks it.
    /// </summary>
    public static Handoff Parse(string markdown, string? fileName = null) => ParseHandoff(markdown, fileName, out _);

    /// <summary>The date a file's handoff has (<see cref="Handoff.Date"/>): from its header lines when they settle it, else from the whole file.</summary>
    internal static DateTime? ReadDate(string path)
    {
        string text = ReadText(path);
        string name = Path.GetFileName(path);
        return CanonicalReader.TryReadDate(text, name, out DateTime? date) ? date : Parsing(path, () => ParseHandoff(text, name, out _).Date);
    }

    private static Handoff ParseHandoff(string markdown, string? fileName, out HeaderOrigins origins)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (CanonicalReader.TryRead(markdown, fileName, out Handoff? handoff, out origins))
        {
            return handoff;
        }

        HandoffDocument document = ParseMarkdig(markdown, fileName, lint: false);
        origins = document.Origins;
        return document.Handoff;
    }

    /// <summary>
    /// Reads and parses a file, keeping what the linter needs (lines, fields, sections). Only a regular file is read,
    /// up to <see cref="HandoffLimits.MaxFileBytes"/> (<see cref="RegularFile"/>); every failure is a
    /// <see cref="HandoffException"/> naming the file (<see cref="ParseBytes"/>).
    /// </summary>
    public static HandoffDocument ReadDocument(string path)
    {
        HandoffDocument document = ParseBytes(RegularFile.ReadAllBytes(path, HandoffLimits.MaxFileBytes), path);
        document.Handoff.Path = Path.GetFullPath(path);
        return document;
    }

    /// <summary>
    /// Parses the bytes of a handoff file named <paramref name="path"/> (its name supplies the date when the header
    /// lacks it), keeping what the linter needs. Every failure is a <see cref="HandoffException"/> naming it
    /// (<see cref="Text"/>, and <c>HandoffUnreadable</c> for anything the parser could not take).
    /// </summary>
    public static HandoffDocument ParseBytes(byte[] bytes, string path)
    {
        string text = Text(bytes, path);
        return Parsing(path, () => ParseDocument(text, Path.GetFileName(path)));
    }

    /// <summary>A file's text, read as <see cref="ReadDocument"/> reads it (a regular file, up to the size cap).</summary>
    private static string ReadText(string path) => Text(RegularFile.ReadAllBytes(path, HandoffLimits.MaxFileBytes), path);

    /// <summary>
    /// The text of a handoff file's bytes: <c>HandoffTooLarge</c> above <see cref="HandoffLimits.MaxFileBytes"/>;
    /// <c>HandoffUnreadable</c> for bytes that are not UTF-8 text (a BOM is dropped), hold a NUL, or nest deeper than
    /// <see cref="HandoffLimits.MaxNestingDepth"/>.
    /// </summary>
    private static string Text(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > HandoffLimits.MaxFileBytes)
        {
            throw RegularFile.TooLarge(path, bytes.Length, HandoffLimits.MaxFileBytes);
        }

        string text;
        try
        {
            text = Decode(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw Unreadable(path, ex.Message, ex);
        }

        if (text.IndexOf('\0') >= 0)
        {
            throw Unreadable(path, "it contains NUL characters, so it is not a text file", null);
        }

        if (MarkdownLimits.TooDeep(text) is string deep)
        {
            throw Unreadable(path, deep, null);
        }

        return text;
    }

    /// <summary>Runs a parse of <paramref name="path"/>'s text; what the parser throws becomes <c>HandoffUnreadable</c>.</summary>
    private static T Parsing<T>(string path, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            throw Unreadable(path, TextRules.SingleLine(ex.Message).TrimEnd('.'), ex);
        }
    }

    /// <summary>Parses handoff Markdown into a <see cref="HandoffDocument"/>, with Markdig, keeping what the linter needs.</summary>
    public static HandoffDocument ParseDocument(string markdown, string? fileName = null) => ParseMarkdig(markdown, fileName, lint: true);

    /// <summary>The Markdig path; without <paramref name="lint"/>, what only the linter reads (every heading) is not gathered.</summary>
    private static HandoffDocument ParseMarkdig(string markdown, string? fileName, bool lint)
    {
        bool hasBom = markdown.Length > 0 && markdown[0] == '\uFEFF';
        bool hasCrlf = markdown.Contains('\r', StringComparison.Ordinal);
        string text = markdown.Replace("\r\n", "\n").Replace('\r', '\n');
        if (hasBom)
        {
            text = text[1..];
        }

        MarkdownDocument doc = Markdig.Markdown.Parse(text, MarkdigPipeline.Instance);
        var reader = new HandoffReader(text, fileName);
        IReadOnlyList<DocumentLine> headings = lint
            ? doc.Descendants<HeadingBlock>().Select(h => new DocumentLine(MarkdownSource.Inline(text, h), h.Line + 1, h.Level)).ToList()
            : Array.Empty<DocumentLine>();
        // Link reference definitions are gathered by Markdig into a group of their own: the ones at the top level
        // are put back in their place, so that their text stays in the raw Markdown of the section that holds
        // them (one at the end of a section was lost).
        var blocks = doc.Where(b => b is not LinkReferenceDefinitionGroup).ToList();
        IEnumerable<Block> definitions = doc.OfType<LinkReferenceDefinitionGroup>().SelectMany(g => g)
            .Where(d => d.Span.Length > 0 && !blocks.Any(b => d.Span.Start >= b.Span.Start && d.Span.Start <= b.Span.End));
        blocks = blocks.Concat(definitions).OrderBy(b => b.Span.Start).ToList();

        // YAML front matter: its keys are header fields; its text is not kept when it reads as YAML.
        IReadOnlyList<FrontMatterEntry> frontMatter = Array.Empty<FrontMatterEntry>();
        if (blocks.Count > 0 && blocks[0] is YamlFrontMatterBlock yaml)
        {
            frontMatter = FrontMatter.Read(yaml.Lines.ToString(), yaml.Line + 2);
            if (frontMatter.Count > 0)
            {
                blocks.RemoveAt(0);
            }
        }

        // A file without an H1 whose first heading is an H2 that reads as a title (it names a handoff or
        // session, or holds a date, and is no known section) has that H2 as its title.
        Block? h2Title = null;
        if (!blocks.Any(b => b is HeadingBlock { Level: 1 } h1 && HasText(text, h1))
            && blocks.FirstOrDefault(b => b is not HtmlBlock) is HeadingBlock { Level: 2 } firstH2
            && TitleText.LooksLikeTitle(MarkdownSource.Inline(text, firstH2)))
        {
            h2Title = firstH2;
        }

        // The preamble: everything before the first section heading (H2, or an H1 after the title).
        int i = 0;
        bool titleSeen = false;
        string? title = null;
        DocumentLine? titleLine = null;
        Block? titleBlock = null;
        var preamble = new List<Block>();
        while (i < blocks.Count && (ReferenceEquals(blocks[i], h2Title) || !IsSectionHeading(text, blocks[i], titleSeen)))
        {
            if (!titleSeen && ((blocks[i] is HeadingBlock { Level: 1 } h1 && HasText(text, h1)) || ReferenceEquals(blocks[i], h2Title)))
            {
                var titleHeading = (HeadingBlock)blocks[i];
                title = MarkdownSource.Inline(text, titleHeading);
                titleLine = new DocumentLine(MarkdownSource.Slice(text, titleHeading).Split('\n')[0], titleHeading.Line + 1, titleHeading.Level);
                titleBlock = titleHeading;
                titleSeen = true;
            }
            else
            {
                preamble.Add(blocks[i]);
            }

            i++;
        }

        bool namedInFrontMatter = frontMatter.Any(e => TitleText.FrontMatterNames.Contains(e.Key.ToLowerInvariant()));
        reader.ReadPreamble(preamble, ref title, firstLineMayBeTitle: !namedInFrontMatter);
        int titleLineNumber = titleLine?.Line ?? (title is null ? 0 : preamble.OfType<ParagraphBlock>().FirstOrDefault()?.Line + 1 ?? 0);

        while (i < blocks.Count)
        {
            var heading = (HeadingBlock)blocks[i];
            i++;
            var body = new List<Block>();
            while (i < blocks.Count && !IsSectionHeading(text, blocks[i], true))
            {
                body.Add(blocks[i]);
                i++;
            }

            int endLine = i < blocks.Count ? blocks[i].Line : text.AsSpan().Count('\n') + 1;
            reader.ReadSection(MarkdownSource.Inline(text, heading), heading.Line + 1, endLine, body);
        }

        HeaderReading header = HeaderExtractor.Read(text, blocks, titleBlock, title, titleLineNumber, frontMatter, fileName);
        Handoff handoff = reader.Finish(title, titleLineNumber, header, frontMatter, out HeaderOrigins origins);
        return new HandoffDocument(handoff, text, hasBom, hasCrlf, titleLine, reader.Fields, reader.Sections, headings) { Origins = origins };
    }

    /// <summary>Holds the Markdig pipeline: Markdig is loaded on the first file that needs it, not by the line scanner's reads.</summary>
    private static class MarkdigPipeline
    {
        internal static readonly MarkdownPipeline Instance = MarkdownSource.BlocksOnly(frontMatter: true);
    }

    private static HandoffException Unreadable(string path, string why, Exception? inner) =>
        new("HandoffUnreadable", HandoffErrorKind.ReadError, $"Cannot read handoff '{path}': {why}.", path, inner);

    /// <summary>
    /// An H2, or an H1 after the title, that has text: an empty heading (<c>## </c>, <c>#</c>) names no section and stays
    /// in the text of the one it stands in (as a section with an empty heading it would be taken for the preamble).
    /// </summary>
    private static bool IsSectionHeading(string text, Block block, bool titleSeen) =>
        block is HeadingBlock { Level: 1 or 2 } h && (h.Level == 2 || titleSeen) && HasText(text, h);

    /// <summary>True when a heading has text (<c>## </c> and <c>#</c> alone have none).</summary>
    internal static bool HasText(string text, HeadingBlock heading) => MarkdownSource.Inline(text, heading).Length > 0;
}
