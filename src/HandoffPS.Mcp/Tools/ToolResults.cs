using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using HandoffPS.Core.Model;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary>
/// The shapes of a tool result: text; structured content with the same JSON as text (for clients that read only
/// text); and an error, <c>isError</c> with the error id and message (<c>{"errorId":…,"message":…}</c>), the id
/// first in the text too. Notes, such as a file that could not be read, follow as further text blocks.
/// </summary>
internal static class ToolResults
{
    public static CallToolResult Text(string text, IEnumerable<string>? notes = null) => new()
    {
        Content = Blocks(text, notes),
    };

    public static CallToolResult Structured(object value, IEnumerable<string>? notes = null)
    {
        JsonElement element = McpJson.ToElement(value);
        return new CallToolResult
        {
            Content = Blocks(element.GetRawText(), notes),
            StructuredContent = element,
        };
    }

    public static CallToolResult Error(string errorId, string message) => new()
    {
        IsError = true,
        Content = new List<ContentBlock> { new TextContentBlock { Text = $"{errorId}: {message}" } },
        StructuredContent = McpJson.ToElement(new ErrorContent(errorId, message)),
    };

    public static CallToolResult Error(HandoffException ex) => Error(ex.ErrorId, ex.Message);

    /// <summary>Files that could not be read, as notes: the other files still came out, as in the cmdlets.</summary>
    public static IEnumerable<string> Notes(IEnumerable<HandoffException> errors) =>
        errors.Select(e => $"{e.ErrorId}: {e.Message}");

    private static List<ContentBlock> Blocks(string text, IEnumerable<string>? notes)
    {
        var blocks = new List<ContentBlock> { new TextContentBlock { Text = text } };
        blocks.AddRange((notes ?? Enumerable.Empty<string>()).Select(n => new TextContentBlock { Text = n }));
        return blocks;
    }

    internal sealed record ErrorContent(string ErrorId, string Message);
}
