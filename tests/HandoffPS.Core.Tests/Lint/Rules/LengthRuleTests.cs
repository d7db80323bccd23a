using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class LengthRuleTests
{
    private static readonly LengthRule Rule = new();

    private static List<LintFinding> Check(int tokens, int budget) =>
        RuleRun.Check(Rule, RuleRun.Canonical(), options: new HandoffLintOptions { TokenBudget = budget, CountTokens = _ => tokens });

    [Fact]
    public void More_tokens_than_the_budget_is_a_warning_on_line_1()
    {
        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Warning, 1, "The handoff is 1234 tokens (o200k_base); the budget is 1000. Move detail into linked files or trim older items."),
        }, Check(1234, 1000));
    }

    [Fact]
    public void Exactly_the_budget_passes()
    {
        Assert.Empty(Check(600, 600));
        Assert.Single(Check(601, 600));
    }

    [Fact]
    public void Without_a_counter_the_o200k_count_is_used()
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Single(RuleRun.Check(Rule, RuleRun.Canonical(), options: new HandoffLintOptions { TokenBudget = 50 }));
    }
}
