using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffSectionName: a section the reader maps to the template has the template's heading.</summary>
internal sealed class SectionNameRule : ILintRule
{
    public string Name => "HandoffSectionName";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (DocumentSection section in context.Document.Sections.Where(s => s.Kind != SectionKind.Other))
        {
            string canonical = HandoffTemplate.SectionOf(section.Kind).Heading;
            if (!string.Equals(section.Heading, canonical, StringComparison.Ordinal))
            {
                yield return new LintFinding(DiagnosticSeverity.Information, section.Line,
                    $"The section '{section.Heading}' is read as '{canonical}'; name it '## {canonical}'.");
            }
        }
    }
}
