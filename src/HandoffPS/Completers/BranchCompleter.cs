using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace HandoffPS.Completers;

/// <summary>Completes -Branch with the repository's local branches and the branches named in handoffs.</summary>
public sealed class BranchCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        IEnumerable<string> git = HandoffPS.Core.Git.GitFacts.Branches(CompletionValues.CurrentDirectory());
        IEnumerable<string?> named = CompletionValues.ProjectHandoffs(fakeBoundParameters).Select(h => h.Branch);
        return CompletionValues.Complete(git.Concat(named), wordToComplete, escapeWildcards: false);
    }
}
