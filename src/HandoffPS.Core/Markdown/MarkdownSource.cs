using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HandoffPS.Core.Markdown;

/// <summary>The source text of parsed Markdown blocks: a block's slice, a run's raw Markdown, a heading's inline text.</summary>
internal static partial class MarkdownSource
{
    /// <summary>The source text of a block's inline content, on one line.</summary>
    internal static string Inline(string text, LeafBlock block)
    {
        if (block is HeadingBlock heading)
        {
            return HeadingText(Slice(text, heading).Split('\n')[0]);
        }

        return TextRules.SingleLine(Slice(text, block));
    }

    /// <summary>The text of a heading line without its <c>#</c> marks, on one line.</summary>
    internal static string HeadingText(string line)
    {
        // "## Heading" with no closing marks: the marks and the space after them go, as the expression takes them.
        int marks = 0;
        while (marks < line.Length && marks < 7 && line[marks] == '#')
        {
            marks++;
        }

        if (marks is > 0 and <= 6 && marks < line.Length && line[marks] == ' ' && line.TrimEnd() is { Length: > 0 } trimmed && trimmed[^1] != '#')
        {
            return TextRules.SingleLine(line[marks..]);
        }

        return HeadingTextByPattern(line);
    }

    /// <summary><see cref="HeadingText"/> by its expression, for every line.</summary>
    internal static string HeadingTextByPattern(string line) => TextRules.SingleLine(AtxMarks().Replace(line, string.Empty));

    /// <summary>The source text of one block, as written.</summary>
    internal static string Slice(string text, Block block)
    {
        int start = Math.Clamp(block.Span.Start, 0, text.Length);
        int end = Math.Clamp(block.Span.End + 1, start, text.Length);
        return text[start..end];
    }

    /// <summary>The raw Markdown of a run of blocks, from the first to the last, trimmed; null when empty.</summary>
    internal static string? Raw(string text, List<Block> body)
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

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?=\s|$)|\s+#+\s*$")]
    private static partial Regex AtxMarks();
}
