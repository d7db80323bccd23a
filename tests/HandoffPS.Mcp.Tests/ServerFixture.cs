namespace HandoffPS.Mcp.Tests;

/// <summary>One fixture project and one server process serving it, for all the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    internal FixtureProject Project { get; } = new();

    internal McpServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await McpServerProcess.StartAsync(Project.Root);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Project.Dispose();
    }
}
