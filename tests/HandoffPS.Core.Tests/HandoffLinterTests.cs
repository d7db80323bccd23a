using HandoffPS.Core.Context;
using HandoffPS.Core.Lint;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class HandoffLinterTests
{
    private static IReadOnlyList<HandoffDiagnostic> Lint(string text, string fileName = "2025-10-27-0930-feature-implementation.md", HandoffLintOptions? options = null) =>
        HandoffLinter.Lint(HandoffParser.ParseDocument(text, fileName), options ?? new HandoffLintOptions { ExpectBranch = true });

    [Fact]
    public void The_canonical_file_has_no_findings()
    {
        using var project = new TempFolder();
        Directory.CreateDirectory(Path.Combine(project.Path, "auth"));
        File.WriteAllText(Path.Combine(project.Path, "auth", "tokens.py"), "");

        var findings = Lint(SampleHandoffs.CanonicalText, options: new HandoffLintOptions { ExpectBranch = true, ProjectRoot = project.Path });

        Assert.Empty(findings);
    }

    [Fact]
    public void Without_options_no_branch_or_key_file_is_expected()
    {
        string noBranch = SampleHandoffs.CanonicalText.Replace("**Branch**: feat/user-dashboard\n", string.Empty);

        Assert.Empty(HandoffLinter.Lint(HandoffParser.ParseDocument(noBranch, SampleHandoffs.CanonicalFileName)));
    }

    [Fact]
    public void A_deviating_file_gets_each_finding_on_its_line()
    {
        string text = string.Join("\n",
            "# Handoff — Parser work",                 // 1 title form
            "",
            "**Date:** 2025-10-27",                    // 3 field style
            "**Time**: 9:30",                          // 4 time format, mismatch
            "",
            "## Next Steps",                           // 6 name, order
            "",
            "- Do the thing",                          // 8 not numbered
            "",
            "## Completed Work",                       // 10 order
            "",
            "- Did a thing",                           // 12 no check mark
            "",
            "## Blockers",                             // 14 name
            "",
            "- **Perf:** slow",                        // 16 category style
            "",
            "## Dead ends",                            // 18 unknown
            "",
            "Tried X.",
            "");

        var findings = Lint(text, "notes-2025-10-27.md");
        string Show(HandoffDiagnostic d) => $"{d.Line}:{d.RuleName}:{d.Severity}";
        var shown = findings.Select(Show).ToList();

        Assert.Contains("1:HandoffFileName:Warning", shown);
        Assert.Contains("1:HandoffTitle:Warning", shown);
        Assert.Contains("3:HandoffFieldFormat:Information", shown);
        Assert.Contains("4:HandoffFieldFormat:Warning", shown);
        Assert.Contains(findings, d => d.RuleName == "HandoffHeaderField" && d.Message.Contains("Branch"));
        Assert.Contains(findings, d => d.RuleName == "HandoffHeaderField" && d.Message.Contains("Author"));
        Assert.Contains("6:HandoffSectionName:Information", shown);
        Assert.Contains("8:HandoffListShape:Warning", shown);
        Assert.Contains("10:HandoffSectionOrder:Warning", shown);
        Assert.Contains("12:HandoffListShape:Warning", shown);
        Assert.Contains("14:HandoffSectionName:Information", shown);
        Assert.Contains("16:HandoffListShape:Information", shown);
        Assert.Contains("18:HandoffUnknownSection:Information", shown);
        Assert.Contains(findings, d => d.RuleName == "HandoffSectionMissing" && d.Message.Contains("Session Summary"));
        Assert.All(findings, d => Assert.True(d.Line >= 1));
    }

    [Fact]
    public void File_name_timestamp_must_agree_with_the_header()
    {
        string text = SampleHandoffs.CanonicalText;

        var otherDay = Lint(text, "2025-10-28-0930-feature-implementation.md");
        var otherTime = Lint(text, "2025-10-27-1015-feature-implementation.md");

        Assert.Contains(otherDay, d => d.RuleName == "HandoffTimestampMismatch" && d.Line == 3 && d.Message.Contains("2025-10-28"));
        Assert.Contains(otherTime, d => d.RuleName == "HandoffTimestampMismatch" && d.Message.Contains("10:15"));
    }

    [Fact]
    public void Key_files_that_do_not_exist_under_the_project_root_are_reported()
    {
        using var project = new TempFolder();

        var findings = Lint(SampleHandoffs.CanonicalText, options: new HandoffLintOptions { ProjectRoot = project.Path, ExpectBranch = true });

        HandoffDiagnostic missing = Assert.Single(findings);
        Assert.Equal("HandoffKeyFileMissing", missing.RuleName);
        Assert.Equal(37, missing.Line);
        Assert.Contains("auth/tokens.py", missing.Message);
    }

    [Fact]
    public void Length_is_measured_against_the_budget()
    {
        Assert.DoesNotContain(Lint(SampleHandoffs.CanonicalText), d => d.RuleName == "HandoffLength");

        var findings = Lint(SampleHandoffs.CanonicalText, options: new HandoffLintOptions { ExpectBranch = true, TokenBudget = 50 });

        HandoffDiagnostic length = Assert.Single(findings, d => d.RuleName == "HandoffLength");
        Assert.Contains("the budget is 50", length.Message);
        Assert.Contains($"is {TokenCounter.Count(SampleHandoffs.CanonicalText)} tokens (o200k_base)", length.Message);
    }

    [Fact]
    public void Bom_crlf_and_a_missing_final_newline_are_information()
    {
        string text = "\uFEFF" + SampleHandoffs.CanonicalText.TrimEnd('\n').Replace("\n", "\r\n");

        var findings = Lint(text).Where(d => d.RuleName == "HandoffEncoding").ToList();

        Assert.Equal(3, findings.Count);
        Assert.All(findings, d => Assert.Equal(DiagnosticSeverity.Information, d.Level));
    }

    [Fact]
    public void Branch_is_only_expected_in_a_git_project()
    {
        string noBranch = SampleHandoffs.CanonicalText.Replace("**Branch**: feat/user-dashboard\n", string.Empty);

        Assert.Empty(Lint(noBranch, options: new HandoffLintOptions { ExpectBranch = false }));
        Assert.Contains(Lint(noBranch), d => d.RuleName == "HandoffHeaderField" && d.Message.Contains("Branch"));
    }

    [Theory]
    [InlineData("~~~")]
    [InlineData("```")]
    public void A_list_inside_a_code_fence_is_not_an_item_of_the_section(string fence)
    {
        // The parser reads no item from a fenced block, so the linter must not check its lines as items.
        string text = SampleHandoffs.CanonicalText.Replace(
            "- ✅ Added responsive layout (mobile + desktop)\n",
            $"- ✅ Added responsive layout (mobile + desktop)\n\n{fence}markdown\n- Example list in a fence\n1) numbered\n{fence}\n");

        Assert.Equal(2, HandoffParser.Parse(text).CompletedWork.Length);
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Findings_on_one_header_line_come_field_by_field_in_the_template_order()
    {
        // Date and Author on the first line, Time and Branch missing from the header that starts there.
        string text = "**Date:** 2025-10-27 · **Author:** Ada\n\n## Session Summary\n\nS.\n";

        var findings = Lint(text, "2025-10-28-0930-notes.md").Where(d => d.Line == 1).Select(d => $"{d.RuleName}:{d.Message}").ToList();

        Assert.Equal(new[]
        {
            "HandoffTitle:The file has no title; start it with '# Session Handoff: {Brief Description}'.",
            "HandoffFieldFormat:Write the field as '**Date**: value' (the template's form), not '**Date:** 2025-10-27'.",
            "HandoffHeaderField:The header has no '**Time**:' line. Write '**Time**: HH:MM:SS'.",
            "HandoffHeaderField:The header has no '**Branch**:' line.",
            "HandoffFieldFormat:Write the field as '**Author**: value' (the template's form), not '**Author:** Ada'.",
            "HandoffTimestampMismatch:The file name says 2025-10-28 but the header says 2025-10-27.",
        }, findings);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(2_000)]
    public void A_file_of_many_repeated_sections_gets_the_findings_of_one_repeat_in_each(int repeats)
    {
        // Each repeat is the same 12 lines: a Completed Work item without its check mark (a warning on the repeat's
        // line 3), a Blockers item with the colon inside the bold (information on line 7), and an unknown section whose
        // list is not checked. Each section's items are its own: none is found twice, none in another section.
        const string Repeat =
            "## Completed Work\n" +
            "\n" +
            "- Did a thing\n" +
            "\n" +
            "## Blockers\n" +
            "\n" +
            "- **Perf:** slow\n" +
            "\n" +
            "## Dead ends\n" +
            "\n" +
            "- Tried X\n" +
            "\n";
        string text = "# Session Handoff: X\n\n" + string.Concat(Enumerable.Repeat(Repeat, repeats));

        var shapes = Lint(text, "2025-10-27-0930-x.md", new HandoffLintOptions())
            .Where(d => d.RuleName == "HandoffListShape")
            .Select(d => (d.Line, d.Level))
            .ToList();

        var expected = Enumerable.Range(0, repeats)
            .SelectMany(r => new[] { (3 + 2 + (12 * r), DiagnosticSeverity.Warning), (7 + 2 + (12 * r), DiagnosticSeverity.Information) })
            .ToList();
        Assert.Equal(expected, shapes);
    }

    [Fact]
    public void Findings_come_in_line_order()
    {
        string text = "# Session Handoff: X\n\n## Dead ends\n\n## Completed Work\n\n- Did a thing";

        var lines = Lint(text, "notes.md", new HandoffLintOptions()).Select(d => d.Line);

        Assert.Equal(new[] { 1, 2, 2, 2, 2, 2, 2, 2, 3, 7, 7 }, lines);
    }

    [Theory]
    [MemberData(nameof(CorpusTests.AllFiles), MemberType = typeof(CorpusTests))]
    public void Every_corpus_file_differs_from_the_template_somewhere_and_every_finding_has_a_line(string name)
    {
        HandoffDocument doc = HandoffParser.ReadDocument(Corpus.PathOf(name));

        var findings = HandoffLinter.Lint(doc, new HandoffLintOptions());

        Assert.Contains(findings, d => d.Level != DiagnosticSeverity.Information);
        Assert.All(findings, d => Assert.InRange(d.Line, 1, doc.Text.Count(c => c == '\n') + 1));
    }
}
