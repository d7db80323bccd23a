using HandoffPS.Core.Drafts;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

public class HandoffRequestTests
{
    private const string Previous = "# Session Handoff: day one\n\n**Date**: 2025-10-27\n**Time**: 09:00\n\n" +
        "## Next Priorities\n\n1. **Ship the parser**\n2. **Write the docs**\n\n" +
        "## Blockers/Issues\n\n- **Perf**: refresh is slow\n- **CI**: flaky runner\n";

    [Fact]
    public void Explicit_values_come_first_then_the_previous_handoffs_unfinished_priorities_and_open_blockers()
    {
        using var t = new TempFolder();
        Handoff previous = Markdown.HandoffParser.Parse(Previous);
        Assert.Equal(new[] { "refresh is slow", "flaky runner" }, previous.Blockers.Select(b => b.Text));
        var request = new HandoffRequest
        {
            Draft = new Handoff { Description = "day two", Date = new DateTime(2025, 10, 28, 9, 0, 0), CompletedWork = new[] { "Ship the parser" }, NextPriorities = new[] { new Priority(1, "Release") } },
            Previous = previous,
            ResolvedBlockers = new[] { "CI" },
        };

        HandoffPlan plan = request.Plan(HandoffProject.Resolve(t.Path, t.Path), DateTime.Now, new List<HandoffException>(), new List<string>(), new List<string>());

        Assert.Equal(new[] { "Release", "Write the docs" }, plan.Handoff.NextPriorities.Select(p => p.Title));
        Assert.Equal(new[] { "refresh is slow" }, plan.Handoff.Blockers.Select(b => b.Text));
        Assert.Equal(Path.Combine(t.Path, "session-handoffs", "2025-10-28-0900-day-two.md"), plan.FilePath);
    }

    [Fact]
    public void From_git_without_a_previous_handoff_starts_at_the_projects_latest_and_reports_what_it_read()
    {
        using var repo = TempFolder.GitRepo();
        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        string head = repo.Git("rev-parse", "HEAD").Trim();
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-0900-day-one.md"),
            $"# Session Handoff: day one\n\n**Date**: 2025-10-27\n**Time**: 09:00\n**Commit**: {head[..12]}\n");
        repo.Commit("feat: after the handoff", "src/a.cs", 3, null);
        var notes = new List<string>();
        var warnings = new List<string>();

        HandoffPlan plan = new HandoffRequest { Draft = new Handoff { Description = "day two" }, FromGit = true }
            .Plan(HandoffProject.Resolve(null, repo.Path), DateTime.Now, new List<HandoffException>(), warnings, notes);

