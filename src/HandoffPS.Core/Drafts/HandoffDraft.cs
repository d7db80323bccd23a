using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Drafts;

/// <summary>
/// A draft of a session's handoff, captured without a model from facts already at hand, and the handoff made from
/// it. Written and refreshed by the agent hooks (and <c>handoff draft</c>, <c>New-HandoffDraft</c>).
/// </summary>
/// <remarks>
/// <para>The draft is the canonical form: Completed Work from the session's completed tasks, then the commits
/// since the latest handoff; Next Priorities from its unfinished tasks (in progress first, marked
/// <c>(in progress)</c>), then the latest handoff's priorities that are not done; Blockers carried from the latest
/// handoff while open; Key Files from the files changed since it; Branch, Commit and Author from git, as
/// <c>New-Handoff -FromGit</c> gives them (<see cref="HandoffRequest"/> composes it). The Summary is
/// <see cref="SummaryPlaceholder"/>, for a person or the agent to write. The title is the task in progress, else
/// the last one completed, else the latest commit's subject.</para>
/// <para>Refreshing keeps what only a person or the agent writes: the summary once written (and then the title
/// too), the decisions, the references, and blockers added to the draft.</para>
/// </remarks>
public static class HandoffDraft
{
    /// <summary>The header field that names the draft's session.</summary>
    public const string SessionField = "Session";

    /// <summary>How the summary of a draft starts until someone writes it.</summary>
    public const string PlaceholderMarker = "TO BE WRITTEN:";

    /// <summary>The summary of a fresh draft: plainly not written yet.</summary>
    public const string SummaryPlaceholder = PlaceholderMarker + " two or three sentences on what this session accomplished. The rest of this draft was captured from git and the session's task list; finish it with 'handoff new --from-draft' or 'New-Handoff -FromDraft'.";

    /// <summary>True when <paramref name="summary"/> is still the placeholder (or empty).</summary>
    public static bool IsPlaceholder(string? summary) =>
        string.IsNullOrWhiteSpace(summary) || summary.TrimStart().StartsWith(PlaceholderMarker, StringComparison.Ordinal);

