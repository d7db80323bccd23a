using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Header fields as the reader turns them into Date, Branch, Author, Commit and Fields: every field style,
/// the file name as the fallback for the date and time, and which of two values wins.
/// </summary>
public class HeaderFieldsTests
{
    private static Handoff Parse(string header, string? fileName = null) =>
        HandoffParser.Parse("# Session Handoff: x\n\n" + header + "\n", fileName);

    [Theory]
    [InlineData("**Date**: 2025-10-27")]
    [InlineData("**Date:** 2025-10-27")]
    [InlineData("**Date** : 2025-10-27")]
    [InlineData("- **Date:** 2025-10-27")]
    [InlineData("* **Date**: 2025-10-27")]
    [InlineData("+ **Date**: 2025-10-27")]
    [InlineData("Date: 2025-10-27")]
    [InlineData("- Date: 2025-10-27")]
    [InlineData("**Session Date**: 2025-10-27")]
    [InlineData("**Timestamp**: 2025-10-27")]
    [InlineData("**Created**: 2025-10-27")]
    [InlineData("**Date and Time**: 2025-10-27")]
    [InlineData("**Date/Time**: 2025-10-27")]
    [InlineData("**DateTime**: 2025-10-27")]
    [InlineData("Project: demo · Date: 2025-10-27")]
    public void Every_date_field_style_gives_the_date(string header)
    {
        Handoff h = Parse(header, "notes.md");

        Assert.Equal(new DateTime(2025, 10, 27), h.Date);
        Assert.DoesNotContain(h.Fields.Keys, k => k.Contains("Date", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("**Date**: 2025-10-27\n**Time**: 09:30:00", 9, 30, 0)]
    [InlineData("**Date:** 2025-10-27\n**Time:** 23:59", 23, 59, 0)]
    [InlineData("**Date:** 2025-10-27\n**Session Time:** 00:00", 0, 0, 0)]
    [InlineData("- **Date:** 2025-10-27\n- **Time:** 12:00 AM", 0, 0, 0)]
    [InlineData("- **Date:** 2025-10-27\n- **Time:** 12:00 PM", 12, 0, 0)]
    [InlineData("Date: 2025-10-27\nTime: 12:15 AM", 0, 15, 0)]
    [InlineData("Date: 2025-10-27\nTime: 12:15 PM", 12, 15, 0)]
    [InlineData("**Date**: 2025-10-27 20:45 PST", 20, 45, 0)]
    [InlineData("**Date**: 2025-10-27 23:59:59", 23, 59, 59)]
    [InlineData("**Time**: 06:36 AM\n**Date**: 2025-10-27", 6, 36, 0)]
    [InlineData("**Timestamp:** 20251027-182147 · **Author:** me", 18, 21, 47)]
    [InlineData("**Date**: October 27, 2025\n**Time**: 07:30", 7, 30, 0)]
    public void Date_and_time_from_the_header_in_every_style(string header, int hour, int minute, int second)
    {
        Handoff h = Parse(header, "notes.md");

        Assert.Equal(new DateTime(2025, 10, 27, hour, minute, second), h.Date);
    }

    [Theory]
    // The header's time wins over the file name's.
    [InlineData("**Date**: 2025-10-27\n**Time**: 10:45", "2025-10-27-0930-x.md", "2025-10-27 10:45:00")]
    // Same day, no time in the header: the file name gives the time.
    [InlineData("**Date**: 2025-10-27", "2025-10-27-0930-x.md", "2025-10-27 09:30:00")]
    [InlineData("**Date**: 2025-10-27", "20251027-2359-x.md", "2025-10-27 23:59:00")]
    // Another day in the header (a migrated file): the name's time is not mixed in.
    [InlineData("**Date**: 2025-10-26", "2025-10-27-0930-x.md", "2025-10-26 00:00:00")]
    [InlineData("**Date**: 2025-10-28", "2025-10-27-2359-x.md", "2025-10-28 00:00:00")]
    [InlineData("**Date**: 2025-10-26", "handoff-20251027-093015.md", "2025-10-26 00:00:00")]
    // No date in the header: the file name gives date and time.
    [InlineData("**Status**: done", "2025-10-27-0930-x.md", "2025-10-27 09:30:00")]
    [InlineData("**Time**: 10:45", "2025-10-27-0930-x.md", "2025-10-27 10:45:00")]
    [InlineData("**Date**: TBD", "2025-10-27-0000-x.md", "2025-10-27 00:00:00")]
    [InlineData("**Status**: done", "handoff-20251027-235959.md", "2025-10-27 23:59:59")]
    [InlineData("**Status**: done", "notes_20251027-1530_x.md", "2025-10-27 15:30:00")]
    // A date-only name gives no time.
    [InlineData("**Status**: done", "2025-10-27-notes.md", "2025-10-27 00:00:00")]
    [InlineData("**Status**: done", "SESSION_HANDOFF_2025-10-27_X.md", "2025-10-27 00:00:00")]
    [InlineData("**Time**: 10:45", "2025-10-27_notes.md", "2025-10-27 10:45:00")]
    public void The_file_name_fills_only_what_the_header_lacks(string header, string fileName, string expected)
    {
        Handoff h = Parse(header, fileName);

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), h.Date);
    }

