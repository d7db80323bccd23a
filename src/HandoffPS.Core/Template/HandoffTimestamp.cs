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
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["IST"] = new TimeSpan(5, 30, 0), ["JST"] = TimeSpan.FromHours(9),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
    };

    /// <summary>Finds a calendar date anywhere in <paramref name="value"/>.</summary>
    public static bool TryParseDate(string value, out DateTime date)
    {
        date = default;
        Match m = IsoDate().Match(value);
        if (m.Success && TryDate(m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value, out date))
        {
            return true;
        }

        m = CompactStamp().Match(value);
        if (m.Success && TryDate(m.Groups["y"].Value, m.Groups["mo"].Value, m.Groups["d"].Value, out date))
        {
            return true;
        }

        // "January 4, 2026" and "4 January 2026": both patterns name the same groups.
        foreach (Match words in new[] { WordDate().Match(value), DayWordDate().Match(value) })
        {
            // "Sept" is the one abbreviation the pattern accepts that is not a .NET month abbreviation.
            string month = words.Groups["mon"].Value;
            if (month.Equals("Sept", StringComparison.OrdinalIgnoreCase))
            {
                month = "Sep";
            }

            string text = $"{month} {words.Groups["d"].Value} {words.Groups["y"].Value}";
            if (words.Success && (DateTime.TryParseExact(text, "MMMM d yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                || DateTime.TryParseExact(text, "MMM d yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds the first time of day in <paramref name="value"/> (the start of a range), with its zone if one
    /// follows it. A compact stamp <c>YYYYMMDD-HHMMSS</c> counts too.
    /// </summary>
    public static bool TryParseTime(string value, out TimeSpan time, out string? zone, out TimeSpan? offset)
    {
        time = default;
        zone = null;
        offset = null;
        Match stamp = CompactStamp().Match(value);
        if (stamp.Success && stamp.Groups["h"].Success)
        {
            return TryTime(stamp.Groups["h"].Value, stamp.Groups["mi"].Value, stamp.Groups["s"].Value, null, out time);
        }

        Match m = ClockTime().Match(value);
        if (!m.Success || !TryTime(m.Groups["h"].Value, m.Groups["mi"].Value, m.Groups["s"].Value, m.Groups["ampm"].Value, out time))
        {
            return false;
        }

        Match z = Zone().Match(value, m.Index + m.Length);
        if (z.Success)
        {
            string name = z.Groups["z"].Value;
            if (Zones.TryGetValue(name, out TimeSpan known))
            {
                zone = name.ToUpperInvariant();
                offset = known;
            }
            else if (TryNumericOffset(name, out TimeSpan numeric))
            {
                zone = name;
                offset = numeric;
            }
        }

        return true;
    }

    private static bool TryNumericOffset(string text, out TimeSpan offset)
    {
        offset = default;
        Match m = NumericOffset().Match(text);
        if (!m.Success)
        {
            return false;
        }

        int hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (m.Groups["sign"].Value == "-")
        {
            offset = offset.Negate();
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

    private static bool TryTime(string h, string mi, string s, string? ampm, out TimeSpan time)
    {
        time = default;
        int hour = int.Parse(h, CultureInfo.InvariantCulture);
        int minute = int.Parse(mi, CultureInfo.InvariantCulture);
        int second = string.IsNullOrEmpty(s) ? 0 : int.Parse(s, CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(ampm))
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            bool pm = ampm.StartsWith('P') || ampm.StartsWith('p');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeSpan(hour, minute, second);
        return true;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})(?![0-9])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})(?<mo>[0-9]{2})(?<d>[0-9]{2})(?:-(?<h>[0-9]{2})(?<mi>[0-9]{2})(?<s>[0-9]{2})?)?(?![0-9])")]
    private static partial Regex CompactStamp();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayWordDate();

    [GeneratedRegex(@"(?<![0-9:])(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\G\s*\(?(?<z>UTC[+-][0-9]{1,2}(?::?[0-9]{2})?|GMT[+-][0-9]{1,2}(?::?[0-9]{2})?|[+-][0-9]{2}:?[0-9]{2}|[A-Z]{1,4}T|UTC|GMT|Z)(?![A-Za-z])")]
    private static partial Regex Zone();

    [GeneratedRegex(@"(?<sign>[+-])(?<h>[0-9]{1,2})(?::?(?<m>[0-9]{2}))?$")]
    private static partial Regex NumericOffset();
}
