namespace HandoffPS.Adversarial;

/// <summary>Where the repository and the fuzzer's sources are: the project's fixtures and the two shared corpora beside it.</summary>
public static class Repository
{
    /// <summary>The repository root: the nearest folder holding HandoffPS.sln, above the current folder or this assembly.</summary>
    public static string Root
    {
        get
        {
            foreach (string? start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
                {
                    if (File.Exists(Path.Combine(dir, "HandoffPS.sln")))
                    {
                        return dir;
                    }
                }
            }

            throw new DirectoryNotFoundException("Cannot find the repository root (HandoffPS.sln).");
        }
    }

    /// <summary>The project's fixtures, then the shared corpora <c>../shared/real-handoffs</c> and <c>../shared/real-handoffs-2</c>.</summary>
    public static IReadOnlyList<string> FuzzSources()
    {
        string root = Root;
        return new[]
        {
            Path.Combine(root, "tests", "HandoffPS.Core.Tests", "Fixtures"),
            Path.GetFullPath(Path.Combine(root, "..", "shared", "real-handoffs")),
            Path.GetFullPath(Path.Combine(root, "..", "shared", "real-handoffs-2")),
        };
    }
}
