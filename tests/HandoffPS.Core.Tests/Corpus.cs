namespace HandoffPS.Core.Tests;

/// <summary>
/// The folder of real handoff files from public repositories, kept beside this repository (never copied
/// into it). Tests over it fail when it is missing: in CI it is always present.
/// </summary>
internal static class Corpus
{
    public static string Folder
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "HandoffPS.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            Assert.True(dir is not null, "Cannot find the repository root (HandoffPS.sln) above " + AppContext.BaseDirectory);
            string folder = Path.GetFullPath(Path.Combine(dir!, "..", "shared", "real-handoffs"));
            Assert.True(Directory.Exists(folder), $"The real-handoffs corpus is missing: {folder}");
            return folder;
        }
    }

    /// <summary>Every Markdown file of the corpus except its SOURCES.md.</summary>
    public static IEnumerable<string> Files =>
        Directory.EnumerateFiles(Folder, "*.md")
            .Where(f => !string.Equals(Path.GetFileName(f), "SOURCES.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);

    public static string PathOf(string name) => Path.Combine(Folder, name);
}
