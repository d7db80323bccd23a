using System.Text.Json.Serialization;
using HandoffPS.Core.Model;
using HandoffPS.Mcp.Tools;

namespace HandoffPS.Mcp;

/// <summary>Every type a tool writes as structured content, its serializer generated at build time (<see cref="McpJson"/>).</summary>
[JsonSerializable(typeof(Handoff))]
[JsonSerializable(typeof(ListTool.ListResult))]
[JsonSerializable(typeof(BlockersTool.BlockersResult))]
[JsonSerializable(typeof(PrioritiesTool.PrioritiesResult))]
[JsonSerializable(typeof(StatusTool.Status))]
[JsonSerializable(typeof(WriteTool.Written))]
[JsonSerializable(typeof(ToolResults.ErrorContent))]
internal sealed partial class McpJsonContext : JsonSerializerContext
{
}
