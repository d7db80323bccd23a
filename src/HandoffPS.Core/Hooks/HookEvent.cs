namespace HandoffPS.Core.Hooks;

/// <summary>The agent events HandoffPS hooks into: the moments a session starts, or may end.</summary>
public enum HookEvent
{
    /// <summary>A session starts, resumes, is cleared or compacted: print the context for it.</summary>
    SessionStart,

    /// <summary>The conversation is about to be compacted: refresh the draft first.</summary>
    PreCompact,

    /// <summary>The agent finished a turn: refresh the draft.</summary>
    Stop,

    /// <summary>The session ends: refresh the draft one last time.</summary>
    SessionEnd,
}
