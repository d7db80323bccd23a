using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class SectionMissingRuleTests
{
    private static readonly SectionMissingRule Rule = new();

    [Fact]
    public void A_missing_required_section_is_a_warning_below_the_header()
    {
        string text = RuleRun.Canonical("## Session Summary\n\nCompleted initial implementation of the dashboard.\n\n");

        var findings = RuleRun.Check(Rule, text);

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 7, "There is no '## Session Summary' section.") }, findings);
    }

    [Fact]
    public void A_title_alone_misses_every_section_required_or_not()
    {
        var findings = RuleRun.Check(Rule, "# Session Handoff: X\n");

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Warning, 2, "There is no '## Session Summary' section."),
            new LintFinding(DiagnosticSeverity.Warning, 2, "There is no '## Completed Work' section."),
            new LintFinding(DiagnosticSeverity.Warning, 2, "There is no '## Next Priorities' section."),
            new LintFinding(DiagnosticSeverity.Information, 2, "There is no '## Blockers/Questions' section."),
            new LintFinding(DiagnosticSeverity.Information, 2, "There is no '## Context for Next Session' section."),
        }, findings);
    }

    [Fact]
    public void Below_a_title_without_header_fields_is_the_line_after_the_title()
    {
        var findings = RuleRun.Check(Rule, "\n# Session Handoff: X\n");

        Assert.Equal(new[] { 3, 3, 3, 3, 3 }, findings.Select(f => f.Line));
    }

    [Fact]
    public void A_file_without_title_or_header_misses_them_from_line_2()
    {
        var findings = RuleRun.Check(Rule, "Some notes.\n");

        Assert.All(findings, f => Assert.Equal(2, f.Line));
        Assert.Equal(5, findings.Count);
    }

    [Fact]
    public void Sections_under_other_names_and_a_part_of_Context_count()
    {
        string text = RuleRun.Canonical("## Next Priorities", "## Next Steps")
            .Replace("## Context for Next Session\n\n**Decisions Made**:\n", "## Key Decisions\n");

        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(RuleRun.Check(Rule, text));
    }
}
