using System.Text.Json;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tests;

/// <summary>Every reading tool and resource, called through a real client on the fixture project's three handoffs.</summary>
[Collection(ReadServerCollection.Name)]
public sealed class ReadToolTests
{
    private readonly ServerFixture _fixture;

    public ReadToolTests(ServerFixture fixture)
    {
        _fixture = fixture;
    }

    private McpServerProcess Server => _fixture.Server;

    private FixtureProject Project => _fixture.Project;

    [Theory]
    [InlineData(null, null)]
    [InlineData(120, null)]
    [InlineData(400, "feature/api")]
    public async Task Context_is_the_text_Get_HandoffContext_writes(int? maxTokens, string? branch)
    {
        var arguments = new Dictionary<string, object?>();
        if (maxTokens is not null)
        {
            arguments["maxTokens"] = maxTokens;
        }

        if (branch is not null)
        {
            arguments["branch"] = branch;
        }

        CallToolResult result = await Server.CallAsync("handoff_context", arguments);

        // The cmdlet's own path: the project's handoffs and ProjectContextOptions (dates are months old, so the ages
        // in days are the same a moment later).
        HandoffProject project = Project.Project;
        HandoffContextOptions options = ProjectContextOptions.For(project, maxTokens ?? 1000, DateTime.Now, branch, branch is not null);
        string expected = HandoffContextBuilder.Build(HandoffStore.ReadAll(project.Folder, new List<HandoffException>()), options).Text;
        Assert.NotEqual(true, result.IsError);
        Assert.Equal(expected, result.Text());
        Assert.StartsWith("# Handoff context", result.Text());
        Assert.True(TokenCounter.Count(result.Text()) <= (maxTokens ?? 1000));
    }

