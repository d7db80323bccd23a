using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class FileNameRuleTests
{
    private static readonly FileNameRule Rule = new();

    [Fact]
    public void A_name_off_the_pattern_is_a_warning_with_the_canonical_name_as_suggestion()
    {
        var findings = RuleRun.Check(Rule, RuleRun.Canonical(), "notes-2025-10-27.md");

        Assert.Equal(new[]
        {
            new LintFinding(DiagnosticSeverity.Warning, 1,
                "The file name 'notes-2025-10-27.md' does not follow YYYY-MM-DD-HHMM-description.md (lower-case words joined by '-'); rename it such as '2025-10-27-0930-feature-implementation.md'."),
        }, findings);
    }

    [Theory]
    [InlineData("2025-10-27-0930-feature-implementation.md")]
    [InlineData("2025-10-27-0930-notes.md")]
    [InlineData("2025-10-27-0930-parser-work-v2.md")]
    public void Canonical_names_pass(string name)
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical(), name));
    }

    [Fact]
    public void A_text_without_a_file_passes()
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical(), fileName: null));
    }

    [Theory]
    [InlineData("2025-10-27-0930-Feature-Implementation.md")]
    [InlineData("2025-10-27-0930-feature--implementation.md")]
    [InlineData("2025-10-27-930-feature-implementation.md")]
    [InlineData("2025-10-27-0930-feature-implementation.markdown")]
    [InlineData("x2025-10-27-0930-feature-implementation.md")]
    public void Near_misses_of_the_pattern_are_reported(string name)
    {
        LintFinding finding = Assert.Single(RuleRun.Check(Rule, RuleRun.Canonical(), name));

        Assert.StartsWith($"The file name '{name}' does not follow", finding.Message);
    }

    [Fact]
    public void Without_a_date_or_a_usable_description_there_is_no_suggestion()
    {
        string noDate = "# Session Handoff: Feature Implementation\n";
        string noWords = RuleRun.Canonical("Feature Implementation", "???");

        Assert.EndsWith("; rename it.", Assert.Single(RuleRun.Check(Rule, noDate, "notes.md")).Message);
        Assert.EndsWith("; rename it.", Assert.Single(RuleRun.Check(Rule, noWords, "notes.md")).Message);
    }
}
