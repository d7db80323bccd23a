using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace HandoffPS.Completers;

/// <summary>
/// Completes -Category of Get-HandoffBlocker with the blocker categories used in the project's newest
/// handoffs (the project of -Path when it is typed, else the current one); wildcard characters are escaped.
/// </summary>
public sealed class BlockerCategoryCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var categories = CompletionValues.ProjectHandoffs(fakeBoundParameters)
            .SelectMany(h => h.Blockers)
            .Select(b => b.Category)
            .OfType<string>()
            .ToList();
        var counts = categories.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return CompletionValues.Complete(categories, wordToComplete, escapeWildcards: true,
            c => $"{c} ({counts[c]} blocker{(counts[c] == 1 ? string.Empty : "s")} in the newest handoffs)");
    }
}
