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

/// <summary>Which Claude Code settings file the hooks go into.</summary>
public enum HookScope
{
    /// <summary><c>.claude/settings.json</c> in the project: shared with everyone who clones it.</summary>
    Project,

    /// <summary><c>.claude/settings.local.json</c> in the project: this machine only (Claude Code keeps it out of git).</summary>
    Local,

    /// <summary>The user's <c>~/.claude/settings.json</c> (or <c>$CLAUDE_CONFIG_DIR/settings.json</c>): every project.</summary>
    User,
}

/// <summary>A change to a settings file, planned and not yet written: its text before and after.</summary>
public sealed class HookSettingsChange
{
    internal HookSettingsChange(string path, bool existed, bool bom, string before, string after, IReadOnlyList<HookEvent> events, IReadOnlyList<HookEvent> unchanged)
    {
        Path = path;
        Existed = existed;
        HasBom = bom;
        Before = before;
        After = after;
        Events = events;
        Unchanged = unchanged;
    }

    public string Path { get; }

    /// <summary>Whether the file existed before.</summary>
    public bool Existed { get; }

    /// <summary>Whether the file started with a UTF-8 byte order mark (kept when written).</summary>
    public bool HasBom { get; }

    /// <summary>The file's text before the change (empty when it did not exist).</summary>
    public string Before { get; }

    /// <summary>The file's text after the change.</summary>
    public string After { get; }

    /// <summary>The events whose hook the change adds (install) or removes (uninstall).</summary>
    public IReadOnlyList<HookEvent> Events { get; }

    /// <summary>The events left as they were: already installed (install) or not there (uninstall).</summary>
    public IReadOnlyList<HookEvent> Unchanged { get; }

    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);

    /// <summary>
    /// Writes <see cref="After"/> through a temporary file in the same folder moved into place (a symbolic link is
    /// followed, so a settings file kept elsewhere stays there); nothing when nothing changed.
    /// </summary>
    public void Apply()
    {
        if (!Changed)
        {
            return;
        }

        string target = Path;
        try
        {
            if (File.Exists(target) && new FileInfo(target).ResolveLinkTarget(returnFinalTarget: true) is FileSystemInfo real)
            {
                target = real.FullName;
            }

            string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target))!;
            Directory.CreateDirectory(folder);
            string temp = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    if (HasBom)
                    {
                        stream.Write(new byte[] { 0xEF, 0xBB, 0xBF });
                    }

                    byte[] bytes = new UTF8Encoding(false).GetBytes(After);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HandoffException("SettingsWriteFailed", HandoffErrorKind.WriteError, $"Cannot write the settings file '{Path}': {ex.Message}", Path, ex);
        }
    }
}

/// <summary>Which of the hooks a settings file has, and the command of each.</summary>
public sealed class HookInstallation
{
    internal HookInstallation(string path, bool exists, IReadOnlyDictionary<HookEvent, string?> commands)
    {
        Path = path;
        Exists = exists;
        Commands = commands;
    }

    public string Path { get; }

    public bool Exists { get; }

    /// <summary>Each event's HandoffPS hook command, or null when that event has none.</summary>
    public IReadOnlyDictionary<HookEvent, string?> Commands { get; }

    /// <summary>Every event has its hook.</summary>
    public bool IsComplete => Commands.Values.All(c => c is not null);

