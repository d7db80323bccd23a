using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>The state of one parse: what has been read so far, section by section.</summary>
internal sealed partial class HandoffReader
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

    public HandoffReader(string text, string? fileName)
    {
        _text = text;
        _fileName = fileName;
    }

    public void ReadPreamble(List<Block> preamble, ref string? title, bool firstLineMayBeTitle)
    {
        var leftover = new List<Block>();
        bool frontMatterKept = false;
        foreach (Block b in preamble)
        {
            // A file without a Markdown title: its first plain line is the title, and the lines right under
            // it can be fields (checked before the fields, which would otherwise take the paragraph and drop
            // the title line).
            if (title is null && firstLineMayBeTitle && leftover.Count == 0 && !frontMatterKept && b is ParagraphBlock p)
            {
                string[] lines = MarkdownSource.Slice(_text, p).Split('\n');
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

            if (b is ThematicBreakBlock || (b is YamlFrontMatterBlock empty && empty.Lines.ToString().Trim().Length == 0) || _header.AddFrom(_text, b, allowPlain: true))
            {
                continue;
            }

            if (b is YamlFrontMatterBlock && MarkdownSource.Raw(_text, new List<Block> { b }) is string yaml)
            {
                // Front matter that is not YAML: kept as it is, apart, so that it is written back as front matter
                // (anywhere else its lines would read as fields, and its closing line make a heading).
                _other.Add(new HandoffSection(string.Empty, yaml));
                frontMatterKept = true;
                continue;
            }

            leftover.Add(b);
        }

        // Each block on its own: field lines between them are already read.
        string raw = string.Join("\n\n", leftover.Select(b => MarkdownSource.Raw(_text, new List<Block> { b })).OfType<string>());
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
            string? value = MarkdownSource.Raw(_text, body);
            if (value is not null)
            {
                _header.Add(heading, value.Split('\n')[0], body[0].Line + 1);
                return;
            }
        }

        switch (kind)
        {
            case SectionKind.Summary when _summary is null:
                ReadSummary(MarkdownSource.Raw(_text, body));
                return;
            case SectionKind.CompletedWork:
                ReadCompleted(Items(body));
                return;
            case SectionKind.NextPriorities:
                ReadPriorities(body);
                return;
            case SectionKind.Blockers:
                ReadBlockers(Items(body));
                return;
            case SectionKind.Context:
                if (ContextSectionReader.Read(_text, heading, body, _decisions, _references, _keyFiles))
                {
                    return;
                }

                break;
            case SectionKind.Decisions:
                _decisions.AddRange(Items(body).Select(x => x.Text));
                return;
            case SectionKind.KeyFiles:
                _keyFiles.AddRange(Items(body).Select(x => ItemText.ReadKeyFile(x.Text)));
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

        _other.Add(new HandoffSection(heading, MarkdownSource.Raw(_text, body) ?? string.Empty));
    }

    // What a section gives, once its blocks are known as text and list items: the Markdig path above and the line
    // scanner of canonical files (CanonicalReader) both read through these, so the two cannot differ in meaning.

    /// <summary>Adds the fields of one header line (<see cref="HeaderFields.AddFrom(string, int)"/>); false when it holds none.</summary>
    internal bool ReadHeaderLine(string line, int lineNumber) => _header.AddFrom(line, lineNumber);

    /// <summary>The first summary section's raw Markdown (<see cref="MarkdownSource.Raw"/>).</summary>
    internal void ReadSummary(string? raw) => _summary = raw;

    /// <summary>The items of a Completed Work section.</summary>
    internal void ReadCompleted(IEnumerable<ListItem> items) =>
        _completed.AddRange(items.Select(x => ItemText.StripDoneMark(x.Text)));

    /// <summary>The items of a Next Priorities section written as a list: checked ones are completed work.</summary>
    internal void ReadPriorities(IEnumerable<ListItem> items)
    {
        foreach (ListItem item in items)
        {
            AddPriorityItem(item);
        }
    }

    /// <summary>The items of a Blockers section.</summary>
    internal void ReadBlockers(IEnumerable<ListItem> items) =>
        _blockers.AddRange(items.Select(x => ItemText.ReadBlocker(x.Text)));

    /// <summary>
    /// A Context section made only of labelled lists (<c>**Key Files**:</c> and its items), each label as the
    /// section's text gives it (<see cref="MarkdownSource.Inline"/>).
    /// </summary>
    internal void ReadContext(string heading, IEnumerable<(string Label, IReadOnlyList<ListItem> Items)> lists)
    {
        var reader = new ContextSectionReader(heading, _decisions, _references, _keyFiles);
        foreach ((string label, IReadOnlyList<ListItem> items) in lists)
        {
            reader.Label(label);
            reader.Items(items);
        }
    }

    public Handoff Finish(string? title, int titleLine, HeaderReading header, IReadOnlyList<FrontMatterEntry> frontMatter, out HeaderOrigins origins)
    {
        var handoff = new Handoff { FileName = _fileName };
        handoff.Description = TitleText.Description(title, titleLine, frontMatter, _fileName, out string? descriptionKey, out HeaderOrigin descriptionOrigin);
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

    private IEnumerable<ListItem> Items(List<Block> body) =>
        body.OfType<ListBlock>().SelectMany(list => list.OfType<ListItemBlock>()).Select(li => ListItem.From(_text, li));

    private void ReadPriorities(List<Block> body)
    {
        // Priorities written as sub-headings ("### 1. Optimize"), with their lists as details.
        if (body.Any(b => b is HeadingBlock h && HandoffParser.HasText(_text, h)))
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
                if (b is HeadingBlock h && HandoffParser.HasText(_text, h))
                {
                    Flush();
                    current = ItemText.PriorityFrom(ItemText.StripNumber(MarkdownSource.Inline(_text, h)), Array.Empty<string>());
                }
                else if (b is ListBlock list)
                {
                    foreach (ListItem item in list.OfType<ListItemBlock>().Select(li => ListItem.From(_text, li)))
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

        ReadPriorities(Items(body));
    }

    private void AddPriorityItem(ListItem item)
    {
        if (item.Checked == true)
        {
            _completed.Add(item.Text);
        }
        else if (item.Text.Length > 0)
        {
            _priorities.Add(ItemText.PriorityFrom(item.Text, item.Details));
        }
    }

    /// <summary>True when a heading has more after a separator (<c>Next Steps: Phase 2</c>): the rest may be kept as a field.</summary>
    internal static bool HasSuffix(string heading) => HeadingSuffix().IsMatch(heading);

    [GeneratedRegex(@"^(?<name>[^:：—–(]+?)\s*(?:[:：]|\s[—–-]\s)\s*(?<rest>.+)$")]
    private static partial Regex HeadingSuffix();
}
