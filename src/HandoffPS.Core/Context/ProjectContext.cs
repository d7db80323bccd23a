using System;
using System.Collections.Generic;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Context;

/// <summary>
/// The context of a project as <c>Get-HandoffContext</c> gives it: its handoffs, the current branch (unless one is
/// named), the live branches and the changes since the handoff shown. For front ends without PowerShell (the
/// <c>handoff</c> command and its hooks).
/// </summary>
public static class ProjectContext
{
    /// <summary>
    /// Builds the context of <paramref name="project"/>. <paramref name="branch"/> null means the current git branch;
    /// <paramref name="countTokens"/> null means the exact count. Unreadable handoff files go to <paramref name="errors"/>.
    /// </summary>
    public static HandoffContext Build(HandoffProject project, string? branch, int maxTokens, ICollection<HandoffException> errors,
        Func<string, int>? countTokens = null, DateTime? now = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        string root = project.Root;
        IReadOnlyList<Handoff> handoffs = HandoffStore.ReadAll(project.Folder, errors);
        GitFacts git = project.Git;
        string? shown = branch ?? git.Branch;
        var options = new HandoffContextOptions
        {
            MaxTokens = maxTokens,
            Branch = string.IsNullOrEmpty(shown) ? null : shown,
            Now = now ?? DateTime.Now,
            ProjectRoot = root,
            LiveBranches = git.IsRepository ? GitFacts.Branches(root) : null,
            ChangesSince = latest => HandoffStaleness.CountChangesSince(root, latest),
            CountTokens = countTokens,
        };
        return HandoffContextBuilder.Build(handoffs, options);
    }
}