    [Theory]
    [InlineData("**Status**: done", null)]
    [InlineData("**Status**: done", "notes.md")]
    [InlineData("**Date**: 2025-02-29", "notes.md")]
    [InlineData("**Time**: 10:45", "notes.md")]
    public void Without_any_date_there_is_none(string header, string? fileName)
    {
        Assert.Null(Parse(header, fileName).Date);
    }

    [Fact]
    public void A_date_in_the_title_counts_as_the_header_date()
    {
        Handoff other = HandoffParser.Parse("# Session Handoff — 2026-06-01 — Gate\n", "2026-06-02-0930-gate.md");
        Handoff same = HandoffParser.Parse("# Session Handoff — 2026-06-01 — Gate\n", "2026-06-01-0930-gate.md");
        Handoff header = HandoffParser.Parse("# Session Handoff — 2026-06-01 — Gate\n\n**Date**: 2026-05-31\n", "notes.md");

        Assert.Equal(new DateTime(2026, 6, 1), other.Date);
        Assert.Equal(new DateTime(2026, 6, 1, 9, 30, 0), same.Date);
        Assert.Equal(new DateTime(2026, 5, 31), header.Date);
        Assert.Equal("Gate", other.Description);
    }

    [Fact]
    public void The_first_date_and_time_win_and_the_rest_are_kept_as_fields()
    {
        Handoff h = Parse("**Date**: 2025-01-02 10:00\n**Created**: 2025-03-04\n**Time**: 11:30\n**Session Time**: 12:00");

        Assert.Equal(new DateTime(2025, 1, 2, 10, 0, 0), h.Date);
        Assert.Equal("2025-03-04", h.Fields["Created"]);
        Assert.Equal("11:30", h.Fields["Time"]);
        Assert.Equal("12:00", h.Fields["Session Time"]);
    }

    [Fact]
    public void A_time_before_the_date_keeps_its_zone_and_the_date_field_does_not_replace_it()
    {
        Handoff h = Parse("**Time**: 08:15 EST\n**Date**: 2025-01-02 20:45 PST");

        Assert.Equal(new DateTime(2025, 1, 2, 8, 15, 0), h.Date);
        Assert.Equal("EST", h.TimeZone);
        Assert.Equal("-05:00", h.Offset);
    }

    [Fact]
    public void A_value_that_is_not_a_date_is_kept_as_a_field()
    {
        Handoff h = Parse("**Date**: TBD\n**Time**: later", "notes.md");

        Assert.Null(h.Date);
        Assert.Equal("TBD", h.Fields["Date"]);
        Assert.Equal("later", h.Fields["Time"]);
    }

    [Theory]
    [InlineData("**Date**: 2025-01-02\n**Time**: 16:55 UTC", "UTC", "+00:00")]
    [InlineData("**Date**: 2025-01-02\n**Time**: 20:45 PST", "PST", "-08:00")]
    [InlineData("**Date**: 2025-01-02\n**Time**: 10:00 ist", null, null)]
    [InlineData("**Date**: 2025-01-02\n**Time**: 10:00 IST", "IST", "+05:30")]
    [InlineData("**Date**: 2025-01-02\n**Time**: 10:00 -0330", "-0330", "-03:30")]
    [InlineData("**Date**: 2025-01-02\n**Time**: 10:00 +14:00", "+14:00", "+14:00")]
    [InlineData("**Date**: 2025-01-02\n**Time**: 10:00 UTC-3:30", "UTC-3:30", "-03:30")]
    [InlineData("**Date**: 2025-01-02\n**Time**: 10:00 XYZT", null, null)]
    [InlineData("**Time**: 10:00 UTC+5", "UTC+5", "+05:00")]
    [InlineData("**Date**: 2025-01-02 20:45 EDT", "EDT", "-04:00")]
    [InlineData("**Date**: 2025-01-02 20:45 +00:00", "+00:00", "+00:00")]
    [InlineData("**Date**: 2025-01-02 20:45", null, null)]
    public void The_zone_and_its_offset_are_read(string header, string? zone, string? offset)
    {
        Handoff h = Parse(header);

        Assert.Equal(zone, h.TimeZone);
        Assert.Equal(offset, h.Offset);
    }

