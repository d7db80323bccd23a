using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HandoffPS.Core.Template;

/// <summary>
/// Reads the dates and times people write in handoff headers: <c>2025-10-27</c>, <c>January 4, 2026</c>,
/// <c>20260701-182147</c>, <c>09:30:00</c>, <c>07:30</c>, <c>06:36 AM</c>, <c>16:55 UTC</c>, <c>20:45 PST</c>,
/// and ranges such as <c>08:30 - 16:30</c> (the start is taken). A zone is kept as written, with its offset.
/// </summary>
public static partial class HandoffTimestamp
{
    /// <summary>Finds a calendar date anywhere in <paramref name="value"/>.</summary>
    public static bool TryParseDate(string value, out DateTime date) => TryFindDate(value, out date, out _, out _);

    /// <summary>
    /// The one date recogniser of the reader: finds the first calendar date in <paramref name="value"/> and where
    /// it stands. It reads ISO 8601 (<c>2026-02-16</c>, <c>2026-02-16T03:30:00Z</c>, <c>2026/02/16</c>), compact
    /// stamps (<c>20260701-182147</c>), English, Spanish, French, German, Portuguese and Italian month names and
    /// abbreviations in either order (<c>May 26, 2025</c>, <c>Tuesday, 3 June 2025</c>, <c>10 de mayo de 2026</c>),
    /// CJK dates (<c>2026年10月4日</c>), and day-first numeric dates where they cannot be misread: always with dots
    /// (<c>05.10.2026</c>), with slashes or dashes only when the day is above 12 (<c>14/09-2026</c>); a numeric
    /// date whose second number is above 12 is read month-first (<c>09/14/2026</c>), and one that could be either
    /// is not read at all. Placeholders such as <c>2024-01-XX</c> are no date.
    /// </summary>
    public static bool TryFindDate(string value, out DateTime date, out int index, out int length)
    {
        date = default;
        index = -1;
        length = 0;

        // The template's own shape, YYYY-MM-DD and nothing else, read without the expressions (IsoDate reads it the
        // same, at index 0, where no other pattern can come earlier).
        if (value.Length == 10 && value[4] == '-' && value[7] == '-' && AllDigits(value, 0, 4) && AllDigits(value, 5, 2) && AllDigits(value, 8, 2)
            && TryDate(value[..4], value[5..7], value[8..], out date))
        {
            index = 0;
            length = 10;
            return true;
        }

        return TryFindDateByPatterns(value, out date, out index, out length);
    }

    /// <summary><see cref="TryFindDate"/> by its expressions alone, for every value.</summary>
    internal static bool TryFindDateByPatterns(string value, out DateTime date, out int index, out int length)
    {
        date = default;
        index = -1;
        length = 0;
        foreach (Regex pattern in DatePatterns)
        {
            for (Match m = pattern.Match(value); m.Success && (index < 0 || m.Index < index); m = m.NextMatch())
            {
                if (TryDateOf(m, out DateTime found))
                {
                    date = found;
                    index = m.Index;
                    length = m.Length;
                    break;
                }
            }
        }

        return index >= 0;
    }

    private static readonly Regex[] DatePatterns = { IsoDate(), CompactStamp(), WordDate(), DayWordDate(), NumericDate(), CjkDate() };

    private static bool TryDateOf(Match m, out DateTime date)
    {
        date = default;
        string y = m.Groups["y"].Value;
        if (m.Groups["mon"].Success)
        {
            return MonthNumber(m.Groups["mon"].Value) is int month
                && TryDate(y, month.ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out date);
        }

        if (m.Groups["a"].Success)
        {
            int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            bool dayFirst = m.Groups["s"].Value == "." || a > 12;
            bool monthFirst = !dayFirst && b > 12;
            if (!dayFirst && !monthFirst)
            {
                return false;
            }

            return dayFirst
                ? TryDate(y, m.Groups["b"].Value, m.Groups["a"].Value, out date)
                : TryDate(y, m.Groups["a"].Value, m.Groups["b"].Value, out date);
        }

        return TryDate(y, m.Groups["mo"].Value, m.Groups["d"].Value, out date);
    }

    /// <summary>The month number of a month name or abbreviation in one of the languages read; null when unknown.</summary>
    private static int? MonthNumber(string name)
    {
        string key = name.TrimEnd('.').ToLowerInvariant();
        return Months.TryGetValue(key, out int n) ? n
            : key.Length >= 3 && Months.TryGetValue(key[..3], out n) ? n
            : null;
    }

    private static readonly Dictionary<string, int> Months = BuildMonths();

