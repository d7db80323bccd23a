using System.Text;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

public class HandoffRendererTests
{
    [Fact]
    public void Renders_the_design_sample_byte_for_byte()
    {
        string rendered = HandoffRenderer.Render(SampleHandoffs.DesignSample());

        Assert.Equal(SampleHandoffs.CanonicalText, rendered);
        Assert.Equal(Encoding.UTF8.GetBytes(SampleHandoffs.CanonicalText), Encoding.UTF8.GetBytes(rendered));
    }

    [Fact]
    public void Leaves_out_sections_without_content_and_unknown_header_fields()
    {
        var h = new Handoff { Description = "Tiny", Date = new DateTime(2026, 1, 2, 3, 4, 5) };

        Assert.Equal("# Session Handoff: Tiny\n\n**Date**: 2026-01-02\n**Time**: 03:04:05\n", HandoffRenderer.Render(h));
    }

    [Fact]
    public void Without_a_branch_there_is_no_branch_line()
    {
        var h = SampleHandoffs.DesignSample();
        h.Branch = null;

        string text = HandoffRenderer.Render(h);

        Assert.DoesNotContain("**Branch**", text);
        Assert.Contains("**Time**: 09:30:00\n**Author**: Claude Code + Ada Lovelace\n", text);
    }

    [Fact]
    public void Folds_newlines_in_single_line_values_and_ends_with_one_newline()
    {
        var h = new Handoff
        {
            Description = "two\nlines  ",
            CompletedWork = new[] { "a\r\nb" },
        };

        string text = HandoffRenderer.Render(h);

        Assert.StartsWith("# Session Handoff: two lines\n", text);
        Assert.Contains("- ✅ a b\n", text);
        Assert.EndsWith("b\n", text);
        Assert.DoesNotContain("\r", text);
    }

    [Theory]
    [InlineData("See https://example.com/a?b=1 now", "See <https://example.com/a?b=1> now")]
    [InlineData("(https://example.com/x)", "(<https://example.com/x>)")]
    [InlineData("mail ada@example.com.", "mail <ada@example.com>.")]
    [InlineData("a <div> tag", "a \\<div> tag")]
    [InlineData("already \\<b> escaped", "already \\\\<b> escaped")]
    [InlineData("code `<div> https://x.y` stays", "code `<div> https://x.y` stays")]
    [InlineData("kept <https://example.com>", "kept <<https://example.com>>")]
    public void Values_are_written_lint_clean_and_read_back(string value, string written)
    {
        var h = new Handoff { Description = "x", Decisions = new[] { value } };

        string text = HandoffRenderer.Render(h);

        Assert.Contains("- " + written + "\n", text);
        Assert.Equal(value, Assert.Single(HandoffParser.Parse(text).Decisions));
    }

    [Fact]
    public void A_summary_with_heading_like_lines_stays_one_section_and_reads_back_unchanged()
    {
        string summary = "Line one.\n## Notes\nMore text\n---\nafter\n===\n\\# already escaped";
        var h = new Handoff { Description = "x", Summary = summary, CompletedWork = new[] { "done" } };

        Handoff back = HandoffParser.Parse(HandoffRenderer.Render(h));

        Assert.Equal(summary, back.Summary);
        Assert.Empty(back.OtherSections);
        Assert.Equal(new[] { "done" }, back.CompletedWork);
    }

