using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Finds a handoff's Date, Time and Branch wherever the file states them, by one general rule rather than one
/// rule per style. It collects candidates from every source of the header zone — the front matter, key/value
/// fields in any shape (bold, plain, list item, blockquote, table row, a heading with the value on the next line,
/// a key line with the value below), the title, early headings, the lines of the text before the first section,
/// and the file name — and chooses by precedence: an explicit field beats front matter beats the title beats a
/// heading beats a line of text beats the file name; among equals a field's key decides (<c>Date</c> before
/// <c>Last updated</c> before <c>Created</c>), then the earliest in the file wins.
/// </summary>
/// <remarks>
/// <para>The header zone is the text before the first section and the first <see cref="ZoneSections"/> sections
/// within the first <see cref="ZoneLines"/> lines; further on, only sections about the current state
/// (<c>## Environment</c>, <c>## Current State</c>, <c>## Git</c>) are read for fields.</para>
/// <para>Nothing is invented: sections about other times (<c>## Previous Sessions</c>, <c>## History</c>,
/// <c>## Releases</c>) are skipped, a key that says the value is about something else (<c>Deadline</c>,
/// <c>Previous branch</c>) is not read, a date in a title, heading or line of text is not read when a word before it
/// says it is about something else (<c>due</c>, <c>since</c>, <c>released</c>) or when it is part of a path or
/// name (<c>docs/2026-05-31-plan.md</c>), and a branch must be one name (prose such as <c>Modifications
/// directes</c> is no branch). Several branch fields each about one repository that disagree give no branch.</para>
/// </remarks>
internal static class HeaderExtractor
{
    /// <summary>How many sections (H2, or H1 after the title) the header zone spans.</summary>
    public const int ZoneSections = 4;

    /// <summary>How many lines the header zone spans at most.</summary>
    public const int ZoneLines = 150;

    public static HeaderReading Read(string text, IReadOnlyList<Block> blocks, Block? titleBlock, string? title, int titleLine,
        IReadOnlyList<FrontMatterEntry> frontMatter, string? fileName)
    {
        var found = new List<HeaderCandidate>();
        foreach (FrontMatterEntry e in frontMatter)
        {
            HeaderCandidates.AddField(found, e.Key, e.Value, new HeaderOrigin(HeaderOriginKind.FrontMatter, e.Key, e.Line));
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            HeaderCandidates.AddLooseDate(found, title, new HeaderOrigin(HeaderOriginKind.Title, null, titleLine));
        }

        // A title given in the front matter (when the Markdown gives none) is the title as well: converted, it is written
        // as the Markdown title, whose date is read.
        if (TitleText.FrontMatterTitle(title, frontMatter) is { } named)
        {
            HeaderCandidates.AddLooseDate(found, named.Value, new HeaderOrigin(HeaderOriginKind.Title, named.Key, named.Line));
        }

        Walk(text, blocks, titleBlock, found);
        HeaderCandidates.AddFileName(found, fileName);
        return HeaderChoice.Choose(found);
    }

    /// <summary>
    /// The same choice for a file whose header zone holds nothing but its title and the fields of its header lines
    /// (<see cref="CanonicalReader"/> makes sure of that): the candidates are the title's date, each field and the
    /// file name, in the order <see cref="Read(string, IReadOnlyList{Block}, Block?, string?, int, IReadOnlyList{FrontMatterEntry}, string?)"/>
    /// finds them.
    /// </summary>
    public static HeaderReading Read(string? title, int titleLine, IEnumerable<DocumentField> fields, string? fileName)
    {
        var found = new List<HeaderCandidate>();
        foreach (DocumentField field in fields)
        {
            HeaderCandidates.AddField(found, field.Key, field.Value, new HeaderOrigin(HeaderOriginKind.Field, field.Key, field.Line));
        }

        // The title's date counts only where no field gives the date and its time: then it is read, in its place.
        HeaderReading fromFields = HeaderChoice.Choose(found);
        if (fromFields.Date is { Origin.Kind: HeaderOriginKind.Field } date && fromFields.Time is { } time
            && (ReferenceEquals(time, date) || time.Kind == HeaderKeyKind.Time))
        {
            HeaderCandidates.AddFileName(found, fileName);
            return HeaderChoice.Choose(found);
        }

        if (!string.IsNullOrWhiteSpace(title))
        {
            int before = found.Count;
            HeaderCandidates.AddLooseDate(found, title, new HeaderOrigin(HeaderOriginKind.Title, null, titleLine));
            if (found.Count > before)
            {
                // In the order the Markdig path finds them: the title before the fields.
                found.Insert(0, found[^1]);
                found.RemoveAt(found.Count - 1);
            }
        }

        HeaderCandidates.AddFileName(found, fileName);
        return HeaderChoice.Choose(found);
    }

