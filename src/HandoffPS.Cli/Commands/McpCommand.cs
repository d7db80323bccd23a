using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using HandoffPS.Mcp;
using Microsoft.Extensions.Logging;

namespace HandoffPS.Cli.Commands;

/// <summary>
/// <c>handoff mcp</c>: serves the project's session handoffs as MCP tools and resources over standard input and
/// output (<see cref="HandoffMcpServer"/>). Standard output carries the protocol only; logs go to standard error.
/// </summary>
public static class McpCommand
{
    public static Command Create(CliContext cli)
    {
        var project = new Option<string?>("--project", "-p")
        {
            Description = "The project root (default: the git work-tree root of the current directory, else the current directory).",
            HelpName = "path",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log each request to standard error." };
        var command = new Command("mcp", "Serve the project's handoffs as MCP tools and resources over stdio (for agents that use tools).") { project, verbose };
        command.SetAction(parse =>
        {
            var settings = new HandoffMcpSettings
            {
                Project = parse.GetValue(project),
                WorkingDirectory = cli.CurrentDirectory,
                LogLevel = parse.GetValue(verbose) ? LogLevel.Debug : LogLevel.Warning,
            };

            // Standard output is the protocol: anything written to Console.Out by mistake goes to standard error.
            Stream output = Console.OpenStandardOutput();
            Stream input = Console.OpenStandardInput();
            Console.SetOut(Console.Error);
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };

            try
            {
                HandoffMcpServer.RunAsync(settings, input, output, stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
