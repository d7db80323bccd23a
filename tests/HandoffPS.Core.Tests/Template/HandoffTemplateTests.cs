using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

public class HandoffTemplateTests
{
    [Fact]
    public void The_sections_are_the_seed_templates_in_its_order()
    {
        Assert.Equal(
            new[] { "Session Summary", "Completed Work", "Next Priorities", "Blockers/Questions", "Context for Next Session" },
            HandoffTemplate.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { true, true, true, false, false }, HandoffTemplate.Sections.Select(s => s.Required));
        Assert.Equal(new[] { "Decisions Made", "Key Files", "References" }, HandoffTemplate.Context.Parts.Select(p => p.Heading));
    }

    [Fact]
    public void The_header_fields_are_written_in_the_template_order()
    {
        Assert.Equal(new[] { "Date", "Time", "Branch", "Commit", "Author" }, HandoffTemplate.HeaderFields.Select(f => f.Name));
        Assert.Equal("**Branch**: main", HandoffTemplate.FieldLine("Branch", "main"));
        Assert.Equal("Session Handoff: ", HandoffTemplate.TitlePrefix);
    }

    [Theory]
    [InlineData(SectionKind.Summary, "Session Summary")]
    [InlineData(SectionKind.Blockers, "Blockers/Questions")]
    [InlineData(SectionKind.Context, "Context for Next Session")]
    [InlineData(SectionKind.Decisions, "Context for Next Session")]
    [InlineData(SectionKind.KeyFiles, "Context for Next Session")]
    [InlineData(SectionKind.References, "Context for Next Session")]
    public void A_part_belongs_to_its_section(SectionKind kind, string heading)
    {
        Assert.Equal(heading, HandoffTemplate.SectionOf(kind).Heading);
    }

    [Fact]
    public void Other_is_no_section_of_the_template()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HandoffTemplate.SectionOf(SectionKind.Other));
    }

    [Theory]
    [InlineData("2025-10-27", true)]
    [InlineData("2025-1-27", false)]
    [InlineData("2025-10-271", false)]
    [InlineData("2025/10/27", false)]
    [InlineData("2025-10-2x", false)]
    [InlineData("२०२५-10-27", false)]
    public void A_date_fits_its_format_digit_for_letter(string value, bool fits)
    {
        Assert.Equal(fits, HandoffTemplate.Date.FitsFormat(value));
    }

    [Theory]
    [InlineData("09:30:00", true)]
    [InlineData("9:30", false)]
    [InlineData("09:30:00 UTC", false)]
    public void A_time_fits_its_format(string value, bool fits)
    {
        Assert.Equal(fits, HandoffTemplate.Time.FitsFormat(value));
    }

    [Fact]
    public void A_field_without_a_format_takes_any_value()
    {
        Assert.True(HandoffTemplate.Branch.FitsFormat("feat/x (merged)"));
    }
}
