using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace HandoffPS.Mcp.Tools;

/// <summary>
/// The arguments of one tool call, checked against the tool's <see cref="ToolSchema"/> before the tool runs: no
/// unknown name, every required one present, each of its type, no string longer than <see cref="MaxStringLength"/>
/// and no list longer than <see cref="MaxItems"/>. A null value counts as absent. Any other call is a
/// <see cref="ToolArgumentException"/>, never a crash.
/// </summary>
internal sealed class ToolArguments
{
    /// <summary>The longest string accepted in any argument (a handoff is read by people and models: a page, not a book).</summary>
    public const int MaxStringLength = 4000;

    /// <summary>The most items accepted in a list argument.</summary>
    public const int MaxItems = 100;

    private readonly Dictionary<string, JsonElement> _values;

    private ToolArguments(Dictionary<string, JsonElement> values)
    {
        _values = values;
    }

    public static ToolArguments Parse(string tool, ToolSchema schema, IDictionary<string, JsonElement>? arguments)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach ((string name, JsonElement value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            if (!schema.Properties.TryGetValue(name, out ToolSchema.Property? property))
            {
                string takes = schema.Properties.Count == 0 ? "it takes no arguments" : "it takes " + string.Join(", ", schema.Properties.Keys);
                throw new ToolArgumentException($"{tool} has no argument '{Shorten(name)}': {takes}.");
            }

            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue;
            }

            Check(property, value);
            values[name] = value;
        }

        foreach (string name in schema.Required.Where(n => !values.ContainsKey(n)))
        {
            throw new ToolArgumentException($"{tool} needs '{name}'.");
        }

        return new ToolArguments(values);
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? String(string name) => _values.TryGetValue(name, out JsonElement v) ? v.GetString() : null;

    /// <summary>A list argument; a single string is taken as a list of one.</summary>
    public string[]? Strings(string name)
    {
        if (!_values.TryGetValue(name, out JsonElement v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String
            ? new[] { v.GetString()! }
            : v.EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    public bool Bool(string name) => _values.TryGetValue(name, out JsonElement v) && v.GetBoolean();

    public int? Int(string name) => _values.TryGetValue(name, out JsonElement v) ? v.GetInt32() : null;

    /// <summary>A date-time argument, in local time (an offset or Z is converted).</summary>
    public DateTime? Date(string name) => _values.TryGetValue(name, out JsonElement v) ? ParseDate(v.GetString()!) : null;

    private static void Check(ToolSchema.Property p, JsonElement value)
    {
        switch (p.Type)
        {
            case "string":
                CheckString(p.Name, value);
                if (p.Format == "date-time" && ParseDate(value.GetString()!) is null)
                {
                    throw new ToolArgumentException($"'{p.Name}' must be a date and time such as 2025-10-27T09:30:00; got '{Shorten(value.GetString()!)}'.");
                }

                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int n))
                {
                    throw new ToolArgumentException($"'{p.Name}' must be an integer; got {Describe(value)}.");
                }

                if (p.Minimum is int min && n < min)
                {
                    throw new ToolArgumentException($"'{p.Name}' must be at least {min}; got {n}.");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw new ToolArgumentException($"'{p.Name}' must be true or false; got {Describe(value)}.");
                }

                break;
            case "array":
                if (value.ValueKind == JsonValueKind.String)
                {
                    CheckString(p.Name, value);
                    break;
                }

                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw new ToolArgumentException($"'{p.Name}' must be a list of strings; got {Describe(value)}.");
                }

                int count = value.GetArrayLength();
                if (count > MaxItems)
                {
                    throw new ToolArgumentException($"'{p.Name}' has {count} items; at most {MaxItems} are accepted.");
                }

                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        throw new ToolArgumentException($"'{p.Name}' must be a list of strings; an item is {Describe(item)}.");
                    }

                    CheckString(p.Name, item);
                }

                break;
            default:
                throw new InvalidOperationException($"Schema type '{p.Type}' is not supported.");
        }
    }

    private static void CheckString(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new ToolArgumentException($"'{name}' must be a string; got {Describe(value)}.");
        }

        int length = value.GetString()!.Length;
        if (length > MaxStringLength)
        {
            throw new ToolArgumentException(
                $"'{name}' is {length.ToString("N0", CultureInfo.InvariantCulture)} characters long; at most {MaxStringLength.ToString("N0", CultureInfo.InvariantCulture)} are accepted.");
        }
    }

    private static DateTime? ParseDate(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTime value)
            ? (value.Kind == DateTimeKind.Utc ? value.ToLocalTime() : value)
            : null;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
