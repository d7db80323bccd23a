using System;
using System.Collections.Generic;
using System.IO;
using HandoffPS.Core.Git;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Project;

/// <summary>
/// Everything a new handoff needs before it is written: the file path and the exact
/// Markdown, with the git facts already applied. Building a plan writes nothing, so <c>-WhatIf</c> can show it.
/// </summary>
public sealed class HandoffPlan
{
    public const string DefaultAgent = "Claude Code";

    /// <summary>How many hex digits of HEAD the Commit line records.</summary>
    public const int CommitLength = 12;

    private HandoffPlan(string filePath, Handoff handoff, string content, IReadOnlyList<string> warnings, string? draftPath)
    {
        FilePath = filePath;
        DraftPath = draftPath;
        Handoff = handoff;
        Content = content;
        Warnings = warnings;
    }

    public string FilePath { get; }

    public Handoff Handoff { get; }

    /// <summary>The exact text that will be written.</summary>
    public string Content { get; }

    /// <summary>What git could not tell (no repository, no user.name, ...): the handoff is written without it.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The draft this handoff finishes: <see cref="Write"/> removes it once the handoff is written.</summary>
    public string? DraftPath { get; }

    /// <summary>
    /// Builds the plan for <paramref name="project"/>: the file goes into its handoff folder. Branch and Author come
    /// from its git facts unless given; Author defaults to <c>{agent} + {user.name}</c>. <paramref name="draftPath"/>
    /// is the draft file it finishes, if any.
    /// </summary>
    public static HandoffPlan Create(HandoffProject project, Handoff draft, string? agent = null, string? draftPath = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(project);
        GitFacts git = project.Git;

        DateTime date = Truncate(draft.Date ?? DateTime.Now);
        string description = TextRules.SingleLine(draft.Description);
        string fileName = HandoffFileName.ForDescription(date, description);
        string agentName = TextRules.SingleLineOrNull(agent) ?? DefaultAgent;

        Handoff handoff = draft.Copy();
        handoff.Path = null;
        handoff.FileName = null;
        handoff.Description = description;
        handoff.Date = date;
        handoff.Branch = TextRules.SingleLineOrNull(draft.Branch) ?? git.Branch;
        handoff.Commit = git.Head?[..CommitLength];
        handoff.Author = TextRules.SingleLineOrNull(draft.Author) ?? (git.UserName is null ? agentName : $"{agentName} + {git.UserName}");

        string path = Path.Combine(project.Folder, fileName);
        return new HandoffPlan(path, handoff, HandoffRenderer.Render(handoff), git.Warnings, draftPath);
    }

    /// <summary>
    /// Writes the plan atomically, removes the draft it finishes, and returns the handoff as read back from the file.
    /// </summary>
    public Handoff Write(bool force)
    {
        HandoffStore.WriteAtomic(FilePath, Content, force);
        if (DraftPath is not null)
        {
            Drafts.DraftStore.Remove(DraftPath);
        }

        return HandoffParser.ReadFile(FilePath);
    }

    /// <summary>Local time (a UTC value is converted), to whole seconds: what the header can hold.</summary>
    private static DateTime Truncate(DateTime value)
    {
        DateTime local = value.Kind == DateTimeKind.Utc ? value.ToLocalTime() : value;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, DateTimeKind.Unspecified);
    }
}
