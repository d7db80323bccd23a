using System.Text;
using HandoffPS.Core;

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
    [InlineData("kept <https://example.com>", "kept <https://example.com>")]
    public void Values_are_written_lint_clean_and_read_back(string value, string written)
    {
        var h = new Handoff { Description = "x", Decisions = new[] { value } };

        string text = HandoffRenderer.Render(h);

        Assert.Contains("- " + written + "\n", text);
        string expected = value == "kept <https://example.com>" ? "kept https://example.com" : value;
        Assert.Equal(expected, Assert.Single(HandoffParser.Parse(text).Decisions));
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
}
