namespace HandoffPS.Core.Model;

/// <summary>One way a handoff file differs from the template, in the manner of PSScriptAnalyzer's DiagnosticRecord.</summary>
public sealed class HandoffDiagnostic
{
    public HandoffDiagnostic(string ruleName, DiagnosticSeverity severity, string message, int line, string? path)
    {
        RuleName = ruleName;
        Level = severity;
        Message = message;
        Line = line;
        Path = path;
    }

    /// <summary>The rule that found it, e.g. <c>HandoffFileName</c>, <c>HandoffSectionOrder</c>.</summary>
    public string RuleName { get; }

    /// <summary>Error, Warning or Information: the name of the <see cref="DiagnosticSeverity"/> (a name, not a number, in ConvertTo-Json).</summary>
    public string Severity => Level.ToString();

    /// <summary>The <see cref="Severity"/> as the enum value.</summary>
    internal DiagnosticSeverity Level { get; }

    public string Message { get; }

    /// <summary>1-based line of the file the finding is about (1 for findings about the whole file).</summary>
    public int Line { get; }

    public string? Path { get; }

    public override string ToString() => $"{Path}:{Line}: {Severity} {RuleName}: {Message}";
}
