using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Series;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary><c>handoff_priorities</c>: the latest handoff's next priorities or, with all, every handoff's with what became of each (Get-HandoffPriority).</summary>
internal sealed class PrioritiesTool : HandoffTool
{
    public const string ToolName = "handoff_priorities";

    private const string Schema = """
        {"type":"object","properties":{
        "all":{"type":"boolean","description":"Every handoff's, each with status Done, CarriedOver, Dropped or Pending"}},
        "additionalProperties":false}
        """;

    public PrioritiesTool(ServedProject project)
        : base(project, ToolName, "Next priorities of the latest handoff.", Schema, readOnly: true)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        HandoffProject project = Project.Resolve();
        var errors = new List<HandoffException>();
        IReadOnlyList<Handoff> series = HandoffSeries.Order(HandoffStore.ReadAll(project.Folder, errors));
        IReadOnlyList<PriorityRecord> priorities = arguments.Bool("all")
            ? HandoffSeries.AllPriorities(series)
            : HandoffSeries.LatestPriorities(series);
        return ToolResults.Structured(new PrioritiesResult(priorities.ToArray()), ToolResults.Notes(errors));
    }

    /// <summary>What handoff_priorities returns.</summary>
    internal sealed record PrioritiesResult(PriorityRecord[] Priorities);
}
