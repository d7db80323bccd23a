using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>
/// HandoffListShape: the items of the list sections have the template's shape: <c>- ✅ text</c> in Completed
/// Work, <c>1. **Title** (reason)</c> in Next Priorities, <c>**Category**: text</c> in Blockers/Questions. Only
/// the items the parser reads are checked, so a list inside a code fence is not.
/// </summary>
internal sealed partial class ListShapeRule : ILintRule
{
    public string Name => "HandoffListShape";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        foreach (DocumentSection section in context.Document.Sections)
        {
            foreach (ListItemBlock item in context.ItemsOf(section))
            {
                if (Shape(section.Kind, (ListBlock)item.Parent!, context.FirstLine(item)) is (DiagnosticSeverity severity, string message))
                {
                    yield return new LintFinding(severity, item.Line + 1, message);
                }
            }
        }
    }

    /// <summary>What is wrong with one item as written (its first line), or null when nothing is.</summary>
    private static (DiagnosticSeverity, string)? Shape(SectionKind kind, ListBlock list, string line)
    {
        Match m = MarkerAndText().Match(line);
        string marker = m.Groups["m"].Value;
        string text = m.Groups["t"].Value;
        string written = LintContext.Shorten(marker + " " + text);
        return kind switch
        {
            SectionKind.CompletedWork when list.IsOrdered || list.BulletType != '-' || !text.StartsWith("✅ ", StringComparison.Ordinal) =>
                (DiagnosticSeverity.Warning, $"Write a completed item as '- ✅ text', not '{written}'."),
            SectionKind.NextPriorities when !list.IsOrdered || list.OrderedDelimiter != '.' =>
                (DiagnosticSeverity.Warning, $"Next Priorities is an ordered list: write '1. **Title** (reason)', not '{written}'."),
            SectionKind.NextPriorities when !text.StartsWith("**", StringComparison.Ordinal) =>
                (DiagnosticSeverity.Information, $"Write a priority's title in bold: '{marker} **{LintContext.Shorten(text)}**'."),
            SectionKind.Blockers when BoldColonInside().IsMatch(text) =>
                (DiagnosticSeverity.Information, $"Write a blocker's category as '**Category**: text', not '{LintContext.Shorten(text)}'."),
            _ => null,
        };
    }

    // An item's first line: its marker, then its text after the white space that follows the marker.
    [GeneratedRegex(@"^(?<m>[-*+]|[0-9]{1,9}[.)])\s*(?<t>.*)$")]
    private static partial Regex MarkerAndText();

    [GeneratedRegex(@"^\*\*[^*]+:\*\*")]
    private static partial Regex BoldColonInside();
}
