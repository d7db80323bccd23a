using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Lint.Rules;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint;

/// <summary>
/// Checks a handoff file against the session handoff template (<see cref="HandoffTemplate"/>) and reports each
/// difference as a <see cref="HandoffDiagnostic"/>. A file written by <c>New-Handoff</c> has no findings. The
/// checks are the rules under <c>Rules/</c>, one class each; this engine runs them all and orders what they find.
/// </summary>
public static class HandoffLinter
{
    /// <summary>The seed template's budget for one handoff.</summary>
    public const int DefaultTokenBudget = 600;

    // Findings on one line come out in this order of rules, except that the findings about header fields
    // (HeaderFieldRule, FieldFormatRule) come together, field by field in the template's order.
    private static readonly ILintRule[] Rules =
    {
        new FileNameRule(),
        new TitleRule(),
        new HeaderFieldRule(),
        new FieldFormatRule(),
        new TimestampMismatchRule(),
        new SectionMissingRule(),
        new SectionOrderRule(),
        new SectionNameRule(),
        new UnknownSectionRule(),
        new ListShapeRule(),
        new KeyFileMissingRule(),
        new LengthRule(),
        new EncodingRule(),
    };

    private static readonly int HeaderFieldRules = Array.FindIndex(Rules, r => r is HeaderFieldRule);

    private static readonly List<TemplateField> FieldOrder = HandoffTemplate.HeaderFields.ToList();

    /// <summary>Lints a parsed file.</summary>
    /// <param name="document">The file, as read by <see cref="HandoffParser.ReadDocument"/>.</param>
    /// <param name="options">Where the project is and what to expect; null for defaults.</param>
    public static IReadOnlyList<HandoffDiagnostic> Lint(HandoffDocument document, HandoffLintOptions? options = null)
    {
        var context = new LintContext(document, options ?? new HandoffLintOptions());
        return Rules
            .SelectMany((rule, index) => rule.Check(context).Select(f => (Rule: rule, Index: index, Finding: f)))
            .OrderBy(x => x.Finding.Line)
            .ThenBy(x => x.Finding.Field is null ? x.Index : HeaderFieldRules)
            .ThenBy(x => x.Finding.Field is null ? 0 : FieldOrder.IndexOf(x.Finding.Field))
            .Select(x => new HandoffDiagnostic(x.Rule.Name, x.Finding.Severity, x.Finding.Message, x.Finding.Line, document.Handoff.Path))
            .ToArray();
    }
}
