using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffPS.Core.Context;

/// <summary>
/// Fits a context within a token budget: while the text (left-out line included) is over the budget, the least
/// valuable item still in goes out, whole (lowest <see cref="ContextRank"/>, then highest
/// <see cref="ContextItem.Order"/>). Every budget leaves items out in the same order.
/// </summary>
internal sealed class ContextTrimmer
{
    /// <summary>Writes the text of the kept items, ending with the left-out line in the given form.</summary>
    public delegate string Renderer(IReadOnlySet<ContextItem> kept, IReadOnlyList<ContextItem> left, LeftOutForm form);

    private readonly int _budget;
    private readonly Func<string, int> _count;
    private readonly Func<string, int>? _lowerBound;
    private readonly Renderer _render;

    /// <param name="budget">The most tokens the text may have.</param>
    /// <param name="count">The token count.</param>
    /// <param name="render">Writes the text of the items kept.</param>
    /// <param name="lowerBound">
    /// A bound never above <paramref name="count"/> and much cheaper (<see cref="TokenBound.LowerBound"/>): a text it
    /// already puts over the budget is not counted. Each try renders the whole text, so without it a handoff of a few
    /// hundred long items was counted whole once per item left out.
    /// </param>
    public ContextTrimmer(int budget, Func<string, int> count, Renderer render, Func<string, int>? lowerBound = null)
    {
        _budget = budget;
        _count = count;
        _render = render;
        _lowerBound = lowerBound;
    }

    /// <summary>The count of <paramref name="text"/>, or a number below it that is already over the budget.</summary>
    private int Tokens(string text)
    {
        int lower = _lowerBound?.Invoke(text) ?? 0;
        return lower > _budget ? lower : _count(text);
    }

    /// <summary>
    /// Keeps the most valuable <paramref name="items"/> that fit. The left-out line counts what went by kind. When
    /// that would leave out the first priority or an open blocker (or shorten one), the kinds alone are named
    /// instead, if that lets more items in; when the budget leaves room for nothing but heading lines, how many
    /// items went, if that lets more in. When not even that fits, the text is the short left-out line alone.
    /// </summary>
    public ContextTrim Trim(IReadOnlyList<ContextItem> items)
    {
        ContextItem[] dropOrder = items.OrderBy(i => i.Rank).ThenByDescending(i => i.Order).ToArray();
        ContextTrim counts = Greedy(dropOrder, LeftOutForm.Counts);
        ContextTrim trim = counts;
        if (counts.Left.Any(IsEssential))
        {
            trim = Better(trim, Greedy(dropOrder, LeftOutForm.Kinds));
        }

        if (counts.Kept.All(i => i.Rank == ContextRank.Heading))
        {
            trim = Better(trim, Greedy(dropOrder, LeftOutForm.Total));
        }

        return trim;
    }

    /// <summary>The first priority, an open blocker and the end of its text: what a budget of 150 tokens keeps.</summary>
    private static bool IsEssential(ContextItem item) => item.Rank is ContextRank.FirstPriority or ContextRank.Blocker or ContextRank.BlockerEnd;

    /// <summary>The trim with a less precise left-out line when it keeps more items (on a tie, the more precise one).</summary>
    private static ContextTrim Better(ContextTrim trim, ContextTrim shorterLine) =>
        shorterLine.Kept.Count > trim.Kept.Count ? shorterLine : trim;

    /// <summary>
    /// Above this many items, the fewest items to leave out are found by halving rather than one at a time: each try
    /// renders the whole text, so one at a time would grow with the square of the items (thirty thousand blockers).
    /// </summary>
    internal const int LinearLimit = 256;

    private ContextTrim Greedy(ContextItem[] dropOrder, LeftOutForm form)
    {
        if (dropOrder.Length > LinearLimit)
        {
            return Halving(dropOrder, form);
        }

        var kept = new HashSet<ContextItem>(dropOrder);
        var left = new List<ContextItem>();
        string text = _render(kept, left, form);
        int tokens = Tokens(text);
        while (tokens > _budget && left.Count < dropOrder.Length)
        {
            ContextItem victim = dropOrder[left.Count];
            kept.Remove(victim);
            left.Add(victim);
            text = _render(kept, left, form);
            tokens = Tokens(text);
        }

        if (tokens > _budget)
        {
            text = _render(kept, left, LeftOutForm.Total);
            tokens = _count(text);
        }

        return new ContextTrim(kept, left, text, tokens);
    }

    /// <summary>
    /// <see cref="Greedy"/> for many items: the text shrinks as items go, so the fewest items that must go (in the same
    /// order) are found by halving the range, in a number of tries that grows with the logarithm of the items.
    /// </summary>
    private ContextTrim Halving(ContextItem[] dropOrder, LeftOutForm form)
    {
        ContextTrim At(int drop)
        {
            var kept = new HashSet<ContextItem>(dropOrder.Length - drop);
            for (int i = drop; i < dropOrder.Length; i++)
            {
                kept.Add(dropOrder[i]);
            }

            var left = new List<ContextItem>(dropOrder.AsSpan(0, drop).ToArray());
            string text = _render(kept, left, form);

            // Each line with text holds at least one token of its own: a text of more lines than the budget is over
            // it, and need not be counted.
            int lines = LinesWithText(text);
            return new ContextTrim(kept, left, text, lines > _budget ? lines : Tokens(text));
        }

        // Everything kept has no left-out line, which leaving the first item out adds: the text may fit whole and not
        // with one item less, so the search below, which takes fewer items to make a shorter text, starts after it.
        ContextTrim all = At(0);
        if (all.Tokens <= _budget)
        {
            return all;
        }

        ContextTrim best = At(dropOrder.Length);
        if (best.Tokens > _budget)
        {
            string text = _render(best.Kept, best.Left, LeftOutForm.Total);
            return best with { Text = text, Tokens = _count(text) };
        }

        int low = 1;
        int high = dropOrder.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            ContextTrim tried = At(middle);
            if (tried.Tokens <= _budget)
            {
                best = tried;
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return best;
    }

    private static int LinesWithText(string text)
    {
        int lines = 0;
        bool any = false;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                lines += any ? 1 : 0;
                any = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                any = true;
            }
        }

        return lines + (any ? 1 : 0);
    }
}
