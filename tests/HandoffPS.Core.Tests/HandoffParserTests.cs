using System.IO;
using System.Text;
using HandoffPS.Core;

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
}
