using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class TitleRuleTests
{
    private static readonly TitleRule Rule = new();

    [Fact]
    public void A_file_without_a_title_is_a_warning_on_line_1()
    {
        var findings = RuleRun.Check(Rule, "**Date**: 2025-10-27\n");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 1, "The file has no title; start it with '# Session Handoff: {Brief Description}'.") }, findings);
    }

    [Theory]
    [InlineData("# Handoff — Parser work\n")]
    [InlineData("# Session handoff: Parser work\n")]
    [InlineData("# Session Handoff: \n")]
    public void A_title_of_another_form_is_a_warning(string text)
    {
        var findings = RuleRun.Check(Rule, text);

        string title = text.TrimEnd('\n');
        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 1, $"The title '{title}' is not of the form '# Session Handoff: {{Brief Description}}'.") }, findings);
    }

    [Fact]
    public void A_title_below_the_first_line_is_information()
    {
        var findings = RuleRun.Check(Rule, "\n# Session Handoff: X\n");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Information, 2, "The title is not on the first line.") }, findings);
    }

    [Theory]
    [InlineData("# Session Handoff: X\n")]
    [InlineData("# Session Handoff: Feature Implementation\n\n**Date**: 2025-10-27\n")]
    public void A_template_title_on_line_1_passes(string text)
    {
        Assert.Empty(RuleRun.Check(Rule, text));
    }
}
