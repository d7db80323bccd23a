using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tests;

internal static class ToolResultExtensions
{
    /// <summary>The first text block of a result.</summary>
    public static string Text(this CallToolResult result) => result.Content.OfType<TextContentBlock>().First().Text;

    /// <summary>The structured content of a successful result (the test fails on a tool error, showing it).</summary>
    public static JsonElement Structured(this CallToolResult result)
    {
        Assert.True(result.IsError != true, "Tool error: " + result.Text());
        Assert.NotNull(result.StructuredContent);
        return result.StructuredContent!.Value;
    }

    /// <summary>Asserts a clean tool error with <paramref name="errorId"/> (in the structured content and first in the text) and returns its message.</summary>
    public static string AssertError(this CallToolResult result, string errorId)
    {
        Assert.True(result.IsError, "Expected a tool error, got: " + result.Text());
        JsonElement error = result.StructuredContent!.Value;
        Assert.Equal(errorId, error.GetProperty("errorId").GetString());
        string message = error.GetProperty("message").GetString()!;
        Assert.Equal($"{errorId}: {message}", result.Text());
        return message;
    }

    public static string[] Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToArray();
}
