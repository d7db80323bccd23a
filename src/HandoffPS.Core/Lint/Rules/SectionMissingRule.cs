using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>
/// HandoffSectionMissing: each section of the template is there, under any name the reader maps to it; a
/// missing required section is a warning, a missing optional one (Blockers/Questions, Context) information.
/// </summary>
internal sealed class SectionMissingRule : ILintRule
{
    public string Name => "HandoffSectionMissing";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        HandoffDocument doc = context.Document;
        var present = doc.Sections.Where(s => s.Kind != SectionKind.Other)
            .Select(s => HandoffTemplate.SectionOf(s.Kind).Kind)
            .ToHashSet();
        int afterHeader = (doc.Fields.Count > 0 ? doc.Fields.Max(f => f.Line) : doc.Title?.Line ?? 1) + 1;
        foreach (TemplateSection section in HandoffTemplate.Sections.Where(s => !present.Contains(s.Kind)))
        {
            yield return new LintFinding(section.Required ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information, afterHeader,
                $"There is no '## {section.Heading}' section.");
        }
    }
}
