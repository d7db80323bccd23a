using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tests;

/// <summary>Many calls at once from one client, and two clients (two server processes) writing one project at once.</summary>
public sealed class ConcurrencyTests : IClassFixture<ServerFixture>
{
    private readonly ServerFixture _fixture;

    public ConcurrencyTests(ServerFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Twenty_concurrent_calls_from_one_client_all_succeed()
    {
        McpServerProcess server = _fixture.Server;
        string[] reads = ["handoff_context", "handoff_latest", "handoff_list", "handoff_blockers", "handoff_priorities", "handoff_status"];
        var calls = new List<Task<CallToolResult>>();
        for (int i = 0; i < 16; i++)
        {
            calls.Add(server.CallAsync(reads[i % reads.Length]));
        }

        for (int i = 0; i < 4; i++)
        {
            calls.Add(server.CallAsync("handoff_write", new()
            {
                ["description"] = $"Parallel {i}",
                ["date"] = $"2024-01-0{i + 1}T12:00:00",
                ["carryForward"] = false,
            }));
        }

        CallToolResult[] results = await Task.WhenAll(calls);

        Assert.Equal(20, results.Length);
        Assert.All(results, r => Assert.True(r.IsError != true, r.Text()));
        for (int i = 0; i < 4; i++)
        {
            Assert.True(File.Exists(Path.Combine(_fixture.Project.Folder, $"2024-01-0{i + 1}-1200-parallel-{i}.md")));
        }

        // The readers saw whole files only: the latest is still the fixture's.
        Assert.All(results.Where((_, i) => reads[i % reads.Length] == "handoff_latest" && i < 16),
            r => Assert.Equal("CI setup", r.Structured().GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Two_clients_writing_one_name_at_once_exactly_one_wins_the_other_gets_HandoffExists()
    {
        await using McpServerProcess other = await McpServerProcess.StartAsync(_fixture.Project.Root);
        for (int round = 1; round <= 5; round++)
        {
            Dictionary<string, object?> Arguments(string who) => new()
            {
                ["description"] = "Race",
                ["date"] = $"2024-06-0{round}T12:00:00",
                ["summary"] = who,
                ["carryForward"] = false,
            };

            Task<CallToolResult> first = _fixture.Server.CallAsync("handoff_write", Arguments("first"));
            Task<CallToolResult> second = other.CallAsync("handoff_write", Arguments("second"));
            CallToolResult[] results = await Task.WhenAll(first, second);

            CallToolResult winner = Assert.Single(results, r => r.IsError != true);
            CallToolResult loser = Assert.Single(results, r => r.IsError == true);
            loser.AssertError("HandoffExists");
            JsonElement written = winner.Structured();
            string path = written.GetProperty("path").GetString()!;
            Assert.Equal(Path.Combine(_fixture.Project.Folder, $"2024-06-0{round}-1200-race.md"), path);
            Assert.Contains(written.GetProperty("handoff").GetProperty("summary").GetString()!, File.ReadAllText(path));
        }

        Assert.Empty(Directory.EnumerateFiles(_fixture.Project.Folder, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }
}
