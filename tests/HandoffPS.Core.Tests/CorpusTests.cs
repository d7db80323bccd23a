using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

/// <summary>The reader over every real handoff file: no exception, the right facts, nothing lost.</summary>
public class CorpusTests
{
    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (string f in Corpus.Files)
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Fact]
    public void The_corpus_is_there_and_not_empty()
    {
        Assert.True(Corpus.Files.Count() >= 40, $"Expected the real-handoffs corpus in {Corpus.Folder}.");
    }

    /// <summary>
    /// Every corpus file with its date, time and zone checked by hand: first from the header text alone (the
    /// file name withheld, so that the name cannot stand in for a header the reader failed to read), then with
    /// the name.
    /// </summary>
    public static TheoryData<string, string?, string, string?> HandCheckedDates() => new()
    {
        { "Allen2898168__agent-skills-test__2026-05-11-runtime-self-contained.md", "2026-05-11 00:00:00", "2026-05-11 00:00:00", null }, // title date
        { "ChunkyTortoise__EnterpriseHub__SESSION_HANDOFF_2026-01-04_PHASE3_TIER1_COMPLETE.md", "2026-01-04 00:00:00", "2026-01-04 00:00:00", null }, // date in words
        { "CleanExpo__Pi-Dev-Ops__20260911-2210-proxy-lint-review.md", null, "2026-09-11 22:10:00", null }, // no header: the name only
        { "CleanExpo__Pi-Dev-Ops__handoff-20260701-182147.md", "2026-07-01 18:21:47", "2026-07-01 18:21:47", null }, // compact timestamp
        { "Ravenight13__bmcis-knowledge-mcp-local__2024-11-09-0730-mcp-code-execution-prd-enhancements.md", "2024-11-09 07:30:00", "2024-11-09 07:30:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-07-1931-prd-creation-complete.md", "2025-11-07 19:31:00", "2025-11-07 19:31:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-0205-task-master-setup-complete.md", "2025-11-08 02:05:00", "2025-11-08 02:05:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-0235-checkpoint-task-1-complete.md", "2025-11-08 02:35:00", "2025-11-08 02:35:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-0600-phase-0-infrastructure-complete.md", "2025-11-08 06:00:00", "2025-11-08 06:00:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1655-crash-recovery-task-4-complete.md", "2025-11-08 16:55:00", "2025-11-08 16:55:00", "UTC" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1700-task-6-complete-merged.md", "2025-11-08 17:00:00", "2025-11-08 17:00:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1740-task-2-complete-task-3-ready.md", "2025-11-08 17:40:00", "2025-11-08 17:40:00", "UTC" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1800-tasks-1-5-refinements-planning-complete.md", "2025-11-08 18:00:00", "2025-11-08 18:00:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-2230-parallel-orchestration-complete.md", "2025-11-08 22:30:00", "2025-11-08 22:30:00", "UTC" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-2300-task-3-pr-ready.md", "2025-11-08 23:00:00", "2025-11-08 23:00:00", "UTC" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-2330-tasks-1-4-refinements-complete.md", "2025-11-08 23:30:00", "2025-11-08 23:30:00", "UTC" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-0743-tasks-1-4-refinements-task-5-complete-documentation-reorganization.md", "2025-11-09 07:43:00", "2025-11-09 07:43:00", "UTC" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-1145-task7-phase1-complete.md", "2025-11-09 11:45:00", "2025-11-09 11:45:00", null },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-2045-bmcis-mcp-ingestion-complete.md", "2025-11-09 20:45:00", "2025-11-09 20:45:00", "PST" }, // date, time and zone in one field
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-2105-mcp-loading-issues.md", "2025-11-09 21:05:00", "2025-11-09 21:05:00", "PST" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-2106-mcp-fastmcp-method-fixed.md", "2025-11-09 21:06:00", "2025-11-09 21:06:00", "PST" },
        { "Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-2130-search-relevance-improvements.md", "2025-11-09 21:30:00", "2025-11-09 21:30:00", "PST" },
        { "Ravenight13__simple-task-tracker-mcp__2025-10-27-0821-session-handoff-production-testing.md", "2025-10-27 08:21:00", "2025-10-27 08:21:00", null },
        { "Ravenight13__simple-task-tracker-mcp__2025-10-27-0830-uwo-skill-and-commands-implementation.md", "2025-10-27 08:30:00", "2025-10-27 08:30:00", null }, // a range: the start
        { "Ravenight13__simple-task-tracker-mcp__2025-10-27-0950-v0.2.0-release-and-mcp-connection-troubleshooting.md", "2025-10-27 09:50:00", "2025-10-27 09:50:00", null },
        { "Ravenight13__simple-task-tracker-mcp__2025-10-27-1415-production-deployment-complete.md", "2025-10-27 14:15:00", "2025-10-27 14:15:00", null },
        { "Ravenight13__simple-task-tracker-mcp__2025-10-27-1420-v0.2.0-polish-items.md", "2025-10-27 14:20:00", "2025-10-27 14:20:00", null },
        { "Ravenight13__simple-task-tracker-mcp__2025-10-28-0815-entity-system-mvp-implementation-handoff.md", "2025-10-28 08:15:00", "2025-10-28 08:15:00", null },
        { "Ravenight13__simple-task-tracker-mcp__2025-10-29-0710-entity-system-phase3-gaps.md", "2025-10-29 07:10:22", "2025-10-29 07:10:22", null }, // seconds
        { "Ravenight13__simple-task-tracker-mcp__2025-11-03-0636-expanded-detail-pages-complete.md", "2025-11-03 06:36:00", "2025-11-03 06:36:00", null }, // 06:36 AM
        { "Ravenight13__simple-task-tracker-mcp__2025-11-07-0800-token-limits-pagination-error-handling.md", "2025-11-07 08:00:00", "2025-11-07 08:00:00", null },
        { "Ravenight13__simple-task-tracker-mcp__2025-11-07-1800-phase-2-completion-and-bug-fix.md", "2025-11-07 18:00:00", "2025-11-07 18:00:00", null },
        { "Rgronski__soft-premium-system__2026-07-27_021_SESSION_HANDOFF.md", "2026-07-27 00:00:00", "2026-07-27 00:00:00", null }, // plain Date: line
        { "Roberton003__openf1-data-platform__2026-06-18_f1-015-closure.md", "2026-06-18 00:00:00", "2026-06-18 00:00:00", null },
        { "coreycottrell__weaver__SESSION-HANDOFF-2025-10-06-RED-TEAM-COMPLETE.md", "2025-10-06 00:00:00", "2025-10-06 00:00:00", null },
        { "hyleelyh__CIMTinyTO__HANDOFF.md", "2026-10-03 13:18:00", "2026-10-03 13:18:00", null }, // the one name without a date
        { "jjsnawder__CC-JS_claude-swap__2026-09-04-1339-autoswitch-fable-consume-first.md", "2026-09-04 13:39:00", "2026-09-04 13:39:00", null },
        { "jjsnawder__CC-JS_claude-swap__2026-09-04-1344-autoswitch-fable-consume-first.md", "2026-09-04 13:44:00", "2026-09-04 13:44:00", null },
        { "jjsnawder__CC-JS_claude-swap__2026-09-04-1444-auto-screen-switch-now.md", "2026-09-04 14:44:00", "2026-09-04 14:44:00", null },
        { "jjsnawder__CC-JS_claude-swap__2026-09-06-1610-warmup-live-trial.md", "2026-09-06 16:10:00", "2026-09-06 16:10:00", null },
        { "jjsnawder__CC-JS_claude-swap__2026-09-06-1727-warmup-countdown-panel-stagger-fixes.md", "2026-09-06 17:27:00", "2026-09-06 17:27:00", null },
        { "khalshaqzzy__loom__sessionHandoff-2026-05-15-mobile-enhancement.md", "2026-05-15 00:00:00", "2026-05-15 00:00:00", null }, // ## Date section
        { "melissastock__Project-Manager__2026-04-21-pm-portal-governance-handoff.md", "2026-04-21 00:00:00", "2026-04-21 00:00:00", null },
        { "melissastock__Project-Manager__2026-04-23-project-manager-handoff.md", "2026-04-23 00:00:00", "2026-04-23 00:00:00", null },
        { "ppebble__not-a-trip__2026-06-01-pre-publishing-cleanup.md", "2026-06-01 00:00:00", "2026-06-01 00:00:00", null }, // title date
        { "ppebble__not-a-trip__2026-06-08-mascot-icons.md", "2026-06-08 00:00:00", "2026-06-08 00:00:00", null }, // title date
    };

    [Fact]
    public void Every_corpus_file_has_a_hand_checked_date()
    {
        var listed = HandCheckedDates().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Corpus.Files.Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal), listed.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HandCheckedDates))]
    public void Every_file_reads_its_date_from_the_header_text_and_the_name_only_fills_in(string name, string? headerDate, string date, string? zone)
    {
        string text = HandoffParser.Decode(File.ReadAllBytes(Corpus.PathOf(name)));

        Handoff fromText = HandoffParser.Parse(text);
        Handoff fromFile = HandoffParser.ReadFile(Corpus.PathOf(name));

        Assert.Equal(headerDate is null ? null : DateTime.Parse(headerDate, System.Globalization.CultureInfo.InvariantCulture), fromText.Date);
        Assert.Equal(zone, fromText.TimeZone);
        Assert.Equal(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), fromFile.Date);
        Assert.Equal(zone, fromFile.TimeZone);
        Assert.False(string.IsNullOrWhiteSpace(fromFile.Description));
    }

    [Theory]
    [MemberData(nameof(HandCheckedDates))]
    public void A_converted_file_carries_its_date_and_zone_in_its_own_header(string name, string? headerDate, string date, string? zone)
    {
        _ = headerDate;
        string converted = HandoffRenderer.Render(HandoffParser.ReadFile(Corpus.PathOf(name)));
        DateTime expected = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        string header = "\n\n**Date**: " + expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            + "\n**Time**: " + expected.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + (zone is null ? "\n" : " " + zone + "\n");
        Assert.Contains(header, converted);
        Assert.Equal(expected, HandoffParser.Parse(converted).Date);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void No_heading_is_lost(string name)
    {
        HandoffDocument doc = HandoffParser.ReadDocument(Corpus.PathOf(name));
        Handoff h = doc.Handoff;

        foreach (DocumentLine heading in doc.Headings)
        {
            if (doc.Title is not null && heading.Line == doc.Title.Line)
            {
                continue;
            }

            // A heading is kept when it opens a mapped section, a header-field section (## Date),
            // an unmapped section kept by heading, or sits inside the Markdown of a section.
            DocumentSection? section = doc.Sections.LastOrDefault(s => s.Line <= heading.Line);
            bool opensSection = section is not null && section.Line == heading.Line;
            bool mapped = section is not null && section.Kind != SectionKind.Other && !h.OtherSections.Any(o => o.Heading == section.Heading);
            bool kept = h.OtherSections.Any(o => o.Heading == heading.Text || o.Markdown.Contains(heading.Text, StringComparison.Ordinal));
            bool field = opensSection && HeaderFieldsFacade.IsFieldHeading(heading.Text);
            Assert.True(mapped || kept || field, $"Heading '{heading.Text}' (line {heading.Line}) is neither mapped nor kept.");
        }
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Converting_is_stable_and_keeps_every_value(string name)
    {
        Handoff first = HandoffParser.ReadFile(Corpus.PathOf(name));
        string once = HandoffRenderer.Render(first);
        Handoff second = HandoffParser.Parse(once, first.FileName);

        Assert.Equal(once, HandoffRenderer.Render(second));
        Assert.Equal(first.Description, second.Description);
        Assert.Equal(first.Date, second.Date);
        Assert.Equal(first.Branch, second.Branch);
        Assert.Equal(first.CompletedWork, second.CompletedWork);
        Assert.Equal(first.NextPriorities.Select(p => p.Title), second.NextPriorities.Select(p => p.Title));
        Assert.Equal(first.Blockers.Select(b => b.Text), second.Blockers.Select(b => b.Text));
        Assert.Equal(first.OtherSections.Select(o => o.Heading), second.OtherSections.Select(o => o.Heading));
    }

    /// <summary>Expected values, checked by reading each file; together they cover every header style of the corpus.</summary>
    [Theory]
    // **Date:** / **Time:** inside the bold; branch in backticks with a remark: the converted file keeps the field as written
    [InlineData("Ravenight13__bmcis-knowledge-mcp-local__2024-11-09-0730-mcp-code-execution-prd-enhancements.md", "MCP Code Execution PRD Enhancements & Review Cycle", "2024-11-09 07:30:00", null, "main", "`main` (no feature branch yet)")]
    // **Date**: colon outside the bold, time with a zone; the branch's remark is kept in the converted file
    [InlineData("Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1740-task-2-complete-task-3-ready.md", "Task 2 Complete - Merged to Develop, Task 3 Ready", "2025-11-08 17:40:00", "UTC", "task-3-refinements", "`task-3-refinements` (newly created, ready for work)")]
    [InlineData("Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1655-crash-recovery-task-4-complete.md", "Crash Recovery & Task 4 Completion", "2025-11-08 16:55:00", "UTC", "feat/phase-1-document-parsing")]
    // date, time and zone in one field
    [InlineData("Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-2045-bmcis-mcp-ingestion-complete.md", "BMCIS MCP Data Ingestion Complete", "2025-11-09 20:45:00", "PST", "feat/task-10-fastmcp-integration")]
    // no blank line after the title, combined date
    [InlineData("Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-2130-search-relevance-improvements.md", "Search Relevance Improvement Framework", "2025-11-09 21:30:00", "PST", "feat/task-10-fastmcp-integration")]
    // a time range: the start is taken
    [InlineData("Ravenight13__simple-task-tracker-mcp__2025-10-27-0830-uwo-skill-and-commands-implementation.md", "Universal Workflow Orchestrator Implementation", "2025-10-27 08:30:00", null, "feature/entity-system-phase-1-schema")]
    // date and time in one value; **Current Branch:**
    [InlineData("Ravenight13__simple-task-tracker-mcp__2025-10-28-0815-entity-system-mvp-implementation-handoff.md", "Entity System MVP v1 Implementation", "2025-10-28 08:15:00", null, "main")]
    // time with seconds
    [InlineData("Ravenight13__simple-task-tracker-mcp__2025-10-29-0710-entity-system-phase3-gaps.md", "Entity System MVP - Phase 3 Completion Gaps", "2025-10-29 07:10:22", null, "feature/entity-system-phase-1-schema")]
    // 12-hour time
    [InlineData("Ravenight13__simple-task-tracker-mcp__2025-11-03-0636-expanded-detail-pages-complete.md", "Expanded Detail Pages Implementation Complete", "2025-11-03 06:36:00", null, "feat/expanded-detail-pages")]
    // no Branch field in the header: it stands under ## Current State / ### Repository Information
    [InlineData("Ravenight13__simple-task-tracker-mcp__2025-10-27-0821-session-handoff-production-testing.md", "Task MCP Server - Production Testing Phase", "2025-10-27 08:21:00", null, "development")]
    // `Date: ... · Project: ...` on one line, `# Handoff —` title; the branch as `- Worktrees / branches:` under ## Running state
    [InlineData("jjsnawder__CC-JS_claude-swap__2026-09-06-1610-warmup-live-trial.md", "Warmup live trial: flag was off, now on; first staggered hello pending", "2026-09-06 16:10:00", null, "jeremy")]
    // `# Session Handoff - ...`, date in words
    [InlineData("ChunkyTortoise__EnterpriseHub__SESSION_HANDOFF_2026-01-04_PHASE3_TIER1_COMPLETE.md", "Phase 3 Tier 1 Complete", "2026-01-04 00:00:00", null, null)]
    // **Timestamp:** 20260701-182147 · **Author:** ... ; handoff-YYYYMMDD-HHMMSS name
    [InlineData("CleanExpo__Pi-Dev-Ops__handoff-20260701-182147.md", "Synthex Facebook/Instagram integration + Meta App Review prep", "2026-07-01 18:21:47", null, null)]
    // no title and no date fields: YYYYMMDD-HHMM-slug name supplies both; `Branch context from conversation start:` under ## Current state
    [InlineData("CleanExpo__Pi-Dev-Ops__20260911-2210-proxy-lint-review.md", "proxy lint review", "2026-09-11 22:10:00", null, "fix/proxy-lint-sources-extraction")]
    // fields as list items: - **Date:** ..., - **Active Branch:** ...
    [InlineData("hyleelyh__CIMTinyTO__HANDOFF.md", "Run #37 Dispatch (Choice 1 Test)", "2026-10-03 13:18:00", null, "test/option2-recoded")]
    // ## Date and ## Branch sections
    [InlineData("khalshaqzzy__loom__sessionHandoff-2026-05-15-mobile-enhancement.md", "Mobile Enhancement Final BLE Contract", "2026-05-15 00:00:00", null, "mobile-esp-integration")]
    // plain Date: / Branch(es): lines, several H1s, a title that is only the prefix
    [InlineData("melissastock__Project-Manager__2026-04-21-pm-portal-governance-handoff.md", "pm portal governance handoff", "2026-04-21 00:00:00", null, "cursor/supabase-prisma-docs-and-portal-hardening")]
    // BOM; date only in the title; branch as a list item under ## Branch and State
    [InlineData("ppebble__not-a-trip__2026-06-01-pre-publishing-cleanup.md", "Pre-publishing Cleanup Gate", "2026-06-01 00:00:00", null, "develop")]
    // literal ? in place of the dashes
    [InlineData("ppebble__not-a-trip__2026-06-08-mascot-icons.md", "Mascot Icons", "2026-06-08 00:00:00", null, "ui/887--app-mascot-icons")]
    // no Markdown title, plain Key: Value lines
    [InlineData("Rgronski__soft-premium-system__2026-07-27_021_SESSION_HANDOFF.md", "SPS OS — SESSION HANDOFF", "2026-07-27 00:00:00", null, "main")]
    // plain Date:/Project: lines
    [InlineData("Roberton003__openf1-data-platform__2026-06-18_f1-015-closure.md", "F1-015 Closure (Consolidação e Saneamento)", "2026-06-18 00:00:00", null, null)]
    // a title that is `# <date> <topic>`
    [InlineData("Allen2898168__agent-skills-test__2026-05-11-runtime-self-contained.md", "运行时自包含与首次配置检查归档", "2026-05-11 00:00:00", null, null)]
    // **Date**: with no time; extra fields
    [InlineData("coreycottrell__weaver__SESSION-HANDOFF-2025-10-06-RED-TEAM-COMPLETE.md", "Red Team Validation Complete", "2025-10-06 00:00:00", null, null)]
    public void Reads_the_expected_facts(string name, string description, string date, string? zone, string? branch, string? branchLine = null)
    {
        Handoff h = HandoffParser.ReadFile(Corpus.PathOf(name));

        Assert.Equal(description, h.Description);
        Assert.Equal(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), h.Date);
        Assert.Equal(zone, h.TimeZone);
        Assert.Equal(branch, h.Branch);

        // Converted, the same facts are in the canonical title and header, checked against the values above.
        string converted = HandoffRenderer.Render(h);
        Assert.StartsWith("# Session Handoff: " + description + "\n\n**Date**: " + date[..10] + "\n**Time**: " + date[11..] + (zone is null ? "\n" : " " + zone + "\n"), converted);
        if (branch is null)
        {
            Assert.DoesNotContain("\n**Branch**: ", converted);
        }
        else
        {
            Assert.Contains("\n**Branch**: " + (branchLine ?? branch) + "\n", converted);
        }
    }

    [Fact]
    public void Zones_carry_their_offset()
    {
        Handoff pst = HandoffParser.ReadFile(Corpus.PathOf("Ravenight13__bmcis-knowledge-mcp-local__2025-11-09-2045-bmcis-mcp-ingestion-complete.md"));
        Handoff utc = HandoffParser.ReadFile(Corpus.PathOf("Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1655-crash-recovery-task-4-complete.md"));

        Assert.Equal("-08:00", pst.Offset);
        Assert.Equal("+00:00", utc.Offset);
    }

    [Fact]
    public void Unmapped_header_fields_are_kept_by_name()
    {
        Handoff h = HandoffParser.ReadFile(Corpus.PathOf("Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-1740-task-2-complete-task-3-ready.md"));

        Assert.Contains("Status", h.Fields.Keys);
        Assert.Equal("`task-2-refinements` (merged to develop via PR #3)", h.Fields["Previous Branch"]);
    }

    [Fact]
    public void Checked_task_items_count_as_completed_work()
    {
        Handoff h = HandoffParser.ReadFile(Corpus.PathOf("Ravenight13__bmcis-knowledge-mcp-local__2025-11-08-2300-task-3-pr-ready.md"));

        Assert.NotEmpty(h.CompletedWork);
        Assert.DoesNotContain(h.CompletedWork, c => c.StartsWith("[x]", StringComparison.OrdinalIgnoreCase));
    }
}
