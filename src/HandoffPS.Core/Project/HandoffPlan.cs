using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    /// <exception cref="HandoffException">
    /// InvalidHandoffInput: a value holds a lone UTF-16 surrogate, the summary a NUL character, or the file would not read
    /// back (Markdown nested too deeply); HandoffTooLarge: the file would be over <see cref="HandoffLimits.MaxFileBytes"/>;
    /// InvalidDescription: the description gives no file name. Nothing is written in any case.
    /// </exception>
    public static HandoffPlan Create(HandoffProject project, Handoff draft, string? agent = null, string? draftPath = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(project);
        CheckValues(draft, agent);
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
        string content = HandoffRenderer.Render(handoff);
        CheckReadable(content, path);
        var warnings = new List<string>(git.Warnings);
        if (FolderOutside(project) is string target)
        {
            warnings.Add($"The handoff folder '{project.Folder}' is a symbolic link to '{target}', outside the project '{project.Root}': the handoff is written there.");
        }

        return new HandoffPlan(path, handoff, content, warnings, draftPath);
    }

    /// <summary>Refuses values that cannot be written as text: a lone UTF-16 surrogate anywhere, a NUL in the summary.</summary>
    private static void CheckValues(Handoff draft, string? agent)
    {
        var values = new List<(string Name, string? Value)>
        {
            ("Description", draft.Description), ("Summary", draft.Summary), ("Branch", draft.Branch), ("Author", draft.Author), ("Agent", agent),
        };
        values.AddRange(draft.CompletedWork.Select(v => ("Completed", (string?)v)));
        values.AddRange(draft.NextPriorities.SelectMany(p => p.Details.Prepend(p.Title).Append(p.Reason)).Select(v => ("NextPriority", v)));
        values.AddRange(draft.Blockers.SelectMany(b => new[] { b.Category, b.Text }).Select(v => ("Blocker", v)));
        values.AddRange(draft.Decisions.Select(v => ("Decision", (string?)v)));
        values.AddRange(draft.KeyFiles.SelectMany(k => new[] { k.Path, k.Description }).Select(v => ("KeyFile", v)));
        values.AddRange(draft.References.Select(v => ("Reference", (string?)v)));
        values.AddRange(draft.Fields.SelectMany(f => new[] { f.Key, f.Value }).Select(v => ("field", (string?)v)));
        foreach ((string name, string? value) in values)
        {
            if (value is null)
            {
                continue;
            }

            int at = HandoffFileName.FirstLoneSurrogate(value);
            if (at >= 0)
            {
                throw Invalid($"The {name} value holds a lone UTF-16 surrogate (U+{(int)value[at]:X4}, half of a character) at character {at + 1}: it is not text and cannot be written. Remove it; nothing was written.", name);
            }
        }

        int nul = draft.Summary?.IndexOf('\0') ?? -1;
        if (nul >= 0)
        {
            throw Invalid($"The Summary holds a NUL character at character {nul + 1}: a handoff is text, and a file with NUL in it cannot be read back. Remove it; nothing was written.", "Summary");
        }
    }

    /// <summary>Refuses a file that would be over the size limit or would not read back: nothing unreadable is ever written.</summary>
    private static void CheckReadable(string content, string path)
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(content);
        if (bytes.Length > HandoffLimits.MaxFileBytes)
        {
            throw new HandoffException(HandoffErrorIds.HandoffTooLarge, HandoffErrorKind.LimitsExceeded,
                $"The handoff would be {RegularFile.Describe(bytes.Length)}; a handoff is at most {RegularFile.Describe(HandoffLimits.MaxFileBytes)} (about 600 tokens is the template's budget). Shorten the values; nothing was written.", path);
        }

        try
        {
            HandoffParser.ParseBytes(bytes, path);
        }
        catch (HandoffException ex)
        {
            string why = ex.Message.StartsWith("Cannot read handoff '", StringComparison.Ordinal) && ex.Message.IndexOf("': ", StringComparison.Ordinal) is int i and > 0
                ? ex.Message[(i + 3)..] : ex.Message;
            throw Invalid($"The handoff could not be read back once written ({why.TrimEnd('.')}). Change the values; nothing was written.", path, ex);
        }
    }

    private static HandoffException Invalid(string message, string target, Exception? inner = null) =>
        new(HandoffErrorIds.InvalidHandoffInput, HandoffErrorKind.InvalidArgument, message, target, inner);

    /// <summary>Where the handoff folder really is, when it is a symbolic link that leads outside the project root; else null.</summary>
    private static string? FolderOutside(HandoffProject project)
    {
        try
        {
            var folder = new DirectoryInfo(project.Folder);
            if (folder.LinkTarget is null || folder.ResolveLinkTarget(returnFinalTarget: true) is not FileSystemInfo target)
            {
                return null;
            }

            string resolved = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName));
            string root = Path.TrimEndingDirectorySeparator(project.Root) + Path.DirectorySeparatorChar;
            return resolved.StartsWith(root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) ? null : resolved;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
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
