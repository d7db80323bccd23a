using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HandoffPS.Core.Template;

/// <summary>
/// Maps a section heading to the template by meaning, not by exact name: numbering (<c>1.</c>), emoji and
/// punctuation are ignored, then the words are matched against the names <see cref="HandoffTemplate"/> accepts.
/// </summary>
public static class SectionClassifier
{
    // Each section of the template, then each part of a section, with its canonical heading and aliases normalised.
    private static readonly (SectionKind Kind, string[] Names)[] Table = HandoffTemplate.Sections
        .Concat(HandoffTemplate.Sections.SelectMany(s => s.Parts))
        .Select(s => (s.Kind, s.Aliases.Prepend(Normalize(s.Heading)).ToArray()))
        .ToArray();

    /// <summary>
    /// Classifies a heading: an exact match of its normalised words, else a known name of two words or more
    /// followed by more words (<c>Next Steps: Phase 2</c>, <c>Completed Work Summary</c>), else by the words in it
    /// (<see cref="SectionKeywords"/>: <c>What Was Accomplished</c>, <c>Do This First Next Session</c>,
    /// <c>Open Problems</c>, <c>Files to Reference</c>).
    /// </summary>
    public static SectionKind Classify(string heading)
    {
        string key = Normalize(heading);
        foreach ((SectionKind kind, string[] names) in Table)
        {
            if (names.Contains(key, StringComparer.Ordinal))
            {
                return kind;
            }
        }

        foreach ((SectionKind kind, string[] names) in Table)
        {
            if (names.Any(n => n.Contains(' ') && key.StartsWith(n + " ", StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return SectionKeywords.Classify(key);
    }

    /// <summary>Lower-case words of a heading with numbering, emoji, markup and punctuation removed.</summary>
    public static string Normalize(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        bool space = false;
        foreach (char c in heading)
        {
            if (char.IsLetter(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsDigit(c) && sb.Length > 0)
            {
                if (space)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
