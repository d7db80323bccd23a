using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Every date and time style the header reader accepts, each with its edges: the first and last valid
/// value, the first invalid one, leap days. Expected values are written out by hand.
/// </summary>
public class HandoffTimestampTests
{
    [Theory]
    // ISO
    [InlineData("2025-10-27", 2025, 10, 27)]
    [InlineData("on 2025-01-31, late", 2025, 1, 31)]
    [InlineData("2025-12-31", 2025, 12, 31)]
    [InlineData("2025-01-01", 2025, 1, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2025-04-30", 2025, 4, 30)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("2025-11-09 20:45 PST", 2025, 11, 9)]
    // Compact stamp, with and without its time
    [InlineData("20260701", 2026, 7, 1)]
    [InlineData("20260701-182147", 2026, 7, 1)]
    [InlineData("20241231-2359", 2024, 12, 31)]
    [InlineData("20240229", 2024, 2, 29)]
    // Words, month first
    [InlineData("January 4, 2026", 2026, 1, 4)]
    [InlineData("Jan 4 2026", 2026, 1, 4)]
    [InlineData("Feb 29, 2024", 2024, 2, 29)]
    [InlineData("December 31st, 2025", 2025, 12, 31)]
    [InlineData("dec. 1 2025", 2025, 12, 1)]
    [InlineData("Sept 30, 2026", 2026, 9, 30)]
    [InlineData("September 1, 2026", 2026, 9, 1)]
    // Words, day first
    [InlineData("4 January 2026", 2026, 1, 4)]
    [InlineData("4th Jan, 2026", 2026, 1, 4)]
    [InlineData("29 February 2024", 2024, 2, 29)]
    [InlineData("31 Dec 2025", 2025, 12, 31)]
    [InlineData("12 sept. 2026", 2026, 9, 12)]
    // German month names are read ("Januar" is no typo of "January")
    [InlineData("Januar 4, 2026", 2026, 1, 4)]
    [InlineData("4. Januar 2026", 2026, 1, 4)]
    // An invalid ISO date does not hide a valid date written in words after it
    [InlineData("2025-02-30 (typo), really March 1, 2025", 2025, 3, 1)]
    [InlineData("20250230 or 1 March 2025", 2025, 3, 1)]
    public void Reads_a_date_in_every_accepted_style(string value, int year, int month, int day)
    {
        Assert.True(HandoffTimestamp.TryParseDate(value, out DateTime date));
        Assert.Equal(new DateTime(year, month, day), date);
        Assert.Equal(TimeSpan.Zero, date.TimeOfDay);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TBD")]
    [InlineData("2025-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2025-04-31")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-01-00")]
    [InlineData("2025-01-32")]
    [InlineData("0000-01-01")]
    [InlineData("12025-01-01")]
    [InlineData("2025-01-011")]
    [InlineData("20250229")]
    [InlineData("20251301")]
    [InlineData("120260701")]
    [InlineData("Feb 29, 2025")]
    [InlineData("29 February 2025")]
    [InlineData("February 30, 2024")]
    [InlineData("0 January 2026")]
    [InlineData("xJan 4 2026")]
    [InlineData("x14 January 2026")]
    [InlineData("Jan 4 20261")]
    [InlineData("4 Jan 20261")]
    public void Refuses_values_that_are_no_calendar_date(string value)
    {
        Assert.False(HandoffTimestamp.TryParseDate(value, out DateTime date));
        Assert.Equal(default, date);
    }

    [Theory]
    // 24-hour, with and without seconds
    [InlineData("09:30:00", 9, 30, 0)]
    [InlineData("07:30", 7, 30, 0)]
    [InlineData("7:05", 7, 5, 0)]
    [InlineData("00:00", 0, 0, 0)]
    [InlineData("00:00:00", 0, 0, 0)]
    [InlineData("23:59", 23, 59, 0)]
    [InlineData("23:59:59", 23, 59, 59)]
    [InlineData("2025-11-09 20:45 PST", 20, 45, 0)]
    // 12-hour: 12 AM is midnight, 12 PM is noon
    [InlineData("12:00 AM", 0, 0, 0)]
    [InlineData("12:00 PM", 12, 0, 0)]
    [InlineData("12:15 AM", 0, 15, 0)]
    [InlineData("12:15 PM", 12, 15, 0)]
    [InlineData("12:59:59 AM", 0, 59, 59)]
    [InlineData("01:00 AM", 1, 0, 0)]
    [InlineData("1:00 PM", 13, 0, 0)]
    [InlineData("11:59 AM", 11, 59, 0)]
    [InlineData("11:59 PM", 23, 59, 0)]
    [InlineData("06:36 AM", 6, 36, 0)]
    [InlineData("6:36 pm", 18, 36, 0)]
    [InlineData("6:36 p.m.", 18, 36, 0)]
    [InlineData("6:36a.m.", 6, 36, 0)]
    [InlineData("6:36PM", 18, 36, 0)]
    [InlineData("10:00 PMO review", 10, 0, 0)]
    [InlineData("10:00 am-ish", 10, 0, 0)]
    // A range: the start is taken
    [InlineData("08:30 - 16:30 (8 hours)", 8, 30, 0)]
    [InlineData("11:00 PM - 01:00 AM", 23, 0, 0)]
    // A compact stamp's time
    [InlineData("20260701-182147", 18, 21, 47)]
    [InlineData("20260701-0000", 0, 0, 0)]
    [InlineData("20261231-235959", 23, 59, 59)]
    // A compact date without time does not hide a clock time after it
    [InlineData("20260701 at 09:30", 9, 30, 0)]
    public void Reads_a_time_in_every_accepted_style(string value, int hour, int minute, int second)
    {
        Assert.True(HandoffTimestamp.TryParseTime(value, out TimeSpan time, out _, out _));
        Assert.Equal(new TimeSpan(hour, minute, second), time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("24:00")]
    [InlineData("23:60")]
    [InlineData("12:00:60")]
    [InlineData("99:99")]
    [InlineData("13:00 PM")]
    [InlineData("00:30 AM")]
    [InlineData("0:30 pm")]
    [InlineData("20260701-2400")]
    [InlineData("20260701-2360")]
    [InlineData("20260701-235960")]
    [InlineData("20260701")]
    [InlineData("2026-07-01")]
    [InlineData("123:45")]
    [InlineData("x:12:30")]
    public void Refuses_values_that_are_no_time_of_day(string value)
    {
        Assert.False(HandoffTimestamp.TryParseTime(value, out TimeSpan time, out string? zone, out TimeSpan? offset));
        Assert.Equal(TimeSpan.Zero, time);
        Assert.Null(zone);
        Assert.Null(offset);
    }

    [Theory]
    [InlineData("16:55 UTC", "UTC", 0, 0)]
    [InlineData("16:55 GMT", "GMT", 0, 0)]
    [InlineData("16:55Z", "Z", 0, 0)]
    [InlineData("20:45 PST", "PST", -8, 0)]
    [InlineData("20:45 PDT", "PDT", -7, 0)]
    [InlineData("20:45 MST", "MST", -7, 0)]
    [InlineData("20:45 MDT", "MDT", -6, 0)]
    [InlineData("20:45 CST", "CST", -6, 0)]
    [InlineData("20:45 CDT", "CDT", -5, 0)]
    [InlineData("20:45 EST", "EST", -5, 0)]
    [InlineData("20:45 EDT", "EDT", -4, 0)]
    [InlineData("10:00 BST", "BST", 1, 0)]
    [InlineData("10:00 CET", "CET", 1, 0)]
    [InlineData("10:00 (CEST)", "CEST", 2, 0)]
    [InlineData("10:00 EET", "EET", 2, 0)]
    [InlineData("10:00 EEST", "EEST", 3, 0)]
    [InlineData("10:00 IST", "IST", 5, 30)]
    [InlineData("10:00 JST", "JST", 9, 0)]
    [InlineData("10:00 AEST", "AEST", 10, 0)]
    [InlineData("10:00 AEDT", "AEDT", 11, 0)]
    [InlineData("06:36 AM EST", "EST", -5, 0)]
    [InlineData("10:00 UTC+2", "UTC+2", 2, 0)]
    [InlineData("10:00 UTC-3:30", "UTC-3:30", -3, -30)]
    [InlineData("10:00 GMT+0530", "GMT+0530", 5, 30)]
    [InlineData("10:00 +05:30", "+05:30", 5, 30)]
    [InlineData("10:00 -0330", "-0330", -3, -30)]
    [InlineData("10:00 +14:00", "+14:00", 14, 0)]
    [InlineData("10:00 -14:59", "-14:59", -14, -59)]
    [InlineData("10:00 UTC+14", "UTC+14", 14, 0)]
    // The zone of a range stands after its end and belongs to its start too
    [InlineData("10:00 - 11:00 UTC", "UTC", 0, 0)]
    [InlineData("9:30 AM - 10:30 AM PST", "PST", -8, 0)]
    public void A_zone_after_the_time_is_kept_with_its_offset(string value, string zone, int hours, int minutes)
    {
        Assert.True(HandoffTimestamp.TryParseTime(value, out _, out string? z, out TimeSpan? offset));
        Assert.Equal(zone, z);
        Assert.Equal(new TimeSpan(hours, minutes, 0), offset);
    }

    [Theory]
    [InlineData("10:00")]
    [InlineData("10:00 (8 hours)")]
    [InlineData("10:00 XYZT")]
    [InlineData("10:00 UTC+15")]
    [InlineData("10:00 +15:00")]
    [InlineData("10:00 UTC+14:60")]
    [InlineData("10:00 utc")]
    [InlineData("10:00 UTCx")]
    [InlineData("20260701-182147 UTC")]
    public void Without_a_known_zone_right_after_the_time_there_is_none(string value)
    {
        Assert.True(HandoffTimestamp.TryParseTime(value, out TimeSpan time, out string? zone, out TimeSpan? offset));
        Assert.NotEqual(TimeSpan.Zero, time);
        Assert.Null(zone);
        Assert.Null(offset);
    }
}
