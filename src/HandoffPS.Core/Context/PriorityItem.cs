using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Context;

/// <summary>A priority of the handoff shown: its numbered line, and its details as a part that can go first.</summary>
internal sealed class PriorityItem : ContextItem
{
    private readonly string _line;

    /// <param name="priority">The priority.</param>
    /// <param name="position">Its 0-based position in the list: the first priority ranks above the others.</param>
    public PriorityItem(Priority priority, int position)
        : base(position == 0 ? ContextRank.FirstPriority : ContextRank.LaterPriority, position, ContextSection.Priorities, "priority: " + priority.Title)
    {
        Priority = priority;
        _line = $"{priority.Rank.ToString(CultureInfo.InvariantCulture)}. **{priority.Title}**"
            + (priority.Reason is null ? string.Empty : $" ({priority.Reason})");
        Details = priority.Details.Length == 0
            ? null
            : new ContextPart(this, ContextRank.PriorityDetails, position, "details of priority: " + priority.Title,
                string.Join('\n', priority.Details.Select(d => "   - " + d)));
    }

    public Priority Priority { get; }

    /// <summary>The details, one sub-bullet a line; null when the priority has none.</summary>
    public ContextPart? Details { get; }

    public override string Render(IReadOnlySet<ContextItem> kept) =>
        Details is not null && kept.Contains(Details) ? _line + "\n" + Details.Render(kept) : _line;

    /// <summary>The priority as the context shows it: without its details when they were left out.</summary>
    public Priority Shown(IReadOnlySet<ContextItem> kept) =>
        Details is null || kept.Contains(Details) ? Priority : new Priority(Priority.Rank, Priority.Title, Priority.Reason);
}
