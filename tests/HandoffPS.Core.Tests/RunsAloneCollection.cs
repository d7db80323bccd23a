namespace HandoffPS.Core.Tests;

/// <summary>
/// Tests that measure the whole process (bytes allocated on every thread) run in this collection: alone, after the
/// others, since a test running beside them would count in their figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAloneCollection
{
    public const string Name = "Runs alone";
}
