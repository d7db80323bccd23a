using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Template;

/// <summary>
/// The handoff file name: <c>YYYY-MM-DD-HHMM-{slug}.md</c> (local time, 24-hour), and the slug rules.
/// Reading also accepts the other styles people use: <c>YYYYMMDD-HHMM-slug</c>, <c>handoff-YYYYMMDD-HHMMSS</c>,
/// <c>YYYY-MM-DD_slug</c> and <c>YYYY-MM-DD-slug</c>.
/// </summary>
public static partial class HandoffFileName
{
    /// <summary>Longest slug written; longer descriptions are cut at a word boundary.</summary>
    public const int MaxSlugLength = 60;

    /// <summary>
    /// Turns a description into a slug: lower-case ASCII letters and digits, every other run of characters
    /// one <c>-</c>, no <c>-</c> at either end, at most <see cref="MaxSlugLength"/> characters cut at a word
    /// boundary. Accented letters are transliterated (é → e, ß → ss); other non-ASCII characters are dropped. A
    /// description with no ASCII letter or digit at all (written in Arabic, Japanese, ...) keeps the letters and digits
    /// of its own script instead, lower-cased where the script has case: <c>مراجعة الكود</c> → <c>مراجعة-الكود</c>.
    /// </summary>
    /// <exception cref="HandoffException">InvalidDescription, when no letter or digit remains, or the text is not valid UTF-16.</exception>
    public static string Slugify(string? description) => HandoffSlug.Slugify(description);

    /// <summary>True when <paramref name="text"/> is valid UTF-16: no lone surrogate.</summary>
    internal static bool IsValidText(string text) => FirstLoneSurrogate(text) < 0;

