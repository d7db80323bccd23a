using System;
using System.Collections.Generic;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffTitle: the file starts with the title <c># Session Handoff: {Brief Description}</c>.</summary>
internal sealed class TitleRule : ILintRule
{
    private const string Prefix = "# " + HandoffTemplate.TitlePrefix;

    public string Name => "HandoffTitle";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        DocumentLine? title = context.Document.Title;
        if (title is null)
        {
            yield return new LintFinding(DiagnosticSeverity.Warning, 1, $"The file has no title; start it with '{Prefix}{{Brief Description}}'.");
        }
        else if (!title.Text.StartsWith(Prefix, StringComparison.Ordinal) || title.Text.Length <= Prefix.Length)
        {
            yield return new LintFinding(DiagnosticSeverity.Warning, title.Line,
                $"The title '{title.Text}' is not of the form '{Prefix}{{Brief Description}}'.");
        }
        else if (title.Line != 1)
        {
            yield return new LintFinding(DiagnosticSeverity.Information, title.Line, "The title is not on the first line.");
        }
    }
}
