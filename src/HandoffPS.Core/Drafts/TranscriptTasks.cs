using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Drafts;

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