    /// <summary>The index of the first lone UTF-16 surrogate in <paramref name="text"/>, or -1.</summary>
    internal static int FirstLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The canonical file name for a session at <paramref name="date"/>.</summary>
    public static string Format(DateTime date, string slug) =>
        date.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture) + "-" + slug + ".md";

    /// <summary>The canonical file name for a description at <paramref name="date"/>.</summary>
    public static string ForDescription(DateTime date, string description) => Format(date, Slugify(description));

    /// <summary>
    /// Reads the timestamp and slug from a handoff file name in any accepted style. <paramref name="hasTime"/>
    /// is false for date-only names. Returns false for names that are not handoffs (README.md).
    /// </summary>
    public static bool TryParse(string fileName, out DateTime timestamp, out string slug, out bool hasTime)
    {
        timestamp = default;
        slug = string.Empty;
        hasTime = false;
        string name = System.IO.Path.GetFileName(fileName);
        if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The canonical name (what New-Handoff writes) is read without a regular expression: listing a folder of
        // thousands of handoffs reads every name. Any other name, or a canonical shape with an impossible date,
        // goes through the expressions below, which give the same answer for the canonical shape.
        if (TryCanonical(name, out timestamp, out slug))
        {
            hasTime = true;
            return true;
        }

        Match m = Canonical().Match(name);
        if (!m.Success)
        {
            m = Compact().Match(name);
        }

        if (m.Success && TryDate(m, withTime: true, out timestamp))
        {
            slug = m.Groups["slug"].Value;
            hasTime = true;
            return true;
        }

        m = Stamped().Match(name);
        if (m.Success && TryDate(m, withTime: true, out timestamp))
        {
            hasTime = true;
            return true;
        }

        m = DateOnly().Match(name);
        if (m.Success && TryDate(m, withTime: false, out timestamp))
        {
            slug = m.Groups["slug"].Value;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Finds a timestamp anywhere in a file name, for names that carry one without starting with it
    /// (<c>SESSION_HANDOFF_2026-01-04_PHASE3.md</c>, <c>sessionHandoff-2026-05-15-mobile.md</c>).
    /// </summary>
    public static bool TryFindTimestamp(string fileName, out DateTime timestamp, out bool hasTime)
    {
        string name = System.IO.Path.GetFileName(fileName);
        if (TryParse(name, out timestamp, out _, out hasTime))
        {
            return true;
        }

        hasTime = false;
        foreach (Match m in Embedded().Matches(name))
        {
            bool withTime = m.Groups["h"].Success;
            if (TryDate(m, withTime, out timestamp))
            {
                hasTime = withTime;
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of a file name after its timestamp, without the extension; empty when there is none.</summary>
    public static string SlugAfterTimestamp(string fileName)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(fileName);
        Match m = Embedded().Match(name + ".");
        if (!m.Success)
        {
            return string.Empty;
        }

        return name[Math.Min(name.Length, m.Index + m.Length)..].Trim('-', '_', ' ', '.');
    }

    /// <summary>
    /// Orders handoff file names oldest first: by the timestamp in the name (any accepted style), then by name.
    /// Canonical names sort the same as by name alone; mixed styles (<c>20260105-…</c>, <c>handoff-…</c>)
    /// fall into date order too.
    /// </summary>
    public static IComparer<string> Chronological { get; } = Comparer<string>.Create((a, b) =>
    {
        string x = System.IO.Path.GetFileName(a);
        string y = System.IO.Path.GetFileName(b);
        DateTime tx = TryFindTimestamp(x, out DateTime dx, out _) ? dx : DateTime.MaxValue;
        DateTime ty = TryFindTimestamp(y, out DateTime dy, out _) ? dy : DateTime.MaxValue;
        int byTime = tx.CompareTo(ty);
        return byTime != 0 ? byTime : string.CompareOrdinal(x, y);
    });

    /// <summary>True when <paramref name="fileName"/> is named like a handoff in any accepted style.</summary>
    public static bool IsHandoffName(string fileName) => TryParse(fileName, out _, out _, out _);

    /// <summary>
    /// <c>YYYY-MM-DD-HHMM-{slug}.md</c> read by position, as <see cref="Canonical"/> reads it (the extension is checked
    /// by the caller); false when the shape differs or the date or time is impossible.
    /// </summary>
    private static bool TryCanonical(string name, out DateTime timestamp, out string slug)
    {
        timestamp = default;
        slug = string.Empty;
        const int SlugStart = 16;
        if (name.Length < SlugStart + 1 + 3 || name[4] != '-' || name[7] != '-' || name[10] != '-' || name[15] != '-'
            || !TryDigits(name, 0, 4, out int year) || !TryDigits(name, 5, 2, out int month) || !TryDigits(name, 8, 2, out int day)
            || !TryDigits(name, 11, 2, out int hour) || !TryDigits(name, 13, 2, out int minute)
            || name.AsSpan(SlugStart, name.Length - SlugStart - 3).Contains('\n'))
        {
            return false;
        }

        if (!TryDate(year, month, day, hour, minute, 0, out timestamp))
        {
            return false;
        }

        slug = name[SlugStart..^3];
        return true;
    }

    private static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = s[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }

    private static bool TryDate(Match m, bool withTime, out DateTime value)
    {
        value = default;
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        int hour = withTime ? int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        int minute = withTime ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        int second = withTime && m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        return TryDate(year, month, day, hour, minute, second, out value);
    }

    private static bool TryDate(int year, int month, int day, int hour, int minute, int second, out DateTime value)
    {
        value = default;
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})-(?<h>[0-9]{2})(?<mi>[0-9]{2})-(?<slug>.+)\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex Canonical();

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<mo>[0-9]{2})(?<d>[0-9]{2})-(?<h>[0-9]{2})(?<mi>[0-9]{2})-(?<slug>.+)\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex Compact();

    [GeneratedRegex(@"^handoff-(?<y>[0-9]{4})(?<mo>[0-9]{2})(?<d>[0-9]{2})-(?<h>[0-9]{2})(?<mi>[0-9]{2})(?<s>[0-9]{2})?\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamped();

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})-?(?<mo>[0-9]{2})-?(?<d>[0-9]{2})(?:[-_](?<h>[0-9]{2})(?<mi>[0-9]{2})(?<s>[0-9]{2})?(?=[-_.]))?(?![0-9])")]
    private static partial Regex Embedded();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})[-_](?<slug>.+)\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnly();
}
