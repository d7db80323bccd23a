using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using HandoffPS.Core.Context;
using HandoffPS.Core.Drafts;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Hooks;

/// <summary>
/// Runs a hook: SessionStart prints the context for the new session (pending drafts first), within a token budget,
/// as Claude Code's JSON (<c>hookSpecificOutput.additionalContext</c>); PreCompact, Stop and SessionEnd write or
/// refresh the session's draft, in a git repository or a folder that already has session-handoffs (never elsewhere). A hook never prompts and never fails the agent: whatever goes wrong is one line on
/// standard error and the exit code stays 0.
/// </summary>
public static class HookRunner
{
    /// <summary>The default budget of the SessionStart context, in o200k_base tokens.</summary>
    public const int DefaultMaxTokens = HandoffContextOptions.DefaultMaxTokens;

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="hookEvent"/> for <paramref name="input"/>; the project is found from its <c>cwd</c>, else <paramref name="currentDirectory"/>.</summary>
    public static HookOutcome Run(HookEvent hookEvent, HookInput input, string currentDirectory, int maxTokens = DefaultMaxTokens, DateTime? now = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var messages = new List<string>();
        if (input.Warning is not null)
        {
            messages.Add(input.Warning);
        }

        try
        {
            string cwd = input.Cwd is not null && Directory.Exists(input.Cwd) ? input.Cwd : currentDirectory;
            HandoffProject project = HandoffProject.Resolve(null, cwd);
            return hookEvent == HookEvent.SessionStart
                ? SessionStart(project, input, Math.Max(HandoffContextOptions.MinimumMaxTokens, maxTokens), now ?? DateTime.Now, messages)
                : Draft(project, input, now ?? DateTime.Now, messages);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            messages.Add($"handoff: the {hookEvent} hook failed and did nothing ({ex.GetType().Name}: {TextRules.SingleLine(ex.Message)}).");
            return new HookOutcome { Messages = messages };
        }
    }

    /// <summary>
    /// The lines that name the project's drafts, newest first (at most three, then how many more); empty when there
    /// is none. <paramref name="brief"/>: one short line for the newest, when the budget is tight.
    /// </summary>
    public static IReadOnlyList<string> DraftNotice(HandoffProject project, string? currentSession, bool brief = false)
    {
        IReadOnlyList<DraftFile> drafts = DraftStore.List(project.Folder);
        var lines = new List<string>();
        if (brief)
        {
            if (drafts.Count > 0)
            {
                string more = drafts.Count > 1 ? $" ({drafts.Count - 1} more in the same folder)" : string.Empty;
                lines.Add($"Pending handoff draft: {Path.GetRelativePath(project.Root, drafts[0].Path).Replace('\\', '/')}; finish it with: handoff new --from-draft{more}.");
            }

            return lines;
        }

        string current = currentSession is null ? string.Empty : DraftStore.SessionId(currentSession);
        foreach (DraftFile draft in drafts.Take(3))
        {
            string whose = draft.SessionId == current ? "this session's draft" : "a draft of an earlier session";
            string relative = Path.GetRelativePath(project.Root, draft.Path).Replace('\\', '/');
            string counts = string.Empty;
            try
            {
                Handoff h = HandoffParser.ReadFile(draft.Path);
                counts = $": \"{h.Description}\", {h.CompletedWork.Length} completed, {h.NextPriorities.Length} next, {h.Blockers.Length} blocker(s)";
            }
            catch (Exception ex) when (ex is HandoffException or IOException or UnauthorizedAccessException)
            {
                counts = " (it could not be read)";
            }

            lines.Add($"Pending handoff draft: {relative}, {whose}, last refreshed {draft.LastWriteTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}{counts}. "
                + $"Write its summary, then finish it with: handoff new --from-draft --session {draft.SessionId}");
        }

        if (drafts.Count > 3)
        {
            lines.Add($"... and {drafts.Count - 3} more draft(s) in {Path.GetRelativePath(project.Root, DraftStore.FolderFor(project.Folder)).Replace('\\', '/')}.");
        }

        return lines;
    }

    private static HookOutcome SessionStart(HandoffProject project, HookInput input, int maxTokens, DateTime now, List<string> messages)
    {
        // The notice comes first and counts against the budget: in full, else one short line, so that the context
        // keeps at least its minimum (and then the whole may go over a budget below that).
        string head = Head(DraftNotice(project, input.SessionId));
        if (maxTokens - TokenBound.UpperBound(head) < HandoffContextOptions.MinimumMaxTokens)
        {
            head = Head(DraftNotice(project, input.SessionId, brief: true));
        }

        int budget = Math.Max(HandoffContextOptions.MinimumMaxTokens, maxTokens - TokenBound.UpperBound(head));
        var errors = new List<HandoffException>();
        HandoffContext context = ProjectContext.Build(project, null, budget, errors, TokenBound.Within(budget), now);
        messages.AddRange(errors.Select(e => $"handoff: {e.Message} ({e.ErrorId})"));
        string text = head + context.Text;
        var output = new Dictionary<string, object>
        {
            ["hookSpecificOutput"] = new Dictionary<string, string>
            {
                ["hookEventName"] = "SessionStart",
                ["additionalContext"] = text,
            },
        };
        return new HookOutcome { Output = JsonSerializer.Serialize(output, JsonOptions), Messages = messages };
    }

    private static string Head(IReadOnlyList<string> notice) => notice.Count == 0 ? string.Empty : string.Join("\n", notice) + "\n\n";

    private static HookOutcome Draft(HandoffProject project, HookInput input, DateTime now, List<string> messages)
    {
        // A session in a folder that is no project (the home folder, with the hooks in the user's settings) gets no
        // session-handoffs folder it did not have.
        if (!Directory.Exists(project.Folder) && !project.Git.IsRepository)
        {
            messages.Add($"handoff: '{project.Root}' is neither a git repository nor a folder with session-handoffs; no draft was written.");
            return new HookOutcome { Messages = messages };
        }

        TranscriptTasks tasks = TranscriptReader.ReadTasks(input.TranscriptPath);
        if (tasks.Warning is not null)
        {
            messages.Add("handoff: " + tasks.Warning);
        }

        var errors = new List<HandoffException>();
        DraftPlan plan = HandoffDraft.Plan(project, input.SessionId, tasks.Tasks, now, errors);
        messages.AddRange(errors.Select(e => $"handoff: {e.Message} ({e.ErrorId})"));
        plan.Write();
        return new HookOutcome { Messages = messages, DraftPath = plan.FilePath };
    }
}
