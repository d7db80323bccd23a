using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The project's own fixtures, one per header and section style seen in real handoffs, so that the
/// tolerant reader is covered without the real-handoffs corpus.
/// </summary>
public class StyleFixtureTests
{
    private static Handoff Read(string name) => HandoffParser.ReadFile(SampleHandoffs.FixturePath(Path.Combine("styles", name)));

    [Theory]
    [InlineData("2026-09-06-1610-parser-cleanup.md", "Parser cleanup, second pass", "2026-09-06 16:10:00", null, null)]
    [InlineData("2025-11-08-1655-zones-and-ranges.md", "Zones and ranges", "2025-11-08 16:55:00", "UTC", "feat/zones")]
    [InlineData("2025-11-09-2045-combined-field.md", "Combined field", "2025-11-09 20:45:00", "PST", "main")]
    [InlineData("2025-11-03-0636-twelve-hours.md", "Twelve hours", "2025-11-03 06:36:00", null, "feat/am")]
    [InlineData("20251027-0830-range.md", "Range", "2025-10-27 08:30:00", null, "feature/range")]
    [InlineData("sessionHandoff-2026-05-15-sections.md", "Sections for fields", "2026-05-15 00:00:00", null, "mobile")]
    [InlineData("2026-06-01-cleanup-gate.md", "Cleanup Gate", "2026-06-01 00:00:00", null, "develop")]
    [InlineData("2026-06-08-mascot-icons.md", "Mascot Icons", "2026-06-08 00:00:00", null, "ui/mascot")]
    [InlineData("2026-07-27_021_SESSION_HANDOFF.md", "PROJECT X — SESSION HANDOFF", "2026-07-27 00:00:00", null, "main")]
    [InlineData("handoff-20260701-182147.md", "handoff-20260701-182147", "2026-07-01 18:21:47", null, null)]
    [InlineData("2026-04-21-pm-portal-handoff.md", "pm portal handoff", "2026-04-21 00:00:00", null, "cursor/docs")]
    [InlineData("SESSION_HANDOFF_2026-01-04_WORDS.md", "Words for dates", "2026-01-04 00:00:00", null, null)]
    [InlineData("20260911-2210-proxy-lint-review.md", "proxy lint review", "2026-09-11 22:10:00", null, null)]
    // Edges of each style: 11:59 PM, 12:15 AM, 12:00 PM, a compact stamp at midnight on a leap day, the last
    // day of the year in words and as sections, a header date that is another day than the name's.
    [InlineData("2025-12-31-2359-year-end.md", "Year end", "2025-12-31 23:59:00", "PST", "release")]
    [InlineData("20250101-0015-after-midnight.md", "After midnight", "2025-01-01 00:15:00", null, "feat/night")]
    [InlineData("2026-02-28-1200-noon.md", "Noon", "2026-02-28 12:00:00", null, null)]
    [InlineData("handoff-20240229-000000.md", "handoff-20240229-000000", "2024-02-29 00:00:00", null, null)]
    [InlineData("sessionHandoff-2024-12-31-sections.md", "Sections at year end", "2024-12-31 23:59:00", null, "main")]
    [InlineData("2024-03-01-0930-migrated.md", "Migrated", "2024-02-29 00:00:00", null, "main")]
    public void Reads_description_date_zone_and_branch(string name, string description, string date, string? zone, string? branch)
    {
        Handoff h = Read(name);

        Assert.Equal(description, h.Description);
        Assert.Equal(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), h.Date);
        Assert.Equal(zone, h.TimeZone);
        Assert.Equal(branch, h.Branch);
    }

    [Fact]
    public void Middot_fields_are_split_and_kept()
    {
        Handoff h = Read("2026-09-06-1610-parser-cleanup.md");

        Assert.Equal("demo", h.Fields["Project"]);
        Assert.Equal("`docs/plan.md`", h.Fields["Plan"]);
        Assert.Equal(new[] { "Keep the old API" }, h.Decisions);
        Assert.Equal(new[] { "abc1234 — tokenizer" }, h.CompletedWork);
        Assert.Equal("Wire the CLI", Assert.Single(h.NextPriorities).Title);
    }

    [Fact]
    public void Checkboxes_map_by_state_and_sections_by_meaning()
    {
        Handoff h = Read("2025-11-08-1655-zones-and-ranges.md");

        Assert.Equal("Times with zones.", h.Summary);
        Assert.Equal(new[] { "Parsed zones", "Parsed ranges" }, h.CompletedWork);
        Assert.Equal("Offsets in the index", Assert.Single(h.NextPriorities).Title);
        Assert.Equal("Time", Assert.Single(h.Blockers).Category);
        Assert.Equal("✅ done", h.Fields["Status"]);
        Assert.Equal("+00:00", h.Offset);
    }

    [Fact]
    public void Priorities_written_as_numbered_emoji_headings_take_their_lists_as_details()
    {
        Handoff h = Read("2025-11-09-2045-combined-field.md");

        Assert.Equal(new[] { "Ship it", "Tell people" }, h.NextPriorities.Select(p => p.Title));
        Assert.Equal(new[] { "build", "publish" }, h.NextPriorities[0].Details);
        Assert.Equal("Who reviews?", Assert.Single(h.Blockers).Text);
        Assert.Equal("-08:00", h.Offset);
    }

    [Fact]
    public void Several_h1s_and_plain_fields_load()
    {
        Handoff h = Read("2026-04-21-pm-portal-handoff.md");

        Assert.Equal("Codex", h.Author);
        Assert.Equal("none really", Assert.Single(h.Blockers).Text);
        Assert.Equal("Review", Assert.Single(h.NextPriorities).Title);
        Assert.Contains(h.OtherSections, o => o.Heading == "PM-Ready Summary");
    }

    [Fact]
    public void A_file_without_markdown_keeps_its_unmapped_text()
    {
        Handoff h = Read("2026-07-27_021_SESSION_HANDOFF.md");

        Assert.Equal("Someone", h.Fields["Product Owner"]);
        Assert.Equal("Tekst.", Assert.Single(h.OtherSections).Markdown);
    }

    [Fact]
    public void Timestamp_and_author_on_one_line()
    {
        Handoff h = Read("handoff-20260701-182147.md");

        Assert.Equal("Claude (Opus 4.8)", h.Author);
        Assert.Equal("Things.", h.Summary);
    }

    [Theory]
    [InlineData("January 4, 2026")]
    [InlineData("Jan 4 2026")]
    [InlineData("4 January 2026")]
    [InlineData("4th Jan, 2026")]
    public void Dates_in_words_are_read_in_either_order(string value)
    {
        Assert.True(HandoffTimestamp.TryParseDate(value, out DateTime date));
        Assert.Equal(new DateTime(2026, 1, 4), date);
    }

    [Fact]
    public void An_invalid_leap_day_in_header_and_name_gives_no_date()
    {
        Handoff h = Read("SESSION_HANDOFF_2025-02-29_INVALID.md");

        Assert.Equal("Invalid leap day", h.Description);
        Assert.Null(h.Date);
        Assert.Equal("February 29, 2025", h.Fields["Date"]);
        Assert.Equal(new[] { "Nothing dated" }, h.CompletedWork);
    }

    [Fact]
    public void Edge_fixtures_keep_their_other_values()
    {
        Assert.Equal("Last minute of the year.", Read("2025-12-31-2359-year-end.md").Summary);
        Assert.Equal("-08:00", Read("2025-12-31-2359-year-end.md").Offset);
        Assert.Equal("Check the leap day", Assert.Single(Read("2024-03-01-0930-migrated.md").NextPriorities).Title);
        Assert.Equal(new[] { "New year" }, Read("20250101-0015-after-midnight.md").CompletedWork);
        Assert.Equal("demo", Read("2026-02-28-1200-noon.md").Fields["Project"]);
        Assert.Equal("Ada", Read("handoff-20240229-000000.md").Author);
        Assert.Equal("Fields as sections.", Read("sessionHandoff-2024-12-31-sections.md").Summary);
    }
}
