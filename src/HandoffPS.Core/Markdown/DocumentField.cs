namespace HandoffPS.Core.Markdown;

/// <summary>A header field as written: name, value and 1-based line.</summary>
public sealed record DocumentField(string Key, string Value, int Line, string Raw);
