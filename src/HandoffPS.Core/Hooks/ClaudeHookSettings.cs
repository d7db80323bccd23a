using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Hooks;

/// <summary>
/// Installs and removes the HandoffPS hooks in a Claude Code settings file, editing the text in place: the file
/// is read, checked to be JSON, and only the spans of the hooks added or removed change; every other setting and
/// hook keeps its bytes (order, formatting, escapes, line breaks). Installing twice is installing once;
/// uninstalling removes exactly the hook entries whose command is <c>… hooks run …</c> of the <c>handoff</c> tool,
/// and then the event lists and the <c>hooks</c> object it leaves empty. A file is never deleted: one that installing
/// created is left as <c>{}</c>, which Claude Code reads as no settings. A file that is not valid JSON, or whose
/// <c>hooks</c> is not an object of lists, is refused (<c>InvalidSettings</c>) and left untouched.
/// </summary>
public static partial class ClaudeHookSettings
{
    /// <summary>The command that runs the tool: on PATH after <c>dotnet tool install --global</c>.</summary>
    public const string DefaultProgram = "handoff";

    /// <summary>The timeout Claude Code gives each hook, in seconds: a safety net, the hooks take well under a second.</summary>
    public const int TimeoutSeconds = 10;


    /// <summary>The settings file of a scope. User: <c>$CLAUDE_CONFIG_DIR/settings.json</c>, else <c>~/.claude/settings.json</c>.</summary>
    public static string PathFor(HookScope scope, string projectRoot, string? userConfigFolder = null)
    {
        return scope switch
        {
            HookScope.Project => Path.Combine(projectRoot, ".claude", "settings.json"),
            HookScope.Local => Path.Combine(projectRoot, ".claude", "settings.local.json"),
            _ => Path.Combine(userConfigFolder ?? UserConfigFolder(), "settings.json"),
        };
    }

