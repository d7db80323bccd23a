using System;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Context;

/// <summary>
/// What the next session reads first: the essentials of the latest handoff (summary, next priorities, open
/// blockers with how long each has been open, decisions, key files), a staleness line, and what was left out to
/// stay within a token budget. <see cref="HandoffContextBuilder.Build"/> makes it; <see cref="Text"/> is the text
/// form, the other properties the structured one (only what <see cref="Text"/> holds).
/// </summary>
public sealed class HandoffContext
{
    /// <summary>The text for the session, within <see cref="MaxTokens"/>; ends with the left-out line.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>o200k_base tokens of <see cref="Text"/>.</summary>
    public int Tokens { get; init; }

    public int MaxTokens { get; init; }

    /// <summary>Whether the project has any handoff; without one, <see cref="Text"/> is one line saying so.</summary>
    public bool HasHandoff { get; init; }

    /// <summary>The branch whose latest handoff was asked for (the current git branch by default); null for the whole project.</summary>
    public string? RequestedBranch { get; init; }

    /// <summary>True when no handoff is on <see cref="RequestedBranch"/>, so the latest handoff of the project is shown instead.</summary>
    public bool IsFallback { get; init; }

    /// <summary>Full path of the handoff shown.</summary>
    public string? Path { get; init; }

    public string? Description { get; init; }

    public DateTime? Date { get; init; }

    /// <summary>The branch of the handoff shown.</summary>
    public string? Branch { get; init; }

    /// <summary>How long ago the handoff was written, in words (<c>3 days</c>); null when it has no date.</summary>
    public string? Age { get; init; }

    /// <summary>Commits since the handoff; null when not known.</summary>
    public int? CommitsSince { get; init; }

    /// <summary>Files changed since the handoff; null when not known.</summary>
    public int? ChangedFilesSince { get; init; }

    /// <summary>The staleness line of <see cref="Text"/>.</summary>
    public string? Staleness { get; init; }

    public string? Summary { get; init; }

    /// <summary>The priorities shown; a priority whose details were left out has none.</summary>
    public Priority[] NextPriorities { get; init; } = Array.Empty<Priority>();

    /// <summary>
    /// Open blockers: those of the handoff shown, then those still open on other branches. A blocker whose text the
    /// context shortened has that text here too (ending with an ellipsis).
    /// </summary>
    public BlockerRecord[] OpenBlockers { get; init; } = Array.Empty<BlockerRecord>();

    public string[] Decisions { get; init; } = Array.Empty<string>();

    public KeyFile[] KeyFiles { get; init; } = Array.Empty<KeyFile>();

    public string[] References { get; init; } = Array.Empty<string>();

    /// <summary>Earlier handoffs of the project, newest first (one line each).</summary>
    public ContextHandoffLine[] EarlierHandoffs { get; init; } = Array.Empty<ContextHandoffLine>();

    /// <summary>Each item left out to stay within <see cref="MaxTokens"/>, least valuable first (<c>reference: JWT spec</c>,
    /// <c>age of blocker: Security: token TTL not agreed</c>).</summary>
    public string[] LeftOut { get; init; } = Array.Empty<string>();

    /// <summary>The last line of <see cref="Text"/>: what was left out, in counts by kind (in all, when only that fits).</summary>
    public string LeftOutLine { get; init; } = string.Empty;

    /// <summary>The structured form as indented JSON (UTF-8 characters kept as they are), for a hook or a script.</summary>
    public string ToJson() => ContextRenderer.Json(this);

    public override string ToString() => Text;
}
