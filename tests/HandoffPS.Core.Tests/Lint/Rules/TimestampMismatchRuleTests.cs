using HandoffPS.Core.Lint;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class TimestampMismatchRuleTests
{
    private static readonly TimestampMismatchRule Rule = new();

    [Fact]
    public void Another_day_in_the_name_is_a_warning_on_the_date_line()
    {
        var findings = RuleRun.Check(Rule, RuleRun.Canonical(), "2025-10-28-0930-feature-implementation.md");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 3, "The file name says 2025-10-28 but the header says 2025-10-27.") }, findings);
    }

    [Fact]
    public void Another_minute_in_the_name_is_a_warning()
    {
        var findings = RuleRun.Check(Rule, RuleRun.Canonical(), "2025-10-27-0931-feature-implementation.md");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 3, "The file name says 09:31 but the header says 09:30.") }, findings);
    }

    [Fact]
    public void Another_hour_in_the_name_is_a_warning()
    {
        var findings = RuleRun.Check(Rule, RuleRun.Canonical(), "2025-10-27-1030-feature-implementation.md");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 3, "The file name says 10:30 but the header says 09:30.") }, findings);
    }

    [Fact]
    public void A_date_from_the_title_is_compared_on_line_1()
    {
        var findings = RuleRun.Check(Rule, "# Session Handoff: 2025-10-27 — Parser work\n", "2025-10-28-0930-parser-work.md");

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 1, "The file name says 2025-10-28 but the header says 2025-10-27.") }, findings);
    }

    [Fact]
    public void A_time_written_in_the_date_field_is_compared_too()
    {
        string text = RuleRun.Canonical("**Date**: 2025-10-27\n**Time**: 09:30:00\n", "**Date**: 2025-10-27 10:15\n");

        var findings = RuleRun.Check(Rule, text);

        Assert.Equal(new[] { new LintFinding(DiagnosticSeverity.Warning, 3, "The file name says 09:30 but the header says 10:15.") }, findings);
    }

    [Fact]
    public void Seconds_a_name_without_time_and_a_header_without_time_are_not_compared()
    {
        string seconds = RuleRun.Canonical("**Time**: 09:30:00", "**Time**: 09:30:59");
        string noTime = RuleRun.Canonical("**Time**: 09:30:00\n");

        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical()));
        Assert.Empty(RuleRun.Check(Rule, seconds));
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical(), "2025-10-27-feature-implementation.md"));
        Assert.Empty(RuleRun.Check(Rule, noTime, "2025-10-27-1015-feature-implementation.md"));
    }

    [Fact]
    public void Without_a_file_name_or_a_timestamp_in_it_there_is_nothing_to_compare()
    {
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical(), fileName: null));
        Assert.Empty(RuleRun.Check(Rule, RuleRun.Canonical(), "notes.md"));
    }
}
