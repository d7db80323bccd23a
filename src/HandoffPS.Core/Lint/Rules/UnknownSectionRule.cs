using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffUnknownSection: a section the reader maps to no part of the template (a <c>## Date</c> section is a header field, not one).</summary>
internal sealed class UnknownSectionRule : ILintRule
{
    public string Name => "HandoffUnknownSection";

    public IEnumerable<LintFinding> Check(LintContext context) =>
        context.Document.Sections
            .Where(s => s.Kind == SectionKind.Other && !HeaderFields.IsFieldHeading(s.Heading))
            .Select(s => new LintFinding(DiagnosticSeverity.Information, s.Line,
                $"The section '{s.Heading}' is not part of the template; it is kept as is."));
}
