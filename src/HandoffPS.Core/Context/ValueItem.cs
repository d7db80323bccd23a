using System.Collections.Generic;

namespace HandoffPS.Core.Context;

/// <summary>An item of fixed text that stands for one value of the handoff (a decision, a key file, a heading line...).</summary>
/// <typeparam name="T">The value the structured context holds when the item is kept.</typeparam>
internal sealed class ValueItem<T> : ContextItem
{
    private readonly string _text;

    public ValueItem(ContextRank rank, int order, ContextSection section, string label, string text, T value)
        : base(rank, order, section, label)
    {
        _text = text;
        Value = value;
    }

    public T Value { get; }

    public override string Render(IReadOnlySet<ContextItem> kept) => _text;
}
