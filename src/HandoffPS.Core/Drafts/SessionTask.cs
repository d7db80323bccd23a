namespace HandoffPS.Core.Drafts;

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
