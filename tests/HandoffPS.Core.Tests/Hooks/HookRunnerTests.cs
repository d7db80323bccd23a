using System.Text.Json;
using HandoffPS.Core.Drafts;
using HandoffPS.Core.Hooks;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests.Hooks;

public class HookRunnerTests
{
    private static string Transcript => Path.Combine(AppContext.BaseDirectory, "Fixtures", "transcripts", "session.jsonl");

    private static TempFolder Repo()
    {
        TempFolder repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        Directory.CreateDirectory(Path.Combine(repo.Path, "session-handoffs"));
        File.WriteAllText(Path.Combine(repo.Path, "session-handoffs", "2026-11-29-1700-charts-spike.md"),
            "# Session Handoff: Charts spike\n\n**Date**: 2026-11-29\n**Time**: 17:00:00\n**Branch**: main\n**Commit**: " + head[..12] + "\n\n"
            + "## Next Priorities\n\n1. **Security review** (before release)\n\n## Blockers/Questions\n\n- **Security**: token TTL not agreed\n");
        repo.Commit("feat(ws): stream updates over WebSocket", "src/ws.js", 12, null);
        return repo;
    }

    private static HookInput Input(TempFolder repo, string hookEvent, string? transcript = null) => HookInput.Parse(JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["session_id"] = "5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93",
        ["transcript_path"] = transcript,
        ["cwd"] = Path.Combine(repo.Path, "src"),
        ["hook_event_name"] = hookEvent,
        ["source"] = "startup",
    }));

    [Theory]
    [InlineData(HookEvent.PreCompact)]
    [InlineData(HookEvent.Stop)]
    [InlineData(HookEvent.SessionEnd)]
    public void The_end_of_session_hooks_write_the_draft_from_the_transcript_and_git(HookEvent hookEvent)
    {
        using TempFolder repo = Repo();

        HookOutcome outcome = HookRunner.Run(hookEvent, Input(repo, hookEvent.ToString(), Transcript), "/");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Null(outcome.Output);
        Assert.Empty(outcome.Messages);
        Handoff draft = HandoffParser.ReadFile(outcome.DraftPath!);
        Assert.Equal(Path.Combine(repo.Path, "session-handoffs", "drafts", "5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93.md"), outcome.DraftPath);
        Assert.Equal(new[] { "Add Chart.js to the dashboard", "Stream updates over WebSocket", "feat(ws): stream updates over WebSocket" }, draft.CompletedWork);
        Assert.Equal(new[] { "Write tests for the chart component", "Reconnect with backoff when the socket drops", "Security review" }, draft.NextPriorities.Select(p => p.Title));
        Assert.Equal("token TTL not agreed", Assert.Single(draft.Blockers).Text);
    }

    [Fact]
    public void Without_a_transcript_the_draft_is_written_from_git_alone_with_a_warning()
    {
        using TempFolder repo = Repo();

        HookOutcome outcome = HookRunner.Run(HookEvent.Stop, Input(repo, "Stop"), "/");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(outcome.Messages, m => m.Contains("git alone", StringComparison.Ordinal));
        Assert.Equal(new[] { "feat(ws): stream updates over WebSocket" }, HandoffParser.ReadFile(outcome.DraftPath!).CompletedWork);
    }

    [Fact]
    public void SessionStart_prints_the_context_as_claude_codes_json_with_pending_drafts_first()
    {
        using TempFolder repo = Repo();
        HookRunner.Run(HookEvent.Stop, Input(repo, "Stop", Transcript), "/");

        HookOutcome outcome = HookRunner.Run(HookEvent.SessionStart, HookInput.Parse(JsonSerializer.Serialize(new { session_id = "new-one", cwd = repo.Path, hook_event_name = "SessionStart", source = "startup" })), "/");

        Assert.Equal(0, outcome.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(outcome.Output!);
        JsonElement specific = doc.RootElement.GetProperty("hookSpecificOutput");
        Assert.Equal("SessionStart", specific.GetProperty("hookEventName").GetString());
        string context = specific.GetProperty("additionalContext").GetString()!;
        Assert.StartsWith("Pending handoff draft: session-handoffs/drafts/5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93.md, a draft of an earlier session", context);
        Assert.Contains("handoff new --from-draft --session 5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93", context);
        Assert.Contains("# Handoff context: main", context);
        Assert.Contains("1. **Security review** (before release)", context);
        Assert.EndsWith("Left out: nothing.", context);
    }

    [Fact]
    public void SessionStart_stays_within_its_budget()
    {
        using TempFolder repo = Repo();
        HookRunner.Run(HookEvent.Stop, Input(repo, "Stop", Transcript), "/");

        HookOutcome outcome = HookRunner.Run(HookEvent.SessionStart, Input(repo, "SessionStart"), "/", maxTokens: 200);

        string context = JsonDocument.Parse(outcome.Output!).RootElement.GetProperty("hookSpecificOutput").GetProperty("additionalContext").GetString()!;
        // Short of room, the notice is one short line, and the context keeps its first priority.
        Assert.StartsWith("Pending handoff draft: session-handoffs/drafts/5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93.md; finish it with: handoff new --from-draft", context);
        Assert.Contains("1. **Security review**", context);
        Assert.True(HandoffPS.Core.Context.TokenCounter.Count(context) <= 200);
    }

    [Fact]
    public void Outside_a_repository_or_a_project_with_handoffs_no_draft_is_written()
    {
        using var folder = new TempFolder();

        HookOutcome outcome = HookRunner.Run(HookEvent.Stop, HookInput.Parse(JsonSerializer.Serialize(new { cwd = folder.Path })), "/");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Null(outcome.DraftPath);
        Assert.Contains(outcome.Messages, m => m.Contains("no draft was written", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "session-handoffs")));
    }

    [Fact]
    public void A_hook_that_fails_says_so_on_standard_error_and_still_exits_0()
    {
        using TempFolder repo = Repo();
        // A file where the drafts folder should be: the draft cannot be written.
        File.WriteAllText(DraftStore.FolderFor(Path.Combine(repo.Path, "session-handoffs")), "in the way");

        HookOutcome outcome = HookRunner.Run(HookEvent.Stop, Input(repo, "Stop", Transcript), "/");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(outcome.Messages, m => m.StartsWith("handoff: the Stop hook failed", StringComparison.Ordinal));
        Assert.Null(HookInput.Parse("not json").SessionId);
        Assert.Contains("not valid JSON", HookInput.Parse("not json").Warning);
    }
}
