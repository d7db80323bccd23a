using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Context;

/// <summary>
/// A part of another item that can be left out before it: the details of a priority, the age of a blocker, the end
/// of a long blocker text. Its rank is below its owner's, so it always goes out first.
/// </summary>
internal sealed class ContextPart : ContextItem
{
    private readonly string _text;

    public ContextPart(ContextItem owner, ContextRank rank, int order, string label, string text)
        : base(rank, order, owner.Section, label)
    {
        if (rank >= owner.Rank)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"A part must rank below its owner ({owner.Rank}).");
        }

        Owner = owner;
        _text = text;
    }

    public override ContextItem Owner { get; }

    /// <summary>What the part adds to its owner's text.</summary>
    public override string Render(IReadOnlySet<ContextItem> kept) => _text;
}
