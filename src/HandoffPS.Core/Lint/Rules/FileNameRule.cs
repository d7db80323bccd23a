using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffFileName: the file is named <c>YYYY-MM-DD-HHMM-description.md</c>, the description in lower-case words joined by <c>-</c>.</summary>
internal sealed partial class FileNameRule : ILintRule
{
    public string Name => "HandoffFileName";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        Handoff handoff = context.Document.Handoff;
        if (handoff.FileName is string name && !CanonicalName().IsMatch(name))
        {
            string suggestion = handoff.Date is DateTime date && TrySlug(handoff.Description) is string slug
                ? $" such as '{HandoffFileName.Format(date, slug)}'"
                : string.Empty;
            yield return new LintFinding(DiagnosticSeverity.Warning, 1,
                $"The file name '{name}' does not follow YYYY-MM-DD-HHMM-description.md (lower-case words joined by '-'); rename it{suggestion}.");
        }
    }

    private static string? TrySlug(string description)
    {
        try
        {
            return HandoffFileName.Slugify(description);
        }
        catch (HandoffException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")]
    private static partial Regex CanonicalName();
}
