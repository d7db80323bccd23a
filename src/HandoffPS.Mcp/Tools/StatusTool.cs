using System;
using System.Collections.Generic;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary><c>handoff_status</c>: whether a handoff is due now, and why (Get-HandoffStatus, default thresholds).</summary>
internal sealed class StatusTool : HandoffTool
{
    public const string ToolName = "handoff_status";

    private const string Schema = """{"type":"object","properties":{},"additionalProperties":false}""";

    public StatusTool(ServedProject project)
        : base(project, ToolName, "Whether a new handoff is due now, and why.", Schema, readOnly: true)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        HandoffProject project = Project.Resolve();
        var errors = new List<HandoffException>();
        Handoff? latest = HandoffStore.Latest(project.Folder, errors);
        HandoffStatus status = HandoffStatus.Evaluate(project, latest, Project.Now(), unreadable: errors.Count);
        return ToolResults.Structured(Status.Of(status), ToolResults.Notes(errors));
    }

    /// <summary>The status with the latest handoff named, not repeated whole.</summary>
    internal sealed record Status(bool IsDue, string Reason, string? LatestHandoff, DateTime? LatestDate, double? AgeHours,
        int CommitsSince, int FilesChangedSince, int UncommittedChanges, string? Branch, bool BranchChanged)
    {
        public static Status Of(HandoffStatus s) => new(
            s.IsDue, s.Reason, s.LatestHandoff is null ? null : System.IO.Path.GetFileName(s.LatestHandoff), s.LatestDate,
            s.AgeHours is double hours ? Math.Round(hours, 2) : null,
            s.CommitsSince, s.FilesChangedSince, s.UncommittedChanges, s.Branch, s.BranchChanged);
    }
}
