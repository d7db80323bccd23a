using System.Diagnostics;
using System.Text.Json;

namespace HandoffPS.Mcp.Tests;

/// <summary>
/// The executable itself, without the SDK client: standard output carries JSON-RPC and nothing else (logs go to
/// standard error), a line that is not JSON does not end the server, and a missing project is a clean exit.
/// </summary>
public sealed class HostTests
{
    [Fact]
    public async Task Stdout_is_the_protocol_only_logs_go_to_stderr_and_a_bad_line_is_survived()
    {
        using var project = new FixtureProject();
        using Process process = Start("--project", project.Root, "--verbose");
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string[] requests =
        [
            "this is not JSON",
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"handoff_latest","arguments":{}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"handoff_context","arguments":{"maxTokens":"x"}}}""",
        ];
        var responses = new List<JsonElement>();
        foreach (string request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
            await process.StandardInput.FlushAsync();
            if (request.Contains("\"id\""))
            {
                responses.Add(JsonDocument.Parse(await ReadLineAsync(process)).RootElement);
            }
        }

        process.StandardInput.Close();
        string rest = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the server did not end when its input ended");

        Assert.Equal(new[] { 1, 2, 3 }, responses.Select(r => r.GetProperty("id").GetInt32()));
        Assert.All(responses, r => Assert.Equal("2.0", r.GetProperty("jsonrpc").GetString()));
        Assert.Equal("handoff", responses[0].GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal("CI setup", responses[1].GetProperty("result").GetProperty("structuredContent").GetProperty("description").GetString());
        Assert.True(responses[2].GetProperty("result").GetProperty("isError").GetBoolean());
        Assert.All(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal("2.0", JsonDocument.Parse(line).RootElement.GetProperty("jsonrpc").GetString()));
        Assert.Contains("handoff mcp:", await stderr);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_project_that_does_not_exist_is_PathNotFound_on_stderr_and_exit_code_1()
    {
        string missing = Path.Combine(Path.GetTempPath(), "handoffps-mcp-missing-" + Guid.NewGuid().ToString("N")[..8]);
        using Process process = Start("--project", missing);
        process.StandardInput.Close();
        string stdout = await process.StandardOutput.ReadToEndAsync();
        string stderr = await process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000));

        Assert.Equal(1, process.ExitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("PathNotFound", stderr);
        Assert.Contains(missing, stderr);
    }

    private static Process Start(params string[] arguments)
    {
        (string command, string[] prefix) = McpServerProcess.Command();
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in prefix.Concat(arguments))
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    private static async Task<string> ReadLineAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(McpServerProcess.CallTimeout);
        return await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The server closed its output.");
    }
}