    [Fact]
    public void A_null_handoff_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => HandoffRenderer.Render(null!));
    }

    [Fact]
    public void An_empty_handoff_is_only_its_title()
    {
        Assert.Equal("# Session Handoff: \n", HandoffRenderer.Render(new Handoff { Description = null! }));
        Assert.Equal("# Session Handoff: x\n", HandoffRenderer.Render(new Handoff { Description = "x", Summary = " \n ", CompletedWork = new[] { " ", "" } }));
    }

    [Fact]
    public void Header_lines_come_in_order_with_zone_commit_and_extra_fields()
    {
        var h = new Handoff
        {
            Description = "x",
            Date = new DateTime(2025, 12, 31, 23, 59, 59),
            TimeZone = " PST\n",
            Branch = "main",
            Commit = "abcdef123456",
            Author = "Ada",
            Fields = new Dictionary<string, string>
            {
                ["Status"] = "done",
                ["**Grade**:"] = "B",
                ["Empty"] = " ",
                ["Two\nlines"] = "a\nb",
                ["Link"] = "see https://example.com",
            },
        };

        Assert.Equal(
            "# Session Handoff: x\n\n**Date**: 2025-12-31\n**Time**: 23:59:59 PST\n**Branch**: main\n**Commit**: abcdef123456\n**Author**: Ada\n"
            + "**Status**: done\n**Grade**: B\n**Two lines**: a b\n**Link**: see <https://example.com>\n",
            HandoffRenderer.Render(h));
    }

    [Fact]
    public void Midnight_is_written_as_a_time_and_no_date_means_no_time()
    {
        Assert.Equal("# Session Handoff: x\n\n**Date**: 2024-02-29\n**Time**: 00:00:00\n", HandoffRenderer.Render(new Handoff { Description = "x", Date = new DateTime(2024, 2, 29) }));
        Assert.Equal("# Session Handoff: x\n\n**Author**: Ada\n", HandoffRenderer.Render(new Handoff { Description = "x", TimeZone = "UTC", Author = "Ada" }));
    }

    [Fact]
    public void Priorities_are_numbered_with_details_indented_under_the_number()
    {
        var priorities = Enumerable.Range(1, 10).Select(i => new Priority(i, "P" + i)).ToList();
        priorities[0] = new Priority(1, "P1", "why", new[] { "d1", "---" });
        priorities[9] = new Priority(10, "P10", null, new[] { "d10" });
        priorities.Insert(5, new Priority(6, " "));
        var h = new Handoff { Description = "x", NextPriorities = priorities.ToArray() };

        string expected = "# Session Handoff: x\n\n## Next Priorities\n\n"
            + "1. **P1** (why)\n   - d1\n   - \\---\n\n"
            + "2. **P2**\n\n3. **P3**\n\n4. **P4**\n\n5. **P5**\n\n6. **P6**\n\n7. **P7**\n\n8. **P8**\n\n9. **P9**\n\n"
            + "10. **P10**\n    - d10\n";
        Assert.Equal(expected, HandoffRenderer.Render(h));
    }

    [Fact]
    public void Completed_work_and_blockers_skip_empty_items_and_escape_structure()
    {
        var h = new Handoff
        {
            Description = "x",
            CompletedWork = new[] { "one", "\n", "<b> https://x.y" },
            Blockers = new[] { new Blocker(null, "---"), new Blocker("Perf", "slow <div>"), new Blocker("Empty", " "), new Blocker(null, "[x] box") },
        };

        Assert.Equal(
            "# Session Handoff: x\n\n## Completed Work\n\n- ✅ one\n- ✅ \\<b> <https://x.y>\n\n## Blockers/Questions\n\n- \\---\n- **Perf**: slow \\<div>\n- \\[x] box\n",
            HandoffRenderer.Render(h));
    }

    [Theory]
    [InlineData(true, false, false, "**Decisions Made**:\n\n- d\n")]
    [InlineData(false, true, false, "**Key Files**:\n\n- `a.cs`\n- `b.cs` - the b\n")]
    [InlineData(false, false, true, "**References**:\n\n- r\n")]
    [InlineData(true, false, true, "**Decisions Made**:\n\n- d\n\n**References**:\n\n- r\n")]
    [InlineData(false, true, true, "**Key Files**:\n\n- `a.cs`\n- `b.cs` - the b\n\n**References**:\n\n- r\n")]
    public void Context_lists_are_written_only_when_they_have_items(bool decisions, bool keyFiles, bool references, string context)
    {
        var h = new Handoff
        {
            Description = "x",
            Decisions = decisions ? new[] { "d", " " } : new[] { "\n" },
            KeyFiles = keyFiles ? new[] { new KeyFile("a.cs"), new KeyFile("`b.cs`", "the b"), new KeyFile(" ") } : new[] { new KeyFile("") },
            References = references ? new[] { "r", "" } : Array.Empty<string>(),
        };

        Assert.Equal("# Session Handoff: x\n\n## Context for Next Session\n\n" + context, HandoffRenderer.Render(h));
    }

    [Fact]
    public void Nothing_in_the_context_means_no_context_section()
    {
        var h = new Handoff { Description = "x", Decisions = new[] { " " }, KeyFiles = new[] { new KeyFile("``") }, References = new[] { "\t" } };

        Assert.Equal("# Session Handoff: x\n", HandoffRenderer.Render(h));
    }

    [Fact]
    public void Unmapped_text_and_sections_are_written_where_they_were()
    {
        var h = new Handoff
        {
            Description = "x",
            Author = "Ada",
            Summary = "S",
            OtherSections = new[]
            {
                new HandoffSection(string.Empty, "Preamble text."),
                new HandoffSection("Dead\nends", "Do not retry A."),
                new HandoffSection(string.Empty, string.Empty),
                new HandoffSection("Empty", string.Empty),
            },
        };

        Assert.Equal(
            "# Session Handoff: x\n\n**Author**: Ada\n\nPreamble text.\n\n## Session Summary\n\nS\n\n## Dead ends\n\nDo not retry A.\n\n## Empty\n",
            HandoffRenderer.Render(h));
    }

    [Fact]
    public void The_summary_keeps_its_lines_and_paragraphs()
    {
        var h = new Handoff { Description = "x", Summary = "\n  one  \r\ntwo\n\n\n# three\n" };

        Assert.Equal("# Session Handoff: x\n\n## Session Summary\n\n  one\ntwo\n\n\\# three\n", HandoffRenderer.Render(h));
    }

    [Fact]
    public void The_title_prefix_is_the_template_one()
    {
        Assert.Equal("Session Handoff: ", HandoffTemplate.TitlePrefix);
    }

    [Fact]
    public void A_kept_field_that_would_read_back_as_the_branch_is_fenced_longer_than_its_longest_run_of_backticks()
    {
        var handoff = new Handoff { Description = "X", Fields = new Dictionary<string, string> { ["Working branch"] = "``a`` and ```b```" } };

        string text = HandoffRenderer.Render(handoff);

        Assert.Equal("# Session Handoff: X\n\n````\n**Working branch**: ``a`` and ```b```\n````\n", text);
        Assert.Null(HandoffParser.Parse(text, null).Branch);
    }

    [Fact]
    public void Front_matter_closed_by_dots_that_is_not_yaml_stays_first_in_the_file()
    {
        var handoff = new Handoff { Description = "Y", OtherSections = new[] { new HandoffSection(string.Empty, "---\ntitle: [unclosed\n...") } };

        Assert.Equal("---\ntitle: [unclosed\n...\n\n# Session Handoff: Y\n", HandoffRenderer.Render(handoff));
    }

    [Fact]
    public void A_kept_field_that_would_read_back_as_the_date_is_fenced_and_one_that_would_not_stays_in_the_header()
    {
        var handoff = new Handoff
        {
            Description = "X",
            Fields = new Dictionary<string, string> { ["Last updated"] = "2026-01-05", ["Status"] = "ok" },
        };

        string text = HandoffRenderer.Render(handoff);

        Assert.Equal("# Session Handoff: X\n\n**Status**: ok\n\n```\n**Last updated**: 2026-01-05\n```\n", text);
        Assert.Null(HandoffParser.Parse(text, null).Date);
    }
}
