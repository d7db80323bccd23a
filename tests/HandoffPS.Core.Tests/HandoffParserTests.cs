using System.Text;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

public class HandoffParserTests
{
    [Fact]
    public void Reads_every_value_of_the_design_sample()
    {
        Handoff h = HandoffParser.Parse(SampleHandoffs.CanonicalText, SampleHandoffs.CanonicalFileName);

        Assert.Equal("Feature Implementation", h.Description);
        Assert.Equal(new DateTime(2025, 10, 27, 9, 30, 0), h.Date);
        Assert.Equal("feat/user-dashboard", h.Branch);
        Assert.Equal("Claude Code + Ada Lovelace", h.Author);
        Assert.Equal("Completed initial implementation of the dashboard.", h.Summary);
        Assert.Equal(new[] { "Created Dashboard component (src/components/Dashboard.vue)", "Added responsive layout (mobile + desktop)" }, h.CompletedWork);
        Assert.Equal(2, h.NextPriorities.Length);
        Assert.Equal(1, h.NextPriorities[0].Rank);
        Assert.Equal("Add data visualization charts", h.NextPriorities[0].Title);
        Assert.Equal("Chart.js integration", h.NextPriorities[0].Reason);
        Assert.Equal(new[] { "File: src/components/Charts.vue" }, h.NextPriorities[0].Details);
        Assert.Equal(2, h.NextPriorities[1].Rank);
        Assert.Equal("Implement real-time updates", h.NextPriorities[1].Title);
        Assert.Null(h.NextPriorities[1].Reason);
        Assert.Empty(h.NextPriorities[1].Details);
        Assert.Equal("Performance", h.Blockers[0].Category);
        Assert.Equal("Token refresh taking 500ms (investigate database query)", h.Blockers[0].Text);
        Assert.Null(h.Blockers[1].Category);
        Assert.Equal("Unclear whether the API is versioned", h.Blockers[1].Text);
        Assert.Equal(new[] { "Using JWT (not session cookies) for stateless auth" }, h.Decisions);
        Assert.Equal("auth/tokens.py", Assert.Single(h.KeyFiles).Path);
        Assert.Equal("Token generation/validation logic", h.KeyFiles[0].Description);
        Assert.Equal(new[] { "JWT spec: RFC 7519" }, h.References);
        Assert.Empty(h.Fields);
        Assert.Empty(h.OtherSections);
    }

    [Fact]
    public void Render_of_parsed_canonical_file_gives_back_the_same_bytes()
    {
        string text = SampleHandoffs.CanonicalText;

        string again = HandoffRenderer.Render(HandoffParser.Parse(text, SampleHandoffs.CanonicalFileName));

        Assert.Equal(text, again);
    }

    [Fact]
    public void Reads_the_seed_form_without_blank_lines_after_context_labels()
    {
        string seedForm = SampleHandoffs.CanonicalText
            .Replace("**Decisions Made**:\n\n", "**Decisions Made**:\n")
            .Replace("**Key Files**:\n\n", "**Key Files**:\n")
            .Replace("**References**:\n\n", "**References**:\n");

        Handoff h = HandoffParser.Parse(seedForm);

        Assert.Equal(SampleHandoffs.CanonicalText, HandoffRenderer.Render(h));
    }