        Assert.Equal(new[] { "feat: after the handoff" }, plan.Handoff.CompletedWork);
        Assert.Equal(new[] { "src/a.cs" }, plan.Handoff.KeyFiles.Select(k => k.Path));
        Assert.Equal(2, notes.Count);
        Assert.StartsWith("From git since ", notes[0]);
        Assert.EndsWith(": 1 commit(s), 1 file(s) changed.", notes[0]);
        Assert.EndsWith("2025-10-27-0900-day-one.md': 0 priority(ies), 0 blocker(s).", notes[1]);
        Assert.Empty(warnings);
    }

    [Fact]
    public void From_git_without_a_previous_handoff_carries_the_latest_handoffs_open_work_forward()
    {
        // The end-of-day routine: New-Handoff -Description 'end of day' -FromGit, nothing piped.
        using var repo = TempFolder.GitRepo();
        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-0900-day-one.md"), Previous);
        repo.Commit("Ship the parser", "src/a.cs", 3, null);
        var notes = new List<string>();

        HandoffPlan plan = new HandoffRequest { Draft = new Handoff { Description = "end of day" }, FromGit = true, ResolvedBlockers = new[] { "CI" } }
            .Plan(HandoffProject.Resolve(null, repo.Path), DateTime.Now, new List<HandoffException>(), new List<string>(), notes);

        Assert.Equal(new[] { "Write the docs" }, plan.Handoff.NextPriorities.Select(p => p.Title));
        Assert.Equal(new[] { "refresh is slow" }, plan.Handoff.Blockers.Select(b => b.Text));
        Assert.Contains(notes, n => n.StartsWith("Carried forward from '", StringComparison.Ordinal) && n.EndsWith("2025-10-27-0900-day-one.md': 1 priority(ies), 1 blocker(s).", StringComparison.Ordinal));
    }

    [Fact]
    public void No_carry_forward_keeps_only_the_explicit_values_and_git_s()
    {
        using var repo = TempFolder.GitRepo();
        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-0900-day-one.md"), Previous);
        var project = HandoffProject.Resolve(null, repo.Path);

        HandoffPlan fromGit = new HandoffRequest { Draft = new Handoff { Description = "fresh" }, FromGit = true, NoCarryForward = true }
            .Plan(project, DateTime.Now, new List<HandoffException>(), new List<string>(), new List<string>());
        HandoffPlan piped = new HandoffRequest { Draft = new Handoff { Description = "fresh" }, Previous = Markdown.HandoffParser.Parse(Previous), NoCarryForward = true }
            .Plan(project, DateTime.Now, new List<HandoffException>(), new List<string>(), new List<string>());

        Assert.Empty(fromGit.Handoff.NextPriorities);
        Assert.Empty(fromGit.Handoff.Blockers);
        Assert.Empty(piped.Handoff.NextPriorities);
        Assert.Empty(piped.Handoff.Blockers);
    }

    [Fact]
    public void Outside_git_from_git_still_plans_the_file_with_git_s_warning_and_no_branch()
    {
        using var t = new TempFolder();
        string folder = Directory.CreateDirectory(Path.Combine(t.Path, "session-handoffs")).FullName;
        var warnings = new List<string>();

        HandoffPlan plan = new HandoffRequest { Draft = new Handoff { Description = "x", Date = new DateTime(2025, 10, 28, 9, 0, 0) }, FromGit = true }
            .Plan(HandoffProject.Resolve(t.Path, t.Path), DateTime.Now, new List<HandoffException>(), warnings, new List<string>());

        Assert.Equal(Path.Combine(folder, "2025-10-28-0900-x.md"), plan.FilePath);
        Assert.NotEmpty(warnings);
        Assert.Null(plan.Handoff.Branch);
    }

    [Fact]
    public void Finishing_a_draft_merges_it_after_the_explicit_values_warns_of_its_unwritten_summary_and_removes_it_once_written()
    {
        using var t = new TempFolder();
        HandoffProject project = HandoffProject.Resolve(t.Path, t.Path);
        string draftPath = DraftStore.PathFor(project.Folder, "s1");
        DraftStore.Write(draftPath, "# Session Handoff: Charts\n\n**Date**: 2026-11-30\n**Time**: 10:42:07\n**Session**: s1\n\n"
            + "## Session Summary\n\n" + HandoffDraft.SummaryPlaceholder + "\n\n## Next Priorities\n\n1. **Write tests**\n");
        var warnings = new List<string>();
        var notes = new List<string>();

        HandoffPlan plan = new HandoffRequest
        {
            Draft = new Handoff { Date = new DateTime(2026, 11, 30, 18, 0, 0), NextPriorities = new[] { new Priority(1, "Release") } },
            FinishDraft = true,
        }.Plan(project, DateTime.Now, new List<HandoffException>(), warnings, notes);

        Assert.Equal(Path.Combine(project.Folder, "2026-11-30-1800-charts.md"), plan.FilePath);
        Assert.Equal(new[] { "Release", "Write tests" }, plan.Handoff.NextPriorities.Select(p => p.Title));
        Assert.Null(plan.Handoff.Summary);
        Assert.Equal(draftPath, plan.DraftPath);
        Assert.Contains("The draft's summary was never written, so the handoff has none; give one as the summary.", warnings);
        Assert.Contains($"Finishing the draft '{draftPath}'.", notes);
        Assert.True(File.Exists(draftPath), "planning removes nothing");

        Handoff written = plan.Write(force: false);

        Assert.Equal("Charts", written.Description);
        Assert.False(File.Exists(draftPath));
        Assert.Empty(DraftStore.List(project.Folder));
    }

    [Fact]
    public void Finishing_a_draft_of_a_session_that_has_none_is_DraftNotFound_and_writes_nothing()
    {
        using var t = new TempFolder();
        HandoffProject project = HandoffProject.Resolve(t.Path, t.Path);
        DraftStore.Write(DraftStore.PathFor(project.Folder, "other"), "# Session Handoff: Other\n");

        HandoffException ex = Assert.Throws<HandoffException>(() => new HandoffRequest { Draft = new Handoff { Description = "x" }, FinishDraft = true, DraftSession = "s1" }
            .Plan(project, DateTime.Now, new List<HandoffException>(), new List<string>(), new List<string>()));

        Assert.Equal("DraftNotFound", ex.ErrorId);
        Assert.Single(Directory.GetFiles(project.Folder, "*.md", SearchOption.AllDirectories));
    }
}
