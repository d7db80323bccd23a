using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace HandoffPS.Completers;

/// <summary>Completes -Description with the descriptions of the project's handoffs.</summary>
public sealed class DescriptionCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionValues.Complete(CompletionValues.ProjectHandoffs(fakeBoundParameters).Select(h => h.Description), wordToComplete, escapeWildcards: true);
}