    [Fact]
    public void Crlf_and_bom_read_the_same_as_lf()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SampleHandoffs.CanonicalText.Replace("\n", "\r\n"))).ToArray();

        Handoff h = HandoffParser.Parse(HandoffParser.Decode(bytes));

        Assert.Equal(SampleHandoffs.CanonicalText, HandoffRenderer.Render(h));
    }

    [Fact]
    public void Header_without_date_takes_it_from_the_file_name()
    {
        Handoff h = HandoffParser.Parse("# Session Handoff: x\n", "2026-03-04-1530-x.md");

        Assert.Equal(new DateTime(2026, 3, 4, 15, 30, 0), h.Date);
    }

    [Fact]
    public void Unknown_sections_and_fields_are_kept_in_order()
    {
        string text = "# Session Handoff: x\n\n**Date**: 2026-01-01\n**Status**: done\n\n## Dead ends\n\nDo not retry A.\n\n## Completed Work\n\n- [x] thing\n\n## Git Status\n\n- clean\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal("done", h.Fields["Status"]);
        Assert.Equal(new[] { "Dead ends", "Git Status" }, h.OtherSections.Select(s => s.Heading));
        Assert.Equal("Do not retry A.", h.OtherSections[0].Markdown);
        Assert.Equal(new[] { "thing" }, h.CompletedWork);
    }

    [Fact]
    public void Invalid_utf8_is_reported_as_unreadable_naming_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + "-bad.md");
        File.WriteAllBytes(path, new byte[] { 0x23, 0x20, 0xFF, 0xFE, 0xC3, 0x28 });
        try
        {
            var ex = Assert.Throws<HandoffException>(() => HandoffParser.ReadFile(path));

            Assert.Equal("HandoffUnreadable", ex.ErrorId);
            Assert.Contains(path, ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("# Session Handoff: Auth refactor", "Auth refactor")]
    [InlineData("# Handoffs cleanup", "Handoffs cleanup")]
    [InlineData("# Session Handoff: Session Handoff: twice", "Session Handoff: twice")]
    [InlineData("# Session Handoff: C# tips", "C# tips")]
    [InlineData("# Handover Notes: OpenRouter Integration", "OpenRouter Integration")]
    [InlineData("# Session Handoff Summary — Billing export", "Billing export")]
    [InlineData("# Handoff notes for the auth refactor", "notes for the auth refactor")]
    [InlineData("# Handoff Report Generator", "Report Generator")]
    public void Title_prefix_is_removed_once_and_only_as_a_whole_word(string title, string expected)
    {
        Assert.Equal(expected, HandoffParser.Parse(title + "\n").Description);
    }

    [Fact]
    public void List_items_keep_text_that_markdown_would_read_as_structure()
    {
        var h = new Handoff
        {
            Description = "x",
            Decisions = new[] { "- dash first", "# not a heading", "1. not numbered", "---", "> not a quote" },
            Blockers = new[] { new Blocker(null, "* star") },
        };

        Handoff back = HandoffParser.Parse(HandoffRenderer.Render(h));

        Assert.Equal(h.Decisions, back.Decisions);
        Assert.Equal("* star", Assert.Single(back.Blockers).Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, "a")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBE }, "\uFEFE")]
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBF }, "\uFFFF")]
    [InlineData(new byte[] { 0xE0, 0xBB, 0xBF }, "\u0EFF")]
    [InlineData(new byte[] { 0x61, 0x62 }, "ab")]
    [InlineData(new byte[] { }, "")]
    public void Decode_drops_only_a_real_bom(byte[] bytes, string expected)
    {
        Assert.Equal(expected, HandoffParser.Decode(bytes));
    }

    [Fact]
    public void Reading_a_file_sets_its_full_path_and_name()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "2026-01-02-0304-from-disk.md");
        File.WriteAllText(path, "# Session Handoff: From disk\n");

        HandoffDocument doc = HandoffParser.ReadDocument(path);

        Assert.Equal(Path.GetFullPath(path), doc.Handoff.Path);
        Assert.Equal("2026-01-02-0304-from-disk.md", doc.Handoff.FileName);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 0), doc.Handoff.Date);
        Assert.Equal("From disk", HandoffParser.ReadFile(path).Description);
    }

    [Fact]
    public void A_file_with_nul_characters_or_missing_is_unreadable()
    {
        using var folder = new TempFolder();
        string nul = Path.Combine(folder.Path, "nul.md");
        File.WriteAllBytes(nul, new byte[] { 0x23, 0x20, 0x61, 0x00, 0x62 });
        string missing = Path.Combine(folder.Path, "missing.md");

        var ex = Assert.Throws<HandoffException>(() => HandoffParser.ReadFile(nul));
        var gone = Assert.Throws<HandoffException>(() => HandoffParser.ReadDocument(missing));

        Assert.Equal("HandoffUnreadable", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.ReadError, ex.Kind);
        Assert.Equal(nul, ex.Target);
        Assert.Contains("NUL", ex.Message);
        Assert.Equal("HandoffUnreadable", gone.ErrorId);
        Assert.Equal(missing, gone.Target);
        Assert.NotNull(gone.InnerException);
    }

    [Theory]
    [InlineData("# T\n", false, false, "# T\n")]
    [InlineData("\uFEFF# T\n", true, false, "# T\n")]
    [InlineData("# T\r\n\r\n## Next\r\n", false, true, "# T\n\n## Next\n")]
    [InlineData("\uFEFF# T\r## Next\r", true, true, "# T\n## Next\n")]
    public void The_document_records_bom_and_crlf_and_keeps_lf_text(string markdown, bool bom, bool crlf, string text)
    {
        HandoffDocument doc = HandoffParser.ParseDocument(markdown);

        Assert.Equal(bom, doc.HasBom);
        Assert.Equal(crlf, doc.HasCrlf);
        Assert.Equal(text, doc.Text);
        Assert.Equal("T", doc.Handoff.Description);
    }

    [Fact]
    public void The_document_lists_title_headings_and_sections_with_their_lines()
    {
        string text = "# Session Handoff: Lines ##\n\n**Date**: 2026-01-02\n\n## Session Summary\n\nS.\n\n### Detail\n\nmore\n\n# Second H1\n\n## Next Steps\n\n- a\n";

        HandoffDocument doc = HandoffParser.ParseDocument(text);

        Assert.Equal(new DocumentLine("# Session Handoff: Lines", 1, 1), doc.Title);
        Assert.Equal(
            new[] { new DocumentLine("Session Handoff: Lines", 1, 1), new DocumentLine("Session Summary", 5, 2), new DocumentLine("Detail", 9, 3), new DocumentLine("Second H1", 13, 1), new DocumentLine("Next Steps", 15, 2) },
            doc.Headings);
        Assert.Equal(
            new[] { new DocumentSection("Session Summary", SectionKind.Summary, 5, 12), new DocumentSection("Second H1", SectionKind.Other, 13, 14), new DocumentSection("Next Steps", SectionKind.NextPriorities, 15, 18) },
            doc.Sections);
        Assert.Equal("S.\n\n### Detail\n\nmore", doc.Handoff.Summary);
        Assert.Equal("Second H1", Assert.Single(doc.Handoff.OtherSections).Heading);
        Assert.Equal("Lines", doc.Handoff.Description);
    }

    [Fact]
    public void A_file_without_a_title_has_no_title_line()
    {
        HandoffDocument doc = HandoffParser.ParseDocument("## Goal\n\nText.\n", "2026-09-11-2210-proxy-review.md");

        Assert.Null(doc.Title);
        Assert.Equal("proxy review", doc.Handoff.Description);
        Assert.Equal(new DocumentSection("Goal", SectionKind.Other, 1, 4), Assert.Single(doc.Sections));
    }

    [Theory]
    [InlineData("# Session Handoff:\n", "2026-01-02-0304-auth_refactor.md", "auth refactor")]
    [InlineData("# Session Handoff\n", "2026-01-02-0304-x.md", "x")]
    [InlineData("# Session Handoff\n", "2026-01-02.md", "Session Handoff")]
    [InlineData("# Session Handoff\n", null, "Session Handoff")]
    [InlineData("", "notes-without-date.md", "notes-without-date")]
    [InlineData("", null, "")]
    [InlineData("# Handoff — 2026-06-01\n", "2026-06-01-gate.md", "gate")]
    [InlineData("# 2026-05-11 运行时\n", null, "运行时")]
    [InlineData("# 2026-05-11: Topic\n", null, "Topic")]
    [InlineData("# 2026-05-11Topic\n", null, "2026-05-11Topic")]
    [InlineData("# 2025-02-30 Topic\n", null, "2025-02-30 Topic")]
    [InlineData("# Developer Session Handoff - Auth\n", null, "Auth")]
    [InlineData("# Session Handoff? Auth\n", null, "Auth")]
    [InlineData("# Handoffs cleanup\n", null, "Handoffs cleanup")]
    [InlineData("# Session Handoff: a \\<b>\n", null, "a <b>")]
    public void The_description_comes_from_the_title_else_the_file_name(string markdown, string? fileName, string description)
    {
        Assert.Equal(description, HandoffParser.Parse(markdown, fileName).Description);
    }

    [Fact]
    public void Without_a_markdown_title_the_first_line_is_the_title_and_the_next_lines_are_fields()
    {
        string text = "PROJECT X — HANDOFF\nDate: 2026-07-27\nOwner: Someone\n\n---\n\nLoose text.\n\nMore text.\n\nStatus: open\n\n## Notes\n\nN.\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal("PROJECT X — HANDOFF", h.Description);
        Assert.Equal(new DateTime(2026, 7, 27), h.Date);
        Assert.Equal("Someone", h.Fields["Owner"]);
        Assert.Equal("open", h.Fields["Status"]);
        Assert.Equal(new[] { (string.Empty, "Loose text.\n\nMore text."), ("Notes", "N.") }, h.OtherSections.Select(o => (o.Heading, o.Markdown)));
        Assert.Equal(new[] { ("Date", 2), ("Owner", 3), ("Status", 11) }, HandoffParser.ParseDocument(text).Fields.Select(f => (f.Key, f.Line)));
    }

    [Fact]
    public void Completed_items_lose_their_done_marks_and_empty_ones_are_dropped()
    {
        string text = "# T\n\n## Completed Work\n\n- ✅ one\n- ✅️two\n- [x] three\n- [X] four\n- [ ] five\n- ✅\n- \n- six ✅\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(new[] { "one", "two", "three", "four", "five", "six ✅" }, h.CompletedWork);
    }

    [Fact]
    public void Priorities_read_title_reason_details_and_checked_items_are_done()
    {
        string text = "# T\n\n## Next Priorities\n\n1. **Ship** (users wait)\n   - build\n   - \n   - publish\n2. Plain title (not a reason)\n3. [x] Already done\n4. [ ] Still open\n5. **Bold** only\n6. **Bold**\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(
            new[] { "1|Ship|users wait|build¦publish", "2|Plain title (not a reason)||", "3|Still open||", "4|**Bold** only||", "5|Bold||" },
            h.NextPriorities.Select(p => $"{p.Rank}|{p.Title}|{p.Reason}|{string.Join("¦", p.Details)}"));
        Assert.Equal(new[] { "Already done" }, h.CompletedWork);
    }

    [Fact]
    public void Priorities_as_headings_take_the_lists_below_as_details()
    {
        string text = "# T\n\n## Next Session Priorities\n\n- [x] done first\n- loose item\n\n### 1. Ship it\n\n- build\n- publish\n\n### B) **Tell** (people)\n\n### Empty\n\nJust text.\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(
            new[] { "1|loose item||", "2|Ship it||build¦publish", "3|Tell|people|", "4|Empty||" },
            h.NextPriorities.Select(p => $"{p.Rank}|{p.Title}|{p.Reason}|{string.Join("¦", p.Details)}"));
        Assert.Equal(new[] { "done first" }, h.CompletedWork);
    }

    [Fact]
    public void Blockers_read_their_bold_category_in_either_colon_style()
    {
        string text = "# T\n\n## Blockers\n\n- **Perf:** slow\n- **DB**: locked\n- **Bold** no colon\n- plain\n- \n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(
            new[] { ("Perf", "slow"), ("DB", "locked"), (null, "**Bold** no colon"), (null, "plain") },
            h.Blockers.Select(b => (b.Category, b.Text)));
    }

    [Fact]
    public void Sections_of_their_own_give_decisions_key_files_and_references()
    {
        string text = "# T\n\n## Key Decisions\n\n- d1\n- \n- d2\n\n## Relevant Files\n\n- `a.cs` - the a\n- \n- `b.cs` — the b\n- `c.cs`: the c\n- `d.cs`\n- e.cs - the e\n- f.cs\n\n## Links\n\n- r1\n- \n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(new[] { "d1", "d2" }, h.Decisions);
        Assert.Equal(
            new[] { ("a.cs", "the a"), ("b.cs", "the b"), ("c.cs", "the c"), ("d.cs", null), ("e.cs", "the e"), ("f.cs", null) },
            h.KeyFiles.Select(k => (k.Path, k.Description)));
        Assert.Equal(new[] { "r1" }, h.References);
        Assert.Empty(h.OtherSections);
    }

    [Fact]
    public void A_context_section_maps_its_labels()
    {
        string text = "# T\n\n## Context for Next Session\n\n- loose decision\n\n**Decisions Made**:\n\n- d1\n\n---\n\n### Important Files\n\n- `x.cs` - x\n\n**Files**:\n\n- `y.cs`\n\n**Relevant Files**:\n\n- `z.cs`\n\n**Key Files (touched)**:\n\n- `w.cs`\n\n**Resources**:\n\n- r1\n\n**Reference docs**:\n- r2\n\n**Links**:\n\n- r3\n\n**Decision log**:\n\n- d2\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(new[] { "loose decision", "d1", "d2" }, h.Decisions);
        Assert.Equal(new[] { ("x.cs", "x"), ("y.cs", null), ("z.cs", null), ("w.cs", null) }, h.KeyFiles.Select(k => (k.Path, k.Description)));
        Assert.Equal(new[] { "r1", "r2", "r3" }, h.References);
        Assert.Empty(h.OtherSections);
    }

    [Fact]
    public void A_key_files_context_heading_reads_its_list_as_files()
    {
        Handoff h = HandoffParser.Parse("# T\n\n## Key Files for Next Session\n\n- `a.cs` - a\n");

        Assert.Equal("a.cs", Assert.Single(h.KeyFiles).Path);
        Assert.Empty(h.Decisions);
    }

    [Theory]
    [InlineData("**Gotchas**:\n\n- careful\n")]
    [InlineData("- d1\n\n> a quote\n")]
    [InlineData("**Decisions**:\n\n- d1\n\n**Gotchas**:\n")]
    public void A_context_section_with_unmapped_parts_is_kept_whole(string body)
    {
        Handoff h = HandoffParser.Parse("# T\n\n## Context\n\n" + body);

        HandoffSection kept = Assert.Single(h.OtherSections);
        Assert.Equal("Context", kept.Heading);
        Assert.Equal(body.TrimEnd('\n'), kept.Markdown);
    }

    [Fact]
    public void Items_already_read_are_not_added_again_from_a_kept_context_section()
    {
        string text = "# T\n\n## Decisions\n\n- d1\n\n## References\n\n- r1\n\n## Key Files\n\n- `a.cs` - a\n\n## Context\n\n- d1\n- d2\n\n**References**:\n\n- r1\n- r2\n\n**Key Files**:\n\n- `a.cs` - a\n- `b.cs`\n\n**Gotchas**:\n\n- g\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(new[] { "d1", "d2" }, h.Decisions);
        Assert.Equal(new[] { "r1", "r2" }, h.References);
        Assert.Equal(new[] { "a.cs", "b.cs" }, h.KeyFiles.Select(k => k.Path));
        Assert.Equal("Context", Assert.Single(h.OtherSections).Heading);
    }

    [Fact]
    public void Checked_items_of_unmapped_sections_count_as_done_once()
    {
        string text = "# T\n\n## Completed Work\n\n- a\n\n## Phase 2\n\n- [x] a\n- [x] b\n- [ ] c\n- d\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal(new[] { "a", "b" }, h.CompletedWork);
        Assert.Equal("- [x] a\n- [x] b\n- [ ] c\n- d", Assert.Single(h.OtherSections).Markdown);
    }

    [Fact]
    public void A_second_summary_is_kept_as_an_unmapped_section()
    {
        Handoff h = HandoffParser.Parse("# T\n\n## Summary\n\nFirst.\n\n## Overview\n\nSecond.\n");

        Assert.Equal("First.", h.Summary);
        Assert.Equal(("Overview", "Second."), Assert.Single(h.OtherSections.Select(o => (o.Heading, o.Markdown))));
    }

    [Fact]
    public void A_summary_keeps_its_markdown_and_link_definitions_stay_in_it()
    {
        Handoff h = HandoffParser.Parse("# T\n\n## Summary\n\nSee [spec][1] at <https://example.com>.\n\n[1]: https://example.com/spec\n");

        Assert.Equal("See [spec][1] at https://example.com.\n\n[1]: https://example.com/spec", h.Summary);
    }

    [Fact]
    public void Link_definitions_stay_where_they_are_written_once()
    {
        string text = "# T\n\n[0]: https://example.com/top\n\n## Summary\n\n[1]: https://example.com/a\n\nText [a][1].\n\n> quoted\n> [2]: https://example.com/q\n\n- item\n\n  [3]: https://example.com/i\n\n[4]: https://example.com/end\n\n## Dead ends\n\n[5]: https://example.com/only\n";

        Handoff h = HandoffParser.Parse(text);

        Assert.Equal("[1]: https://example.com/a\n\nText [a][1].\n\n> quoted\n> [2]: https://example.com/q\n\n- item\n\n  [3]: https://example.com/i\n\n[4]: https://example.com/end", h.Summary);
        Assert.Equal(new[] { (string.Empty, "[0]: https://example.com/top"), ("Dead ends", "[5]: https://example.com/only") }, h.OtherSections.Select(o => (o.Heading, o.Markdown)));
    }

    [Fact]
    public void A_link_definition_in_a_context_section_keeps_the_section_whole()
    {
        Handoff h = HandoffParser.Parse("# T\n\n## Context\n\n- d1\n\n[1]: https://example.com\n");

        Assert.Equal(("Context", "- d1\n\n[1]: https://example.com"), Assert.Single(h.OtherSections.Select(o => (o.Heading, o.Markdown))));
    }

    [Fact]
    public void Without_a_title_a_paragraph_after_other_text_is_not_the_title()
    {
        Handoff h = HandoffParser.Parse("```\ncode\n```\n\nPlain line\n", "2026-01-02-0304-from-name.md");

        Assert.Equal("from name", h.Description);
        Assert.Equal("```\ncode\n```\n\nPlain line", Assert.Single(h.OtherSections).Markdown);
    }

    [Fact]
    public void List_items_keep_their_whole_first_paragraph_on_one_line()
    {
        Handoff h = HandoffParser.Parse("# T\n\n## Completed Work\n\n- first line\n  continued\n\n  second paragraph\n- 10) numbered\n* star\n");

        Assert.Equal(new[] { "first line continued", "10) numbered", "star" }, h.CompletedWork);
    }

    [Fact]
    public void The_last_item_of_a_file_without_a_final_newline_is_read_whole()
    {
        HandoffDocument doc = HandoffParser.ParseDocument("# T\n\n## Completed Work\n\n- one\n- last item");

        Assert.Equal(new[] { "one", "last item" }, doc.Handoff.CompletedWork);
        Assert.Equal(new DocumentSection("Completed Work", SectionKind.CompletedWork, 3, 6), Assert.Single(doc.Sections));
    }

    [Fact]
    public void An_empty_section_ends_on_its_own_line()
    {
        HandoffDocument doc = HandoffParser.ParseDocument("# T\n## A\n## B\n");

        Assert.Equal(new[] { new DocumentSection("A", SectionKind.Other, 2, 2), new DocumentSection("B", SectionKind.Other, 3, 4) }, doc.Sections);
        Assert.Equal(new[] { ("A", ""), ("B", "") }, doc.Handoff.OtherSections.Select(o => (o.Heading, o.Markdown)));
    }

    [Fact]
    public void An_empty_priority_is_skipped_and_the_ranks_stay_consecutive()
    {
        Handoff h = HandoffParser.Parse("# T\n\n## Next Steps\n\n1. a\n2.\n3. b\n");

        Assert.Equal(new[] { (1, "a"), (2, "b") }, h.NextPriorities.Select(p => (p.Rank, p.Title)));
    }

    [Theory]
    [InlineData("```", "")]
    [InlineData("`", "")]
    [InlineData("``a`", "a|")]
    [InlineData("`a`` - b", "a|b")]
    [InlineData("``a`b`` - the file", "a`b|the file")]
    [InlineData("`a` - b", "a|b")]
    public void A_key_file_of_backticks_that_nothing_closes_is_read_as_text_not_a_crash(string item, string expected)
    {
        // An item of backticks only once threw ArgumentOutOfRangeException (the closing run was searched past the end).
        // Without a closing run the item is plain text: its backticks go, and an empty path is no key file.
        Handoff h = HandoffParser.Parse("# Session Handoff: x\n\n## Context for Next Session\n\n**Key Files**:\n\n- " + item + "\n");

        Assert.Equal(expected, string.Join(";", h.KeyFiles.Select(k => $"{k.Path}|{k.Description}")));
    }
}
