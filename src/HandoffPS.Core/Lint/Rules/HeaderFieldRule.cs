using System.Collections.Generic;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffHeaderField: the header has each field the template expects (Date, Time, Author, and Branch in a git project).</summary>
internal sealed class HeaderFieldRule : ILintRule
{
    public string Name => "HandoffHeaderField";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        int headerLine = (context.Document.Title?.Line ?? 0) + 1;
        foreach (TemplateField field in context.ExpectedFields)
        {
            if (context.FieldNamed(field.Name) is null)
            {
                string hint = field.Format is null ? string.Empty : $" Write '{HandoffTemplate.FieldLine(field.Name, field.Format)}'.";
                yield return new LintFinding(DiagnosticSeverity.Warning, headerLine,
                    $"The header has no '{HandoffTemplate.FieldLine(field.Name, string.Empty).TrimEnd()}' line.{hint}") { Field = field };
            }
        }
    }
}
