using System.Collections.Generic;

namespace HandoffPS.Core.Context;

/// <summary>
/// One thing the context text may hold: a line or a few lines, or a part of another item's line (see
/// <see cref="Owner"/>). The trimmer keeps or leaves out an item whole.
/// </summary>
internal abstract class ContextItem
{
    protected ContextItem(ContextRank rank, int order, ContextSection section, string label)
    {
        Rank = rank;
        Order = order;
        Section = section;
        Label = label;
    }

    /// <summary>What the item is worth: the lowest rank goes out first.</summary>
    public ContextRank Rank { get; }

    /// <summary>Position among the items of its rank: the highest goes out first.</summary>
    public int Order { get; }

    public ContextSection Section { get; }

    /// <summary>The item in a few words, for <see cref="HandoffContext.LeftOut"/>.</summary>
    public string Label { get; }

    /// <summary>For a part (details, a blocker's age or the end of its text): the item that writes it. Null otherwise.</summary>
    public virtual ContextItem? Owner => null;

    /// <summary>The item's text without a final newline, given which items are kept (an item writes its kept parts).</summary>
    public abstract string Render(IReadOnlySet<ContextItem> kept);
}
