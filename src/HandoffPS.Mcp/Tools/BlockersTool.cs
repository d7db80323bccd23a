using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Series;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary><c>handoff_blockers</c>: blockers across the project's handoffs, as Get-HandoffBlocker: open by default, or all, or resolved.</summary>
internal sealed class BlockersTool : HandoffTool
{
    public const string ToolName = "handoff_blockers";

    private const string Schema = """
        {"type":"object","properties":{
        "all":{"type":"boolean","description":"Every blocker of every handoff"},
        "resolved":{"type":"boolean","description":"Only resolved ones"},
        "category":{"type":"string","description":"Wildcards * ?"}},
        "additionalProperties":false}
        """;

    public BlockersTool(ServedProject project)
        : base(project, ToolName, "Blockers across handoffs: open ones (default), with first seen and sessions open.", Schema, readOnly: true)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        bool all = arguments.Bool("all");
        bool resolved = arguments.Bool("resolved");
        if (all && resolved)
        {
            // The id and sense of Get-HandoffBlocker -All -Resolved, in this tool's argument names.
            throw new HandoffException("AllAndResolved", HandoffErrorKind.InvalidArgument,
                "all and resolved cannot be used together: all already lists every blocker, with resolvedOn where it was resolved.");
        }

        HandoffProject project = Project.Resolve();
        var errors = new List<HandoffException>();
        IReadOnlyList<Handoff> series = HandoffSeries.Order(HandoffStore.ReadAll(project.Folder, errors));
        IReadOnlyList<BlockerRecord> records = all ? HandoffSeries.AllBlockers(series)
            : resolved ? HandoffSeries.ResolvedBlockers(series)
            : HandoffSeries.OpenBlockers(series);
        string? category = arguments.String("category");
        BlockerRecord[] blockers = records.Where(b => Wildcard.IsMatch(category, b.Category ?? string.Empty)).ToArray();
        return ToolResults.Structured(new BlockersResult(blockers), ToolResults.Notes(errors));
    }

    /// <summary>What handoff_blockers returns.</summary>
    internal sealed record BlockersResult(BlockerRecord[] Blockers);
}