    [Fact]
    public async Task Latest_is_the_newest_handoff_as_structured_content()
    {
        JsonElement latest = (await Server.CallAsync("handoff_latest")).Structured();

        Assert.Equal("CI setup", latest.GetProperty("description").GetString());
        Assert.Equal("2025-03-03-1100-ci-setup.md", latest.GetProperty("fileName").GetString());
        Assert.Equal("2025-03-03T11:00:00", latest.GetProperty("date").GetString());
        Assert.Equal("main", latest.GetProperty("branch").GetString());
        JsonElement priority = latest.GetProperty("nextPriorities")[0];
        Assert.Equal("Add rate limiting", priority.GetProperty("title").GetString());
        Assert.Equal("abuse reports", priority.GetProperty("reason").GetString());
        Assert.Equal(new[] { "Infra", "Perf" }, latest.GetProperty("blockers").Strings("category"));
        Assert.Equal(".github/workflows/ci.yml", latest.GetProperty("keyFiles")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Latest_of_a_branch_pattern()
    {
        JsonElement latest = (await Server.CallAsync("handoff_latest", new() { ["branch"] = "FEATURE/*" })).Structured();

        Assert.Equal("API spec", latest.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Latest_of_a_branch_without_handoffs_says_so_without_error()
    {
        CallToolResult result = await Server.CallAsync("handoff_latest", new() { ["branch"] = "nope" });

        Assert.NotEqual(true, result.IsError);
        Assert.Null(result.StructuredContent);
        Assert.Equal("No session handoff on a branch matching 'nope'.", result.Text());
    }

    [Theory]
    [InlineData(null, null, null, null, new[] { "API design", "API spec", "CI setup" })]
    [InlineData("main", null, null, null, new[] { "API design", "CI setup" })]
    [InlineData(null, "api*", null, null, new[] { "API design", "API spec" })]
    [InlineData(null, null, "2025-03-02", null, new[] { "API spec", "CI setup" })]
    [InlineData(null, null, null, "2025-03-02T10:00:00", new[] { "API design", "API spec" })]
    [InlineData("main", "*design*", "2025-03-01T09:00:00", "2025-03-03", new[] { "API design" })]
    public async Task List_filters_like_Get_Handoff(string? branch, string? description, string? since, string? until, string[] expected)
    {
        var arguments = new Dictionary<string, object?> { ["branch"] = branch, ["description"] = description, ["since"] = since, ["until"] = until };

        JsonElement list = (await Server.CallAsync("handoff_list", arguments)).Structured();

        Assert.Equal(expected, list.GetProperty("handoffs").Strings("description"));
    }

    [Fact]
    public async Task List_rows_are_short()
    {
        JsonElement row = (await Server.CallAsync("handoff_list")).Structured().GetProperty("handoffs")[2];

        Assert.Equal(
            new[] { "fileName", "date", "branch", "description", "openBlockers", "topPriority" },
            row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, row.GetProperty("openBlockers").GetInt32());
        Assert.Equal("Add rate limiting", row.GetProperty("topPriority").GetString());
    }

    [Fact]
    public async Task Blockers_are_the_open_ones_by_default_with_their_age_in_sessions()
    {
        JsonElement blockers = (await Server.CallAsync("handoff_blockers")).Structured().GetProperty("blockers");

        Assert.Equal(new[] { "Infra", "Perf" }, blockers.Strings("category"));
        Assert.Equal(3, blockers[0].GetProperty("sessionsOpen").GetInt32());
        Assert.Equal("2025-03-01T09:00:00", blockers[0].GetProperty("firstSeen").GetString());
        Assert.Equal(1, blockers[1].GetProperty("sessionsOpen").GetInt32());
    }

    [Fact]
    public async Task Blockers_resolved_all_and_by_category()
    {
        JsonElement resolved = (await Server.CallAsync("handoff_blockers", new() { ["resolved"] = true })).Structured().GetProperty("blockers");
        JsonElement all = (await Server.CallAsync("handoff_blockers", new() { ["all"] = true })).Structured().GetProperty("blockers");
        JsonElement infra = (await Server.CallAsync("handoff_blockers", new() { ["category"] = "inf*" })).Structured().GetProperty("blockers");

        Assert.Equal(new[] { "Unclear who owns auth" }, resolved.Strings("text"));
        Assert.Equal("2025-03-02T10:00:00", resolved[0].GetProperty("resolvedOn").GetString());
        Assert.Equal(5, all.GetArrayLength());
        Assert.Equal(new[] { "staging database is down" }, infra.Strings("text"));
    }

    [Fact]
    public async Task Blockers_all_and_resolved_together_is_the_cmdlets_error()
    {
        CallToolResult result = await Server.CallAsync("handoff_blockers", new() { ["all"] = true, ["resolved"] = true });

        result.AssertError("AllAndResolved");
    }

    [Fact]
    public async Task Priorities_of_the_latest_and_plan_versus_done_with_all()
    {
        JsonElement latest = (await Server.CallAsync("handoff_priorities")).Structured().GetProperty("priorities");
        JsonElement all = (await Server.CallAsync("handoff_priorities", new() { ["all"] = true })).Structured().GetProperty("priorities");

        Assert.Equal(new[] { "Add rate limiting" }, latest.Strings("title"));
        Assert.False(latest[0].TryGetProperty("status", out _));
        var status = all.EnumerateArray().ToDictionary(
            p => p.GetProperty("description").GetString() + "/" + p.GetProperty("title").GetString(),
            p => p.GetProperty("status").GetString());
        Assert.Equal("Done", status["API design/Write the API spec"]);
        Assert.Equal("CarriedOver", status["API design/Set up CI"]);
        Assert.Equal("Dropped", status["API design/Try GraphQL"]);
        Assert.Equal("Done", status["API spec/Set up CI"]);
        Assert.Equal("Pending", status["CI setup/Add rate limiting"]);
    }

    [Fact]
    public async Task Status_says_whether_a_handoff_is_due_and_why()
    {
        JsonElement status = (await Server.CallAsync("handoff_status")).Structured();

        // Outside git only the age counts, and the fixture's latest handoff is months old.
        Assert.True(status.GetProperty("isDue").GetBoolean());
        Assert.Contains("no git repository", status.GetProperty("reason").GetString());
        Assert.Equal("2025-03-03-1100-ci-setup.md", status.GetProperty("latestHandoff").GetString());
        Assert.True(status.GetProperty("ageHours").GetDouble() > 24);
    }

    [Fact]
    public async Task Resource_latest_is_the_latest_file_as_written()
    {
        ReadResourceResult result = await Server.Client.ReadResourceAsync("handoff://latest");

        var text = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents));
        Assert.Equal("text/markdown", text.MimeType);
        Assert.Equal(File.ReadAllText(Project.LatestFile), text.Text);
    }

    [Fact]
    public async Task Resource_index_is_the_index_Update_HandoffIndex_writes_without_writing_it()
    {
        ReadResourceResult result = await Server.Client.ReadResourceAsync("handoff://index");

        var text = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents));
        Assert.Equal("text/markdown", text.MimeType);
        Assert.Equal(HandoffIndex.Check(Project.Folder).Content, text.Text);
        Assert.StartsWith("# Session Handoffs", text.Text);
        Assert.False(File.Exists(Path.Combine(Project.Folder, "README.md")));
    }
}
