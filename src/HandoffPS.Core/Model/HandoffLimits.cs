namespace HandoffPS.Core.Model;

/// <summary>
/// What the reader and the writer accept, at most. A handoff is about 600 tokens (a few kilobytes); these limits are
/// far above any real one and keep a hostile or broken file from costing minutes or gigabytes (about_HandoffPS).
/// </summary>
public static class HandoffLimits
{
    /// <summary>The largest handoff file read or written: 4 MiB. A larger file is <c>HandoffTooLarge</c>.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>
    /// How deeply blocks may nest (block quotes, lists and list items, each a level): 128, the limit of the Markdown
    /// parser. A file nested deeper is <c>HandoffUnreadable</c>, found by a scan of the line starts before parsing.
    /// </summary>
    public const int MaxNestingDepth = 128;
}
