using System;
using System.Globalization;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Rejects, before parsing, Markdown nested deeper than <see cref="HandoffLimits.MaxNestingDepth"/>: the parser
/// refuses it anyway, but only after a time that grows faster than the text (thousands of nested list levels took
/// seconds to minutes). One pass over the start of each line, so the check itself is linear.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>
    /// Why <paramref name="text"/> cannot be a handoff (its nesting is too deep, with the line), or null. A line's depth
    /// is counted from its start: each <c>&gt;</c> is one level, each list marker two (the list and its item), and
    /// its indentation one level per column, since a nested list needs at least two columns for its two levels.
    /// </summary>
    public static string? TooDeep(string text)
    {
        int line = 1;
        int i = 0;
        while (i < text.Length)
        {
            int depth = 0;
            int column = 0;
            while (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                char c = text[i];
                if (c == ' ')
                {
                    column++;
                    i++;
                }
                else if (c == '\t')
                {
                    column += 4 - (column % 4);
                    i++;
                }
                else if (c == '>')
                {
                    depth++;
                    i++;
                }
                else if (ListMarkerLength(text, i) is int length and > 0)
                {
                    depth += 2;
                    i += length;
                }
                else
                {
                    break;
                }

                if (depth + column > HandoffLimits.MaxNestingDepth)
                {
                    return $"line {line.ToString(CultureInfo.InvariantCulture)} is nested more than {HandoffLimits.MaxNestingDepth.ToString(CultureInfo.InvariantCulture)} levels deep (block quotes, lists or indentation), which no handoff is";
                }
            }

            // The rest of the line is text: skip to the next one. A line ends as the parser ends it: at a line feed, a
            // carriage return, or both.
            int next = text.AsSpan(i).IndexOfAny('\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next + (text[i + next] == '\r' && i + next + 1 < text.Length && text[i + next + 1] == '\n' ? 2 : 1);
            line++;
        }

        return null;
    }

    /// <summary>The length of a list marker at <paramref name="i"/> (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) when a space, tab or line end follows it; else 0.</summary>
    private static int ListMarkerLength(string text, int i)
    {
        int j = i;
        if (text[j] is '-' or '*' or '+')
        {
            j++;
        }
        else
        {
            while (j < text.Length && j - i < 9 && text[j] is >= '0' and <= '9')
            {
                j++;
            }

            if (j == i || j >= text.Length || text[j] is not ('.' or ')'))
            {
                return 0;
            }

            j++;
        }

        return j >= text.Length || text[j] is ' ' or '\t' or '\n' or '\r' ? j - i : 0;
    }
}
