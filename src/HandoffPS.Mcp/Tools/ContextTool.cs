using System.Collections.Generic;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary><c>handoff_context</c>: the next-session context within a token budget, the same text as Get-HandoffContext.</summary>
internal sealed class ContextTool : HandoffTool
{
    public const string ToolName = "handoff_context";

    private static readonly string Schema = $$$"""
        {"type":"object","properties":{
        "maxTokens":{"type":"integer","minimum":{{{HandoffContextOptions.MinimumMaxTokens}}},"description":"Budget in o200k tokens (default {{{HandoffContextOptions.DefaultMaxTokens}}})"},
        "branch":{"type":"string","description":"Branch whose latest handoff to show (default: current)"}},
        "additionalProperties":false}
        """;

    public ContextTool(ServedProject project)
        : base(project, ToolName, "What to read at session start: the latest handoff's essentials, open blockers and staleness.", Schema, readOnly: true)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        HandoffProject project = Project.Resolve();
        var errors = new List<HandoffException>();
        IReadOnlyList<Handoff> handoffs = HandoffStore.ReadAll(project.Folder, errors);
        HandoffContextOptions options = ProjectContextOptions.For(
            project,
            arguments.Int("maxTokens") ?? HandoffContextOptions.DefaultMaxTokens,
            Project.Now(),
            arguments.String("branch"),
            arguments.Has("branch"),
            unreadableFiles: errors.Count);
        HandoffContext context = HandoffContextBuilder.Build(handoffs, options);
        return ToolResults.Text(context.Text, ToolResults.Notes(errors));
    }
}
