using System.Collections.Generic;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Context;

/// <summary>
/// An open blocker of the handoff shown: its category and text, with two parts that can go first: how long it has
/// been open, then the end of a long text (the text is then shortened, marked with an ellipsis).
/// </summary>
internal sealed class BlockerItem : ContextItem
{
    /// <summary>A text longer than this many characters can be shortened to about this many, at a space.</summary>
    public const int ShortenedLength = 50;

    private const string Ellipsis = "…";

    private readonly string _prefix;
    private readonly string _head;
    private readonly string _shortened;

    /// <param name="blocker">The blocker.</param>
    /// <param name="position">Its 0-based position in the list.</param>
    /// <param name="age">How long it has been open, in words (<c>open 3 days, 1 session, since ...</c>).</param>
    public BlockerItem(BlockerRecord blocker, int position, string age)
        : base(ContextRank.Blocker, position, ContextSection.Blockers, "blocker: " + blocker)
    {
        Blocker = blocker;
        string text = blocker.Text;
        int cut = Cut(text);
        _prefix = blocker.Category is null ? "- " : $"- **{blocker.Category}**: ";
        _head = text[..cut];
        _shortened = _head.TrimEnd() + Ellipsis;
        End = cut == text.Length ? null : new ContextPart(this, ContextRank.BlockerEnd, position, "end of blocker: " + blocker, text[cut..]);
        Age = new ContextPart(this, ContextRank.BlockerAge, position, "age of blocker: " + blocker, $" ({age})");
    }

    public BlockerRecord Blocker { get; }

    public ContextPart Age { get; }

    /// <summary>The text after the point it is shortened to; null when it is never shortened.</summary>
    public ContextPart? End { get; }

    public override string Render(IReadOnlySet<ContextItem> kept) =>
        _prefix + Text(kept) + (kept.Contains(Age) ? Age.Render(kept) : string.Empty);

    /// <summary>The blocker as the context shows it: its text shortened when the end was left out.</summary>
    public BlockerRecord Shown(IReadOnlySet<ContextItem> kept) => End is null || kept.Contains(End)
        ? Blocker
        : Blocker with { Text = _shortened };

    private string Text(IReadOnlySet<ContextItem> kept)
    {
        if (End is null)
        {
            return _head;
        }

        return kept.Contains(End) ? _head + End.Render(kept) : _shortened;
    }

    /// <summary>Where a shortened text ends: the last space within <see cref="ShortenedLength"/> characters, else that length.</summary>
    private static int Cut(string text)
    {
        if (text.Length <= ShortenedLength)
        {
            return text.Length;
        }

        int space = text.LastIndexOf(' ', ShortenedLength);
        int cut = space > 0 ? space : ShortenedLength;
        // Never between the two halves of a surrogate pair.
        return char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }
}
