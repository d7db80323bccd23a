using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class SectionOrderRuleTests
{
    private const string Order = "the template's order is Session Summary, Completed Work, Next Priorities, Blockers/Questions, Context for Next Session.";

    private static readonly SectionOrderRule Rule = new();

    [Fact]
    public void Each_section_that_comes_too_late_is_a_warning_against_the_furthest_one_before_it()
    {
        string text = "# Session Handoff: X\n\n## Next Steps\n\n## Session Summary\n\n## Completed Work\n\n## Blockers\n";

        var findings = RuleRun.Check(Rule, text);

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Warning, 5, "'Session Summary' comes after 'Next Steps'; " + Order),
            new LintFinding(DiagnosticSeverity.Warning, 7, "'Completed Work' comes after 'Next Steps'; " + Order),
        }, findings);
    }

    [Fact]
    public void The_template_order_passes_with_unknown_sections_and_Context_parts_between()
    {
        string text = "# Session Handoff: X\n\n## Session Summary\n\n## Dead ends\n\n## Completed Work\n\n## Completed Work\n\n## Decisions\n\n## Key Files\n\n## Context\n";

        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(RuleRun.Check(Rule, text));
    }
}
