using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class UnknownSectionRuleTests
{
    private static readonly UnknownSectionRule Rule = new();

    [Fact]
    public void A_section_outside_the_template_is_information()
    {
        var findings = RuleRun.Check(Rule, RuleRun.Canonical() + "\n## Dead ends\n\nTried X.\n");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Information, 43, "The section 'Dead ends' is not part of the template; it is kept as is.") }, findings);
    }

    [Fact]
    public void Template_sections_and_a_header_field_written_as_a_section_pass()
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(RuleRun.Check(Rule, "# Session Handoff: X\n\n## Date\n\n2025-10-27\n\n## Next Steps\n"));
    }
}
