using System.Text;

namespace HandoffPS.Core.Markdown;

/// <summary>Markdown code spans: where they are in a value (as Markdown finds them), and how a value is written as one.</summary>
internal static class CodeSpans
{
    /// <summary>
    /// Applies <paramref name="transform"/> to the parts of <paramref name="value"/> outside code spans, found as Markdown
    /// finds them: a run of backticks opens a span that the next run of the same length closes; a run that nothing
    /// closes is text.
    /// </summary>
    internal static string OutsideCode(string value, System.Func<string, string> transform)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.IndexOf('`') < 0)
        {
            return transform(value);
        }

        var sb = new StringBuilder(value.Length + 16);
        int text = 0;
        int i = 0;
        while (i < value.Length)
        {
            if (value[i] != '`')
            {
                i++;
                continue;
            }

            int run = Run(value, i, '`');
            int close = ClosingRun(value, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }

            sb.Append(transform(value[text..i])).Append(value, i, close + run - i);
            i = close + run;
            text = i;
        }

        return sb.Append(transform(value[text..])).ToString();
    }

    /// <summary>The length of the run of <paramref name="c"/> at <paramref name="at"/>.</summary>
    private static int Run(string value, int at, char c)
    {
        int end = at;
        while (end < value.Length && value[end] == c)
        {
            end++;
        }

        return end - at;
    }

    /// <summary>Where the next run of exactly <paramref name="length"/> backticks from <paramref name="from"/> starts; -1 when none.</summary>
    private static int ClosingRun(string value, int from, int length)
    {
        int i = value.IndexOf('`', from);
        while (i >= 0)
        {
            int run = Run(value, i, '`');
            if (run == length)
            {
                return i;
            }

            i = value.IndexOf('`', i + run);
        }

        return -1;
    }

    /// <inheritdoc cref="TextRules.CodeSpan"/>
    internal static string CodeSpan(string content)
    {
        int longest = 0;
        for (int i = 0; i < content.Length;)
        {
            if (content[i] == '`')
            {
                int run = Run(content, i, '`');
                longest = System.Math.Max(longest, run);
                i += run;
            }
            else
            {
                i++;
            }
        }

        string fence = new('`', longest + 1);
        bool pad = content.StartsWith('`') || content.EndsWith('`') || (content.StartsWith(' ') && content.EndsWith(' ') && content.Trim().Length > 0);
        return pad ? $"{fence} {content} {fence}" : fence + content + fence;
    }

    /// <inheritdoc cref="TextRules.CodeSpanContent"/>
    internal static string CodeSpanContent(string inside) =>
        inside.Length >= 2 && inside[0] == ' ' && inside[^1] == ' ' && inside.Trim().Length > 0 ? inside[1..^1] : inside;
}
