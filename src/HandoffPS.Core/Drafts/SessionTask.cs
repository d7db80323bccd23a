using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Drafts;

/// <summary>Where a task of the session's task list stands.</summary>
public enum SessionTaskStatus
{
    Pending,
    InProgress,
    Completed,
}

/// <summary>One task of an agent session's own task list (a Claude Code <c>TodoWrite</c> item).</summary>
/// <param name="Content">What the task is, as the agent wrote it.</param>
/// <param name="Status">Pending, in progress or completed.</param>
public sealed record SessionTask(string Content, SessionTaskStatus Status)
{
    /// <summary>The status of a <c>TodoWrite</c> item: <c>completed</c>, <c>in_progress</c>; anything else is pending.</summary>
    public static SessionTaskStatus ParseStatus(string? status) => status switch
    {
        "completed" => SessionTaskStatus.Completed,
        "in_progress" => SessionTaskStatus.InProgress,
        _ => SessionTaskStatus.Pending,
    };
}

/// <summary>
/// What a transcript said about the session's tasks: the latest task list (null when none could be read), and a
/// warning when the transcript was missing, unreadable, malformed or too large to search whole.
/// </summary>
public sealed class TranscriptTasks
{
    public TranscriptTasks(IReadOnlyList<SessionTask>? tasks, string? warning, long bytesSearched)
    {
        Tasks = tasks;
        Warning = warning;
        BytesSearched = bytesSearched;
    }

    /// <summary>The latest task list of the session, in the agent's order; null when the transcript gave none.</summary>
    public IReadOnlyList<SessionTask>? Tasks { get; }

    /// <summary>Why the tasks could not be read, or read only in part; null when all went well.</summary>
    public string? Warning { get; }

    /// <summary>How many bytes of the transcript were searched, from its end.</summary>
    public long BytesSearched { get; }

    public static TranscriptTasks None(string? warning) => new(null, warning, 0);

    public static readonly IReadOnlyList<SessionTask> Empty = Array.Empty<SessionTask>();
}
