using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffEncoding: the file is UTF-8 without a byte-order mark, with LF line endings, ending in a newline.</summary>
internal sealed class EncodingRule : ILintRule
{
    public string Name => "HandoffEncoding";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        HandoffDocument doc = context.Document;
        if (doc.HasBom)
        {
            yield return new LintFinding(DiagnosticSeverity.Information, 1, "The file starts with a byte-order mark; handoffs are UTF-8 without BOM.");
        }

        if (doc.HasCrlf)
        {
            yield return new LintFinding(DiagnosticSeverity.Information, 1, "The file has CRLF line endings; handoffs use LF.");
        }

        if (doc.Text.Length > 0 && !doc.Text.EndsWith('\n'))
        {
            yield return new LintFinding(DiagnosticSeverity.Information, doc.Text.Count(c => c == '\n') + 1, "The file does not end with a newline.");
        }
    }
}
