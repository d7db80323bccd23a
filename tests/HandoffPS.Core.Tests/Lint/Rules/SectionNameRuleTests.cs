using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class SectionNameRuleTests
{
    private static readonly SectionNameRule Rule = new();

    [Fact]
    public void A_section_under_another_name_is_information_with_the_template_name()
    {
        string text = "# Session Handoff: X\n\n## Next Steps\n\n## Key Files\n\n## session summary\n";

        var findings = RuleRun.Check(Rule, text);

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Information, 3, "The section 'Next Steps' is read as 'Next Priorities'; name it '## Next Priorities'."),
            new LintFinding(DiagnosticSeverity.Information, 5, "The section 'Key Files' is read as 'Context for Next Session'; name it '## Context for Next Session'."),
            new LintFinding(DiagnosticSeverity.Information, 7, "The section 'session summary' is read as 'Session Summary'; name it '## Session Summary'."),
        }, findings);
    }

    [Fact]
    public void Template_names_and_unknown_sections_pass()
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(RuleRun.Check(Rule, "# Session Handoff: X\n\n## Dead ends\n"));
    }
}
