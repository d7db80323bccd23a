using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class ListShapeRuleTests
{
    private static readonly ListShapeRule Rule = new();

    private static List<LintFinding> Check(string section, string body) =>
        RuleRun.Check(Rule, $"# Session Handoff: X\n\n## {section}\n\n{body}");

    [Theory]
    [InlineData("- Did a thing\n", "- Did a thing")]
    [InlineData("* ✅ Did a thing\n", "* ✅ Did a thing")]
    [InlineData("1. ✅ Did a thing\n", "1. ✅ Did a thing")]
    [InlineData("- ✅Did a thing\n", "- ✅Did a thing")]
    [InlineData("- [x] Did a thing\n", "- [x] Did a thing")]
    public void A_completed_item_not_written_dash_check_mark_is_a_warning(string body, string quoted)
    {
        var findings = Check("Completed Work", body);

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 5, $"Write a completed item as '- ✅ text', not '{quoted}'.") }, findings);
    }

    [Theory]
    [InlineData("- **Do it**\n", "- **Do it**")]
    [InlineData("1) **Do it**\n", "1) **Do it**")]
    public void A_priority_outside_a_numbered_list_is_a_warning(string body, string quoted)
    {
        var findings = Check("Next Priorities", body);

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 5, $"Next Priorities is an ordered list: write '1. **Title** (reason)', not '{quoted}'.") }, findings);
    }

    [Theory]
    [InlineData("1.  Do it\n", "1. **Do it**")]
    [InlineData("10. Do it\n", "10. **Do it**")]
    public void The_marker_is_quoted_as_written_without_the_space_after_it(string body, string quoted)
    {
        LintFinding finding = Assert.Single(Check("Next Priorities", body));

        Assert.Equal($"Write a priority's title in bold: '{quoted}'.", finding.Message);
    }

    [Fact]
    public void A_priority_title_not_in_bold_is_information()
    {
        var findings = Check("Next Steps", "1. Do it\n2. **Done right**\n");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Information, 5, "Write a priority's title in bold: '1. **Do it**'.") }, findings);
    }

    [Fact]
    public void A_blocker_category_with_the_colon_inside_the_bold_is_information()
    {
        var findings = Check("Blockers", "- **Perf:** slow\n- **Perf**: slow\n- plain\n");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Information, 5, "Write a blocker's category as '**Category**: text', not '**Perf:** slow'.") }, findings);
    }

    [Fact]
    public void A_long_item_is_quoted_shortened()
    {
        var findings = Check("Completed Work", "- " + new string('x', 70) + "\n");

        Assert.Equal($"Write a completed item as '- ✅ text', not '- {new string('x', 55)}...'.", Assert.Single(findings).Message);
    }

    [Fact]
    public void An_item_of_60_characters_is_quoted_whole()
    {
        string item = "- " + new string('x', 58);

        Assert.Equal($"Write a completed item as '- ✅ text', not '{item}'.", Assert.Single(Check("Completed Work", item + "\n")).Message);
    }

    [Fact]
    public void An_item_right_before_the_next_heading_or_at_the_end_without_newline_is_checked()
    {
        var findings = RuleRun.Check(Rule, "# Session Handoff: X\n\n## Completed Work\n- Did a thing\n## Blockers\n- **Perf:** slow");

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Warning, 4, "Write a completed item as '- ✅ text', not '- Did a thing'."),
            new LintFinding(DiagnosticSeverity.Information, 6, "Write a blocker's category as '**Category**: text', not '**Perf:** slow'."),
        }, findings);
    }

    [Theory]
    [InlineData("```\n- Did a thing\n```\n")]
    [InlineData("~~~\n- Did a thing\n~~~\n")]
    [InlineData("~~~markdown\n- Did a thing\n```\n- Did another\n~~~\n")]
    [InlineData("    - Did a thing\n")]
    [InlineData("> - Did a thing\n")]
    [InlineData("- ✅ Did a thing\n  - sub item\n")]
    public void Lists_the_parser_does_not_read_as_items_are_not_checked(string body)
    {
        Assert.Empty(Check("Completed Work", body));
    }

    [Fact]
    public void The_canonical_lists_and_lists_of_other_sections_pass()
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(Check("Session Summary", "- plain\n"));
        Assert.Empty(Check("Dead ends", "- plain\n"));
    }
}
