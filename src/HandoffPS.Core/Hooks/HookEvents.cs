using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Hooks;

/// <summary>Names of the hook events: Claude Code's (<c>SessionStart</c>) and the command line's (<c>session-start</c>).</summary>
public static class HookEvents
{
    /// <summary>Every event, in the order they are installed.</summary>
    public static IReadOnlyList<HookEvent> All { get; } = new[] { HookEvent.SessionStart, HookEvent.PreCompact, HookEvent.Stop, HookEvent.SessionEnd };

    /// <summary>The event's name on the command line: <c>session-start</c>, <c>pre-compact</c>, <c>stop</c>, <c>session-end</c>.</summary>
    public static string CommandName(HookEvent hookEvent) => hookEvent switch
    {
        HookEvent.SessionStart => "session-start",
        HookEvent.PreCompact => "pre-compact",
        HookEvent.Stop => "stop",
        _ => "session-end",
    };

    /// <summary>The sources a SessionStart hook is installed for; the other events match every source.</summary>
    public static string? Matcher(HookEvent hookEvent) => hookEvent == HookEvent.SessionStart ? "startup|resume|clear|compact" : null;

    /// <summary>Reads an event name in either form, case-insensitively (<c>SessionStart</c>, <c>session-start</c>, <c>sessionstart</c>).</summary>
    public static bool TryParse(string? name, out HookEvent hookEvent)
    {
        string key = (name ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Trim();
        foreach (HookEvent e in All)
        {
            if (string.Equals(key, e.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                hookEvent = e;
                return true;
            }
        }

        hookEvent = default;
        return false;
    }
}