    // A month name is known by itself or by its first three letters (MonthNumber): the table holds the stems of the
    // languages read (English, Spanish, French, German, Portuguese, Italian), and the names whose first three letters
    // are not a stem ("juin", "juillet").
    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] names =
        {
            new[] { "jan", "ene", "jän", "gen" },
            new[] { "feb", "fév", "fev" },
            new[] { "mar", "mär" },
            new[] { "apr", "abr", "avr" },
            new[] { "may", "mai", "mag" },
            new[] { "jun", "juin", "giu" },
            new[] { "jul", "juil", "juillet", "lug" },
            new[] { "aug", "ago", "aoû", "aou" },
            new[] { "sep", "set" },
            new[] { "oct", "okt", "out", "ott" },
            new[] { "nov" },
            new[] { "dec", "dic", "déc", "dez" },
        };
        for (int i = 0; i < names.Length; i++)
        {
            foreach (string n in names[i])
            {
                months[n] = i + 1;
            }
        }

        return months;
    }

    /// <summary>
    /// Finds the first time of day in <paramref name="value"/> (the start of a range), with its zone if one
    /// follows it. A compact stamp <c>YYYYMMDD-HHMMSS</c> counts too.
    /// </summary>
    public static bool TryParseTime(string value, out TimeSpan time, out string? zone, out TimeSpan? offset) =>
        TryParseTime(value, 0, adjacent: false, out time, out zone, out offset);

    /// <summary>
    /// The one time recogniser of the reader: 24-hour (<c>16:55</c>, <c>07:10:22</c>), 12-hour (<c>6:30PM</c>,
    /// <c>02:57:54 PM</c>), ISO (<c>T03:30:00Z</c>, <c>T09:00:00+07:00</c>), the start of a range, and the zone
    /// written after it: a zone word (<c>UTC</c>, <c>PST</c>, <c>KST</c>, <c>PT</c>), an offset (<c>+02:00</c>,
    /// <c>UTC+9</c>) or an IANA name (<c>Europe/Zurich</c>), kept as written. Searches from
    /// <paramref name="start"/>; with <paramref name="adjacent"/>, only a time right there (after spaces, a comma,
    /// <c>T</c> or <c>at</c>) counts, as after a date in a title.
    /// </summary>
    public static bool TryParseTime(string value, int start, bool adjacent, out TimeSpan time, out string? zone, out TimeSpan? offset) =>
        ClockTimes.TryParseTime(value, start, adjacent, out time, out zone, out offset);

    /// <summary>
    /// The time that goes with the date <see cref="TryFindDate"/> found at <paramref name="at"/> (its
    /// <paramref name="length"/> characters): the time of a compact stamp <c>20260701-182147</c> that the date
    /// itself is, else a time after the date as <see cref="TryParseTime(string, int, bool, out TimeSpan, out string?, out TimeSpan?)"/> finds it.
    /// </summary>
    public static bool TryParseTimeOfDate(string value, int at, int length, bool adjacent, out TimeSpan time, out string? zone, out TimeSpan? offset) =>
        ClockTimes.TryParseTimeOfDate(value, at, length, adjacent, out time, out zone, out offset);

    internal static bool AllDigits(string value, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDate(string y, string mo, string d, out DateTime date)
    {
        date = default;
        int year = int.Parse(y, CultureInfo.InvariantCulture);
        int month = int.Parse(mo, CultureInfo.InvariantCulture);
        int day = int.Parse(d, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})(?<sep>[-/])(?<mo>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![0-9A-Za-z_/-])(?<y>[0-9]{4})(?<mo>[0-9]{2})(?<d>[0-9]{2})(?:-(?<h>[0-9]{2})(?<mi>[0-9]{2})(?<s>[0-9]{2})?)?(?![0-9])")]
    internal static partial Regex CompactStamp();

    [GeneratedRegex(@"(?<![\p{L}])(?<mon>jan(?:uary|vier|v|uar|eiro)?|jän(?:ner)?|ene(?:ro)?|gen(?:naio)?|feb(?:ruary|rero|ruar|braio)?|f[ée]v(?:rier|r|ereiro)?|mar(?:ch|zo|s|ço)?|m[äa]r(?:z)?|apr(?:il|ile)?|abr(?:il)?|avr(?:il)?|may(?:o)?|ma(?:i|io|ggio|g)|jun(?:e|io|i|ho)?|juin|giu(?:gno)?|jul(?:y|io|i|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust)?|ago(?:sto)?|ao[uû]t?|sep(?:t(?:ember|iembre|embre)?)?|set(?:embro|tembre)?|oct(?:ober|ubre|obre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?|nov(?:ember|iembre|embre|embro)?|dec(?:ember)?|dic(?:iembre|embre)?|d[ée]c(?:embre)?|dez(?:ember|embro)?)(?![\p{L}])\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<![\p{L}0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?(?<mon>jan(?:uary|vier|v|uar|eiro)?|jän(?:ner)?|ene(?:ro)?|gen(?:naio)?|feb(?:ruary|rero|ruar|braio)?|f[ée]v(?:rier|r|ereiro)?|mar(?:ch|zo|s|ço)?|m[äa]r(?:z)?|apr(?:il|ile)?|abr(?:il)?|avr(?:il)?|may(?:o)?|ma(?:i|io|ggio|g)|jun(?:e|io|i|ho)?|juin|giu(?:gno)?|jul(?:y|io|i|ho)?|juil(?:let)?|lug(?:lio)?|aug(?:ust)?|ago(?:sto)?|ao[uû]t?|sep(?:t(?:ember|iembre|embre)?)?|set(?:embro|tembre)?|oct(?:ober|ubre|obre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?|nov(?:ember|iembre|embre|embro)?|dec(?:ember)?|dic(?:iembre|embre)?|d[ée]c(?:embre)?|dez(?:ember|embro)?)(?![\p{L}])\.?,?\s+(?:de\s+|del\s+)?(?<y>[0-9]{4})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex DayWordDate();

    [GeneratedRegex(@"(?<![0-9.,/-])(?<a>[0-9]{1,2})(?<s>[./-])(?<b>[0-9]{1,2})[./-](?<y>[0-9]{4})(?![0-9])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})\s*[年년]\s*(?<mo>[0-9]{1,2})\s*[月월]\s*(?<d>[0-9]{1,2})")]
    private static partial Regex CjkDate();
}
