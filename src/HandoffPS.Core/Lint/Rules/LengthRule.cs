using System.Collections.Generic;
using System.Globalization;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffLength: the file fits the token budget (<see cref="HandoffLintOptions.TokenBudget"/>).</summary>
internal sealed class LengthRule : ILintRule
{
    public string Name => "HandoffLength";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        HandoffLintOptions options = context.Options;
        int tokens = (options.CountTokens ?? TokenCounter.Count)(context.Document.Text);
        if (tokens > options.TokenBudget)
        {
            yield return new LintFinding(DiagnosticSeverity.Warning, 1,
                $"The handoff is {tokens.ToString(CultureInfo.InvariantCulture)} tokens ({TokenCounter.EncodingName}); the budget is {options.TokenBudget.ToString(CultureInfo.InvariantCulture)}. Move detail into linked files or trim older items.");
        }
    }
}
