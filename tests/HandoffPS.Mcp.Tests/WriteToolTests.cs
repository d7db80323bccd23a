using System.Text.Json;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tests;

/// <summary>handoff_write through a real client: the same file as New-Handoff, read back, never an overwrite, never outside the folder.</summary>
[Collection(WriteServerCollection.Name)]
public sealed class WriteToolTests
{
    private readonly ServerFixture _fixture;

    public WriteToolTests(ServerFixture fixture)
    {
        _fixture = fixture;
    }

    private McpServerProcess Server => _fixture.Server;

    private FixtureProject Project => _fixture.Project;

    [Fact]
    public async Task Writes_the_file_New_Handoff_writes_with_carry_forward_and_reads_it_back()
    {
        // What New-Handoff writes for the same values with the latest handoff piped in: one HandoffRequest, planned.
        // The date is in the future, so the new handoff is the latest whatever the other tests of this class wrote.
        HandoffProject project = Project.Project;
        Handoff previous = HandoffStore.Latest(project.Folder, new List<HandoffException>())!;
        var request = new HandoffRequest
        {
            Draft = new Handoff
            {
                Description = "Rate limiting",
                Date = new DateTime(2030, 1, 2, 15, 30, 0),
                Summary = "Added a token bucket per client.",
                CompletedWork = ["Add rate limiting"],
                NextPriorities = [Priority.FromText(1, "Load test (before launch)")],
                Blockers = [Blocker.FromText("Ops: no alert on 429 rates")],
                Decisions = ["Limits per API key, not per IP"],
                KeyFiles = [KeyFile.FromText("src/limits.cs - the bucket")],
                References = ["RFC 6585"],
            },
            Previous = previous,
            ResolvedBlockers = ["Perf"],
        };
        HandoffPlan expected = request.Plan(project, DateTime.Now, new List<HandoffException>(), new List<string>(), new List<string>());

        CallToolResult result = await Server.CallAsync("handoff_write", new()
        {
            ["description"] = "Rate limiting",
            ["date"] = "2030-01-02T15:30:00",
            ["summary"] = "Added a token bucket per client.",
            ["completed"] = new[] { "Add rate limiting" },
            ["nextPriority"] = new[] { "Load test (before launch)" },
            ["blocker"] = new[] { "Ops: no alert on 429 rates" },
            ["decision"] = new[] { "Limits per API key, not per IP" },
            ["keyFile"] = new[] { "src/limits.cs - the bucket" },
            ["reference"] = "RFC 6585",
            ["resolvedBlocker"] = new[] { "Perf" },
        });

        JsonElement written = result.Structured();
        string path = written.GetProperty("path").GetString()!;
        Assert.Equal(expected.FilePath, path);
        Assert.Equal(Path.Combine(Project.Folder, "2030-01-02-1530-rate-limiting.md"), path);
        Assert.Equal(expected.Content, File.ReadAllText(path));
        Assert.Equal("Rate limiting", written.GetProperty("handoff").GetProperty("description").GetString());

        // Read back through the other tools.
        JsonElement latest = (await Server.CallAsync("handoff_latest")).Structured();
        Assert.Equal("Rate limiting", latest.GetProperty("description").GetString());
        Assert.Equal(new[] { "Ops", "Infra" }, latest.GetProperty("blockers").Strings("category"));
        Assert.DoesNotContain("Perf", latest.GetProperty("blockers").Strings("category"));
        JsonElement priorities = (await Server.CallAsync("handoff_priorities")).Structured().GetProperty("priorities");
        Assert.Equal(new[] { "Load test" }, priorities.Strings("title"));
        string context = (await Server.CallAsync("handoff_context")).Text();
        Assert.Contains("Latest handoff: Rate limiting, 2030-01-02 15:30", context);
    }

