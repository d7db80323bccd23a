using System.Text.Json;
using HandoffPS.Core.Context;
using ModelContextProtocol.Client;

namespace HandoffPS.Mcp.Tests;

/// <summary>What a client sees before calling anything: the tools with small schemas, and the two Markdown resources.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class ToolCatalogTests
{
    /// <summary>
    /// A reading tool's name, description and input schema, in o200k tokens: what it costs every session that loads
    /// the server. handoff_write, with New-Handoff's seventeen parameters, may take more; all eight together less
    /// than a page.
    /// </summary>
    private const int MaxTokensPerTool = 120;

    private const int MaxTokensWrite = 350;

    private const int MaxTokensAll = 900;

    private readonly ServerFixture _fixture;

    public ToolCatalogTests(ServerFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Lists_the_eight_tools()
    {
        IList<McpClientTool> tools = await _fixture.Server.Client.ListToolsAsync();

        Assert.Equal(
            new[] { "handoff_context", "handoff_latest", "handoff_list", "handoff_blockers", "handoff_priorities", "handoff_write", "handoff_draft", "handoff_status" },
            tools.Select(t => t.Name));
        Assert.Equal(HandoffMcpServer.ToolNames, tools.Select(t => t.Name));
    }

    [Fact]
    public async Task Every_schema_is_a_small_closed_object_of_typed_properties()
    {
        IList<McpClientTool> tools = await _fixture.Server.Client.ListToolsAsync();
        var allowedTypes = new[] { "string", "integer", "boolean", "array" };
        int total = 0;
        foreach (McpClientTool tool in tools)
        {
            JsonElement schema = tool.ProtocolTool.InputSchema;
            Assert.Equal("object", schema.GetProperty("type").GetString());
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean(), tool.Name);
            foreach (JsonProperty property in schema.GetProperty("properties").EnumerateObject())
            {
                string type = property.Value.GetProperty("type").GetString()!;
                Assert.Contains(type, allowedTypes);
                if (type == "array")
                {
                    Assert.Equal("string", property.Value.GetProperty("items").GetProperty("type").GetString());
                }
            }

            string[] required = schema.TryGetProperty("required", out JsonElement r) ? r.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
            Assert.Equal(tool.Name == "handoff_write" ? ["description"] : Array.Empty<string>(), required);
            Assert.InRange(tool.Description.Length, 20, 100);

            int tokens = TokenCounter.Count(tool.Name + tool.Description + schema.GetRawText());
            Assert.True(tokens <= (tool.Name == "handoff_write" ? MaxTokensWrite : MaxTokensPerTool), $"{tool.Name}: {tokens} tokens");
            total += tokens;
        }

        Assert.True(total <= MaxTokensAll, $"{total} tokens in all");
    }

    [Fact]
    public async Task Only_handoff_write_and_handoff_draft_may_change_anything()
    {
        IList<McpClientTool> tools = await _fixture.Server.Client.ListToolsAsync();
        string[] writers = { "handoff_write", "handoff_draft" };

        Assert.All(tools.Where(t => !writers.Contains(t.Name)), t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, t.Name));
        Assert.All(tools.Where(t => writers.Contains(t.Name)), t => Assert.False(t.ProtocolTool.Annotations?.DestructiveHint, t.Name));
    }

    [Fact]
    public async Task Lists_the_latest_handoff_and_the_index_as_markdown_resources()
    {
        IList<McpClientResource> resources = await _fixture.Server.Client.ListResourcesAsync();

        Assert.Equal(new[] { "handoff://latest", "handoff://index" }, resources.Select(r => r.Uri));
        Assert.All(resources, r => Assert.Equal("text/markdown", r.MimeType));
    }
}