    [Theory]
    [InlineData("**Branch**: main", "main")]
    [InlineData("**Branch:** `feat/x`", "feat/x")]
    [InlineData("- **Active Branch:** `test/option2-recoded`", "test/option2-recoded")]
    [InlineData("**Current Branch:** `main` (clean working tree)", "main")]
    [InlineData("**Current Branch:** main (clean working tree)", "main")]
    [InlineData("**Branch**: develop (merged from work/session-006)", "develop")]
    [InlineData("**Branch**: main — merged", "main")]
    [InlineData("**Branch**: main – merged", "main")]
    [InlineData("**Branch**: main (clean", "main")]
    [InlineData("**Session Branch**: feat/a", "feat/a")]
    [InlineData("**Repository Branch**: feat/a", "feat/a")]
    [InlineData("**Git Branch**: feat/a", "feat/a")]
    [InlineData("**Working Branch**: feat/a", "feat/a")]
    [InlineData("Branch(es): cursor/docs", "cursor/docs")]
    [InlineData("**Branch**: `  `", null)]
    public void The_branch_is_the_name_without_its_remark(string header, string? branch)
    {
        Assert.Equal(branch, Parse(header).Branch);
    }

    [Theory]
    // Not one branch name: no branch is invented, and the value is kept as written.
    [InlineData("**Branch**: main—merged", "main—merged")]
    [InlineData("**Branch**: main —merged", "main —merged")]
    [InlineData("**Branch**: two words", "two words")]
    public void A_branch_value_that_is_not_one_name_gives_no_branch_and_is_kept_as_a_field(string header, string raw)
    {
        Handoff h = Parse(header);

        Assert.Null(h.Branch);
        Assert.Equal(raw, h.Fields["Branch"]);
    }

    [Fact]
    public void A_branch_remark_without_its_closing_parenthesis_is_kept_as_a_field()
    {
        Handoff h = Parse("**Branch**: main (clean");

        Assert.Equal("main", h.Branch);
        Assert.Equal("main (clean", h.Fields["Branch"]);
    }

    [Fact]
    public void An_empty_branch_leaves_room_for_the_next_one()
    {
        Handoff h = Parse("Branch:\n**Current Branch**: main\n**Git Branch**: other");

        Assert.Equal("main", h.Branch);
        Assert.Equal(string.Empty, h.Fields["Branch"]);
        Assert.Equal("other", h.Fields["Git Branch"]);
    }

    [Theory]
    [InlineData("**Commit**: abc1234", "abc1234")]
    [InlineData("**Commit**: `ABCDEF123456`", "abcdef123456")]
    [InlineData("**Commit**: 0123456789abcdef0123456789abcdef01234567", "0123456789abcdef0123456789abcdef01234567")]
    public void A_commit_is_read_in_lower_case(string header, string commit)
    {
        Handoff h = Parse(header);

        Assert.Equal(commit, h.Commit);
        Assert.Empty(h.Fields);
    }

    [Theory]
    [InlineData("**Commit**: abc123", "abc123")]
    [InlineData("**Commit**: 0123456789abcdef0123456789abcdef012345678", "0123456789abcdef0123456789abcdef012345678")]
    [InlineData("**Commit**: abcdefg", "abcdefg")]
    [InlineData("**Commit**: see PR", "see PR")]
    public void A_commit_that_is_no_sha_is_kept_as_a_field(string header, string field)
    {
        Handoff h = Parse(header);

        Assert.Null(h.Commit);
        Assert.Equal(field, h.Fields["Commit"]);
    }

    [Fact]
    public void The_first_commit_wins_and_a_second_is_kept_as_a_field()
    {
        Handoff h = Parse("**Commit**: aaaaaaa\n**Commit**: bbbbbbb");

        Assert.Equal("aaaaaaa", h.Commit);
        Assert.Equal("bbbbbbb", Assert.Single(h.Fields).Value);
    }

