using System.Text.Json;

namespace HandoffPS.Core.Hooks;

/// <summary>
/// What an agent passes a hook on standard input (Claude Code: one JSON object with <c>session_id</c>,
/// <c>transcript_path</c>, <c>cwd</c>, <c>hook_event_name</c> and, per event, <c>source</c>, <c>trigger</c> or
/// <c>reason</c>). Every field is optional: other agents pass less, or nothing.
/// </summary>
public sealed class HookInput
{
    public string? SessionId { get; init; }

    public string? TranscriptPath { get; init; }

    /// <summary>The session's working folder: the project is found from it.</summary>
    public string? Cwd { get; init; }

    public string? HookEventName { get; init; }

    /// <summary>SessionStart: <c>startup</c>, <c>resume</c>, <c>clear</c> or <c>compact</c>.</summary>
    public string? Source { get; init; }

    /// <summary>PreCompact: <c>manual</c> or <c>auto</c>.</summary>
    public string? Trigger { get; init; }

    /// <summary>SessionEnd: why it ended (<c>clear</c>, <c>logout</c>, <c>prompt_input_exit</c>, <c>other</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>Why the input could not be read, when it could not; the hook goes on without it.</summary>
    public string? Warning { get; init; }

    public static HookInput Empty { get; } = new();

    /// <summary>Reads hook input; empty or invalid input gives an empty one (with a <see cref="Warning"/> when invalid).</summary>
    public static HookInput Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new HookInput { Warning = "The hook input on standard input is not a JSON object; it was ignored." };
            }

            return new HookInput
            {
                SessionId = Text(root, "session_id"),
                TranscriptPath = Text(root, "transcript_path"),
                Cwd = Text(root, "cwd"),
                HookEventName = Text(root, "hook_event_name"),
                Source = Text(root, "source"),
                Trigger = Text(root, "trigger"),
                Reason = Text(root, "reason"),
            };
        }
        catch (JsonException ex)
        {
            return new HookInput { Warning = $"The hook input on standard input is not valid JSON ({ex.Message}); it was ignored." };
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
