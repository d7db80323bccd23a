using System;
using System.IO;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Mcp.Resources;
using HandoffPS.Mcp.Tools;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace HandoffPS.Mcp;

/// <summary>
/// The HandoffPS MCP server: the handoffs of one project as MCP tools and resources, over HandoffPS.Core. A host
/// (the <c>handoff mcp</c> command) gives it the project and the two streams of the stdio transport.
/// </summary>
public static class HandoffMcpServer
{
    /// <summary>The server's name in the MCP handshake.</summary>
    public const string Name = "handoff";

    private const string Instructions =
        "Session handoffs of this project (session-handoffs/). At session start call handoff_context; at the end, handoff_write.";

    /// <summary>The tool names, in the order tools/list gives them.</summary>
    public static readonly string[] ToolNames =
    {
        ContextTool.ToolName, LatestTool.ToolName, ListTool.ToolName, BlockersTool.ToolName,
        PrioritiesTool.ToolName, WriteTool.ToolName, DraftTool.ToolName, StatusTool.ToolName,
    };

    /// <summary>The resource URIs: the latest handoff and the index, both text/markdown.</summary>
    public static readonly string[] ResourceUris = { LatestHandoffResource.Uri, HandoffIndexResource.Uri };

    /// <summary>Serves the project <paramref name="project"/> (null: the current directory's) over <paramref name="input"/> and <paramref name="output"/> until the input ends or <paramref name="cancellationToken"/> fires.</summary>
    public static Task RunAsync(string? project, Stream input, Stream output, CancellationToken cancellationToken = default) =>
        RunAsync(new HandoffMcpSettings { Project = project }, input, output, cancellationToken);

    /// <summary>
    /// Serves the project of <paramref name="settings"/> over <paramref name="input"/> and <paramref name="output"/>
    /// (newline-delimited JSON-RPC, the stdio transport) until the input ends or <paramref name="cancellationToken"/>
    /// fires. Logs go to <see cref="HandoffMcpSettings.Log"/> (standard error), never to <paramref name="output"/>.
    /// </summary>
    /// <exception cref="HandoffPS.Core.Model.HandoffException">PathNotFound: the project does not exist; nothing was served.</exception>
    public static async Task RunAsync(HandoffMcpSettings settings, Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var loggers = new StderrLoggerFactory(settings.Log ?? Console.Error, settings.LogLevel);
        McpServerOptions options = CreateOptions(settings, loggers);
        // handoff_context is the usual first call, and loading the o200k tokenizer is most of its cold cost: start it
        // now, beside the handshake (a failure shows again, as a tool error, at the first count). On a thread of its
        // own: a thread-pool thread would hold up the handshake until the pool grows.
        new Thread(WarmTokenizer) { IsBackground = true, Name = "handoff tokenizer warm-up" }.Start();
        await using var transport = new StreamServerTransport(input, output, Name, loggers);
        await using McpServer server = McpServer.Create(transport, options, loggers);
        loggers.CreateLogger("HandoffPS.Mcp").LogInformation("Serving the handoffs of {Root}", settings.Project ?? settings.WorkingDirectory);
        await server.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WarmTokenizer()
    {
        try
        {
            TokenCounter.Count("warm");
        }
        catch (HandoffException)
        {
        }
    }

    /// <summary>The server's options: its name and version, and the tools and resources over the project of <paramref name="settings"/>.</summary>
    public static McpServerOptions CreateOptions(HandoffMcpSettings settings, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var project = new ServedProject(settings, loggers ?? new StderrLoggerFactory(settings.Log ?? Console.Error, settings.LogLevel));
        var tools = new McpServerPrimitiveCollection<McpServerTool>
        {
            new ContextTool(project), new LatestTool(project), new ListTool(project), new BlockersTool(project),
            new PrioritiesTool(project), new WriteTool(project), new DraftTool(project), new StatusTool(project),
        };
        var resources = new McpServerResourceCollection { new LatestHandoffResource(project), new HandoffIndexResource(project) };
        return new McpServerOptions
        {
            ServerInfo = new Implementation { Name = Name, Version = Version },
            ServerInstructions = Instructions,
            ToolCollection = tools,
            ResourceCollection = resources,
        };
    }

    /// <summary>The version of HandoffPS.Mcp (its informational version, without build metadata).</summary>
    public static string Version { get; } =
        (typeof(HandoffMcpServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
