using System;

namespace HandoffPS.Core.Markdown;

/// <summary>The line shapes the canonical reader takes, and the ones that would open another block (where it leaves the file to the Markdig path).</summary>
internal static class CanonicalLines
{
    /// <summary>The text has no carriage return, no other control character than the newline and the tab, no BOM, and ends with one newline.</summary>
    internal static bool IsPlainText(string text)
    {
        if (text.Length < 2 || text[^1] != '\n' || text[0] == '\uFEFF')
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < ' ' && c != '\n' && c != '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An ATX H1: <c># </c> and the title.</summary>
    internal static bool IsTitle(string line) => line.StartsWith("# ", StringComparison.Ordinal);

    /// <summary>
    /// A list item line with <paramref name="marker"/> at its start and text Markdown reads as the item's first
    /// paragraph and nothing more: no other block opens in it, and it names no header field.
    /// </summary>
    internal static bool IsItemLine(string line, string marker)
    {
        if (!line.StartsWith(marker, StringComparison.Ordinal) || line.Length == marker.Length || IsThematicBreak(line))
        {
            return false;
        }

        string text = line[marker.Length..];
        return !OpensBlock(text) && !HeaderExtractor.NamesHeaderKey(text);
    }

    /// <summary>A line of a summary paragraph: no other block opens in it, it ends no paragraph as an underline, and it names no header field.</summary>
    internal static bool IsPlainLine(string line) =>
        !OpensBlock(line) && line[0] is not ('#' or '=') && !IsThematicBreak(line)
        && line[^1] is not (' ' or '\t') && !HeaderExtractor.NamesHeaderKey(line);

    /// <summary>
    /// True when text at the start of a line (or of an item's content) could open a block of its own: indentation, a
    /// list marker, a block quote, a code fence, HTML, or a link reference definition.
    /// </summary>
    private static bool OpensBlock(string text)
    {
        char c = text[0];
        if (c is ' ' or '\t' or '>' or '<')
        {
            return true;
        }

        if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
        {
            return true;
        }

        if (c == '[' && text.Contains("]:", StringComparison.Ordinal))
        {
            return true;
        }

        if (c is '-' or '*' or '+')
        {
            return text.Length == 1 || text[1] is ' ' or '\t';
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t');
    }

    /// <summary>A thematic break (<c>---</c>, <c>* * *</c>) or a setext underline made of dashes.</summary>
    private static bool IsThematicBreak(string line)
    {
        char mark = '\0';
        int count = 0;
        foreach (char c in line)
        {
            if (c is ' ' or '\t')
            {
                continue;
            }

            if (c is not ('-' or '*' or '_' or '=') || (mark != '\0' && c != mark))
            {
                return false;
            }

            mark = c;
            count++;
        }

        return count > 0 && (count >= 3 || mark is '-' or '=');
    }
}
