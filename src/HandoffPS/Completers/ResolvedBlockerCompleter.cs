using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Completers;

/// <summary>
/// Completes -ResolvedBlocker of New-Handoff with the open blockers of the project's latest handoff (the project of
/// -Path when it is typed, else the current one): a blocker's category when it has one, else its text, which is
/// what -ResolvedBlocker matches.
/// </summary>
public sealed class ResolvedBlockerCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        if (HandoffOrder.Latest(CompletionValues.ProjectHandoffs(fakeBoundParameters)) is not Handoff latest)
        {
            return Enumerable.Empty<CompletionResult>();
        }

        Dictionary<string, string> blockers = latest.Blockers
            .GroupBy(b => b.Category ?? b.Text, System.StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(b => b.ToString())), System.StringComparer.OrdinalIgnoreCase);
        return CompletionValues.Complete(blockers.Keys, wordToComplete, escapeWildcards: false,
            key => $"{blockers[key]} (open in {latest.FileName ?? latest.Description})");
    }
}
