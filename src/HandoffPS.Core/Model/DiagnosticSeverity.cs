namespace HandoffPS.Core.Model;

/// <summary>How much a lint finding matters. Errors and warnings fail <c>Test-Handoff -Quiet</c>; information does not.</summary>
public enum DiagnosticSeverity
{
    Information,
    Warning,
    Error,
}
