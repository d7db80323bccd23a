using HandoffPS.Core.Markdown;
namespace HandoffPS.Core.Model;

/// <summary>One entry of a handoff's Key Files: a path and an optional description.</summary>
public sealed class KeyFile
{
    public KeyFile(string path, string? description = null)
    {
        // Backticks and spaces around the path go, all of them ("` a` `" is "a"), so that reading what is written gives
        // the same path again.
        Path = TextRules.SingleLine(path).Trim('`', ' ');
        Description = TextRules.SingleLineOrNull(description);
    }

    /// <summary>The file path as written (relative to the project root, usually).</summary>
    public string Path { get; }

    public string? Description { get; }

    /// <summary>Reads the string form <c>path - description</c>.</summary>
    public static KeyFile FromText(string text)
    {
        string line = TextRules.SingleLine(text);
        int sep = line.IndexOf(" - ", System.StringComparison.Ordinal);
        return sep > 0
            ? new KeyFile(line[..sep], line[(sep + 3)..])
            : new KeyFile(line);
    }

    public override string ToString() => Description is null ? Path : $"{Path} - {Description}";
}
