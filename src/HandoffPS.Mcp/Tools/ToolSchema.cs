using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandoffPS.Mcp.Tools;

/// <summary>
/// A tool's input schema, parsed once: what <c>tools/list</c> shows and, property by property, what
/// <see cref="ToolArguments"/> checks a call against. The schema is the one statement of what a tool takes.
/// </summary>
/// <remarks>
/// Only the small subset the tools use: an object of properties of type string (optionally with format
/// date-time), integer (optionally with a minimum), boolean, or array of strings; a required list; no other
/// properties.
/// </remarks>
internal sealed class ToolSchema
{
    private ToolSchema(JsonElement element, IReadOnlyDictionary<string, Property> properties, IReadOnlyList<string> required)
    {
        Element = element;
        Properties = properties;
        Required = required;
    }

    public JsonElement Element { get; }

    public IReadOnlyDictionary<string, Property> Properties { get; }

    public IReadOnlyList<string> Required { get; }

    public static ToolSchema Parse(string json)
    {
        JsonElement root = Compact(json);
        var properties = new Dictionary<string, Property>(StringComparer.Ordinal);
        if (root.TryGetProperty("properties", out JsonElement props))
        {
            foreach (JsonProperty p in props.EnumerateObject())
            {
                string type = p.Value.GetProperty("type").GetString()!;
                string? format = p.Value.TryGetProperty("format", out JsonElement f) ? f.GetString() : null;
                int? minimum = p.Value.TryGetProperty("minimum", out JsonElement m) ? m.GetInt32() : null;
                string? items = p.Value.TryGetProperty("items", out JsonElement i) ? i.GetProperty("type").GetString() : null;
                if (type == "array" && items != "string")
                {
                    throw new InvalidOperationException($"Property '{p.Name}': only arrays of strings are supported.");
                }

                properties.Add(p.Name, new Property(p.Name, type, format, minimum));
            }
        }

        string[] required = root.TryGetProperty("required", out JsonElement r)
            ? r.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : Array.Empty<string>();
        return new ToolSchema(root, properties, required);
    }

    /// <summary>The schema without the white space of its source: what a client receives and a model reads.</summary>
    private static JsonElement Compact(string json)
    {
        using JsonDocument source = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            source.RootElement.WriteTo(writer);
        }

        using JsonDocument compact = JsonDocument.Parse(buffer.WrittenMemory);
        return compact.RootElement.Clone();
    }

    /// <summary>One property: its JSON type, format and minimum.</summary>
    public sealed record Property(string Name, string Type, string? Format, int? Minimum);
}
