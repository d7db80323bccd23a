using HandoffPS.Core.Lint;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The header extractor over the project's own fixtures (Fixtures/styles/reading), one per header style seen in
/// real handoffs: where Date, Time, Branch and Description stand, which source wins, and that nothing is invented.
/// </summary>
public class HeaderExtractorTests
{
    private static HandoffDocument Read(string name) =>
        HandoffParser.ReadDocument(SampleHandoffs.FixturePath(Path.Combine("styles", "reading", name)));

    /// <summary>Expected values: date and time "yyyy-MM-dd HH:mm:ss" (null when the file states none), zone, branch, description.</summary>
    [Theory]
    // YAML front matter: ISO 8601 with Z, title as the description, branch key
    [InlineData("front-matter-iso-z.md", "Billing export rework", "2026-02-16 03:30:00", "Z", "feat/billing-export")]
    // front matter: date with a space and a zone word, topic as the description
    [InlineData("front-matter-space-utc.md", "Search index warmup", "2026-09-26 05:46:00", "UTC", "search/warmup")]
    // front matter: a quoted timestamp, name as the description
    [InlineData("front-matter-quoted.md", "Queue retry policy", "2026-01-31 14:30:00", "Z", null)]
    // front matter updated beats created; the H1 is the description
    [InlineData("front-matter-updated-created.md", "Contractor profiles capsule", "2026-08-23 00:00:00", null, null)]
    // a date in words in the title after the prefix: no topic is left, so the whole title stands in (origin None)
    [InlineData("title-date-in-words.md", "Session Handoff - May 26, 2025", "2025-05-26 00:00:00", null, "docs/tour")]
    // a date in words that starts a list item of the header
    [InlineData("list-item-date-in-words.md", "Model training log", "2025-10-13 00:00:00", null, null)]
    // date in words, 12-hour time and a seasonal zone word in one field
    [InlineData("field-words-with-zone.md", "Pager rotation cleanup", "2025-07-30 07:15:00", "PT", "chore/pager")]
    // day-first date in words; suffix title kept whole
    [InlineData("day-first-words.md", "Garden planner — Session Handoff", "2025-05-26 00:00:00", null, null)]
    // weekday before a day-first date in words
    [InlineData("weekday-words.md", "Session Summary: Kiosk mode", "2025-06-03 00:00:00", null, null)]
    // dd.MM.yyyy in the title
    [InlineData("day-first-dots.md", "Übersicht der Sitzung (05.10.2026)", "2026-10-05 00:00:00", null, null)]
    // dd/MM-yyyy, unambiguous since the day is above 12
    [InlineData("day-first-slash-dash.md", "Pilot route handoff", "2026-09-14 00:00:00", null, null)]
    // 05/10/2026 could be either: no date
    [InlineData("ambiguous-numeric-date.md", "Ambiguous day and month", null, null, null)]
    // no H1: an H2 that reads as a title is the title
    [InlineData("h2-title.md", "Sync engine retries", "2026-04-02 00:00:00", null, "sync/retries")]
    // topic first, date last in the title
    [InlineData("topic-first-title.md", "Castle Siege New Session Handoff - 2026-05-16", "2026-05-16 00:00:00", null, null)]
    [InlineData("topic-dash-date-title.md", "Leader Notes — 2026-10-09", "2026-10-09 00:00:00", null, null)]
    // a title that is only a date: the file name gives the description and the time
    [InlineData("2026-05-16-1405-date-only-title.md", "date only title", "2026-05-16 14:05:00", null, null)]
    // blockquote fields: Last updated with a zone in parentheses and prose after it; Branch
    [InlineData("blockquote-fields.md", "Ledger sync — Handoff", "2026-05-10 09:20:00", "KST", "master")]
    // a header table under the H1
    [InlineData("header-table.md", "Current session handoff", "2026-09-05 00:00:00", null, "deliverable/orders")]
    // ### Date and ### Branch with the value on the next line
    [InlineData("branch-heading-next-line.md", "Latest notes", "2026-05-05 00:00:00", null, "codex-dev")]
    // list-item fields in a ## Current State section after other sections
    [InlineData("current-state-list.md", "End-of-Day Notes", "2026-05-14 00:00:00", null, "main")]
    // Generated: ISO with a negative offset
    [InlineData("generated-key.md", "Relay merge handoff", "2026-06-29 00:47:00", "-04:00", null)]
    [InlineData("timestamp-key.md", "Nightly audit", "2026-03-02 23:05:10", null, null)]
    [InlineData("updated-key.md", "Board cleanup", "2026-07-19 00:00:00", null, null)]
    // full-width colons, in the title prefix and in the fields
    [InlineData("full-width-colon.md", "支付网关重构", "2026-08-30 00:00:00", null, "feature/payment-gateway")]
    // the branch only in a ## Environment section late in the file
    [InlineData("branch-later-environment.md", "Render farm tuning", "2026-02-11 00:00:00", null, "perf/render-queue")]
    // a branch value followed by a remark, or by the repository it is on
    [InlineData("branch-with-remark.md", "Parser cleanup", "2026-03-11 00:00:00", null, "feat/parser-cleanup")]
    [InlineData("branch-on-repo.md", "Speculative decoding — Handoff", "2026-06-28 00:00:00", null, "spec-research")]
    // a date that starts the first line under an early "## Session" heading; a bare "# Handoff" title gives no topic
    [InlineData("session-heading-date-line.md", "Handoff", "2026-02-22 00:00:00", null, null)]
    // a date in an early H2
    [InlineData("date-in-early-heading.md", "Fleet dashboard", "2026-10-05 00:00:00", null, null)]
    // 12-hour time with seconds and a zone; the older session's date and branch below are not read
    [InlineData("twelve-hour-seconds-zone.md", "Previous Session Context", "2026-03-01 14:57:54", "EST", null)]
    // a 12-hour range: the start is taken
    [InlineData("time-range-words.md", "Session Notes - September 19, 2025 Morning - Release prep", "2025-09-19 09:30:00", "PST", "develop")]
    // date and time in a heading
    [InlineData("heading-date-time.md", "Incident notes", "2026-08-14 01:40:00", null, null)]
    // a deadline, a release table, a previous session and prose about main: nothing is the session's
    [InlineData("nothing-invented.md", "Release planning notes", null, null, null)]
    // a date that is due, in the title; branch protection on main in the text
    [InlineData("title-date-due.md", "Migration due 2026-04-01", null, null, null)]
    // a French field whose value is prose, not a branch name; an IANA zone
    [InlineData("branch-prose-mixed.md", "Branche prose", "2025-10-04 17:00:00", "Europe/Zurich", null)]
    public void Reads_each_style(string name, string description, string? date, string? zone, string? branch)
    {
        Handoff h = Read(name).Handoff;

        Assert.Equal(description, h.Description);
        Assert.Equal(date is null ? null : DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), h.Date);
        Assert.Equal(zone, h.TimeZone);
        Assert.Equal(branch, h.Branch);
    }

    [Theory]
    [InlineData("front-matter-iso-z.md", HeaderOriginKind.FrontMatter, HeaderOriginKind.FrontMatter, HeaderOriginKind.FrontMatter)]
    [InlineData("title-date-in-words.md", HeaderOriginKind.Title, HeaderOriginKind.Field, HeaderOriginKind.None)]
    [InlineData("date-in-early-heading.md", HeaderOriginKind.Heading, HeaderOriginKind.None, HeaderOriginKind.Title)]
    [InlineData("list-item-date-in-words.md", HeaderOriginKind.Text, HeaderOriginKind.None, HeaderOriginKind.Title)]
    [InlineData("2026-05-16-1405-date-only-title.md", HeaderOriginKind.Title, HeaderOriginKind.None, HeaderOriginKind.FileName)]
    [InlineData("nothing-invented.md", HeaderOriginKind.None, HeaderOriginKind.None, HeaderOriginKind.Title)]
    public void Says_where_each_value_came_from(string name, HeaderOriginKind date, HeaderOriginKind branch, HeaderOriginKind description)
    {
        HeaderOrigins origins = Read(name).Origins;

        Assert.Equal(date, origins.Date.Kind);
        Assert.Equal(branch, origins.Branch.Kind);
        Assert.Equal(description, origins.Description.Kind);
    }

    [Fact]
    public void An_explicit_field_beats_front_matter_and_the_title()
    {
        Handoff h = HandoffParser.Parse("---\ndate: 2026-01-01\nbranch: from-yaml\n---\n\n# Handoff — 2026-01-03\n\n**Date**: 2026-01-02\n**Branch**: from-field\n", "notes.md");

        Assert.Equal(new DateTime(2026, 1, 2), h.Date);
        Assert.Equal("from-field", h.Branch);
    }

    [Fact]
    public void A_date_in_a_title_given_by_the_front_matter_is_read_as_the_title_s()
    {
        // Converted, the front matter's title is the Markdown title, whose date is read: read here too, it is not lost
        // on the way, and converting the converted file gives it back.
        HandoffDocument doc = HandoffParser.ParseDocument("---\ntitle: Billing export 2026-02-16T03:30:00Z\nowner: ops\n---\n\n## Summary\n\nRows stream.\n", "notes.md");

        Assert.Equal(new DateTime(2026, 2, 16, 3, 30, 0), doc.Handoff.Date);
        Assert.Equal("Billing export 2026-02-16T03:30:00Z", doc.Handoff.Description);
        Assert.Equal(HeaderOriginKind.Title, doc.Origins.Date.Kind);
        Assert.Equal(2, doc.Origins.Date.Line);
    }

    [Fact]
    public void The_file_name_gives_the_date_only_when_the_header_states_none()
    {
        Handoff h = HandoffParser.Parse("# Topic\n\n**Date**: 2026-01-02\n", "2026-03-04-1200-topic.md");

        Assert.Equal(new DateTime(2026, 1, 2), h.Date);
    }

    [Fact]
    public void A_branch_remark_stays_in_the_fields_and_in_the_converted_file()
    {
        Handoff h = Read("branch-with-remark.md").Handoff;
        string converted = HandoffRenderer.Render(h);

        Assert.Equal("`feat/parser-cleanup` (rebased today)", h.Fields["Branch"]);
        Assert.Contains("**Branch**: `feat/parser-cleanup` (rebased today)\n", converted, StringComparison.Ordinal);
        Assert.Single(converted.Split('\n'), l => l.StartsWith("**Branch**", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(detached at 201f346)", "**Branch**: (detached at 201f346)")]
    [InlineData("auth Token", "**Branch**: `auth Token`")]
    [InlineData("feat/x", "**Branch**: feat/x")]
    public void The_writer_s_branch_reads_back_whole(string branch, string line)
    {
        string text = HandoffRenderer.Render(new Handoff { Description = "x", Branch = branch });

        Assert.Contains(line + "\n", text, StringComparison.Ordinal);
        Assert.Equal(branch, HandoffParser.Parse(text).Branch);
    }

    [Fact]
    public void Front_matter_keys_that_map_to_nothing_are_kept_as_fields()
    {
        Handoff h = Read("front-matter-iso-z.md").Handoff;

        Assert.Equal("ops-team", h.Fields["owner"]);
        Assert.False(h.Fields.ContainsKey("title"));
        Assert.Equal("index, cache", Read("front-matter-space-utc.md").Handoff.Fields["tags"]);
    }

    [Fact]
    public void Keys_other_than_the_canonical_ones_stay_in_the_fields()
    {
        Handoff h = Read("blockquote-fields.md").Handoff;

        Assert.Equal("2026-05-10 09:20 (KST) — after the nightly run", h.Fields["Last updated"]);
        Assert.Equal("green", h.Fields["Status"]);
    }

    [Fact]
    public void A_heading_suffix_is_kept()
    {
        Handoff h = Read("heading-suffix.md").Handoff;

        Assert.Equal("Validate the mapping step", Assert.Single(h.NextPriorities).Title);
        Assert.Equal("Phase 2", h.Fields["Next Steps"]);
    }

    [Theory]
    [InlineData("May 26, 2025", "2025-05-26")]
    [InlineData("Tuesday, 3 June 2025", "2025-06-03")]
    [InlineData("Sept. 4th, 2026", "2026-09-04")]
    [InlineData("10 de mayo de 2026", "2026-05-10")]
    [InlineData("le 1er juin 2026", "2026-06-01")]
    [InlineData("3. März 2026", "2026-03-03")]
    [InlineData("2026年10月4日", "2026-10-04")]
    [InlineData("2026/02/16", "2026-02-16")]
    [InlineData("05.10.2026", "2026-10-05")]
    [InlineData("14/09-2026", "2026-09-14")]
    [InlineData("09/14/2026", "2026-09-14")]
    [InlineData("2026-02-16T03:30:00Z", "2026-02-16")]
    public void One_recogniser_reads_every_date_shape(string text, string expected)
    {
        Assert.True(HandoffTimestamp.TryParseDate(text, out DateTime date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("05/10/2026")]
    [InlineData("2024-01-XX")]
    [InlineData("v1.2.3")]
    [InlineData("fix-20251011x")]
    public void Ambiguous_or_partial_dates_are_not_read(string text)
    {
        Assert.False(HandoffTimestamp.TryParseDate(text, out _));
    }

    [Theory]
    [InlineData("02:57:54 PM EST", "14:57:54", "EST", "-05:00")]
    [InlineData("6:30PM→9:30PM", "18:30:00", null, null)]
    [InlineData("11:45 AM PST", "11:45:00", "PST", "-08:00")]
    [InlineData("09:20 (KST)", "09:20:00", "KST", "+09:00")]
    [InlineData("7:15 AM PT", "07:15:00", "PT", null)]
    [InlineData("T09:00:00+07:00", "09:00:00", "+07:00", "+07:00")]
    [InlineData("17:00 (Europe/Zurich)", "17:00:00", "Europe/Zurich", null)]
    public void One_recogniser_reads_every_time_shape(string text, string expected, string? zone, string? offset)
    {
        Assert.True(HandoffTimestamp.TryParseTime(text, out TimeSpan time, out string? z, out TimeSpan? o));
        Assert.Equal(TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal(zone, z);
        Assert.Equal(offset, o is TimeSpan t ? (t < TimeSpan.Zero ? "-" : "+") + t.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    [Fact]
    public void Every_reading_fixture_converts_to_a_file_that_reads_back_the_same()
    {
        foreach (string file in Directory.EnumerateFiles(SampleHandoffs.FixturePath(Path.Combine("styles", "reading")), "*.md"))
        {
            Handoff first = HandoffParser.ReadFile(file);
            string converted = HandoffRenderer.Render(first);
            HandoffDocument second = HandoffParser.ParseDocument(converted, first.FileName);

            Assert.Equal(first.Description, second.Handoff.Description);
            Assert.Equal(first.Date, second.Handoff.Date);
            Assert.Equal(first.Branch, second.Handoff.Branch);
            Assert.Equal(converted, HandoffRenderer.Render(second.Handoff));
            Assert.DoesNotContain(HandoffLinter.Lint(second), d => d.Level == DiagnosticSeverity.Error);
        }
    }
}
