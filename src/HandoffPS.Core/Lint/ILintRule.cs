using System.Collections.Generic;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Lint;

/// <summary>One check of a handoff file against the template; <see cref="HandoffLinter"/> runs them all.</summary>
internal interface ILintRule
{
    /// <summary>The rule's name, the <see cref="HandoffDiagnostic.RuleName"/> of what it finds (<c>HandoffListShape</c>).</summary>
    string Name { get; }

    /// <summary>What the rule finds in one file, each with its 1-based line.</summary>
    IEnumerable<LintFinding> Check(LintContext context);
}
