namespace HandoffPS.Core.Drafts;

/// <summary>Where a task of the session's task list stands.</summary>
public enum SessionTaskStatus
{
    Pending,
    InProgress,
    Completed,
}
