using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Hooks;

/// <summary>What a hook printed and how it ended.</summary>
public sealed class HookOutcome
{
    /// <summary>Always 0: a hook never blocks the agent, its failures are reported on standard error.</summary>
    public int ExitCode { get; init; }

    /// <summary>What goes to standard output (SessionStart: the JSON with <c>additionalContext</c>); null for nothing.</summary>
    public string? Output { get; init; }

    /// <summary>What goes to standard error, one line each: warnings and failures.</summary>
    public IReadOnlyList<string> Messages { get; init; } = Array.Empty<string>();

    /// <summary>The draft written (PreCompact, Stop, SessionEnd), if one was.</summary>
    public string? DraftPath { get; init; }
}
