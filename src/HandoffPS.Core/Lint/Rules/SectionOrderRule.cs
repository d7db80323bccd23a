using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffSectionOrder: the template's sections come in the template's order.</summary>
internal sealed class SectionOrderRule : ILintRule
{
    private static readonly List<SectionKind> Order = HandoffTemplate.Sections.Select(s => s.Kind).ToList();

    public string Name => "HandoffSectionOrder";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        int lastOrder = -1;
        string lastHeading = string.Empty;
        foreach (DocumentSection section in context.Document.Sections.Where(s => s.Kind != SectionKind.Other))
        {
            int order = Order.IndexOf(HandoffTemplate.SectionOf(section.Kind).Kind);
            if (order < lastOrder)
            {
                yield return new LintFinding(DiagnosticSeverity.Warning, section.Line,
                    $"'{section.Heading}' comes after '{lastHeading}'; the template's order is {string.Join(", ", HandoffTemplate.Sections.Select(s => s.Heading))}.");
            }
            else
            {
                lastOrder = order;
                lastHeading = section.Heading;
            }
        }
    }
}
