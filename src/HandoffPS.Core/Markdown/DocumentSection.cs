using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>A section: its heading, what it maps to, and its lines (heading line to last line, 1-based).</summary>
public sealed record DocumentSection(string Heading, SectionKind Kind, int Line, int EndLine);
