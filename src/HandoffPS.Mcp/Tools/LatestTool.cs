using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary><c>handoff_latest</c>: the latest handoff (of a branch, optionally) as structured content, as Get-Handoff -Latest.</summary>
internal sealed class LatestTool : HandoffTool
{
    public const string ToolName = "handoff_latest";

    private const string Schema = """
        {"type":"object","properties":{
        "branch":{"type":"string","description":"Only this branch (wildcards * ?)"}},
        "additionalProperties":false}
        """;

    public LatestTool(ServedProject project)
        : base(project, ToolName, "The latest session handoff, as structured content.", Schema, readOnly: true)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        HandoffProject project = Project.Resolve();
        var errors = new List<HandoffException>();
        string? branch = arguments.String("branch");
        Handoff? latest = HandoffOrder.Latest(HandoffStore.ReadAll(project.Folder, errors).Where(h => Wildcard.IsMatch(branch, h.Branch)));
        IEnumerable<string> notes = ToolResults.Notes(errors);
        return latest is null
            ? ToolResults.Text(branch is null ? "No session handoffs yet." : $"No session handoff on a branch matching '{branch}'.", notes)
            : ToolResults.Structured(latest, notes);
    }
}
