using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HandoffPS.Core.Series;

/// <summary>
/// Decides whether two short work-item titles name the same piece of work: a priority of one handoff and a
/// Completed Work item (or a priority) of the next. The rule compares the <em>significant words</em> of the
/// two titles, so that "Optimize token refresh" matches "Optimized token refresh (500ms -> 40ms)" while
/// "Fix login bug" does not match "Fix logout bug".
/// </summary>
/// <remarks>
/// <para>
/// <b>Significant words.</b> The title is lower-cased (invariant culture) and split into words at every
/// character that is not a letter or a digit (so <c>real-time</c> is <c>real</c> + <c>time</c> and
/// <c>Chart.js</c> is <c>chart</c> + <c>js</c>), except a dot between two digits, so that a version such as
/// <c>1.0</c> or <c>v2.3.1</c> stays one word. Stop words (<see cref="StopWords"/>: articles, conjunctions,
/// prepositions, forms of <em>be</em> and a few fillers such as <c>etc</c>) and one-letter words are dropped.
/// A word that contains a digit (<c>500ms</c>, <c>v2</c>, <c>1.0</c>, <c>3</c>) is always kept, as written.
/// </para>
/// <para>
/// <b>Light stemming</b>, applied in this order to each word without digits, each step only when at least
/// three letters remain: a plural ending goes (<c>-ies</c> becomes <c>-y</c>; <c>-es</c> after
/// <c>s</c>, <c>x</c>, <c>z</c>, <c>ch</c>, <c>sh</c>; otherwise <c>-s</c>, but not <c>-ss</c>, <c>-us</c>,
/// <c>-is</c>); then a verb ending (<c>-ied</c> becomes <c>-y</c>; <c>-ing</c>; <c>-ed</c>); then a final
/// <c>-e</c>; then a final doubled letter becomes single. So <c>add</c>/<c>added</c>/<c>adding</c>,
/// <c>test</c>/<c>tests</c>/<c>tested</c>, <c>optimize</c>/<c>optimized</c>/<c>optimizing</c>,
/// <c>update</c>/<c>updates</c>, <c>fix</c>/<c>fixes</c>/<c>fixed</c> and <c>query</c>/<c>queries</c> are one
/// word each. Irregular forms (<c>write</c>/<c>wrote</c>) are not.
/// </para>
/// <para>
/// <b>The match.</b> Two titles match when their sets of significant words are equal (and not empty; this
/// is how one-word titles match), or when they share at least <see cref="MinimumSharedWords"/> (2)
/// significant words and the shared words make up at least <see cref="MinimumContainment"/> (75 %) of the
/// smaller of the two sets. Containment rather than plain overlap, because a completed item usually
/// restates the priority and adds detail ("... (500ms -> 40ms)"). The 75 % threshold means that a
/// three-word title must be contained whole, so one differing word out of three is a different piece of work
/// ("Fix login bug" / "Fix logout bug", "Add integration tests" / "Add unit tests for parser"), and a single
/// shared word is never enough.
/// </para>
/// </remarks>
public static class TitleMatcher
{
    /// <summary>The fewest significant words two different word sets must share to match.</summary>
    public const int MinimumSharedWords = 2;

    /// <summary>The smallest share of the smaller word set that the shared words must cover to match.</summary>
    public const double MinimumContainment = 0.75;

    /// <summary>Words that carry no meaning of their own in a work-item title; they are ignored.</summary>
    public static IReadOnlyCollection<string> StopWords => Stops;

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
        "into", "onto", "via", "per", "as", "vs", "is", "are", "be", "been", "was", "were", "it", "its",
        "this", "that", "these", "those", "so", "then", "than", "etc", "also", "some", "any", "all",
    };

    /// <summary>The significant words of <paramref name="title"/>, stemmed, in first-seen order, without duplicates.</summary>
    public static IReadOnlyList<string> SignificantWords(string? title)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(title))
        {
            return words;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        string text = title + " ";
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool versionDot = c == '.' && i > 0 && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || versionDot)
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (current.Length > 0)
            {
                string word = current.ToString();
                current.Clear();
                string? significant = Significant(word);
                if (significant is not null && seen.Add(significant))
                {
                    words.Add(significant);
                }
            }
        }

        return words;
    }

    /// <summary>The stem of one lower-case word (see the class remarks for the steps).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string w = word.ToLower(CultureInfo.InvariantCulture);
        if (w.Any(char.IsDigit))
        {
            return w;
        }

        // Plural.
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length - 3 >= 2)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && w.Length - 2 >= 3
            && (w[..^2].EndsWith('s') || w[..^2].EndsWith('x') || w[..^2].EndsWith('z')
                || w[..^2].EndsWith("ch", StringComparison.Ordinal) || w[..^2].EndsWith("sh", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && w.Length - 1 >= 3
            && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        // Verb endings.
        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length - 3 >= 2)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length - 3 >= 3)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length - 2 >= 3)
        {
            w = w[..^2];
        }

        // Final e, then a final doubled letter.
        if (w.EndsWith('e') && w.Length - 1 >= 3)
        {
            w = w[..^1];
        }

        if (w.Length >= 4 && w[^1] == w[^2] && char.IsLetter(w[^1]))
        {
            w = w[..^1];
        }

        return w;
    }

    /// <summary>Compares two titles by their significant words.</summary>
    public static TitleSimilarity Compare(string? left, string? right)
    {
        IReadOnlyList<string> a = SignificantWords(left);
        IReadOnlyList<string> b = SignificantWords(right);
        var setB = new HashSet<string>(b, StringComparer.Ordinal);
        int shared = a.Count(setB.Contains);
        int smaller = Math.Min(a.Count, b.Count);
        int union = a.Count + b.Count - shared;
        double containment = smaller == 0 ? 0 : (double)shared / smaller;
        double jaccard = union == 0 ? 0 : (double)shared / union;
        bool equal = a.Count > 0 && shared == a.Count && shared == b.Count;
        bool isMatch = equal || (shared >= MinimumSharedWords && containment >= MinimumContainment);
        return new TitleSimilarity(isMatch, shared, containment, jaccard);
    }

    /// <summary>True when the two titles name the same piece of work (see the class remarks for the rule).</summary>
    public static bool IsMatch(string? left, string? right) => Compare(left, right).IsMatch;

    /// <summary>
    /// The candidate that best matches <paramref name="title"/>, or null when none matches. The best is the one
    /// with the highest containment, then the highest overlap (Jaccard), then the first in order.
    /// </summary>
    public static string? BestMatch(string? title, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        TitleSimilarity bestScore = default;
        foreach (string candidate in candidates)
        {
            TitleSimilarity s = Compare(title, candidate);
            if (!s.IsMatch)
            {
                continue;
            }

            if (best is null || s.Containment > bestScore.Containment
                || (s.Containment == bestScore.Containment && s.Jaccard > bestScore.Jaccard))
            {
                best = candidate;
                bestScore = s;
            }
        }

        return best;
    }

    private static string? Significant(string word)
    {
        bool hasDigit = word.Any(char.IsDigit);
        if (!hasDigit && (word.Length < 2 || Stops.Contains(word)))
        {
            return null;
        }

        return Stem(word);
    }
}
