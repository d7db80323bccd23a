using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using HandoffPS.Core.Model;
using HandoffPS.Mcp;
using Microsoft.Extensions.Logging;

namespace HandoffPS.Mcp.Host;

/// <summary>
/// <c>handoff-mcp [--project PATH] [--verbose]</c>: serves a project's session handoffs over MCP on standard input and
/// output. Standard output carries the protocol only; everything else, logs included, goes to standard error.
/// </summary>
public static class Program
{
    private const string Usage = """
        Usage: handoff-mcp [--project PATH] [--verbose]

        Serves the session handoffs of a project as MCP tools and resources over stdio.
          --project PATH  The project root (default: the git work-tree root of the current directory, else the current directory).
          --verbose       Log requests and details to standard error.
        """;

    public static async Task<int> Main(string[] args)
    {
        string? project = null;
        LogLevel level = LogLevel.Warning;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--project" or "-p" when i + 1 < args.Length:
                    project = args[++i];
                    break;
                case "--verbose" or "-v":
                    level = LogLevel.Debug;
                    break;
                case "--help" or "-h" or "-?":
                    Console.Error.WriteLine(Usage);
                    return 0;
                case "--version":
                    Console.Error.WriteLine(HandoffMcpServer.Version);
                    return 0;
                default:
                    Console.Error.WriteLine($"handoff-mcp: unknown or incomplete argument '{args[i]}'.");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        // Standard output is the protocol: anything written to Console.Out by mistake goes to standard error instead.
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
            await HandoffMcpServer.RunAsync(new HandoffMcpSettings { Project = project, LogLevel = level }, input, output, stop.Token);
            return 0;
        }
        catch (HandoffException ex)
        {
            Console.Error.WriteLine($"handoff-mcp: {ex.ErrorId}: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0;
        }
    }
}