    private static void Walk(string text, IReadOnlyList<Block> blocks, Block? titleBlock, List<HeaderCandidate> found)
    {
        int sections = 0;
        int? historyLevel = null;
        bool stateSection = false;
        bool contentList = false;
        bool preamble = true;
        (string Key, int Line)? pending = null;

        // A "## Branch" section: its value is its first line, whatever it looks like, as the reader keeps it.
        string? sectionField = null;
        foreach (Block block in blocks)
        {
            if (ReferenceEquals(block, titleBlock))
            {
                // What stood before the title is not the scope of what follows it: the document starts here.
                historyLevel = null;
                pending = null;
                sectionField = null;
                continue;
            }

            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            int line = block.Line + 1;
            if (block is HeadingBlock h)
            {
                string heading = HeaderHeadings.HeadingText(text, h);

                // An H1 after the title is a section, as an H2 is: it scopes what follows the same way.
                int level = Math.Max(h.Level, 2);
                if (level == 2)
                {
                    sections++;
                    stateSection = HeaderHeadings.IsStateHeading(heading);
                    contentList = HeaderHeadings.IsContentList(SectionClassifier.Classify(heading));

                    // The text under an early "## Session" or "## Latest Session" heading is read like the text
                    // before the first section: "## Session\n2026-02-22 — reviewer: …".
                    preamble = InZone(sections, line) && HeaderHeadings.SessionHeading().IsMatch(SectionClassifier.Normalize(heading))
                        && !HeaderHeadings.IsHistoryHeading(heading);
                }

                if (historyLevel is int history && level <= history)
                {
                    historyLevel = null;
                }

                pending = null;
                sectionField = level == 2 && HeaderFields.IsFieldHeading(heading) ? heading : null;
                if (HeaderHeadings.IsHistoryHeading(heading))
                {
                    historyLevel = level;
                    continue;
                }

                if (historyLevel is not null || !(InZone(sections, line) || stateSection))
                {
                    continue;
                }

                // "## Session Date: 2025-08-11", "## Branch: `x` · 10 commits": a field in a heading.
                bool any = false;
                foreach ((string key, string value, _) in HeaderLines.Split(heading, allowPlain: true))
                {
                    any |= HeaderCandidates.AddField(found, key, value, new HeaderOrigin(HeaderOriginKind.Field, key, line));
                }

                // "## Date", "### Branch": the value is the next line.
                if (sectionField is not null)
                {
                    continue;
                }

                if (!any && HeaderKeys.Classify(heading, out _, out _) != HeaderKeyKind.None)
                {
                    pending = (heading, line);
                }
                else if (!any && InZone(sections, line))
                {
                    HeaderCandidates.AddLooseDate(found, heading, new HeaderOrigin(HeaderOriginKind.Heading, heading, line));
                }

                continue;
            }

            if (historyLevel is not null || !(InZone(sections, line) || stateSection) || (contentList && block is not HeadingBlock))
            {
                pending = null;
                sectionField = null;
                continue;
            }

            if (sectionField is not null)
            {
                string first = MarkdownSource.Slice(text, block).Split('\n')[0].Trim();
                if (first.Length > 0)
                {
                    HeaderCandidates.AddField(found, sectionField, first, new HeaderOrigin(HeaderOriginKind.Field, sectionField, line));
                }

                sectionField = null;
                pending = null;
                continue;
            }

            foreach ((string lineText, int number) in HeaderLines.LinesOf(text, block))
            {
                var fields = HeaderLines.Split(lineText, allowPlain: true).ToList();
                if (pending is { } key && fields.Count == 0 && lineText.Trim().Length > 0)
                {
                    HeaderCandidates.AddField(found, key.Key, lineText, new HeaderOrigin(HeaderOriginKind.Field, key.Key, number));
                    pending = null;
                    continue;
                }

                pending = null;
                foreach ((string k, string v, _) in fields)
                {
                    bool known = HeaderKeys.Classify(k, out _, out _) != HeaderKeyKind.None;
                    if (known && v.Trim().Length == 0)
                    {
                        // "Authorized product branch:" with the value on the next line.
                        pending = (k, number);
                    }
                    else
                    {
                        HeaderCandidates.AddField(found, k, v, new HeaderOrigin(HeaderOriginKind.Field, k, number));
                    }
                }

                if (fields.Count == 0 && preamble)
                {
                    HeaderCandidates.AddTextLine(found, lineText, number);
                }
            }
        }
    }

    private static bool InZone(int sections, int line) => sections <= ZoneSections && line <= ZoneLines;

    /// <summary>
    /// True when a line of a section could give a Date, Time or Branch: it holds a field (in any shape
    /// <see cref="HeaderLines.Split"/> reads) whose key names one. <see cref="CanonicalReader"/> leaves a file with
    /// such a line to the Markdig path, so that the fields it reads are the only candidates.
    /// </summary>
    internal static bool NamesHeaderKey(string line)
    {
        if (line.AsSpan().IndexOfAny(':', '：', '|') < 0 || !HeaderKeys.MayClassify(line))
        {
            return false;
        }

        foreach ((string key, _, _) in HeaderLines.Split(line, allowPlain: true))
        {
            if (HeaderKeys.Classify(key, out _, out _) != HeaderKeyKind.None)
            {
                return true;
            }
        }

        return false;
    }
}