    /// <summary>Claude Code's user folder: <c>$CLAUDE_CONFIG_DIR</c>, else <c>~/.claude</c>.</summary>
    public static string UserConfigFolder()
    {
        string? configured = Environment.GetEnvironmentVariable("CLAUDE_CONFIG_DIR");
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".claude")
            : configured;
    }

    /// <summary>The hook command of an event: <c>handoff hooks run session-start</c>.</summary>
    public static string CommandFor(HookEvent hookEvent, string program = DefaultProgram) =>
        $"{(string.IsNullOrWhiteSpace(program) ? DefaultProgram : program.Trim())} hooks run {HookEvents.CommandName(hookEvent)}";

    /// <summary>True for a command HandoffPS installs: the <c>handoff</c> tool (any path, quoted or not, or <c>dotnet handoff</c>) running <c>hooks run</c>.</summary>
    public static bool IsHandoffCommand(string? command) => command is not null && OurCommand().IsMatch(command);

    /// <summary>Plans adding the hooks that <paramref name="path"/> lacks.</summary>
    /// <exception cref="HandoffException">InvalidSettings: the file is not valid JSON, or not in the documented shape.</exception>
    public static HookSettingsChange PlanInstall(string path, string program = DefaultProgram)
    {
        (bool existed, bool bom, string before) = Read(path);
        string text = existed ? before : "{}\n";
        var added = new List<HookEvent>();
        var already = new List<HookEvent>();
        foreach (HookEvent hookEvent in HookEvents.All)
        {
            JsonSpan root = Check(text, path);
            JsonSpan? hooks = root.Member("hooks");
            if (hooks is null)
            {
                text = JsonTextEdit.InsertMember(text, root, "hooks", _ => "{}");
                hooks = JsonSpans.Parse(text).Member("hooks")!;
            }

            JsonSpan? list = hooks.Member(hookEvent.ToString());
            if (list is not null && Ours(list).Any())
            {
                already.Add(hookEvent);
                continue;
            }

            string command = CommandFor(hookEvent, program);
            text = list is null
                ? JsonTextEdit.InsertMember(text, hooks, hookEvent.ToString(), f => f.List(f.Group(hookEvent, command)))
                : JsonTextEdit.AppendElement(text, list, f => f.Group(hookEvent, command));
            added.Add(hookEvent);
        }

        return new HookSettingsChange(path, existed, bom, before, text, added, already);
    }

    /// <summary>Plans removing the HandoffPS hooks of <paramref name="path"/>, and what they leave empty.</summary>
    /// <exception cref="HandoffException">InvalidSettings: the file is not valid JSON, or not in the documented shape.</exception>
    public static HookSettingsChange PlanUninstall(string path)
    {
        (bool existed, bool bom, string before) = Read(path);
        if (!existed)
        {
            return new HookSettingsChange(path, false, false, string.Empty, string.Empty, Array.Empty<HookEvent>(), HookEvents.All);
        }

        string text = before;
        var removed = new HashSet<string>(StringComparer.Ordinal);
        bool removedEvent = false;
        while (true)
        {
            JsonSpan root = Check(text, path);
            JsonSpan? hooks = root.Member("hooks");
            if (hooks is null)
            {
                break;
            }

            string? edited = RemoveOne(text, hooks, removed);
            if (edited is not null)
            {
                text = edited;
                continue;
            }

            // The event lists this removal emptied go, then the hooks object if that emptied it.
            (string Name, int NameStart, JsonSpan Value) empty = hooks.Members.FirstOrDefault(m => removed.Contains(m.Name) && m.Value.Kind == JsonSpanKind.Array && m.Value.Elements.Count == 0);
            if (empty.Value is not null)
            {
                text = JsonTextEdit.RemoveMember(text, hooks, hooks.Members.IndexOf(empty));
                removedEvent = true;
                continue;
            }

            if (removedEvent && hooks.Members.Count == 0)
            {
                text = JsonTextEdit.RemoveMember(text, root, root.Members.FindIndex(m => m.Name == "hooks"));
            }

            break;
        }

        var events = HookEvents.All.Where(e => removed.Contains(e.ToString())).ToArray();
        return new HookSettingsChange(path, true, bom, before, text, events, HookEvents.All.Except(events).ToArray());
    }

    /// <summary>Which HandoffPS hooks <paramref name="path"/> has.</summary>
    /// <exception cref="HandoffException">InvalidSettings: the file is not valid JSON, or not in the documented shape.</exception>
    public static HookInstallation Status(string path)
    {
        (bool existed, bool _, string text) = Read(path);
        var commands = HookEvents.All.ToDictionary(e => e, _ => (string?)null);
        if (existed)
        {
            JsonSpan? hooks = Check(text, path).Member("hooks");
            foreach (HookEvent e in HookEvents.All)
            {
                if (hooks?.Member(e.ToString()) is JsonSpan list)
                {
                    commands[e] = Ours(list).Select(x => x.Command).FirstOrDefault();
                }
            }
        }

        return new HookInstallation(path, existed, commands);
    }

    private static (bool Existed, bool Bom, string Text) Read(string path)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return (false, false, string.Empty);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HandoffException("SettingsUnreadable", HandoffErrorKind.ReadError, $"Cannot read the settings file '{path}': {ex.Message}", path, ex);
        }

        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        try
        {
            return (true, bom, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0)));
        }
        catch (DecoderFallbackException ex)
        {
            throw Invalid(path, "it is not UTF-8 text", ex);
        }
    }

    /// <summary>Checks that the text is one JSON object whose <c>hooks</c>, if any, is an object of lists; returns its spans.</summary>
    private static JsonSpan Check(string text, string path)
    {
        try
        {
            using JsonDocument _ = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            throw Invalid(path, $"it is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {ex.Message})", ex);
        }

        JsonSpan root = JsonSpans.Parse(text);
        if (root.Kind != JsonSpanKind.Object)
        {
            throw Invalid(path, "it is not a JSON object", null);
        }

        if (root.Member("hooks") is JsonSpan hooks)
        {
            if (hooks.Kind != JsonSpanKind.Object)
            {
                throw Invalid(path, "its \"hooks\" is not an object", null);
            }

            foreach ((string name, int _, JsonSpan value) in hooks.Members)
            {
                if (value.Kind != JsonSpanKind.Array && HookEvents.TryParse(name, out HookEvent e) && e.ToString() == name)
                {
                    throw Invalid(path, $"its \"hooks\".\"{name}\" is not a list", null);
                }
            }
        }

        return root;
    }

    private static HandoffException Invalid(string path, string why, Exception? inner) =>
        new(HandoffErrorIds.InvalidSettings, HandoffErrorKind.InvalidData,
            $"The settings file '{path}' was left untouched: {why}. Fix it (or move it away), then run the command again.", path, inner);

    /// <summary>The HandoffPS hook entries of an event's list: (group index, hook index, command).</summary>
    private static IEnumerable<(int Group, int Hook, string Command)> Ours(JsonSpan list)
    {
        for (int g = 0; g < list.Elements.Count; g++)
        {
            if (list.Elements[g].Member("hooks") is not JsonSpan hooks || hooks.Kind != JsonSpanKind.Array)
            {
                continue;
            }

            for (int h = 0; h < hooks.Elements.Count; h++)
            {
                if (hooks.Elements[h].Member("command") is JsonSpan { Kind: JsonSpanKind.String } command && IsHandoffCommand(command.Text))
                {
                    yield return (g, h, command.Text!);
                }
            }
        }
    }

    /// <summary>Removes one HandoffPS hook entry (its whole group when the group holds nothing else); null when there is none.</summary>
    private static string? RemoveOne(string text, JsonSpan hooks, HashSet<string> removed)
    {
        foreach ((string name, int _, JsonSpan list) in hooks.Members)
        {
            if (list.Kind != JsonSpanKind.Array)
            {
                continue;
            }

            foreach ((int g, int h, string _) in Ours(list))
            {
                removed.Add(name);
                JsonSpan group = list.Elements[g];
                JsonSpan entries = group.Member("hooks")!;
                bool onlyOurs = entries.Elements.Count == Ours(list).Count(x => x.Group == g)
                    && group.Members.All(m => m.Name is "hooks" or "matcher");
                return onlyOurs ? JsonTextEdit.RemoveElement(text, list, g) : JsonTextEdit.RemoveElement(text, entries, h);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:^|[\s/\\""'])handoff(?:\.exe)?[""']?\s+hooks\s+run(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OurCommand();
}
