using HandoffPS.Core.Drafts;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests.Drafts;

public class HandoffDraftTests
{
    private static readonly SessionTask[] Tasks =
    {
        new("Add Chart.js to the dashboard", SessionTaskStatus.Completed),
        new("Write tests for the chart component", SessionTaskStatus.InProgress),
        new("Reconnect with backoff when the socket drops", SessionTaskStatus.Pending),
    };

    /// <summary>A repository with a previous handoff (two priorities, two blockers) at its first commit, then one commit of work.</summary>
    private static TempFolder RepoWithPreviousHandoff()
    {
        TempFolder repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2026-11-29-1700-charts-spike.md"),
            "# Session Handoff: Charts spike\n\n**Date**: 2026-11-29\n**Time**: 17:00:00\n**Branch**: main\n**Commit**: " + head[..12] + "\n\n"
            + "## Next Priorities\n\n1. **Add Chart.js to the dashboard**\n\n2. **Security review** (before release)\n\n"
            + "## Blockers/Questions\n\n- **Security**: token TTL not agreed\n- Unclear whether the API is versioned\n");
        repo.Commit("feat(ws): stream updates over WebSocket", "src/ws.js", 12, null);
        return repo;
    }

    [Fact]
    public void A_draft_is_the_canonical_form_from_the_tasks_git_and_the_previous_handoff()
    {
        using TempFolder repo = RepoWithPreviousHandoff();
        var now = new DateTime(2026, 11, 30, 10, 42, 7);

        DraftPlan plan = HandoffDraft.Plan(HandoffProject.Resolve(null, repo.Path), "5e0c3f4a", Tasks, now, new List<HandoffException>());

        Handoff h = plan.Handoff;
        Assert.Equal(Path.Combine(repo.Path, "session-handoffs", "drafts", "5e0c3f4a.md"), plan.FilePath);
        Assert.Equal("Write tests for the chart component", h.Description);
        Assert.Equal(new[] { "Add Chart.js to the dashboard", "feat(ws): stream updates over WebSocket" }, h.CompletedWork);
        // In progress first (marked), then pending, then the previous handoff's priorities not done ("Add Chart.js" was).
        Assert.Equal(new[] { "Write tests for the chart component (in progress)", "Reconnect with backoff when the socket drops", "Security review (before release)" },
            h.NextPriorities.Select(p => p.ToString()));
        Assert.Equal(new[] { "Security: token TTL not agreed", "Unclear whether the API is versioned" }, h.Blockers.Select(b => b.ToString()));
        Assert.Equal(new[] { "src/ws.js" }, h.KeyFiles.Select(k => k.Path));
        Assert.Equal("main", h.Branch);
        Assert.Equal("Claude Code + Ada Lovelace", h.Author);
        Assert.Equal(repo.Git("rev-parse", "HEAD").Trim()[..12], h.Commit);
        Assert.True(HandoffDraft.IsPlaceholder(h.Summary));
        Assert.Equal("5e0c3f4a", h.Fields[HandoffDraft.SessionField]);
        Assert.Equal(HandoffRenderer.Render(h), plan.Content);
        Assert.Contains("**Session**: 5e0c3f4a\n", plan.Content);
        Assert.Contains("## Session Summary\n\nTO BE WRITTEN:", plan.Content);
        Assert.Equal(plan.Content, HandoffRenderer.Render(HandoffParser.Parse(plan.Content)));
    }

    [Fact]
    public void Without_tasks_the_draft_comes_from_git_alone_and_is_named_by_the_latest_commit()
    {
        using TempFolder repo = RepoWithPreviousHandoff();

        DraftPlan plan = HandoffDraft.Plan(HandoffProject.Resolve(null, repo.Path), null, null, DateTime.Now, new List<HandoffException>());

        Assert.EndsWith(Path.Combine("drafts", "manual.md"), plan.FilePath);
        Assert.Equal("feat(ws): stream updates over WebSocket", plan.Handoff.Description);
        Assert.Equal(new[] { "feat(ws): stream updates over WebSocket" }, plan.Handoff.CompletedWork);
        Assert.Equal(new[] { "Add Chart.js to the dashboard", "Security review" }, plan.Handoff.NextPriorities.Select(p => p.Title));
    }

    [Fact]
    public void Drafts_are_left_out_of_the_handoffs_the_index_and_git()
    {
        using TempFolder repo = RepoWithPreviousHandoff();
        HandoffProject project = HandoffProject.Resolve(null, repo.Path);

        HandoffDraft.Plan(project, "s1", Tasks, DateTime.Now, new List<HandoffException>()).Write();

        Assert.Equal(new[] { "2026-11-29-1700-charts-spike.md" }, HandoffStore.EnumerateFiles(project.Folder).Select(Path.GetFileName));
        Assert.Equal(1, HandoffIndex.Check(project.Folder).HandoffCount);
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--", "session-handoffs/drafts").Trim());
        Assert.Equal("s1", Assert.Single(DraftStore.List(project.Folder)).SessionId);
    }

    [Fact]
    public void Refreshing_keeps_what_a_person_wrote_and_renews_what_was_captured()
    {
        using TempFolder repo = RepoWithPreviousHandoff();
        HandoffProject project = HandoffProject.Resolve(null, repo.Path);
        DraftPlan first = HandoffDraft.Plan(project, "s1", Tasks, DateTime.Now, new List<HandoffException>());
        first.Write();
        Handoff edited = HandoffParser.ReadFile(first.FilePath);
        edited.Summary = "Charts are in; the socket reconnect is next.";
        edited.Description = "Charts and live updates";
        edited.Decisions = new[] { "Chart.js over D3" };
        File.WriteAllText(first.FilePath, HandoffRenderer.Render(edited));
        repo.Commit("test: chart component", "test/chart.test.js", 5, null);

        DraftPlan second = HandoffDraft.Plan(project, "s1", Tasks, DateTime.Now, new List<HandoffException>());

        Assert.Equal("Charts are in; the socket reconnect is next.", second.Handoff.Summary);
        Assert.Equal("Charts and live updates", second.Handoff.Description);
        Assert.Equal(new[] { "Chart.js over D3" }, second.Handoff.Decisions);
        Assert.Contains("test: chart component", second.Handoff.CompletedWork);
    }

    [Fact]
    public void A_handoff_from_a_draft_puts_the_explicit_values_first_and_drops_the_drafts_own_marks()
    {
        Handoff draft = HandoffParser.Parse(
            "# Session Handoff: Charts\n\n**Date**: 2026-11-30\n**Time**: 10:42:07\n**Branch**: main\n**Commit**: 0123456789ab\n**Author**: Claude Code + Ada\n**Session**: s1\n\n"
            + "## Session Summary\n\n" + HandoffDraft.SummaryPlaceholder + "\n\n## Completed Work\n\n- ✅ Added Chart.js\n\n"
            + "## Next Priorities\n\n1. **Write tests** (in progress)\n\n2. **Security review**\n\n## Blockers/Questions\n\n- **Security**: TTL\n");

        Handoff merged = HandoffDraft.Merge(new Handoff { Summary = "Done.", NextPriorities = new[] { new Priority(1, "Release") }, CompletedWork = new[] { "Added Chart.js" } }, draft);

        Assert.Equal("Charts", merged.Description);
        Assert.Equal("Done.", merged.Summary);
        Assert.Equal(new[] { "Added Chart.js" }, merged.CompletedWork);
        Assert.Equal(new[] { "Release", "Write tests", "Security review" }, merged.NextPriorities.Select(p => p.Title));
        Assert.Equal(new[] { 1, 2, 3 }, merged.NextPriorities.Select(p => p.Rank));
        Assert.Null(merged.Branch);
        Assert.Null(merged.Commit);
        Assert.Null(merged.Author);
        Assert.Null(merged.Date);
        Assert.False(merged.Fields.ContainsKey(HandoffDraft.SessionField));
        Assert.Null(HandoffDraft.Merge(new Handoff(), draft).Summary);
    }

    [Theory]
    [InlineData("5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93", "5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("a b/c", "a-b-c")]
    [InlineData("", "manual")]
    [InlineData(null, "manual")]
    [InlineData("..", "manual")]
    public void Session_ids_become_safe_file_names(string? raw, string expected) =>
        Assert.Equal(expected, DraftStore.SessionId(raw));

    [Fact]
    public void Finding_a_draft_that_is_not_there_is_DraftNotFound()
    {
        using var t = new TempFolder();
        HandoffException ex = Assert.Throws<HandoffException>(() => DraftStore.Find(t.Path, null));
        Assert.Equal(HandoffErrorIds.DraftNotFound, ex.ErrorId);
    }
}
