using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandoffPS.Core;

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

    /// <summary>Open blockers: those of the handoff shown, then those still open on other branches.</summary>
    public BlockerRecord[] OpenBlockers { get; init; } = Array.Empty<BlockerRecord>();

    public string[] Decisions { get; init; } = Array.Empty<string>();

    public KeyFile[] KeyFiles { get; init; } = Array.Empty<KeyFile>();

    public string[] References { get; init; } = Array.Empty<string>();

    /// <summary>Earlier handoffs of the project, newest first (one line each).</summary>
    public ContextHandoffLine[] EarlierHandoffs { get; init; } = Array.Empty<ContextHandoffLine>();

    /// <summary>Each item left out to stay within <see cref="MaxTokens"/>, least valuable first (<c>reference: JWT spec</c>).</summary>
    public string[] LeftOut { get; init; } = Array.Empty<string>();

    /// <summary>The last line of <see cref="Text"/>: what was left out, in counts by kind (in all, when only that fits).</summary>
    public string LeftOutLine { get; init; } = string.Empty;

    /// <summary>The structured form as indented JSON (UTF-8 characters kept as they are), for a hook or a script.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public override string ToString() => Text;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}

/// <summary>One earlier handoff, as <c>Get-HandoffContext</c> lists it.</summary>
public sealed record ContextHandoffLine(DateTime? Date, string Description, string? Branch, string? Path)
{
    public override string ToString() =>
        (Date is DateTime d ? d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " : string.Empty)
        + Description + (Branch is null ? string.Empty : $" ({Branch})");
}

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

    /// <summary>Counts tokens; null for <see cref="TokenCounter.Count"/>.</summary>
    public Func<string, int>? CountTokens { get; init; }
}
