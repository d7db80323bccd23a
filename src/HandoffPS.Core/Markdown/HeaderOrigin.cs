namespace HandoffPS.Core.Markdown;

/// <summary>Where one header value came from: the kind of source, the field's key as written, and its 1-based line.</summary>
public sealed record HeaderOrigin(HeaderOriginKind Kind, string? Key = null, int Line = 0)
{
    /// <summary>No source: the file states no such value.</summary>
    public static HeaderOrigin None { get; } = new(HeaderOriginKind.None);

    /// <summary>Words for a person: <c>field 'Branch' (line 4)</c>, <c>front matter 'updated'</c>, <c>title (line 1)</c>, <c>file name</c>.</summary>
    public override string ToString()
    {
        string where = Line > 0 ? $" (line {Line})" : string.Empty;
        return Kind switch
        {
            HeaderOriginKind.Field => $"field '{Key}'{where}",
            HeaderOriginKind.FrontMatter => $"front matter '{Key}'{where}",
            HeaderOriginKind.Title => "title" + where,
            HeaderOriginKind.Heading => $"heading '{Key}'{where}",
            HeaderOriginKind.Text => "text" + where,
            HeaderOriginKind.FileName => "file name",
            _ => "none",
        };
    }
}