    /// <summary>
    /// Plans the draft of <paramref name="sessionId"/> in <paramref name="project"/> from <paramref name="tasks"/>
    /// (null: none known) and git since the latest handoff, keeping what the existing draft has that only a person
    /// writes. Handoff files that cannot be read on the way go to <paramref name="errors"/>.
    /// </summary>
    public static DraftPlan Plan(HandoffProject project, string? sessionId, IReadOnlyList<SessionTask>? tasks, DateTime now,
        ICollection<HandoffException> errors, string? agent = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        string id = DraftStore.SessionId(sessionId);
        string path = DraftStore.PathFor(project.Folder, id);
        tasks ??= TranscriptTasks.Empty;
        Handoff? existing = ReadExisting(path);

        var start = new Handoff
        {
            // A title that always makes a valid file name; the real one is set below (a draft's file is named by its session).
            Description = "draft",
            Date = now,
            CompletedWork = tasks.Where(t => t.Status == SessionTaskStatus.Completed).Select(t => t.Content).ToArray(),
            NextPriorities = tasks.Where(t => t.Status == SessionTaskStatus.InProgress).Select(t => (t, (string?)"in progress"))
                .Concat(tasks.Where(t => t.Status == SessionTaskStatus.Pending).Select(t => (t, (string?)null)))
                .Select((x, i) => new Priority(i + 1, x.t.Content, x.Item2))
                .ToArray(),
            Blockers = existing?.Blockers ?? Array.Empty<Blocker>(),
            Decisions = existing?.Decisions ?? Array.Empty<string>(),
            References = existing?.References ?? Array.Empty<string>(),
        };

        var warnings = new List<string>();
        var notes = new List<string>();
        var request = new HandoffRequest
        {
            Draft = start,
            Previous = HandoffStore.Latest(project.Folder, errors),
            FromGit = true,
            Agent = agent,
        };
        HandoffPlan plan = request.Plan(project, now, errors, warnings, notes);

        Handoff handoff = plan.Handoff.Copy();
        bool written = existing is not null && !IsPlaceholder(existing.Summary);
        handoff.Summary = written ? existing!.Summary : SummaryPlaceholder;
        handoff.Description = written ? existing!.Description : Title(tasks, handoff, id);
        handoff.Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [SessionField] = id };
        return new DraftPlan(path, id, handoff, HandoffRenderer.Render(handoff), warnings, notes);
    }

    /// <summary>
    /// The values of a handoff made from <paramref name="draft"/>: <paramref name="explicitValues"/> first (a title,
    /// a summary, a branch or an author given replaces the draft's), then the draft's items not already there. The
    /// draft's placeholder summary, its Session field, and its Branch, Commit, Author and Date (git is read again
    /// when the handoff is written) are left out.
    /// </summary>
    public static Handoff Merge(Handoff explicitValues, Handoff draft)
    {
        ArgumentNullException.ThrowIfNull(explicitValues);
        ArgumentNullException.ThrowIfNull(draft);
        Handoff result = explicitValues.Copy();
        if (string.IsNullOrWhiteSpace(result.Description))
        {
            result.Description = draft.Description;
        }

        if (string.IsNullOrWhiteSpace(result.Summary) && !IsPlaceholder(draft.Summary))
        {
            result.Summary = draft.Summary;
        }

        result.CompletedWork = Union(result.CompletedWork, draft.CompletedWork, Key);
        var priorities = result.NextPriorities.ToList();
        priorities.AddRange(draft.NextPriorities.Where(p => !priorities.Any(q => TitleMatcher.IsMatch(q.Title, p.Title))));
        result.NextPriorities = priorities.Select((p, i) => p.WithRank(i + 1)).ToArray();
        var blockers = result.Blockers.ToList();
        blockers.AddRange(draft.Blockers.Where(b => !blockers.Any(x => BlockerIdentity.AreSame(x, b))));
        result.Blockers = blockers.ToArray();
        result.Decisions = Union(result.Decisions, draft.Decisions, Key);
        result.References = Union(result.References, draft.References, Key);
        var keyFiles = result.KeyFiles.ToList();
        keyFiles.AddRange(draft.KeyFiles.Where(k => !keyFiles.Any(x => string.Equals(x.Path, k.Path, StringComparison.Ordinal))));
        result.KeyFiles = keyFiles.ToArray();
        var fields = new Dictionary<string, string>(draft.Fields, StringComparer.OrdinalIgnoreCase);
        fields.Remove(SessionField);
        foreach (KeyValuePair<string, string> field in result.Fields)
        {
            fields[field.Key] = field.Value;
        }

        result.Fields = fields;
        return result;
    }

    /// <summary>The draft's title: the task in progress, else the last completed one, else the newest commit's subject, else the session.</summary>
    private static string Title(IReadOnlyList<SessionTask> tasks, Handoff handoff, string id)
    {
        string? title = tasks.FirstOrDefault(t => t.Status == SessionTaskStatus.InProgress)?.Content
            ?? tasks.LastOrDefault(t => t.Status == SessionTaskStatus.Completed)?.Content
            ?? handoff.CompletedWork.LastOrDefault();
        return TextRules.SingleLineOrNull(title) ?? $"Session {id}";
    }

    private static Handoff? ReadExisting(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return HandoffParser.ReadFile(path);
        }
        catch (Exception ex) when (ex is HandoffException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Union(string[] first, string[] second, Func<string, string> key)
    {
        var seen = new HashSet<string>(first.Select(key), StringComparer.Ordinal);
        return first.Concat(second.Where(s => seen.Add(key(s)))).ToArray();
    }

    private static string Key(string item) => TextRules.SingleLine(item).ToLowerInvariant();
}
