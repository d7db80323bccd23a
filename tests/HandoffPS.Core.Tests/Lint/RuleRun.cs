using HandoffPS.Core.Lint;
using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Tests;

/// <summary>Runs one lint rule over Markdown, as the linter would: the canonical file name and a git project by default.</summary>
internal static class RuleRun
{
    public static List<LintFinding> Check(ILintRule rule, string text, string? fileName = SampleHandoffs.CanonicalFileName, HandoffLintOptions? options = null) =>
        rule.Check(new LintContext(HandoffParser.ParseDocument(text, fileName), options ?? new HandoffLintOptions { ExpectBranch = true })).ToList();

    /// <summary>The canonical sample with <paramref name="from"/> replaced; fails when it is not there.</summary>
    public static string Canonical(string from = "", string to = "")
    {
        string text = SampleHandoffs.CanonicalText;
        Assert.Contains(from, text);
        return from.Length == 0 ? text : text.Replace(from, to);
    }
}
