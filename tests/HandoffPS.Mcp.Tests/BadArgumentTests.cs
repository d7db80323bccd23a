using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tests;

/// <summary>Calls the schemas do not allow: each is a clean InvalidArgument tool error, and the server answers the next call.</summary>
[Collection(WriteServerCollection.Name)]
public sealed class BadArgumentTests
{
    private static readonly string Huge = new('x', 1_000_000);

    private readonly ServerFixture _fixture;

    public BadArgumentTests(ServerFixture fixture)
    {
        _fixture = fixture;
    }

    public static TheoryData<string, Dictionary<string, object?>, string> BadCalls() => new()
    {
        { "handoff_write", new() { ["summary"] = "no description" }, "handoff_write needs 'description'." },
        { "handoff_write", new() { ["description"] = null }, "handoff_write needs 'description'." },
        { "handoff_write", new() { ["description"] = 42 }, "'description' must be a string; got a number." },
        { "handoff_write", new() { ["description"] = "x", ["completed"] = new Dictionary<string, object> { ["a"] = 1 } }, "'completed' must be a list of strings; got an object." },
        { "handoff_write", new() { ["description"] = "x", ["completed"] = new object[] { "ok", 3 } }, "'completed' must be a list of strings; an item is a number." },
        { "handoff_write", new() { ["description"] = "x", ["date"] = "last tuesday" }, "'date' must be a date and time such as 2025-10-27T09:30:00; got 'last tuesday'." },
        { "handoff_write", new() { ["description"] = "x", ["fromGit"] = "yes" }, "'fromGit' must be true or false; got a string." },
        { "handoff_write", new() { ["description"] = "x", ["completed"] = Enumerable.Repeat("item", 101).ToArray() }, "'completed' has 101 items; at most 100 are accepted." },
        { "handoff_write", new() { ["description"] = Huge }, "'description' is 1,000,000 characters long; at most 4,000 are accepted." },
        { "handoff_write", new() { ["description"] = "x", ["summary"] = Huge }, "'summary' is 1,000,000 characters long; at most 4,000 are accepted." },
        { "handoff_write", new() { ["description"] = "x", ["force"] = true }, "handoff_write has no argument 'force': it takes description, summary, completed, nextPriority, blocker, decision, keyFile, reference, resolvedBlocker, carryForward, fromGit, since, branch, author, agent, date, updateIndex." },
        { "handoff_context", new() { ["maxTokens"] = "many" }, "'maxTokens' must be an integer; got a string." },
        { "handoff_context", new() { ["maxTokens"] = 1.5 }, "'maxTokens' must be an integer; got a number." },
        { "handoff_context", new() { ["maxTokens"] = 10 }, "'maxTokens' must be at least 50; got 10." },
        { "handoff_context", new() { ["branch"] = new[] { "main" } }, "'branch' must be a string; got a list." },
        { "handoff_list", new() { ["since"] = "yesterday-ish" }, "'since' must be a date and time such as 2025-10-27T09:30:00; got 'yesterday-ish'." },
        { "handoff_list", new() { ["description"] = Huge }, "'description' is 1,000,000 characters long; at most 4,000 are accepted." },
        { "handoff_blockers", new() { ["all"] = 1 }, "'all' must be true or false; got a number." },
        { "handoff_status", new() { ["verbose"] = true }, "handoff_status has no argument 'verbose': it takes no arguments." },
        { "handoff_latest", new() { [Huge] = true }, "handoff_latest has no argument '" + new string('x', 57) + "...': it takes branch." },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task A_bad_call_is_a_clean_tool_error_and_the_server_stays_up(string tool, Dictionary<string, object?> arguments, string expected)
    {
        CallToolResult result = await _fixture.Server.CallAsync(tool, arguments);

        Assert.Equal(expected, result.AssertError("InvalidArgument"));
        await AssertServerAnswers();
    }

    [Fact]
    public async Task An_unknown_tool_is_a_protocol_error_and_the_server_stays_up()
    {
        await Assert.ThrowsAnyAsync<McpException>(() => _fixture.Server.CallAsync("handoff_nope"));

        await AssertServerAnswers();
    }

    private async Task AssertServerAnswers()
    {
        Assert.Equal(8, (await _fixture.Server.Client.ListToolsAsync()).Count);
        CallToolResult status = await _fixture.Server.CallAsync("handoff_status");
        Assert.NotEqual(true, status.IsError);
    }
}
