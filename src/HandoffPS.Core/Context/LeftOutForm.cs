namespace HandoffPS.Core.Context;

/// <summary>How the last line of a context says what was left out, from the most to the least precise.</summary>
internal enum LeftOutForm
{
    /// <summary>How many of each kind: <c>2 earlier handoffs, 1 reference</c>.</summary>
    Counts,

    /// <summary>The kinds alone (<c>earlier handoffs, references</c>): when counts would push out the first priority or an open blocker.</summary>
    Kinds,

    /// <summary>How many items in all (<c>12 items</c>, or <c>everything</c>): when nothing but heading lines fits otherwise.</summary>
    Total,
}
