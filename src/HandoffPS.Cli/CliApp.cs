using System;
using System.CommandLine;
using System.IO;
using HandoffPS.Cli.Commands;
using HandoffPS.Core.Model;

namespace HandoffPS.Cli;

/// <summary>
/// The <c>handoff</c> command: one subcommand per file under <c>Commands/</c>, each a <c>Create(CliContext)</c> that
/// returns its <see cref="Command"/>. A new subcommand (an MCP server, say) is one more file and one more line in
/// <see cref="Build"/>.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the command line <paramref name="args"/> and returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, CliContext context)
    {
        RootCommand root = Build(context);
        if (args.Length == 0)
        {
            // No command: the help, and the exit code of a wrong command line.
            root.Parse(new[] { "--help" }).Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
            return ExitCodes.Usage;
        }

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
            {
                context.Error.WriteLine($"handoff: {error.Message}");
            }

            context.Error.WriteLine("Run 'handoff --help' (or 'handoff <command> --help') for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (HandoffException ex)
        {
            context.Error.WriteLine($"handoff: {ex.Message} ({ex.ErrorId})");
            return ex.ErrorId is "InvalidDescription" or "InvalidHandoffInput" or "AllAndResolved" ? ExitCodes.Usage : ExitCodes.Error;
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"handoff: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.WriteLine($"handoff: {ex.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>The command tree.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "Write, read and query session handoffs (Markdown files in session-handoffs/) from any shell or agent.\n"
            + "Exit codes: 0 done; 1 error; 2 wrong command line; 3 a check said no (status: a handoff is due; lint: findings; index --check: stale; hooks status: not installed).");
        foreach (Command command in new[]
        {
            NewCommand.Create(context),
            LatestCommand.Create(context),
            ContextCommand.Create(context),
            StatusCommand.Create(context),
            BlockersCommand.Create(context),
            PrioritiesCommand.Create(context),
            LintCommand.Create(context),
            IndexCommand.Create(context),
            DraftCommand.Create(context),
            HooksCommand.Create(context),
            McpCommand.Create(context),
        })
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