    [Theory]
    [InlineData("**Author**: Ada", "Ada")]
    [InlineData("**Authors:** Ada + Bob", "Ada + Bob")]
    [InlineData("Developer: Codex", "Codex")]
    [InlineData("**Author**: Ada\n**Developer**: Bob", "Ada")]
    public void The_first_author_wins(string header, string author)
    {
        Assert.Equal(author, Parse(header).Author);
    }

    [Fact]
    public void An_empty_author_is_kept_as_a_field_and_the_next_one_is_taken()
    {
        Handoff h = Parse("Author:\nDeveloper: Codex");

        Assert.Equal("Codex", h.Author);
        Assert.Equal(string.Empty, h.Fields["Author"]);
    }

    [Fact]
    public void Other_fields_are_kept_by_name_in_order_and_the_first_value_wins()
    {
        Handoff h = Parse("**Status**: done\n**Context:** `x` <https://example.com>\nStatus: again\n**Grade** : B");

        Assert.Equal(new[] { "Status", "Context", "Grade" }, h.Fields.Keys);
        Assert.Equal("done", h.Fields["Status"]);
        Assert.Equal("`x` https://example.com", h.Fields["Context"]);
        Assert.Equal("B", h.Fields["Grade"]);
    }

    [Theory]
    [InlineData("**Author**: | **[x]500ms500ms", "| **[x]500ms500ms")]
    [InlineData("**Author:** · **x**", "· **x**")]
    [InlineData("Author:  | **x**: y", "| **x**: y")]
    public void A_separator_right_after_a_key_is_part_of_its_value_not_the_start_of_another_field(string line, string author)
    {
        Handoff h = Parse("**Date**: 2025-01-02\n" + line);

        Assert.Equal(author, h.Author);
    }

    [Fact]
    public void A_separator_after_a_value_still_starts_the_next_field()
    {
        Handoff h = Parse("**Date**: 2025-01-02 | **Author**: Ada · **Grade**: B");

        Assert.Equal("Ada", h.Author);
        Assert.Equal("B", h.Fields["Grade"]);
    }

    [Fact]
    public void Fields_on_one_line_split_at_middots_only_with_spaces_around()
    {
        Handoff h = Parse("Date: 2026-09-06 16:10  ·  Project: demo · Plan: `docs/plan.md` · Note: a·b");

        Assert.Equal(new DateTime(2026, 9, 6, 16, 10, 0), h.Date);
        Assert.Equal("demo", h.Fields["Project"]);
        Assert.Equal("`docs/plan.md`", h.Fields["Plan"]);
        Assert.Equal("a·b", h.Fields["Note"]);
    }

    [Theory]
    [InlineData("https://example.com/a")]
    [InlineData("Path:\\work\\notes")]
    [InlineData("A sentence with no field at all")]
    public void A_line_that_is_not_a_field_stays_text(string line)
    {
        Handoff h = Parse(line);

        Assert.Empty(h.Fields);
        Assert.Equal(line, Assert.Single(h.OtherSections).Markdown);
    }

    [Fact]
    public void Field_sections_give_date_and_branch_and_the_first_line_only()
    {
        string text = "# Session Handoff: x\n\n## Date\n\n2026-05-15\n\n## Branch\n\n`mobile`\n\n## Author\n\nAda\nmore\n\n## Time\n\n";

        HandoffDocument doc = HandoffParser.ParseDocument(text, "notes.md");

        Assert.Equal(new DateTime(2026, 5, 15), doc.Handoff.Date);
        Assert.Equal("mobile", doc.Handoff.Branch);
        Assert.Equal("Ada", doc.Handoff.Author);
        Assert.Equal(new[] { "Time" }, doc.Handoff.OtherSections.Select(o => o.Heading));
        Assert.Equal(new[] { ("Date", "2026-05-15", 5), ("Branch", "`mobile`", 9), ("Author", "Ada", 13) }, doc.Fields.Select(f => (f.Key, f.Value, f.Line)));
    }

    [Fact]
    public void A_branch_and_state_section_fills_what_the_header_lacks_and_adds_no_fields()
    {
        string text = "# Session Handoff: x\n\n**Author**: Ada\n\n## Branch and State\n\n- Branch: `develop`\n- Base: `origin/develop`\n- Date: 2026-06-01\n- Author: Bob\n- Commit: abcdef1\n";

        Handoff h = HandoffParser.Parse(text, "notes.md");

        Assert.Equal("develop", h.Branch);
        Assert.Equal(new DateTime(2026, 6, 1), h.Date);
        Assert.Equal("Ada", h.Author);
        Assert.Null(h.Commit);
        Assert.Empty(h.Fields);
        Assert.Equal("Branch and State", Assert.Single(h.OtherSections).Heading);
    }

