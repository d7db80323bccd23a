using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Drafts;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary>
/// <c>handoff_draft</c>: writes or refreshes this session's draft (as <c>handoff draft</c>): the agent's own task
/// list, given as arguments, with git since the latest handoff and its carried-over open work.
/// </summary>
internal sealed class DraftTool : HandoffTool
{
    public const string ToolName = "handoff_draft";

    private const string Schema = """
        {"type":"object","properties":{
        "session":{"type":"string","description":"Session id; names the draft"},
        "completed":{"type":"array","items":{"type":"string"},"description":"Finished tasks"},
        "inProgress":{"type":"array","items":{"type":"string"}},
        "pending":{"type":"array","items":{"type":"string"}}},
        "additionalProperties":false}
        """;

    public DraftTool(ServedProject project)
        : base(project, ToolName, "Write or refresh this session's draft handoff from its tasks and git; returns its path.", Schema, readOnly: false)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        HandoffProject project = Project.Resolve();
        var tasks = Tasks(arguments, "completed", SessionTaskStatus.Completed)
            .Concat(Tasks(arguments, "inProgress", SessionTaskStatus.InProgress))
            .Concat(Tasks(arguments, "pending", SessionTaskStatus.Pending))
            .ToArray();
        var errors = new List<HandoffException>();
        DraftPlan plan = HandoffDraft.Plan(project, arguments.String("session"), tasks, Project.Now(), errors);
        WriteTool.EnsureInFolder(plan.FilePath, DraftStore.FolderFor(project.Folder));
        plan.Write();
        Handoff written = HandoffStore.Read(plan.FilePath).Handoff;
        var result = new WriteTool.Written(plan.FilePath, written, plan.Warnings.ToArray());
        return ToolResults.Structured(result, ToolResults.Notes(errors));
    }

    private static IEnumerable<SessionTask> Tasks(ToolArguments arguments, string name, SessionTaskStatus status) =>
        (arguments.Strings(name) ?? Array.Empty<string>())
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => new SessionTask(t, status));
}
