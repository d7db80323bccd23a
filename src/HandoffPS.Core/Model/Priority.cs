using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Model;

/// <summary>One entry of a handoff's Next Priorities: a title, an optional reason and optional details.</summary>
public sealed class Priority
{
    public Priority(int rank, string title, string? reason = null, IEnumerable<string>? details = null)
    {
        Rank = rank;
        Title = TextRules.SingleLine(title);
        Reason = TextRules.SingleLineOrNull(reason);
        Details = details is null || (details is IReadOnlyCollection<string> { Count: 0 })
            ? Array.Empty<string>()
            : details.Select(TextRules.SingleLine).Where(d => d.Length > 0).ToArray();
    }

    /// <summary>A copy of <paramref name="other"/> with another rank: its values are normalised already.</summary>
    private Priority(int rank, Priority other)
    {
        Rank = rank;
        Title = other.Title;
        Reason = other.Reason;
        Details = other.Details.Length == 0 ? other.Details : (string[])other.Details.Clone();
    }

    /// <summary>1-based position in the list.</summary>
    public int Rank { get; }

    public string Title { get; }

    /// <summary>The parenthesised text after the title, if any.</summary>
    public string? Reason { get; }

    /// <summary>Sub-bullets under the priority.</summary>
    public string[] Details { get; }

    /// <summary>
    /// Reads the string form <c>Title (reason)</c>: a trailing parenthesised group becomes the reason.
    /// </summary>
    public static Priority FromText(int rank, string text)
    {
        string line = TextRules.SingleLine(text);
        if (line.EndsWith(')'))
        {
            int open = MatchingOpenParen(line);
            if (open > 0 && line[open - 1] == ' ')
            {
                string title = line[..(open - 1)].TrimEnd();
                string reason = line[(open + 1)..^1].Trim();
                if (title.Length > 0 && reason.Length > 0)
                {
                    return new Priority(rank, title, reason);
                }
            }
        }

        return new Priority(rank, line);
    }

    /// <summary>Returns a copy with another rank.</summary>
    public Priority WithRank(int rank) => new(rank, this);

    public override string ToString() => Reason is null ? Title : $"{Title} ({Reason})";

    private static int MatchingOpenParen(string line)
    {
        int depth = 0;
        for (int i = line.Length - 1; i >= 0; i--)
        {
            if (line[i] == ')')
            {
                depth++;
            }
            else if (line[i] == '(')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
