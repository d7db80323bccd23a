using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace HandoffPS.Core.Markdown;

/// <summary>The source text of parsed Markdown blocks: a block's slice, a run's raw Markdown, a heading's inline text.</summary>
internal static partial class MarkdownSource
{
    /// <summary>
    /// A Markdown pipeline for the blocks only: the reader and the linter take every value from the source text, never
    /// from Markdig's inlines, so the inline parsers go (all but plain text). Markdig's inline parsing takes time that
    /// grows with the square of some lines (thousands of nested brackets, <c>*a_</c> repeated); block parsing does not.
    /// </summary>
    internal static MarkdownPipeline BlocksOnly(bool frontMatter)
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        if (frontMatter)
        {
            builder = builder.UseYamlFrontMatter();
        }

        builder.InlineParsers.RemoveAll(p => p is not Markdig.Parsers.Inlines.LiteralInlineParser);
        return builder.Build();
    }

    /// <summary>The source text of a block's inline content, on one line.</summary>
    internal static string Inline(string text, LeafBlock block)
    {
        if (block is HeadingBlock heading)
        {
            return HeadingText(TextRules.SingleLine(Slice(text, heading).Split('\n')[0]));
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
        int end = Math.Clamp(End(text, block) + 1, start, text.Length);
        return text[start..end];
    }

    /// <summary>
    /// Where a block ends: the index of its last character. Markdig ends the span of a code fence that is never closed
    /// right after its backticks (<c>````</c> of <c>````🚀 Task 3</c>, cutting the emoji in two), so such a block ends
    /// where its last line or its opening line does.
    /// </summary>
    internal static int End(string text, Block block)
    {
        int end = block.Span.End;
        if (block is FencedCodeBlock fenced)
        {
            int lineEnd = text.IndexOf('\n', Math.Clamp(block.Span.Start, 0, text.Length));
            end = Math.Max(end, (lineEnd < 0 ? text.Length : lineEnd) - 1);
            if (fenced.Lines.Count > 0)
            {
                end = Math.Max(end, fenced.Lines.Lines[fenced.Lines.Count - 1].Slice.End);
            }
        }

        return end;
    }

    /// <summary>
    /// The raw Markdown of a run of blocks, from the start of the first one's line to the end of the last, without blank
    /// lines and trailing spaces at the ends; null when empty. The first line keeps its indentation: an indented code
    /// block (<c>    #</c>) must not become a heading when it is written again.
    /// </summary>
    internal static string? Raw(string text, List<Block> body)
    {
        if (body.Count == 0)
        {
            return null;
        }

        int start = Math.Clamp(body[0].Span.Start, 0, text.Length);
        int lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        if (lineStart == 0 || text[lineStart - 1] == '\n')
        {
            start = lineStart;
        }

        int end = Math.Clamp(End(text, body[^1]) + 1, start, text.Length);
        string raw = text[start..end].TrimEnd('\n', ' ', '\t');
        int first = 0;
        while (raw.IndexOf('\n', first) is int nl and >= 0 && IsBlank(raw[first..nl]))
        {
            first = nl + 1;
        }

        raw = raw[first..];
        return IsBlank(raw) ? null : raw;
    }

    /// <summary>Blank as Markdown sees it: only spaces, tabs and line breaks (a no-break space is text).</summary>
    private static bool IsBlank(string s) => s.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;

    /// <summary>
    /// A line with every run of white space longer than <see cref="WhiteRun"/> characters cut to that length, for the
    /// patterns that look at white space around a mark (<c>\s+#+$</c>, <c>\s{2,}(?=\*\*)</c>): on a run of thousands of
    /// spaces they would take time that grows with the square of the run. What they find is the same.
    /// </summary>
    internal static string Tame(string line)
    {
        int run = 0;
        bool longRun = false;
        foreach (char c in line)
        {
            run = char.IsWhiteSpace(c) ? run + 1 : 0;
            if (run > WhiteRun)
            {
                longRun = true;
                break;
            }
        }

        if (!longRun)
        {
            return line;
        }

        var sb = new System.Text.StringBuilder(line.Length);
        run = 0;
        foreach (char c in line)
        {
            run = char.IsWhiteSpace(c) ? run + 1 : 0;
            if (run <= WhiteRun)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private const int WhiteRun = 8;

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?=\s|$)|\s+#+\s*$")]
    private static partial Regex AtxMarks();
}
