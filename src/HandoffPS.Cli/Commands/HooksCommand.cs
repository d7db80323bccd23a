using System;
using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using HandoffPS.Core.Context;
using HandoffPS.Core.Hooks;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary>
/// <c>handoff hooks install|uninstall|status|run</c>: the Claude Code hooks (as <c>Install-HandoffHook</c>,
/// <c>Uninstall-HandoffHook</c>, <c>Get-HandoffHook</c>), and <c>run</c>, the command each hook runs.
/// </summary>
public static class HooksCommand
{
    /// <summary>How long <c>hooks run</c> waits for its standard input to end before going on without it.</summary>
    public static readonly TimeSpan InputTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>The most hook input read: far more than any agent sends.</summary>
    public const int MaxInputChars = 1024 * 1024;

    public static Command Create(CliContext cli)
    {
        var hooks = new Command("hooks", "Install, remove or check the agent hooks (Claude Code), or run one.");
        hooks.Subcommands.Add(Install(cli));
        hooks.Subcommands.Add(Uninstall(cli));
        hooks.Subcommands.Add(Status(cli));
        hooks.Subcommands.Add(Run(cli));
        return hooks;
    }

    /// <summary>Reads an agent's hook input from standard input: nothing when it is a terminal, and never more than <see cref="InputTimeout"/> of waiting.</summary>
    public static HookInput ReadInput(CliContext cli)
    {
        if (!cli.InputRedirected)
        {
            return HookInput.Empty;
        }

        Task<string> read = Task.Run(() =>
        {
            char[] buffer = new char[MaxInputChars];
            int total = 0;
            int n;
            while (total < buffer.Length && (n = cli.In.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += n;
            }

            return new string(buffer, 0, total);
        });
        if (!read.Wait(InputTimeout))
        {
            return new HookInput { Warning = $"The hook input did not end within {InputTimeout.TotalMilliseconds} ms; the hook went on without it." };
        }

        return HookInput.Parse(read.Result);
    }

    private static Option<string> Scope() => new Option<string>("--scope")
    {
        Description = "Which settings file: project (.claude/settings.json, the default), local (.claude/settings.local.json) or user (~/.claude/settings.json, or $CLAUDE_CONFIG_DIR/settings.json).",
        DefaultValueFactory = _ => "project",
        HelpName = "scope",
    }.AcceptOnlyFromAmong("project", "local", "user");

    private static string SettingsPath(CliContext cli, string scope, string? path)
    {
        HookScope s = Enum.Parse<HookScope>(scope, ignoreCase: true);
        string root = s == HookScope.User ? cli.CurrentDirectory : cli.Project(path).Root;
        return ClaudeHookSettings.PathFor(s, root);
    }

    private static Command Install(CliContext cli)
    {
        var scope = Scope();
        var program = new Option<string?>("--command") { Description = $"How a hook runs the tool: '{ClaudeHookSettings.DefaultProgram}' (on PATH, the default), a full path, or 'dotnet handoff' for a local tool.", HelpName = "program" };
        var whatIf = new Option<bool>("--what-if") { Description = "Print the settings file as it would be, and write nothing." };
        var path = CommonOptions.Path();
        var command = new Command("install", "Add the hooks to Claude Code's settings: SessionStart prints the context; PreCompact, Stop and SessionEnd refresh the session's draft. Every other setting stays byte for byte; installing twice is installing once.") { scope, program, whatIf, path };
        command.SetAction(parse =>
        {
            string file = SettingsPath(cli, parse.GetValue(scope)!, parse.GetValue(path));
            HookSettingsChange change = ClaudeHookSettings.PlanInstall(file, parse.GetValue(program) ?? ClaudeHookSettings.DefaultProgram);
            return Apply(cli, change, parse.GetValue(whatIf), "Added", "already there");
        });
        return command;
    }

    private static Command Uninstall(CliContext cli)
    {
        var scope = Scope();
        var whatIf = new Option<bool>("--what-if") { Description = "Print the settings file as it would be, and write nothing." };
        var path = CommonOptions.Path();
        var command = new Command("uninstall", "Remove exactly the hooks 'hooks install' added, and the lists they leave empty.") { scope, whatIf, path };
        command.SetAction(parse =>
        {
            string file = SettingsPath(cli, parse.GetValue(scope)!, parse.GetValue(path));
            return Apply(cli, ClaudeHookSettings.PlanUninstall(file), parse.GetValue(whatIf), "Removed", "not there");
        });
        return command;
    }

    private static int Apply(CliContext cli, HookSettingsChange change, bool whatIf, string done, string skipped)
    {
        if (whatIf)
        {
            cli.Out.WriteLine(change.Changed ? $"What if: Writing '{change.Path}':" : $"What if: '{change.Path}' would not change.");
            if (change.Changed)
            {
                cli.Out.Write(change.After);
            }

            return cli.Done();
        }

        change.Apply();
        string added = change.Events.Count == 0 ? "nothing" : string.Join(", ", change.Events);
        string left = change.Unchanged.Count == 0 ? string.Empty : $" ({string.Join(", ", change.Unchanged)} {skipped})";
        cli.Out.WriteLine($"{done} {added} in {change.Path}{left}.");
        return cli.Done();
    }

    private static Command Status(CliContext cli)
    {
        var scope = Scope();
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("status", "Tell which hooks a settings file has. Exit code 0 when all four are installed, 3 otherwise.") { scope, path, json };
        command.SetAction(parse =>
        {
            string file = SettingsPath(cli, parse.GetValue(scope)!, parse.GetValue(path));
            HookInstallation status = ClaudeHookSettings.Status(file);
            if (parse.GetValue(json))
            {
                cli.WriteJson(new { status.Path, status.Exists, status.IsComplete, Commands = status.Commands.ToDictionary(k => k.Key.ToString(), v => v.Value) });
            }
            else
            {
                cli.Out.WriteLine($"{status.Path}{(status.Exists ? string.Empty : " (no such file)")}:");
                foreach (var (hookEvent, hookCommand) in status.Commands)
                {
                    cli.Out.WriteLine($"  {hookEvent,-12} {hookCommand ?? "not installed"}");
                }
            }

            return cli.Done(status.IsComplete ? ExitCodes.Ok : ExitCodes.CheckFailed);
        });
        return command;
    }

    private static Command Run(CliContext cli)
    {
        var hookEvent = new Argument<string?>("event")
        {
            Description = "session-start, pre-compact, stop or session-end. Default: the hook input's hook_event_name.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var maxTokens = new Option<int>("--max-tokens", "-t")
        {
            Description = "SessionStart: the most tokens (o200k_base) the context may have.",
            DefaultValueFactory = _ => HookRunner.DefaultMaxTokens,
            HelpName = "n",
        };
        var command = new Command("run", "Run a hook, with the agent's hook input (JSON) on standard input. Never blocks the agent: failures go to standard error and the exit code stays 0.") { hookEvent, maxTokens };
        command.SetAction(parse =>
        {
            HookInput input = ReadInput(cli);
            string? name = parse.GetValue(hookEvent) ?? input.HookEventName;
            if (!HookEvents.TryParse(name, out HookEvent e))
            {
                cli.Error.WriteLine($"handoff: unknown hook event '{name}'; expected session-start, pre-compact, stop or session-end. Nothing was done.");
                return ExitCodes.Ok;
            }

            HookOutcome outcome = HookRunner.Run(e, input, cli.CurrentDirectory, Math.Max(HandoffContextOptions.MinimumMaxTokens, parse.GetValue(maxTokens)));
            foreach (string message in outcome.Messages)
            {
                cli.Error.WriteLine(message.StartsWith("handoff:", StringComparison.Ordinal) ? message : "handoff: " + message);
            }

            if (outcome.Output is not null)
            {
                cli.Out.WriteLine(outcome.Output);
            }

            return outcome.ExitCode;
        });
        return command;
    }
}
