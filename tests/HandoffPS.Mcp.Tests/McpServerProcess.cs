using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tests;

/// <summary>
/// Starts the real server (handoff mcp, the handoff command built beside the tests) as a process and connects the SDK's MCP
/// client to it over stdio, as Claude Code or any other client does. Its standard error lines are kept.
/// </summary>
internal sealed class McpServerProcess : IAsyncDisposable
{
    /// <summary>A safety net for every call: a hung server fails the test instead of hanging the run (not a timing check).</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(120);

    private readonly List<string> _stderr;

    private McpServerProcess(McpClient client, List<string> stderr)
    {
        Client = client;
        _stderr = stderr;
    }

    public McpClient Client { get; }

    /// <summary>What the server wrote to standard error so far.</summary>
    public IReadOnlyList<string> StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToArray();
            }
        }
    }

    /// <summary>The server executable and the arguments that start it.</summary>
    public static (string Command, string[] Arguments) Command()
    {
        string folder = AppContext.BaseDirectory;
        foreach (string name in new[] { "handoff", "handoff.exe" })
        {
            string apphost = Path.Combine(folder, name);
            if (File.Exists(apphost))
            {
                return (apphost, new[] { "mcp" });
            }
        }

        return ("dotnet", new[] { Path.Combine(folder, "handoff.dll"), "mcp" });
    }

    public static async Task<McpServerProcess> StartAsync(string project, params string[] extraArguments)
    {
        (string command, string[] arguments) = Command();
        var stderr = new List<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "handoff",
            Command = command,
            Arguments = [.. arguments, "--project", project, .. extraArguments],
            WorkingDirectory = project,
            StandardErrorLines = line =>
            {
                lock (stderr)
                {
                    stderr.Add(line);
                }
            },
        });
        using var timeout = new CancellationTokenSource(CallTimeout);
        McpClient client = await McpClient.CreateAsync(transport, cancellationToken: timeout.Token);
        return new McpServerProcess(client, stderr);
    }

    public async Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?>? arguments = null)
    {
        using var timeout = new CancellationTokenSource(CallTimeout);
        return await Client.CallToolAsync(tool, arguments ?? new Dictionary<string, object?>(), cancellationToken: timeout.Token);
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
