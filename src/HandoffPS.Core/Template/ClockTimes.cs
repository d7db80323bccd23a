using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HandoffPS.Core.Template;

/// <summary>Reads the times of day people write in handoff headers (24-hour, 12-hour, ISO, the start of a range) and the zone written after them.</summary>
internal static partial class ClockTimes
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
        ["KST"] = TimeSpan.FromHours(9), ["HKT"] = TimeSpan.FromHours(8), ["SGT"] = TimeSpan.FromHours(8),
        ["AKST"] = TimeSpan.FromHours(-9), ["AKDT"] = TimeSpan.FromHours(-8), ["HST"] = TimeSpan.FromHours(-10),
        ["WET"] = TimeSpan.Zero, ["WEST"] = TimeSpan.FromHours(1), ["MSK"] = TimeSpan.FromHours(3),
        ["NZST"] = TimeSpan.FromHours(12), ["NZDT"] = TimeSpan.FromHours(13), ["AWST"] = TimeSpan.FromHours(8),
        ["ICT"] = TimeSpan.FromHours(7), ["BRT"] = TimeSpan.FromHours(-3), ["ART"] = TimeSpan.FromHours(-3),
    };

    /// <summary>Zone words whose offset depends on the season (<c>PT</c> is PST or PDT): kept as written, with no offset.</summary>
    private static readonly HashSet<string> SeasonalZones = new(StringComparer.OrdinalIgnoreCase) { "PT", "MT", "CT", "ET", "AT" };

    /// <inheritdoc cref="HandoffTimestamp.TryParseTime(string, int, bool, out TimeSpan, out string?, out TimeSpan?)"/>
    internal static bool TryParseTime(string value, int start, bool adjacent, out TimeSpan time, out string? zone, out TimeSpan? offset)
    {
        time = default;
        zone = null;
        offset = null;

        // Nothing left to read; and the template's own shape, HH:MM:SS (or HH:MM) and nothing else, read without the
        // expressions: ClockTime reads it the same, and nothing follows it for a range or a zone.
        if (start >= value.Length)
        {
            return false;
        }

        if (start == 0 && (value.Length == 8 || value.Length == 5) && value[2] == ':' && HandoffTimestamp.AllDigits(value, 0, 2) && HandoffTimestamp.AllDigits(value, 3, 2)
            && (value.Length == 5 || (value[5] == ':' && HandoffTimestamp.AllDigits(value, 6, 2))))
        {
            return TryTime(value[..2], value[3..5], value.Length == 8 ? value[6..] : string.Empty, null, out time);
        }

        return TryParseTimeByPatterns(value, start, adjacent, out time, out zone, out offset);
    }

    /// <summary><see cref="TryParseTime(string, int, bool, out TimeSpan, out string?, out TimeSpan?)"/> by its expressions alone, for every value.</summary>
    internal static bool TryParseTimeByPatterns(string value, int start, bool adjacent, out TimeSpan time, out string? zone, out TimeSpan? offset)
    {
        time = default;
        zone = null;
        offset = null;
        Match stamp = HandoffTimestamp.CompactStamp().Match(value, start);
        if (stamp.Success && stamp.Groups["h"].Success && (!adjacent || stamp.Index == start))
        {
            return TryTime(stamp.Groups["h"].Value, stamp.Groups["mi"].Value, stamp.Groups["s"].Value, null, out time);
        }

        Match m = ClockTime().Match(value, start);
        if (!m.Success || (adjacent && !Adjacent().IsMatch(value[start..m.Index]))
            || !TryTime(m.Groups["h"].Value, m.Groups["mi"].Value, m.Groups["s"].Value, m.Groups["ampm"].Value, out time))
        {
            return false;
        }

        // The zone of a range stands after its end: "9:30 AM - 10:30 AM PST".
        Match range = RangeEnd().Match(value, m.Index + m.Length);
        Match z = Zone().Match(value, m.Index + m.Length);
        if (!z.Success && range.Success)
        {
            z = Zone().Match(value, range.Index + range.Length);
        }

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
            else if (SeasonalZones.Contains(name) || name.Contains('/', StringComparison.Ordinal))
            {
                zone = name;
            }
        }

        return true;
    }

    /// <inheritdoc cref="HandoffTimestamp.TryParseTimeOfDate"/>
    internal static bool TryParseTimeOfDate(string value, int at, int length, bool adjacent, out TimeSpan time, out string? zone, out TimeSpan? offset)
    {
        Match stamp = HandoffTimestamp.CompactStamp().Match(value, at);
        if (stamp.Success && stamp.Index == at && stamp.Length == length && stamp.Groups["h"].Success)
        {
            zone = null;
            offset = null;
            return TryTime(stamp.Groups["h"].Value, stamp.Groups["mi"].Value, stamp.Groups["s"].Value, null, out time);
        }

        return TryParseTime(value, at + length, adjacent, out time, out zone, out offset);
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

    [GeneratedRegex(@"(?<![0-9:])(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\G\s*\(?(?<z>UTC[+-][0-9]{1,2}(?::?[0-9]{2})?|GMT[+-][0-9]{1,2}(?::?[0-9]{2})?|[+-][0-9]{2}:?[0-9]{2}|[A-Z][a-z]+(?:_[A-Z][a-z]+)*/[A-Za-z_]+(?:/[A-Za-z_]+)?|[A-Z]{1,4}T|MSK|UTC|GMT|Z)(?![A-Za-z])")]
    private static partial Regex Zone();

    [GeneratedRegex(@"\G\s*(?:-|–|—|→|~|to|until|bis)\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*[AaPp]\.?[Mm]\.?)?", RegexOptions.IgnoreCase)]
    private static partial Regex RangeEnd();

    [GeneratedRegex(@"^[\s,~T]*(?:(?:at|um|à|a las|@)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Adjacent();

    [GeneratedRegex(@"(?<sign>[+-])(?<h>[0-9]{1,2})(?::?(?<m>[0-9]{2}))?$")]
    private static partial Regex NumericOffset();
}
