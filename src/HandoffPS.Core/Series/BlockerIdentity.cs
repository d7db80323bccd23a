using System;
using System.Globalization;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Series;

/// <summary>
/// When two blockers of different handoffs are the same blocker: same category and same text after
/// normalisation. Normalising lower-cases (invariant culture), folds every run of white space to one space,
/// trims, and trims trailing punctuation (<c>. , ; : ! ? …</c>). A blocker without a category only matches
/// another without one.
/// </summary>
public static class BlockerIdentity
{
    private static readonly char[] TrailingPunctuation = { '.', ',', ';', ':', '!', '?', '…', ' ' };

    /// <summary>The normalised form of one part (category or text) of a blocker; empty for null.</summary>
    public static string Normalize(string? value)
    {
        string single = TextRules.SingleLine(value);
        return single.TrimEnd(TrailingPunctuation).ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The identity key of a blocker: normalised category and text, separated by a control character.</summary>
    public static string Key(string? category, string? text) => Normalize(category) + "\u001f" + Normalize(text);

    /// <summary>The identity key of <paramref name="blocker"/>.</summary>
    public static string Key(Blocker blocker)
    {
        ArgumentNullException.ThrowIfNull(blocker);
        return Key(blocker.Category, blocker.Text);
    }

    /// <summary>True when the two blockers are the same blocker.</summary>
    public static bool AreSame(Blocker left, Blocker right) =>
        string.Equals(Key(left), Key(right), StringComparison.Ordinal);
}
