using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HandoffPS.Mcp;

/// <summary>
/// How the server writes core objects as structured content: camelCase, nulls and empty lists left out (every token
/// counts for the model reading it), enums by name, UTF-8 characters kept as they are.
/// </summary>
internal static class McpJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static JsonElement ToElement(object value) => JsonSerializer.SerializeToElement(value, value.GetType(), Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter() },
            // Generated at build time: no reflection and less to compile at start-up (the server's cold start).
            TypeInfoResolver = McpJsonContext.Default.WithAddedModifier(SkipEmptyCollections),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void SkipEmptyCollections(JsonTypeInfo type)
    {
        foreach (JsonPropertyInfo property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                // Replaces the ignore condition, so nulls are left out here too.
                property.ShouldSerialize = (_, value) => value is not null and not ICollection { Count: 0 };
            }
        }
    }
}
