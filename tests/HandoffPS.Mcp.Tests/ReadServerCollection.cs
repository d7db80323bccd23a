namespace HandoffPS.Mcp.Tests;

/// <summary>The read-only tests share one server over one fixture project: they never write.</summary>
[CollectionDefinition(Name)]
public sealed class ReadServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Read server";
}

/// <summary>The writing tests and the bad calls share another server and project, run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class WriteServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Write server";
}
