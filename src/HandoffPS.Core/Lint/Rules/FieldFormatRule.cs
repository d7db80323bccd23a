using System;
using System.Collections.Generic;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>
/// HandoffFieldFormat: each expected header field is written <c>**Name**: value</c> (information otherwise), and
/// Date and Time are in the template's formats (a warning otherwise).
/// </summary>
internal sealed class FieldFormatRule : ILintRule
{
    public string Name => "HandoffFieldFormat";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (TemplateField field in context.ExpectedFields)
        {
            if (context.FieldNamed(field.Name) is not DocumentField written)
            {
                continue;
            }

            if (!written.Raw.StartsWith(HandoffTemplate.FieldLine(field.Name, string.Empty), StringComparison.Ordinal))
            {
                yield return new LintFinding(DiagnosticSeverity.Information, written.Line,
                    $"Write the field as '{HandoffTemplate.FieldLine(field.Name, "value")}' (the template's form), not '{LintContext.Shorten(written.Raw)}'.") { Field = field };
            }

            if (!field.FitsFormat(written.Value))
            {
                yield return new LintFinding(DiagnosticSeverity.Warning, written.Line,
                    $"The {field.Name} '{written.Value}' is not in the template's format {field.Format}.") { Field = field };
            }
        }
    }
}
