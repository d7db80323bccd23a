using System;
using System.Collections.Generic;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>HandoffTimestampMismatch: the date and time in the file name agree with the header's (minutes, when both have a time).</summary>
internal sealed class TimestampMismatchRule : ILintRule
{
    public string Name => "HandoffTimestampMismatch";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        Handoff handoff = context.Document.Handoff;
        if (handoff.FileName is null || handoff.Date is not DateTime date
            || !HandoffFileName.TryParse(handoff.FileName, out DateTime stamp, out _, out bool nameHasTime))
        {
            yield break;
        }

        DocumentField? dateField = context.FieldNamed(HandoffTemplate.Date.Name);
        bool headerHasTime = context.FieldNamed(HandoffTemplate.Time.Name) is not null
            || (dateField is not null && HandoffTimestamp.TryParseTime(dateField.Value, out _, out _, out _));
        int line = dateField?.Line ?? 1;
        if (stamp.Date != date.Date)
        {
            yield return new LintFinding(DiagnosticSeverity.Warning, line,
                $"The file name says {stamp:yyyy-MM-dd} but the header says {date:yyyy-MM-dd}.");
        }
        else if (nameHasTime && headerHasTime && (stamp.Hour != date.Hour || stamp.Minute != date.Minute))
        {
            yield return new LintFinding(DiagnosticSeverity.Warning, line,
                $"The file name says {stamp:HH:mm} but the header says {date:HH:mm}.");
        }
    }
}
