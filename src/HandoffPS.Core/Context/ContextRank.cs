namespace HandoffPS.Core.Context;

/// <summary>
/// The one ranking of context items: what a <see cref="ContextItem"/> is worth to the next session, least valuable
/// first. <see cref="ContextTrimmer"/> leaves out the lowest rank first; within a rank, the item with the highest
/// <see cref="ContextItem.Order"/> (the last one listed) goes first. <see cref="BlockerEnd"/>,
/// <see cref="Blocker"/> and <see cref="FirstPriority"/> are the essentials a budget of 150 tokens keeps: the
/// left-out line gives up its counts rather than one of them.
/// </summary>
internal enum ContextRank
{
    /// <summary>An earlier handoff of the project (oldest first).</summary>
    EarlierHandoff,

    /// <summary>A blocker still open on another branch's latest handoff (oldest handoff first).</summary>
    OtherBranchBlocker,

    Reference,

    /// <summary>The sub-bullets of a priority (lowest priority first).</summary>
    PriorityDetails,

    KeyFile,

    Decision,

    /// <summary>Every priority of the handoff shown but the first.</summary>
    LaterPriority,

    Summary,

    /// <summary>How long one of the shown handoff's blockers has been open.</summary>
    BlockerAge,

    /// <summary>The end of a long blocker text: without it the blocker is shortened, never dropped.</summary>
    BlockerEnd,

    /// <summary>An open blocker of the handoff shown: its category and (the start of) its text.</summary>
    Blocker,

    /// <summary>The first priority of the handoff shown.</summary>
    FirstPriority,

    /// <summary>The title, the latest-handoff line, the fallback note and the staleness line.</summary>
    Heading,
}
