using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class KeyFileMissingRuleTests
{
    private static readonly KeyFileMissingRule Rule = new();

    private static List<LintFinding> Check(string text, string root) =>
        RuleRun.Check(Rule, text, options: new HandoffLintOptions { ProjectRoot = root });

    [Fact]
    public void A_key_file_missing_under_the_root_is_a_warning_on_its_item()
    {
        using var project = new TempFolder();
        // Mentioned in the summary first: the finding is still on the Key Files item.
        string text = RuleRun.Canonical("Completed initial implementation of the dashboard.", "Reworked `auth/tokens.py` today.");

        var findings = Check(text, project.Path);

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 37, $"The key file 'auth/tokens.py' does not exist under the project root '{project.Path}'.") }, findings);
    }

    [Fact]
    public void A_key_file_written_without_backticks_is_found_on_its_item()
    {
        using var project = new TempFolder();
        string text = "# Session Handoff: X\n\n## Key Files\n\n- docs/plan.md - the plan\n";

        var findings = Check(text, project.Path);

        Assert.Equal(5, Assert.Single(findings).Line);
    }

    [Fact]
    public void Files_and_folders_that_exist_pass_and_without_a_root_nothing_is_checked()
    {
        using var project = new TempFolder();
        Directory.CreateDirectory(Path.Combine(project.Path, "auth"));
        File.WriteAllText(Path.Combine(project.Path, "auth", "tokens.py"), "");
        string folder = RuleRun.Canonical("`auth/tokens.py`", "`auth`");
        string rooted = RuleRun.Canonical("`auth/tokens.py`", "`/auth/tokens.py`");

        Assert.Empty(Check(RuleRun.Canonical(), project.Path));
        Assert.Empty(Check(folder, project.Path));
        Assert.Empty(Check(rooted, project.Path));
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
    }

    [Theory]
    [InlineData("`src/*.cs`")]
    [InlineData("`src/file?.cs`")]
    [InlineData("`https://example.com/spec`")]
    public void Patterns_and_urls_are_not_checked(string written)
    {
        using var project = new TempFolder();

        Assert.Empty(Check(RuleRun.Canonical("`auth/tokens.py`", written), project.Path));
    }

    [Fact]
    public void A_nul_in_a_key_file_is_read_as_a_space_and_checked()
    {
        using var project = new TempFolder();

        var findings = Check(RuleRun.Canonical("`auth/tokens.py`", "`bad\0path`"), project.Path);

        Assert.Equal($"The key file 'bad path' does not exist under the project root '{project.Path}'.", Assert.Single(findings).Message);
    }
}
