using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

public class HeaderFieldRuleTests
{
    private static readonly HeaderFieldRule Rule = new();

    [Fact]
    public void Each_missing_field_is_a_warning_below_the_title_with_its_format()
    {
        string text = RuleRun.Canonical("**Time**: 09:30:00\n**Branch**: feat/user-dashboard\n**Author**: Claude Code + Ada Lovelace\n");

        var findings = RuleRun.Check(Rule, text);

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Warning, 2, "The header has no '**Time**:' line. Write '**Time**: HH:MM:SS'.") { Field = HandoffTemplate.Time },
            new LintFinding(DiagnosticSeverity.Warning, 2, "The header has no '**Branch**:' line.") { Field = HandoffTemplate.Branch },
            new LintFinding(DiagnosticSeverity.Warning, 2, "The header has no '**Author**:' line.") { Field = HandoffTemplate.Author },
        }, findings);
    }

    [Fact]
    public void Without_a_title_the_header_starts_on_line_1()
    {
        var findings = RuleRun.Check(Rule, "**Time**: 09:30:00\n**Author**: A\n", options: new HandoffLintOptions());

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 1, "The header has no '**Date**:' line. Write '**Date**: YYYY-MM-DD'.") { Field = HandoffTemplate.Date } }, findings);
    }

    [Fact]
    public void Branch_is_expected_only_in_a_git_project_and_Commit_never()
    {
        string noBranch = RuleRun.Canonical("**Branch**: feat/user-dashboard\n");

        Assert.Empty(RuleRun.Check(Rule, noBranch, options: new HandoffLintOptions { ExpectBranch = false }));
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
    }

    [Fact]
    public void A_field_in_another_style_is_there()
    {
        string text = RuleRun.Canonical("**Author**: Claude Code + Ada Lovelace", "- Author: Ada");

        Assert.Empty(RuleRun.Check(Rule, text));
    }
}