    /// <summary>Some event has its hook.</summary>
    public bool IsPartial => Commands.Values.Any(c => c is not null);
}

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

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

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
                text = InsertMember(text, root, "hooks", _ => "{}");
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
                ? InsertMember(text, hooks, hookEvent.ToString(), f => f.List(f.Group(hookEvent, command)))
                : AppendElement(text, list, f => f.Group(hookEvent, command));
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
                text = RemoveMember(text, hooks, hooks.Members.IndexOf(empty));
                removedEvent = true;
                continue;
            }

            if (removedEvent && hooks.Members.Count == 0)
            {
                text = RemoveMember(text, root, root.Members.FindIndex(m => m.Name == "hooks"));
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
                return onlyOurs ? RemoveElement(text, list, g) : RemoveElement(text, entries, h);
            }
        }

        return null;
    }

    // --- Text edits: each changes one span and nothing else. -------------------------------------------------------

    private static string InsertMember(string text, JsonSpan obj, string name, Func<Formatter, string> value)
    {
        Formatter f = Formatter.For(text);
        if (obj.Members.Count > 0)
        {
            (string _, int nameStart, JsonSpan last) = obj.Members[^1];
            string? indent = f.Compact ? null : JsonSpans.IndentAt(text, nameStart);
            Formatter at = f.At(indent ?? string.Empty);
            string insertion = indent is null
                ? "," + at.Member(name, value(at.Inline()))
                : "," + f.NewLine + indent + at.Member(name, value(at));
            return text.Insert(last.End, insertion);
        }

        return FillEmpty(text, obj, f, inner => inner.Member(name, value(inner)));
    }

    private static string AppendElement(string text, JsonSpan array, Func<Formatter, string> value)
    {
        Formatter f = Formatter.For(text);
        if (array.Elements.Count > 0)
        {
            JsonSpan last = array.Elements[^1];
            string? indent = f.Compact ? null : JsonSpans.IndentAt(text, last.Start);
            string insertion = indent is null
                ? "," + (f.Compact ? string.Empty : " ") + value(f.Inline())
                : "," + f.NewLine + indent + value(f.At(indent));
            return text.Insert(last.End, insertion);
        }

        return FillEmpty(text, array, f, value);
    }

    /// <summary>Fills an empty object or list: on its own lines, one level deeper than the line it starts on.</summary>
    private static string FillEmpty(string text, JsonSpan container, Formatter f, Func<Formatter, string> content)
    {
        string inside = f.Compact
            ? content(f.Inline())
            : f.NewLine + LineIndent(text, container.Start) + f.Unit + content(f.At(LineIndent(text, container.Start) + f.Unit)) + f.NewLine + LineIndent(text, container.Start);
        return text[..(container.Start + 1)] + inside + text[(container.End - 1)..];
    }

    private static string RemoveElement(string text, JsonSpan array, int index)
    {
        List<JsonSpan> e = array.Elements;
        if (e.Count == 1)
        {
            return text[..(array.Start + 1)] + text[(array.End - 1)..];
        }

        return index > 0
            ? text[..e[index - 1].End] + text[e[index].End..]
            : text[..e[0].Start] + text[e[1].Start..];
    }

    private static string RemoveMember(string text, JsonSpan obj, int index)
    {
        var m = obj.Members;
        if (m.Count == 1)
        {
            return text[..(obj.Start + 1)] + text[(obj.End - 1)..];
        }

        return index > 0
            ? text[..m[index - 1].Value.End] + text[m[index].Value.End..]
            : text[..m[0].NameStart] + text[m[1].NameStart..];
    }

    private static string LineIndent(string text, int position)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        int i = start;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>Writes the JSON added, in the file's own style: its line break, its indentation unit, or one line when the file is one line.</summary>
    private sealed class Formatter
    {
        private Formatter(string newLine, string unit, bool compact, string indent)
        {
            NewLine = newLine;
            Unit = unit;
            Compact = compact;
            Indent = indent;
        }

        public string NewLine { get; }

        public string Unit { get; }

        public bool Compact { get; }

        /// <summary>The indentation of the line the value starts on.</summary>
        public string Indent { get; }

        public static Formatter For(string text)
        {
            string trimmed = text.TrimEnd();
            bool compact = trimmed.Length > 2 && !trimmed.Contains('\n');
            return new Formatter(JsonSpans.NewLineOf(text), UnitOf(text), compact, string.Empty);
        }

        public Formatter At(string indent) => new(NewLine, Unit, Compact, indent);

        public Formatter Inline() => new(NewLine, Unit, true, string.Empty);

        public string Member(string name, string value) => Str(name) + (Compact ? ":" : ": ") + value;

        public string List(string element) => Compact
            ? "[" + element + "]"
            : "[" + NewLine + Indent + Unit + element.Replace(NewLine, NewLine + Unit, StringComparison.Ordinal) + NewLine + Indent + "]";

        public string Group(HookEvent hookEvent, string command)
        {
            var members = new List<string>();
            if (HookEvents.Matcher(hookEvent) is string matcher)
            {
                members.Add(Member("matcher", Str(matcher)));
            }

            string hook = Obj(new[] { Member("type", Str("command")), Member("command", Str(command)), Member("timeout", TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) }, Indent + Unit + Unit);
            members.Add(Member("hooks", Compact ? "[" + hook + "]" : "[" + NewLine + Indent + Unit + Unit + hook + NewLine + Indent + Unit + "]"));
            return Obj(members, Indent);
        }

        private string Obj(IReadOnlyList<string> members, string indent) => Compact
            ? "{" + string.Join(",", members) + "}"
            : "{" + NewLine + string.Join("," + NewLine, members.Select(m => indent + Unit + m)) + NewLine + indent + "}";

        private static string Str(string value) => "\"" + JsonEncodedText.Encode(value, Encoder).ToString() + "\"";

        private static string UnitOf(string text)
        {
            foreach (string line in text.Split('\n'))
            {
                int n = 0;
                while (n < line.Length && (line[n] == ' ' || line[n] == '\t'))
                {
                    n++;
                }

                if (n > 0 && n < line.Length && line[n] != '\r')
                {
                    return line[..n];
                }
            }

            return "  ";
        }
    }

    [GeneratedRegex(@"(?:^|[\s/\\""'])handoff(?:\.exe)?[""']?\s+hooks\s+run(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OurCommand();
}
