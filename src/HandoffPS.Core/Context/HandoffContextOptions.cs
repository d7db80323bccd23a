using System;
using System.Collections.Generic;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Context;

/// <summary>What <see cref="HandoffContextBuilder.Build"/> needs beyond the handoffs.</summary>
public sealed class HandoffContextOptions
{
    public const int DefaultMaxTokens = 1000;

    /// <summary>The smallest budget accepted: enough for the heading and the left-out line.</summary>
    public const int MinimumMaxTokens = 50;

    /// <summary>The budget of the text, in o200k_base tokens.</summary>
    public int MaxTokens { get; init; } = DefaultMaxTokens;

    /// <summary>The branch whose latest handoff to show; null for the latest of the project.</summary>
    public string? Branch { get; init; }

    /// <summary>The time ages are measured to (local time, like handoff dates).</summary>
    public DateTime Now { get; init; } = DateTime.Now;

    /// <summary>Paths in the text are written relative to this folder when under it.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>How many earlier handoffs to list at most.</summary>
    public int EarlierHandoffs { get; init; } = 5;

    /// <summary>
    /// The branches that still exist; open blockers of other branches are listed only for these. Null when not
    /// known: then every branch counts.
    /// </summary>
    public IReadOnlyCollection<string>? LiveBranches { get; init; }

    /// <summary>Commits and changed files since the handoff shown (see <see cref="HandoffStaleness"/>); null or returning null when not known.</summary>
    public Func<Handoff, ChangesSinceHandoff?>? ChangesSince { get; init; }

    /// <summary>
    /// How many read errors the caller reported for the project's handoffs (a file or the folder that could not be read): without a
    /// readable handoff the text says so, not that there is no handoff yet.
    /// </summary>
    public int UnreadableFiles { get; init; }

    /// <summary>Counts tokens; null for <see cref="TokenCounter.Count"/>.</summary>
    public Func<string, int>? CountTokens { get; init; }
}
