using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

public class FieldFormatRuleTests
{
    private static readonly FieldFormatRule Rule = new();

    [Fact]
    public void A_field_in_another_style_is_information_on_its_line()
    {
        var findings = RuleRun.Check(Rule, RuleRun.Canonical("**Date**: 2025-10-27", "**Date:** 2025-10-27"));

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Information, 3, "Write the field as '**Date**: value' (the template's form), not '**Date:** 2025-10-27'.") { Field = HandoffTemplate.Date },
        }, findings);
    }

    [Fact]
    public void A_date_or_time_off_its_format_is_a_warning()
    {
        string text = RuleRun.Canonical("**Time**: 09:30:00", "Time: 9:30");

        var findings = RuleRun.Check(Rule, text);

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Information, 4, "Write the field as '**Time**: value' (the template's form), not 'Time: 9:30'.") { Field = HandoffTemplate.Time },
            new LintFinding(DiagnosticSeverity.Warning, 4, "The Time '9:30' is not in the template's format HH:MM:SS.") { Field = HandoffTemplate.Time },
        }, findings);
    }

    [Fact]
    public void A_long_field_is_quoted_shortened()
    {
        string author = new('a', 60);
        var findings = RuleRun.Check(Rule, RuleRun.Canonical("**Author**: Claude Code + Ada Lovelace", "**Author:** " + author));

        string shown = "**Author:** " + new string('a', 45) + "...";
        Assert.Equal($"Write the field as '**Author**: value' (the template's form), not '{shown}'.", Assert.Single(findings).Message);
    }

    [Fact]
    public void The_canonical_header_and_fields_that_are_not_expected_pass()
    {
        string freeBranch = RuleRun.Canonical("**Branch**: feat/user-dashboard", "Branch: main (merged)");

        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(RuleRun.Check(Rule, freeBranch, options: new HandoffLintOptions { ExpectBranch = false }));
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical("**Branch**: feat/user-dashboard", "**Branch**: feat/x (merged)")));
    }
}
