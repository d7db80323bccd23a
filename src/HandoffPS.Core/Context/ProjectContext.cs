using System;
using System.Collections.Generic;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Context;

/// <summary>
/// The context of a project as <c>Get-HandoffContext</c> gives it (its handoffs, with the options of
/// <see cref="ProjectContextOptions"/>), for the <c>handoff</c> command and its SessionStart hook.
/// </summary>
public static class ProjectContext
{
    /// <summary>
    /// Builds the context of <paramref name="project"/>. <paramref name="branch"/> null means the current git branch;
    /// <paramref name="countTokens"/> null means the exact count (<see cref="TokenBound.Within"/> gives the same text
    /// without creating the tokenizer for a context that fits). Unreadable handoff files go to <paramref name="errors"/>.
    /// </summary>
    public static HandoffContext Build(HandoffProject project, string? branch, int maxTokens, ICollection<HandoffException> errors,
        Func<string, int>? countTokens = null, DateTime? now = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(errors);
        int before = errors.Count;
        IReadOnlyList<Handoff> handoffs = HandoffStore.ReadAll(project.Folder, errors);
        return HandoffContextBuilder.Build(handoffs,
            ProjectContextOptions.For(project, maxTokens, now ?? DateTime.Now, branch, branchGiven: branch is not null, countTokens, errors.Count - before));
    }
}
