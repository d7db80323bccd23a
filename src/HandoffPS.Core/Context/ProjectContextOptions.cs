using System;
using HandoffPS.Core.Git;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Context;

/// <summary>
/// The options of a project's next-session context, as every front end builds them (Get-HandoffContext, the MCP
/// server's handoff_context): the branch, the live branches, paths relative to the root, and the staleness counts.
/// </summary>
public static class ProjectContextOptions
{
    /// <summary>
    /// The options for <paramref name="project"/> at <paramref name="now"/>. <paramref name="branch"/> is the branch
    /// whose latest handoff to show when <paramref name="branchGiven"/> (empty or null: the latest of the project);
    /// otherwise the current git branch is, and outside git the latest of the project. <paramref name="countTokens"/>:
    /// null for the exact count; <see cref="TokenBound.Within"/> gives the same text without the tokenizer's start-up.
    /// <paramref name="unreadableFiles"/>: how many handoff files could not be read (the context then says so, rather
    /// than "no handoff yet").
    /// </summary>
    public static HandoffContextOptions For(HandoffProject project, int maxTokens, DateTime now, string? branch = null, bool branchGiven = false,
        Func<string, int>? countTokens = null, int unreadableFiles = 0)
    {
        ArgumentNullException.ThrowIfNull(project);
        string root = project.Root;
        GitFacts git = project.Git;
        string? shown = branchGiven ? branch : git.Branch;
        return new HandoffContextOptions
        {
            MaxTokens = maxTokens,
            Branch = string.IsNullOrEmpty(shown) ? null : shown,
            Now = now,
            ProjectRoot = root,
            LiveBranches = git.IsRepository ? GitFacts.Branches(root) : null,
            // The staleness line's commit and file counts: see HandoffStaleness.CountChangesSince.
            ChangesSince = latest => HandoffStaleness.CountChangesSince(root, latest),
            CountTokens = countTokens,
            UnreadableFiles = unreadableFiles,
        };
    }
}