    [Fact]
    public async Task Refuses_to_overwrite_HandoffExists_and_the_file_is_untouched()
    {
        var arguments = new Dictionary<string, object?> { ["description"] = "Same name", ["date"] = "2025-02-01T08:00:00", ["summary"] = "first", ["carryForward"] = false };
        string path = (await Server.CallAsync("handoff_write", arguments)).Structured().GetProperty("path").GetString()!;
        byte[] before = File.ReadAllBytes(path);

        arguments["summary"] = "second";
        string message = (await Server.CallAsync("handoff_write", arguments)).AssertError("HandoffExists");

        Assert.Contains(path, message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("../../outside")]
    [InlineData("..\\..\\outside")]
    [InlineData("notes/../../../etc/passwd")]
    [InlineData("..")]
    public async Task A_description_with_a_path_traversal_is_InvalidDescription_and_nothing_is_written(string description)
    {
        string[] before = Files(Path.GetDirectoryName(Project.Root)!);

        CallToolResult result = await Server.CallAsync("handoff_write", new() { ["description"] = description, ["carryForward"] = false });

        result.AssertError("InvalidDescription");
        Assert.Equal(before, Files(Path.GetDirectoryName(Project.Root)!));
    }

    [Fact]
    public async Task A_description_with_slashes_names_a_file_in_the_handoff_folder()
    {
        CallToolResult result = await Server.CallAsync("handoff_write", new()
        {
            ["description"] = "/etc/auth\\session refactor",
            ["date"] = "2025-02-02T08:00:00",
            ["carryForward"] = false,
        });

        string path = result.Structured().GetProperty("path").GetString()!;
        Assert.Equal(Path.Combine(Project.Folder, "2025-02-02-0800-etc-auth-session-refactor.md"), path);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_description_without_letters_is_the_cores_InvalidDescription()
    {
        string message = (await Server.CallAsync("handoff_write", new() { ["description"] = "!!!", ["carryForward"] = false })).AssertError("InvalidDescription");

        Assert.Equal("The description '!!!' has no letters or digits to name the file with. Use a description such as 'auth refactor'.", message);
    }

    [Fact]
    public async Task UpdateIndex_refreshes_the_index_in_the_handoff_folder()
    {
        await Server.CallAsync("handoff_write", new() { ["description"] = "Indexed", ["date"] = "2025-02-03T08:00:00", ["carryForward"] = false, ["updateIndex"] = true });

        string index = File.ReadAllText(Path.Combine(Project.Folder, "README.md"));
        Assert.Contains("Indexed", index);
        Assert.Equal(HandoffIndex.Check(Project.Folder).Content, index);
    }

    /// <summary>Every file under <paramref name="folder"/>, the fixture's parent: a write outside the project would show here.</summary>
    private string[] Files(string folder) =>
        Directory.EnumerateFiles(Project.Root, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(folder, "*outside*", SearchOption.TopDirectoryOnly))
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public async Task Drafts_this_session_from_the_tasks_given_in_the_drafts_folder_and_refreshes_the_same_file()
    {
        CallToolResult first = await Server.CallAsync("handoff_draft", new()
        {
            ["session"] = "mcp-session-1",
            ["completed"] = new[] { "Wire the draft tool" },
            ["inProgress"] = new[] { "Document the tool" },
            ["pending"] = new[] { "Measure the cold start" },
        });

        JsonElement draft = first.Structured();
        string path = draft.GetProperty("path").GetString()!;
        Assert.Equal(Path.Combine(Project.Folder, "drafts", "mcp-session-1.md"), path);
        Handoff read = HandoffStore.Read(path).Handoff;
        Assert.Contains("Wire the draft tool", read.CompletedWork);
        Assert.Equal(new[] { "Document the tool", "Measure the cold start" }, read.NextPriorities.Take(2).Select(p => p.Title));

        CallToolResult second = await Server.CallAsync("handoff_draft", new()
        {
            ["session"] = "mcp-session-1",
            ["completed"] = new[] { "Wire the draft tool", "Document the tool" },
        });

        Assert.Equal(path, second.Structured().GetProperty("path").GetString());
        Assert.Contains("Document the tool", HandoffStore.Read(path).Handoff.CompletedWork);
        Assert.Single(Directory.GetFiles(Path.Combine(Project.Folder, "drafts"), "mcp-session-1*"));
    }
}
