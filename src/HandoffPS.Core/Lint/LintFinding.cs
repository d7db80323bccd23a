using HandoffPS.Core.Model;
using HandoffPS.Core.Template;
namespace HandoffPS.Core.Lint;

/// <summary>What a rule found, before <see cref="HandoffLinter"/> names the rule and the file in a <see cref="HandoffDiagnostic"/>.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Line">The 1-based line it is about (1 for the whole file).</param>
/// <param name="Message">What differs from the template and how to fix it.</param>
internal sealed record LintFinding(DiagnosticSeverity Severity, int Line, string Message)
{
    /// <summary>The header field the finding is about, if it is about one; it orders findings on a header line.</summary>
    public TemplateField? Field { get; init; }
}