    [Fact]
    public void The_header_branch_wins_over_a_branch_and_state_section()
    {
        string text = "# Session Handoff: x\n\n**Branch**: main\n**Status**: ok\n\n## Branch and State\n\nBranch: develop\nStatus: other\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal("main", h.Branch);
        Assert.Equal(new[] { "Status" }, h.Fields.Keys);
        Assert.Equal("ok", h.Fields["Status"]);
    }

    [Fact]
    public void Header_fields_are_recorded_with_their_lines_and_raw_text()
    {
        string text = "# Session Handoff: x\n\n**Date**: 2026-01-02\n- **Branch:** `main`\n- **Status:** ok\n  more\n\nDate: 2026-01-03 · Tag: v1\n";

        HandoffDocument doc = HandoffParser.ParseDocument(text);

        Assert.Equal(
            new[] { ("Date", "2026-01-02", 3, "**Date**: 2026-01-02"), ("Branch", "`main`", 4, "**Branch:** `main`"), ("Status", "ok", 5, "**Status:** ok"), ("Date", "2026-01-03", 8, "Date: 2026-01-03"), ("Tag", "v1", 8, "Tag: v1") },
            doc.Fields.Select(f => (f.Key, f.Value, f.Line, f.Raw)));
    }

    [Fact]
    public void An_empty_list_item_in_the_header_is_skipped()
    {
        Handoff h = Parse("- **Date:** 2026-01-02\n-\n- **Branch:** main");

        Assert.Equal(new DateTime(2026, 1, 2), h.Date);
        Assert.Equal("main", h.Branch);
    }

    [Theory]
    [InlineData("Date", true)]
    [InlineData("## 1. Session Date", true)]
    [InlineData("Date Time", true)]
    [InlineData("Timestamp", true)]
    [InlineData("Time", true)]
    [InlineData("Session Time", true)]
    [InlineData("Branch", true)]
    [InlineData("Current Branch", true)]
    [InlineData("Branch(es)", true)]
    [InlineData("Author", true)]
    [InlineData("Developer", true)]
    [InlineData("Dates", false)]
    [InlineData("Summary", false)]
    [InlineData("Branch and State", false)]
    [InlineData("Commit", false)]
    public void Field_headings_are_the_date_time_branch_and_author_names(string heading, bool expected)
    {
        Assert.Equal(expected, HeaderFieldsFacade.IsFieldHeading(heading));
    }

    [Theory]
    // A plain field name is 2 to 41 characters: a letter and 1 to 40 more.
    [InlineData("A: x", false)]
    [InlineData("Ab: x", true)]
    [InlineData("Abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: x", true)]
    [InlineData("Abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: x", false)]
    [InlineData("1st: x", false)]
    [InlineData("See (docs) & notes/extra.v2 - Bob's: x", true)]
    public void A_plain_field_name_has_a_length_limit(string line, bool isField)
    {
        Handoff h = Parse(line);

        Assert.Equal(isField ? 1 : 0, h.Fields.Count);
        Assert.Equal(isField ? 0 : 1, h.OtherSections.Length);
    }

    [Fact]
    public void Field_names_and_values_are_kept_on_one_line()
    {
        Handoff h = Parse("**Session   Type**: a   b\t c\n**Branch**: `feat/x  y`\n**Author**: Ada   Lovelace");

        Assert.Equal("a b c", h.Fields["Session Type"]);
        Assert.Equal("feat/x y", h.Branch);
        Assert.Equal("Ada Lovelace", h.Author);
    }

    [Fact]
    public void Only_date_time_and_commit_fields_give_date_time_and_commit()
    {
        Handoff h = Parse("**Deadline**: 2025-01-01\n**Meeting**: 10:00\n**Build**: 1234567", "notes.md");

        Assert.Null(h.Date);
        Assert.Null(h.Commit);
        Assert.Equal(new[] { ("Deadline", "2025-01-01"), ("Meeting", "10:00"), ("Build", "1234567") }, h.Fields.Select(f => (f.Key, f.Value)));
    }

    [Fact]
    public void A_time_field_in_another_field_does_not_set_the_time()
    {
        Handoff h = Parse("**Date**: 2025-01-02\n**Meeting**: 10:00 UTC");

        Assert.Equal(new DateTime(2025, 1, 2), h.Date);
        Assert.Null(h.TimeZone);
        Assert.Equal("10:00 UTC", h.Fields["Meeting"]);
    }
}
