using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Reads a handoff file into a <see cref="Handoff"/>. Canonical files read back exactly (render ∘ parse is the
/// identity); other files are read tolerantly: sections map by meaning, and what maps to nothing is kept in
/// <see cref="Handoff.OtherSections"/> and <see cref="Handoff.Fields"/>.
/// </summary>
public static partial class HandoffParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().Build();

    /// <summary>Front matter keys that name the session: the description when the title gives none.</summary>
    private static readonly string[] FrontMatterNames = { "title", "topic", "name", "subject" };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses a file. A file that is not UTF-8 text fails with <c>HandoffUnreadable</c>.</summary>
    public static Handoff ReadFile(string path) => ReadDocument(path).Handoff;

    /// <summary>Decodes file bytes as UTF-8 (a BOM is allowed and dropped); invalid UTF-8 throws.</summary>
    public static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return StrictUtf8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>Parses handoff Markdown. <paramref name="fileName"/> supplies the date when the header lacks it.</summary>
    public static Handoff Parse(string markdown, string? fileName = null) => ParseDocument(markdown, fileName).Handoff;

    /// <summary>Reads and parses a file, keeping what the linter needs (lines, fields, sections).</summary>
    public static HandoffDocument ReadDocument(string path)
    {
        string text;
        try
        {
            text = Decode(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw Unreadable(path, ex.Message, ex);
        }

        if (text.IndexOf('\0') >= 0)
        {
            throw Unreadable(path, "it contains NUL characters, so it is not a text file", null);
        }

        HandoffDocument document = ParseDocument(text, Path.GetFileName(path));
        document.Handoff.Path = Path.GetFullPath(path);
        return document;
    }

    /// <summary>Parses handoff Markdown into a <see cref="HandoffDocument"/>.</summary>
    public static HandoffDocument ParseDocument(string markdown, string? fileName = null)
    {
        bool hasBom = markdown.Length > 0 && markdown[0] == '\uFEFF';
        bool hasCrlf = markdown.Contains('\r', StringComparison.Ordinal);
        string text = markdown.Replace("\r\n", "\n").Replace('\r', '\n');
        if (hasBom)
        {
            text = text[1..];
        }

        MarkdownDocument doc = Markdig.Markdown.Parse(text, Pipeline);
        var reader = new Reader(text, fileName);
        var headings = doc.Descendants<HeadingBlock>()
            .Select(h => new DocumentLine(Inline(text, h), h.Line + 1, h.Level))
            .ToList();
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
        if (!blocks.Any(b => b is HeadingBlock { Level: 1 })
            && blocks.FirstOrDefault(b => b is not HtmlBlock) is HeadingBlock { Level: 2 } firstH2
            && LooksLikeTitle(Inline(text, firstH2)))
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
        while (i < blocks.Count && (ReferenceEquals(blocks[i], h2Title) || !IsSectionHeading(blocks[i], titleSeen)))
        {
            if (!titleSeen && (blocks[i] is HeadingBlock { Level: 1 } || ReferenceEquals(blocks[i], h2Title)))
            {
                var titleHeading = (HeadingBlock)blocks[i];
                title = Inline(text, titleHeading);
                titleLine = new DocumentLine(Slice(text, titleHeading).Split('\n')[0], titleHeading.Line + 1, titleHeading.Level);
                titleBlock = titleHeading;
                titleSeen = true;
            }
            else
            {
                preamble.Add(blocks[i]);
            }

            i++;
        }

        bool namedInFrontMatter = frontMatter.Any(e => FrontMatterNames.Contains(e.Key.ToLowerInvariant()));
        reader.ReadPreamble(preamble, ref title, firstLineMayBeTitle: !namedInFrontMatter);
        int titleLineNumber = titleLine?.Line ?? (title is null ? 0 : preamble.OfType<ParagraphBlock>().FirstOrDefault()?.Line + 1 ?? 0);

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

            int endLine = i < blocks.Count ? blocks[i].Line : text.Count(c => c == '\n') + 1;
            reader.ReadSection(Inline(text, heading), heading.Line + 1, endLine, body);
        }

        HeaderReading header = HeaderExtractor.Read(text, blocks, titleBlock, title, titleLineNumber, frontMatter, fileName);
        Handoff handoff = reader.Finish(title, titleLineNumber, header, frontMatter, out HeaderOrigins origins);
        return new HandoffDocument(handoff, text, hasBom, hasCrlf, titleLine, reader.Fields, reader.Sections, headings) { Origins = origins };
    }

    /// <summary>The state of one parse: what has been read so far, section by section.</summary>
    private sealed class Reader
    {
        private readonly string _text;
        private readonly string? _fileName;
        private readonly HeaderFields _header = new();
        private readonly List<HandoffSection> _other = new();
        private readonly List<string> _completed = new();
        private readonly List<Priority> _priorities = new();
        private readonly List<Blocker> _blockers = new();
        private readonly List<string> _decisions = new();
        private readonly List<KeyFile> _keyFiles = new();
        private readonly List<string> _references = new();
        private readonly List<DocumentSection> _sections = new();
        private readonly List<(string Name, string Suffix)> _suffixes = new();
        private string? _summary;

        public IReadOnlyList<DocumentField> Fields => _header.Fields;

        public IReadOnlyList<DocumentSection> Sections => _sections;

        public Reader(string text, string? fileName)
        {
            _text = text;
            _fileName = fileName;
        }

        public void ReadPreamble(List<Block> preamble, ref string? title, bool firstLineMayBeTitle)
        {
            var leftover = new List<Block>();
            foreach (Block b in preamble)
            {
                // A file without a Markdown title: its first plain line is the title, and the lines right under
                // it can be fields (checked before the fields, which would otherwise take the paragraph and drop
                // the title line).
                if (title is null && firstLineMayBeTitle && leftover.Count == 0 && b is ParagraphBlock p)
                {
                    string[] lines = Slice(_text, p).Split('\n');
                    if (!new HeaderFields().AddFrom(lines[0], 0))
                    {
                        title = TextRules.SingleLine(lines[0]);
                        for (int n = 1; n < lines.Length; n++)
                        {
                            _header.AddFrom(lines[n], p.Line + 1 + n);
                        }

                        continue;
                    }
                }

                if (b is ThematicBreakBlock || _header.AddFrom(_text, b, allowPlain: true))
                {
                    continue;
                }

                leftover.Add(b);
            }

            // Each block on its own: field lines between them are already read.
            string raw = string.Join("\n\n", leftover.Select(b => Raw(_text, new List<Block> { b })).OfType<string>());
            if (raw.Length > 0)
            {
                _other.Add(new HandoffSection(string.Empty, raw));
            }
        }

        public void ReadSection(string heading, int line, int endLine, List<Block> body)
        {
            SectionKind kind = SectionClassifier.Classify(heading);
            _sections.Add(new DocumentSection(heading, kind, line, Math.Max(line, endLine)));

            // A mapped heading with more after a separator ("Next Steps: Phase 2"): the rest is kept as a field.
            Match suffix = HeadingSuffix().Match(heading);
            if (kind != SectionKind.Other && suffix.Success && SectionClassifier.Classify(suffix.Groups["name"].Value) == kind)
            {
                string rest = suffix.Groups["rest"].Value.Trim();
                if (rest.Length > 0)
                {
                    _suffixes.Add((suffix.Groups["name"].Value.Trim(), rest));
                }
            }

            if (HeaderFields.IsFieldHeading(heading))
            {
                string? value = Raw(_text, body);
                if (value is not null)
                {
                    _header.Add(heading, value.Split('\n')[0], body[0].Line + 1);
                    return;
                }
            }

            switch (kind)
            {
                case SectionKind.Summary when _summary is null:
                    _summary = Raw(_text, body);
                    return;
                case SectionKind.CompletedWork:
                    _completed.AddRange(Items(body).Select(x => StripDoneMark(x.Text)));
                    return;
                case SectionKind.NextPriorities:
                    ReadPriorities(body);
                    return;
                case SectionKind.Blockers:
                    _blockers.AddRange(Items(body).Select(x => ReadBlocker(x.Text)));
                    return;
                case SectionKind.Context:
                    if (ReadContext(heading, body))
                    {
                        return;
                    }

                    break;
                case SectionKind.Decisions:
                    _decisions.AddRange(Items(body).Select(x => x.Text));
                    return;
                case SectionKind.KeyFiles:
                    _keyFiles.AddRange(Items(body).Select(x => ReadKeyFile(x.Text)));
                    return;
                case SectionKind.References:
                    _references.AddRange(Items(body).Select(x => x.Text));
                    return;
            }

            // Unmapped: kept whole. Checked task items in it still count as completed work, and a
            // "Branch and State" section still gives the branch.
            AddNew(_completed, Items(body).Where(x => x.Checked == true).Select(x => x.Text));
            if (SectionClassifier.Normalize(heading).Contains("branch", StringComparison.Ordinal))
            {
                foreach (Block b in body)
                {
                    _header.AddFrom(_text, b, allowPlain: true, knownOnly: true);
                }
            }

            _other.Add(new HandoffSection(heading, Raw(_text, body) ?? string.Empty));
        }

        public Handoff Finish(string? title, int titleLine, HeaderReading header, IReadOnlyList<FrontMatterEntry> frontMatter, out HeaderOrigins origins)
        {
            var handoff = new Handoff { FileName = _fileName };
            string description = TitleToDescription(title ?? string.Empty).Description;
            var descriptionOrigin = new HeaderOrigin(HeaderOriginKind.Title, null, titleLine);
            string? descriptionKey = null;
            if (description.Length == 0
                && frontMatter.FirstOrDefault(e => FrontMatterNames.Contains(e.Key.ToLowerInvariant())) is { } named
                && TitleToDescription(named.Value).Description is { Length: > 0 } fromYaml)
            {
                description = fromYaml;
                descriptionKey = named.Key;
                descriptionOrigin = new HeaderOrigin(HeaderOriginKind.FrontMatter, named.Key, named.Line);
            }

            if (description.Length == 0)
            {
                string? fromName = DescriptionFromFileName(_fileName);
                descriptionOrigin = fromName is null ? HeaderOrigin.None : new HeaderOrigin(HeaderOriginKind.FileName);
                description = fromName
                    ?? TextRules.SingleLineOrNull(title)
                    ?? TextRules.SingleLine(Path.GetFileNameWithoutExtension(_fileName ?? string.Empty));
            }

            handoff.Description = TextRules.UnescapeInline(description);
            handoff.Summary = _summary is null ? null : TextRules.UnescapeBlock(_summary);
            handoff.CompletedWork = _completed.Where(x => x.Length > 0).ToArray();
            handoff.NextPriorities = _priorities.Select((p, n) => p.WithRank(n + 1)).ToArray();
            handoff.Blockers = _blockers.Where(b => b.Text.Length > 0).ToArray();
            handoff.Decisions = _decisions.Where(x => x.Length > 0).ToArray();
            handoff.KeyFiles = _keyFiles.Where(k => k.Path.Length > 0).ToArray();
            handoff.References = _references.Where(x => x.Length > 0).ToArray();
            handoff.OtherSections = _other.ToArray();
            _header.ApplyTo(handoff, header, frontMatter, descriptionKey);
            foreach ((string name, string suffix) in _suffixes)
            {
                handoff.Fields.TryAdd(name, suffix);
            }

            origins = new HeaderOrigins(header.DateOrigin, header.TimeOrigin, header.BranchOrigin, descriptionOrigin);
            return handoff;
        }

        /// <summary>Adds the items not already in <paramref name="target"/> (checked items of a section kept whole).</summary>
        private static void AddNew(List<string> target, IEnumerable<string> items)
        {
            var before = new HashSet<string>(target, StringComparer.Ordinal);
            target.AddRange(items.Where(i => !before.Contains(i)));
        }

        private IEnumerable<Item> Items(List<Block> body) =>
            body.OfType<ListBlock>().SelectMany(list => list.OfType<ListItemBlock>()).Select(li => Item.From(_text, li));

        private void ReadPriorities(List<Block> body)
        {
            // Priorities written as sub-headings ("### 1. Optimize"), with their lists as details.
            if (body.Any(b => b is HeadingBlock))
            {
                Priority? current = null;
                var details = new List<string>();
                void Flush()
                {
                    if (current is not null)
                    {
                        _priorities.Add(new Priority(0, current.Title, current.Reason, current.Details.Concat(details)));
                    }

                    details.Clear();
                }

                foreach (Block b in body)
                {
                    if (b is HeadingBlock h)
                    {
                        Flush();
                        current = PriorityFrom(StripNumber(Inline(_text, h)), Array.Empty<string>());
                    }
                    else if (b is ListBlock list)
                    {
                        foreach (Item item in list.OfType<ListItemBlock>().Select(li => Item.From(_text, li)))
                        {
                            if (current is null)
                            {
                                AddPriorityItem(item);
                            }
                            else
                            {
                                details.Add(item.Text);
                            }
                        }
                    }
                }

                Flush();
                return;
            }

            foreach (Item item in Items(body))
            {
                AddPriorityItem(item);
            }
        }

        private void AddPriorityItem(Item item)
        {
            if (item.Checked == true)
            {
                _completed.Add(item.Text);
            }
            else if (item.Text.Length > 0)
            {
                _priorities.Add(PriorityFrom(item.Text, item.Details));
            }
        }

        private static Priority PriorityFrom(string line, IEnumerable<string> details)
        {
            Match m = BoldTitle().Match(line);
            return m.Success
                ? new Priority(0, m.Groups["t"].Value, m.Groups["r"].Success ? m.Groups["r"].Value : null, details)
                : new Priority(0, line, null, details);
        }

        /// <summary>Reads a Context section; returns false when part of it maps to nothing and the whole section must be kept.</summary>
        private bool ReadContext(string heading, List<Block> body)
        {
            // Items already read from an earlier section are not added again: a partly mapped Context
            // section is kept whole as well, and converting a file twice must give the same text.
            var earlierDecisions = new HashSet<string>(_decisions, StringComparer.Ordinal);
            var earlierReferences = new HashSet<string>(_references, StringComparer.Ordinal);
            var earlierKeyFiles = new HashSet<(string, string?)>(_keyFiles.Select(k => (k.Path, k.Description)));
            string label = SectionClassifier.Normalize(heading).Contains("files", StringComparison.Ordinal) ? "key files" : string.Empty;
            bool allMapped = true;
            foreach (Block block in body)
            {
                switch (block)
                {
                    case ParagraphBlock or HeadingBlock:
                        label = SectionClassifier.Normalize(Inline(_text, (LeafBlock)block));
                        allMapped &= IsKeyFileLabel(label) || ContextTarget(label) is not null;
                        break;
                    case ListBlock:
                        foreach (Item item in Items(new List<Block> { block }).Where(x => x.Text.Length > 0))
                        {
                            if (IsKeyFileLabel(label))
                            {
                                KeyFile k = ReadKeyFile(item.Text);
                                if (!earlierKeyFiles.Contains((k.Path, k.Description)))
                                {
                                    _keyFiles.Add(k);
                                }
                            }
                            else if (ContextTarget(label) is List<string> target)
                            {
                                if (!(ReferenceEquals(target, _decisions) ? earlierDecisions : earlierReferences).Contains(item.Text))
                                {
                                    target.Add(item.Text);
                                }
                            }
                            else
                            {
                                allMapped = false;
                            }
                        }

                        break;
                    case ThematicBreakBlock:
                        break;
                    default:
                        allMapped = false;
                        break;
                }
            }

            return allMapped;
        }

        private static bool IsKeyFileLabel(string label) =>
            label.StartsWith("key files", StringComparison.Ordinal) || label is "files" or "relevant files" or "important files";

        private List<string>? ContextTarget(string label)
        {
            if (label.StartsWith("reference", StringComparison.Ordinal) || label is "links" or "resources")
            {
                return _references;
            }

            if (label.Length == 0 || label.Contains("decision", StringComparison.Ordinal))
            {
                return _decisions;
            }

            return null;
        }
    }

    /// <summary>A list item: its text without marker or check box, whether it was checked, and its sub-items.</summary>
    private readonly record struct Item(string Text, bool? Checked, string[] Details)
    {
        public static Item From(string text, ListItemBlock li)
        {
            string raw = ItemText(text, li);
            bool? isChecked = null;
            Match m = CheckBox().Match(raw);
            if (m.Success)
            {
                isChecked = m.Groups["x"].Value.Trim().Length > 0;
                raw = raw[m.Length..];
            }

            string[] details = li.Skip(1).OfType<ListBlock>()
                .SelectMany(sub => sub.OfType<ListItemBlock>())
                .Select(sub => TextRules.UnescapeInline(TextRules.UnescapeItem(ItemText(text, sub))))
                .Where(d => d.Length > 0)
                .ToArray();
            return new Item(TextRules.UnescapeInline(TextRules.UnescapeItem(raw)), isChecked, details);
        }
    }

    private static string StripNumber(string heading) => LeadingNumber().Replace(heading, string.Empty);

    /// <summary>The words of a file name after its timestamp (<c>2025-10-27-0930-auth-refactor.md</c> → <c>auth refactor</c>).</summary>
    private static string? DescriptionFromFileName(string? fileName)
    {
        if (fileName is null)
        {
            return null;
        }

        string slug = HandoffFileName.SlugAfterTimestamp(fileName);
        return TextRules.SingleLineOrNull(slug.Replace('-', ' ').Replace('_', ' '));
    }

    private static HandoffException Unreadable(string path, string why, Exception? inner) =>
        new("HandoffUnreadable", HandoffErrorKind.ReadError, $"Cannot read handoff '{path}': {why}.", path, inner);

    private static bool IsSectionHeading(Block block, bool titleSeen) =>
        block is HeadingBlock { Level: 2 } || (titleSeen && block is HeadingBlock { Level: 1 });

    /// <summary>
    /// The description from a title: the <c>Session Handoff:</c> (or <c>Handoff —</c>, <c>Developer Session
    /// Handoff</c>, ...) prefix removed, and a leading date (<c>2026-06-01 — Topic</c>) taken out and returned.
    /// </summary>
    internal static (string Description, DateTime? Date) TitleToDescription(string title)
    {
        string t = title.Trim();
        Match m = TitlePrefix().Match(t);
        if (m.Success)
        {
            t = t[m.Length..];
            if (BarePrefix().IsMatch(t))
            {
                t = string.Empty;
            }
        }

        DateTime? date = null;
        if (HandoffTimestamp.TryFindDate(t, out DateTime parsed, out int at, out int length) && at == 0)
        {
            Match rest = AfterLeadingDate().Match(t, length);
            if (rest.Success)
            {
                date = parsed;
                t = t[(length + rest.Length)..];
            }
        }

        return (TextRules.SingleLine(t), date);
    }

    /// <summary>An H2 that stands in for a missing H1: it names a handoff or session, or holds a date, and is no known section.</summary>
    private static bool LooksLikeTitle(string heading) =>
        SectionClassifier.Classify(heading) == SectionKind.Other && !HeaderFields.IsFieldHeading(heading)
        && (TitlePrefix().IsMatch(heading) || TitleWords().IsMatch(heading) || HandoffTimestamp.TryParseDate(heading, out _));

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

        return TextRules.SingleLine(ListMarker().Replace(text[start..end], string.Empty, 1));
    }

    private static string StripDoneMark(string item)
    {
        Match m = DoneMark().Match(item);
        return m.Success ? item[m.Length..] : item;
    }


    private static Blocker ReadBlocker(string item)
    {
        Match m = BoldCategory().Match(item);
        return m.Success ? new Blocker(m.Groups["c"].Value, m.Groups["t"].Value) : new Blocker(null, item);
    }


    private static KeyFile ReadKeyFile(string item)
    {
        Match m = CodePath().Match(item);
        return m.Success
            ? new KeyFile(m.Groups["p"].Value, m.Groups["d"].Success ? m.Groups["d"].Value : null)
            : KeyFile.FromText(item);
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|$)")]
    private static partial Regex ListMarker();

    /// <summary>
    /// A leading "handoff" prefix in the languages seen: <c>Session Handoff:</c>, <c>Handoff —</c>, <c>Developer
    /// Session Handoff</c>, <c>Session Handover</c>, <c>Handoff de sesión —</c>, <c>Passation —</c>,
    /// <c>引き継ぎ書 —</c>, <c>会话交接：</c>, with the separator after it.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:developer\s+)?session\s+(?:handoff|handover|hand-off)|handoff\s+de\s+sesi[oó]n|traspaso\s+de\s+sesi[oó]n|passation(?:\s+de\s+session)?|handoff|handover|hand-off)\b|引き継ぎ(?:書|資料|メモ|ノート)?|会话交接(?:记录|文档|笔记)?|交接(?:文档|记录)?|세션\s*인계)\s*(?:[:：—–|?·-]|\s)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    /// <summary>What is left of a title that was only the prefix and its translation: <c>(Session Handover)</c>.</summary>
    [GeneratedRegex(@"^[(（]\s*(?:session\s+)?(?:handoff|handover|hand-off)\s*[)）]$", RegexOptions.IgnoreCase)]
    private static partial Regex BarePrefix();

    /// <summary>After a leading date: a one-letter revision (<c>2026-03-30c</c>), a time, then a separator or the end.</summary>
    [GeneratedRegex(@"\G[a-z]?(?![\p{L}\p{N}])(?:[T\s,]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AaPp][Mm])?\s*(?:Z|UTC|GMT|[A-Z]{2,4}|[+-][0-9]{2}:?[0-9]{2})?)?(?:\s*[:：—–?|·-]\s*|\s+|$)")]
    private static partial Regex AfterLeadingDate();

    [GeneratedRegex(@"\b(?:handoff|handover|hand-off|session|checkpoint)\b|交接|引き継ぎ|인계", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?=\s|$)|\s+#+\s*$")]
    private static partial Regex AtxMarks();

    [GeneratedRegex(@"^(?:✅\uFE0F?\s*|\[[xX]\]\s*)")]
    private static partial Regex DoneMark();

    [GeneratedRegex(@"^\[(?<x>[ xX])\]\s+")]
    private static partial Regex CheckBox();

    [GeneratedRegex(@"^\s*(?:[0-9]{1,3}[.)]|[A-Za-z][.)])\s+")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?<name>[^:：—–(]+?)\s*(?:[:：]|\s[—–-]\s)\s*(?<rest>.+)$")]
    private static partial Regex HeadingSuffix();

    [GeneratedRegex(@"^\*\*(?<t>.+?)\*\*(?:\s+\((?<r>.*)\))?$")]
    private static partial Regex BoldTitle();

    [GeneratedRegex(@"^\*\*(?<c>[^*]+?)(?::\*\*|\*\*:)\s*(?<t>.*)$")]
    private static partial Regex BoldCategory();

    [GeneratedRegex(@"^`(?<p>[^`]+)`(?:(?:\s+[-–—:]|:)\s+(?<d>.*))?$")]
    private static partial Regex CodePath();
}
