namespace HandoffPS.Core.Markdown;

/// <summary>A line of a handoff file: its text and 1-based number; <see cref="Level"/> for headings.</summary>
public sealed record DocumentLine(string Text, int Line, int Level = 0);
