namespace HandoffPS.Core.Markdown;

/// <summary>One top-level key of a file's YAML front matter, its value as one line of text, and its 1-based line.</summary>
internal sealed record FrontMatterEntry(string Key, string Value, int Line);
