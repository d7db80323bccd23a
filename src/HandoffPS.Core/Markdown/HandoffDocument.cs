using System.Collections.Generic;
using HandoffPS.Core.Lint;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// A parsed handoff file with what the reader saw on the way: the title, each header field and each section
/// with its line numbers (1-based). <see cref="HandoffLinter"/> checks it against the template.
/// </summary>
public sealed class HandoffDocument
{
    internal HandoffDocument(Handoff handoff, string text, bool hasBom, bool hasCrlf, DocumentLine? title,
        IReadOnlyList<DocumentField> fields, IReadOnlyList<DocumentSection> sections, IReadOnlyList<DocumentLine> headings)
    {
        Handoff = handoff;
        Text = text;
        HasBom = hasBom;
        HasCrlf = hasCrlf;
        Title = title;
        Fields = fields;
        Sections = sections;
        Headings = headings;
    }

    public Handoff Handoff { get; }

    /// <summary>The file's text with line endings normalised to <c>\n</c> and no BOM.</summary>
    public string Text { get; }

    public bool HasBom { get; }

    public bool HasCrlf { get; }

    /// <summary>The H1 title line, or null when the file has none.</summary>
    public DocumentLine? Title { get; }

    /// <summary>Every header field the reader recognised, in file order.</summary>
    public IReadOnlyList<DocumentField> Fields { get; }

    /// <summary>Every section (H2, or H1 after the title), in file order, with the part of the template it maps to.</summary>
    public IReadOnlyList<DocumentSection> Sections { get; }

    /// <summary>Every heading of the file at any level, in file order.</summary>
    public IReadOnlyList<DocumentLine> Headings { get; }

    /// <summary>Where the reader found the Date, Time, Branch and Description (front matter, a field, the title, ...).</summary>
    public HeaderOrigins Origins { get; init; } = HeaderOrigins.None;
}
