using System;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Context;

/// <summary>
/// How big a handoff is: tokens (<see cref="TokenCounter"/>, o200k_base), words, lines and characters of its
/// text, with the handoff it measures. <c>Measure-Handoff</c> outputs one per handoff.
/// </summary>
public sealed class HandoffMeasure
{
    /// <summary>Full path of the measured file; null for a handoff that was not read from a file.</summary>
    public string? Path { get; init; }

    public string Description { get; init; } = string.Empty;

    public DateTime? Date { get; init; }

    public string? Branch { get; init; }

    /// <summary>o200k_base tokens of the text.</summary>
    public int Tokens { get; init; }

    /// <summary>Runs of characters between white space, as <c>Measure-Object -Word</c> counts them.</summary>
    public int Words { get; init; }

    /// <summary>Lines of the text: a final line without a newline counts; an empty text has none.</summary>
    public int Lines { get; init; }

    /// <summary>UTF-16 characters of the text, newlines included, as <c>Measure-Object -Character</c> counts them.</summary>
    public int Characters { get; init; }

    /// <summary>Measures <paramref name="text"/> (the file's text: no BOM, <c>\n</c> line endings) for <paramref name="handoff"/>.</summary>
    /// <param name="text">The text to measure.</param>
    /// <param name="handoff">The handoff the text belongs to (for Path, Description, Date and Branch); may be null.</param>
    /// <param name="countTokens">Counts tokens; null for <see cref="TokenCounter.Count"/>.</param>
    public static HandoffMeasure Of(string text, Handoff? handoff, Func<string, int>? countTokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HandoffMeasure
        {
            Path = handoff?.Path,
            Description = handoff?.Description ?? string.Empty,
            Date = handoff?.Date,
            Branch = handoff?.Branch,
            Tokens = (countTokens ?? TokenCounter.Count)(text),
            Words = CountWords(text),
            Lines = CountLines(text),
            Characters = text.Length,
        };
    }

    /// <summary>Runs of non-white-space characters.</summary>
    public static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words;
    }

    /// <summary>Lines, counting <c>\n</c>, <c>\r\n</c> and <c>\r</c> as line ends; a final line without one counts.</summary>
    public static int CountLines(string text)
    {
        int lines = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return text.Length > 0 && text[^1] is not ('\n' or '\r') ? lines + 1 : lines;
    }

    public override string ToString() => $"{Tokens} tokens, {Words} words, {Lines} lines, {Characters} characters";
}
