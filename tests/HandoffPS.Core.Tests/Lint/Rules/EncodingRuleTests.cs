using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class EncodingRuleTests
{
    private static readonly EncodingRule Rule = new();

    [Fact]
    public void A_bom_crlf_and_no_final_newline_are_information()
    {
        var findings = RuleRun.Check(Rule, "\uFEFF# Session Handoff: X\r\n\r\nText");

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Information, 1, "The file starts with a byte-order mark; handoffs are UTF-8 without BOM."),
            new LintFinding(DiagnosticSeverity.Information, 1, "The file has CRLF line endings; handoffs use LF."),
            new LintFinding(DiagnosticSeverity.Information, 3, "The file does not end with a newline."),
        }, findings);
    }

    [Fact]
    public void A_lone_carriage_return_is_reported_as_crlf()
    {
        Assert.Single(RuleRun.Check(Rule, "# Session Handoff: X\r\rText\n"));
    }

    [Fact]
    public void The_canonical_file_and_an_empty_one_pass()
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(RuleRun.Check(Rule, string.Empty));
    }
}
