namespace HandoffPS.Core.Markdown;

/// <summary>
/// Where a header value was read from, in order of precedence: an explicit field beats front matter beats the
/// title beats an early heading beats a line of the header's text beats the file name.
/// </summary>
public enum HeaderOriginKind
{
    /// <summary>The file states no such value (a description is then the whole title or the file name).</summary>
    None = 0,

    /// <summary>A key/value field in any shape: bold, plain, list item, blockquote, table row, heading.</summary>
    Field = 1,

    /// <summary>A key of the YAML front matter.</summary>
    FrontMatter = 2,

    /// <summary>The title (H1, an H2 standing in for it, or the first line).</summary>
    Title = 3,

    /// <summary>An early heading (<c>## Where things stand (2026-10-05)</c>).</summary>
    Heading = 4,

    /// <summary>A line of the header's text that starts or ends with the value (<c>&gt; … — 2026-10-02</c>).</summary>
    Text = 5,

    /// <summary>The file name (<c>2026-05-15-1030-topic.md</c>).</summary>
    FileName = 6,
}
