using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandoffPS.Core.Hooks;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests.Hooks;

public class ClaudeHookSettingsTests
{
    /// <summary>A settings file of someone's own: other hooks (one on Stop), permissions, unknown keys, escapes and numbers as written.</summary>
    internal const string Existing = """
        {
            "$schema": "https://json.schemastore.org/claude-code-settings.json",
            "permissions": {
                "allow": ["Bash(npm run lint)", "Read(~/.zshrc)"],
                "deny": []
            },
            "env": { "FOO": "caf\u00e9 \"quoted\"", "RATIO": 1.50 },
            "hooks": {
                "PostToolUse": [
                    {
                        "matcher": "Edit|Write",
                        "hooks": [ { "type": "command", "command": "prettier --write \"$CLAUDE_FILE_PATHS\"" } ]
                    }
                ],
                "Stop": [
                    {
                        "hooks": [
                            {
                                "type": "command",
                                "command": "notify-send done"
                            }
                        ]
                    }
                ]
            },
            "someFutureKey": [1, 2, {"nested": true}]
        }

        """;

    private static string Write(TempFolder t, string text, string name = "settings.json")
    {
        string path = Path.Combine(t.Path, ".claude", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static JsonNode Hooks(string text, string hookEvent) => JsonNode.Parse(text)!["hooks"]![hookEvent]!;

    [Fact]
    public void Install_adds_the_four_hooks_and_keeps_every_other_byte()
    {
        using var t = new TempFolder();
        string path = Write(t, Existing);

        HookSettingsChange change = ClaudeHookSettings.PlanInstall(path);
        change.Apply();
        string after = File.ReadAllText(path);

        Assert.Equal(HookEvents.All, change.Events);
        Assert.Equal(after, change.After);
        // The file parses, and everything that was there is there, unchanged.
        JsonNode before = JsonNode.Parse(Existing)!;
        JsonNode now = JsonNode.Parse(after)!;
        foreach (string key in new[] { "$schema", "permissions", "env", "someFutureKey" })
        {
            Assert.True(JsonNode.DeepEquals(before[key], now[key]), key);
        }

        Assert.True(JsonNode.DeepEquals(before["hooks"]!["PostToolUse"], now["hooks"]!["PostToolUse"]));
        Assert.True(JsonNode.DeepEquals(before["hooks"]!["Stop"]![0], now["hooks"]!["Stop"]![0]));
        // Byte for byte: the text before the first insertion is the original's, escapes and 1.50 included.
        Assert.StartsWith(Existing[..Existing.IndexOf("\"notify-send done\"", StringComparison.Ordinal)], after);
        Assert.Contains("\"FOO\": \"caf\\u00e9 \\\"quoted\\\"\", \"RATIO\": 1.50", after);
        Assert.Contains("\"someFutureKey\": [1, 2, {\"nested\": true}]", after);
        // The hooks, in the file's own style (four spaces).
        Assert.Equal("startup|resume|clear|compact", (string?)Hooks(after, "SessionStart")[0]!["matcher"]);
        Assert.Equal("handoff hooks run session-start", (string?)Hooks(after, "SessionStart")[0]!["hooks"]![0]!["command"]);
        Assert.Equal("handoff hooks run stop", (string?)Hooks(after, "Stop")[1]!["hooks"]![0]!["command"]);
        Assert.Equal(10, (int)Hooks(after, "PreCompact")[0]!["hooks"]![0]!["timeout"]!);
        Assert.Contains("\n        \"SessionEnd\": [\n            {\n                \"hooks\": [\n", after.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Install_then_uninstall_gives_back_the_exact_bytes()
    {
        using var t = new TempFolder();
        foreach (string original in new[]
        {
            Existing,
            Existing.Replace("\n", "\r\n"),
            "{}",
            "{}\n",
            "{\n  \"model\": \"opus\"\n}\n",
            "{\"model\":\"opus\",\"hooks\":{\"Stop\":[{\"hooks\":[{\"type\":\"command\",\"command\":\"x\"}]}]}}",
            "{\n\t\"hooks\": {\n\t\t\"Stop\": []\n\t}\n}\n",
        })
        {
            string path = Write(t, original);
            ClaudeHookSettings.PlanInstall(path).Apply();
            Assert.True(ClaudeHookSettings.Status(path).IsComplete);
            JsonDocument.Parse(File.ReadAllText(path)).Dispose();

            ClaudeHookSettings.PlanUninstall(path).Apply();

            string back = File.ReadAllText(path);
            if (original.Contains("\"Stop\": []", StringComparison.Ordinal))
            {
                // A list that was empty before and emptied again is removed: uninstall cannot tell it was there.
                Assert.Equal("{\n\t\"hooks\": {\n\t\t\"Stop\": []\n\t}\n}\n".Length, original.Length);
                Assert.False(ClaudeHookSettings.Status(path).IsPartial);
                continue;
            }

            Assert.Equal(original, back);
        }
    }

    [Fact]
    public void Installing_twice_is_installing_once()
    {
        using var t = new TempFolder();
        string path = Write(t, Existing);
        ClaudeHookSettings.PlanInstall(path).Apply();
        string once = File.ReadAllText(path);

        HookSettingsChange again = ClaudeHookSettings.PlanInstall(path);
        again.Apply();

        Assert.False(again.Changed);
        Assert.Empty(again.Events);
        Assert.Equal(HookEvents.All, again.Unchanged);
        Assert.Equal(once, File.ReadAllText(path));
    }

    [Fact]
    public void Uninstall_removes_only_the_handoff_hooks_even_inside_a_group_shared_with_others()
    {
        using var t = new TempFolder();
        string path = Write(t, """
            {
              "hooks": {
                "Stop": [
                  {
                    "hooks": [
                      { "type": "command", "command": "notify-send done" },
                      { "type": "command", "command": "/home/ada/.dotnet/tools/handoff hooks run stop" }
                    ]
                  }
                ]
              }
            }
            """);

        HookSettingsChange change = ClaudeHookSettings.PlanUninstall(path);

        Assert.Equal(new[] { HookEvent.Stop }, change.Events);
        JsonNode stop = Hooks(change.After, "Stop");
        Assert.Equal("notify-send done", (string?)Assert.Single(stop[0]!["hooks"]!.AsArray())!["command"]);
    }

    [Fact]
    public void A_file_that_is_not_valid_JSON_is_refused_and_left_untouched()
    {
        using var t = new TempFolder();
        foreach (string bad in new[] { "{ \"hooks\": { ", "{ // comment\n }", "[1, 2]", "{\"hooks\": []}", "{\"hooks\": {\"Stop\": {}}}" })
        {
            string path = Write(t, bad);
            byte[] before = File.ReadAllBytes(path);

            HandoffException ex = Assert.Throws<HandoffException>(() => ClaudeHookSettings.PlanInstall(path));
            Assert.Throws<HandoffException>(() => ClaudeHookSettings.PlanUninstall(path));

            Assert.Equal(HandoffErrorIds.InvalidSettings, ex.ErrorId);
            Assert.Contains("left untouched", ex.Message);
            Assert.Equal(before, File.ReadAllBytes(path));
        }
    }

    [Fact]
    public void A_missing_file_is_created_and_a_bom_and_a_one_line_file_keep_their_form()
    {
        using var t = new TempFolder();
        string missing = Path.Combine(t.Path, "new", ".claude", "settings.json");
        ClaudeHookSettings.PlanInstall(missing).Apply();
        Assert.StartsWith("{\n  \"hooks\": {\n    \"SessionStart\": [\n      {\n        \"matcher\"", File.ReadAllText(missing));
        // A file is never deleted: uninstalling leaves the one installing created as {}.
        ClaudeHookSettings.PlanUninstall(missing).Apply();
        Assert.Equal("{}\n", File.ReadAllText(missing));

        string bom = Write(t, "{\"model\":\"opus\"}", "bom.json");
        File.WriteAllBytes(bom, Encoding.UTF8.GetPreamble().Concat(File.ReadAllBytes(bom)).ToArray());
        ClaudeHookSettings.PlanInstall(bom).Apply();
        byte[] bytes = File.ReadAllBytes(bom);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        string text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.DoesNotContain("\n", text);
        Assert.StartsWith("{\"model\":\"opus\",\"hooks\":{\"SessionStart\":[{\"matcher\"", text);
    }

    [Fact]
    public void A_settings_file_that_is_a_link_stays_a_link()
    {
        using var t = new TempFolder();
        string real = Path.Combine(t.Path, "dotfiles", "settings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(real)!);
        File.WriteAllText(real, "{}\n");
        string link = Path.Combine(t.Path, ".claude", "settings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, real);

        ClaudeHookSettings.PlanInstall(link).Apply();

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.True(ClaudeHookSettings.Status(real).IsComplete);
    }

    [Theory]
    [InlineData("handoff hooks run stop", true)]
    [InlineData("/home/ada/.dotnet/tools/handoff hooks run session-start", true)]
    [InlineData("\"C:\\Program Files\\handoff.exe\" hooks run stop", true)]
    [InlineData("dotnet handoff hooks run pre-compact", true)]
    [InlineData("myhandoff hooks run stop", false)]
    [InlineData("handoff context", false)]
    [InlineData("echo handoff hooks running", false)]
    public void Its_own_commands_are_recognised_and_no_other(string command, bool ours) =>
        Assert.Equal(ours, ClaudeHookSettings.IsHandoffCommand(command));

    [Fact]
    public void The_scopes_name_the_project_local_and_user_files()
    {
        Assert.Equal(Path.Combine("/p", ".claude", "settings.json"), ClaudeHookSettings.PathFor(HookScope.Project, "/p"));
        Assert.Equal(Path.Combine("/p", ".claude", "settings.local.json"), ClaudeHookSettings.PathFor(HookScope.Local, "/p"));
        Assert.Equal(Path.Combine("/u", "settings.json"), ClaudeHookSettings.PathFor(HookScope.User, "/p", "/u"));
    }
}
