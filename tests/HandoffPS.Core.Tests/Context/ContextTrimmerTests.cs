using HandoffPS.Core.Context;

namespace HandoffPS.Core.Tests;

/// <summary>
/// <see cref="ContextTrimmer"/> with a stand-in renderer whose lengths are easy to add up by hand: the text is the
/// kept items' texts, then a left-out line of 4 characters (<c>cccc</c>, by counts), 2 (<c>kk</c>, kinds) or 1
/// (<c>t</c>, in all); a token is a character. Every expected text below was added up by hand.
/// </summary>
public class ContextTrimmerTests
{
    private static ValueItem<string> Item(ContextRank rank, string text, int order = 0) =>
        new(rank, order, ContextSection.Summary, text, text, text);

    // Drop order: summary (10), blocker (4), first priority (4), heading (2). Everything: 20.
    private static readonly ContextItem[] Items =
    {
        Item(ContextRank.Heading, "HH"),
        Item(ContextRank.FirstPriority, "PPPP"),
        Item(ContextRank.Blocker, "BBBB"),
        Item(ContextRank.Summary, "SSSSSSSSSS"),
    };

    private static string Render(IReadOnlyList<ContextItem> items, IReadOnlySet<ContextItem> kept, IReadOnlyList<ContextItem> left, LeftOutForm form) =>
        string.Concat(items.Where(kept.Contains).Select(i => i.Render(kept)))
        + (left.Count == 0 ? string.Empty : form switch { LeftOutForm.Counts => "cccc", LeftOutForm.Kinds => "kk", _ => "t" });

    private static ContextTrim Trim(IReadOnlyList<ContextItem> items, int budget) =>
        new ContextTrimmer(budget, s => s.Length, (kept, left, form) => Render(items, kept, left, form)).Trim(items);

    [Theory]
    // Nothing left out while everything fits: at the budget too.
    [InlineData(21, "HHPPPPBBBBSSSSSSSSSS")]
    [InlineData(20, "HHPPPPBBBBSSSSSSSSSS")]
    // The summary goes (10 + 4 = 14 fits from 19 down to 14, at 14 exactly).
    [InlineData(19, "HHPPPPBBBBcccc")]
    [InlineData(15, "HHPPPPBBBBcccc")]
    [InlineData(14, "HHPPPPBBBBcccc")]
    // By counts the blocker would go (6 + 4 = 10): naming kinds alone keeps it (10 + 2 = 12).
    [InlineData(13, "HHPPPPBBBBkk")]
    [InlineData(12, "HHPPPPBBBBkk")]
    // Kinds keep no more than counts (8 + 2 over 11, 6 + 2): counts, the more precise, stay.
    [InlineData(11, "HHPPPPcccc")]
    [InlineData(10, "HHPPPPcccc")]
    // Counts keep the heading alone (2 + 4): kinds keep the priority too (6 + 2); in all, no more (6 + 1).
    [InlineData(9, "HHPPPPkk")]
    [InlineData(8, "HHPPPPkk")]
    // Only "in all" keeps the priority (6 + 1).
    [InlineData(7, "HHPPPPt")]
    // Counts keep the heading (2 + 4); kinds and "in all" no more.
    [InlineData(6, "HHcccc")]
    // Counts keep nothing (0 + 4); kinds keep the heading (2 + 2).
    [InlineData(5, "HHkk")]
    [InlineData(4, "HHkk")]
    [InlineData(3, "HHt")]
    // Nothing fits but the line in all.
    [InlineData(2, "t")]
    [InlineData(1, "t")]
    [InlineData(0, "t")]
    public void Keeps_the_most_valuable_items_that_fit_with_the_most_precise_line_that_keeps_most(int budget, string expected)
    {
        ContextTrim trim = Trim(Items, budget);

        Assert.Equal(expected, trim.Text);
        Assert.Equal(expected.Length, trim.Tokens);
        Assert.Equal(Items.Where(i => expected.Contains(i.Label, StringComparison.Ordinal)), Items.Where(trim.Kept.Contains));
        Assert.Equal(Items.Where(i => !trim.Kept.Contains(i)).OrderBy(i => i.Label.Length == 10 ? 0 : i.Label[0] == 'B' ? 1 : i.Label[0] == 'P' ? 2 : 3), trim.Left);
    }

    [Fact]
    public void Leaves_items_out_by_rank_then_from_the_end_of_each_rank()
    {
        ContextItem[] items =
        {
            Item(ContextRank.Heading, "H"),
            Item(ContextRank.Decision, "D0", order: 0),
            Item(ContextRank.Decision, "D1", order: 1),
            Item(ContextRank.Reference, "R0", order: 0),
            Item(ContextRank.LaterPriority, "P1", order: 1),
            Item(ContextRank.Reference, "R1", order: 1),
        };

        ContextTrim trim = Trim(items, 0);

        Assert.Equal(new[] { "R1", "R0", "D1", "D0", "P1", "H" }, trim.Left.Select(i => i.Label));
        Assert.Empty(trim.Kept);
    }

    [Theory]
    // Without an essential item nothing but counts or "in all" is tried.
    [InlineData(4, "cccc")]
    [InlineData(3, "t")]
    public void With_nothing_kept_the_line_by_counts_stands_when_it_fits(int budget, string expected)
    {
        ContextItem[] items = { Item(ContextRank.Summary, "SSSSSSSSSS") };

        Assert.Equal(expected, Trim(items, budget).Text);
    }

    [Theory]
    // Drop order: the earlier handoff (8), the item of the rank given (4), the heading (2). By counts the item goes
    // (2 + 4 = 6 fits at 8, 6 + 4 = 10 not); kinds alone (6 + 2 = 8) and "in all" (6 + 1 = 7) keep it. Kinds are
    // tried only for the first priority, a blocker or the end of its text; "in all" since counts keep only the heading.
    [InlineData((int)ContextRank.FirstPriority, "HHEEEEkk")]
    [InlineData((int)ContextRank.Blocker, "HHEEEEkk")]
    [InlineData((int)ContextRank.BlockerEnd, "HHEEEEkk")]
    [InlineData((int)ContextRank.BlockerAge, "HHEEEEt")]
    [InlineData((int)ContextRank.Summary, "HHEEEEt")]
    [InlineData((int)ContextRank.LaterPriority, "HHEEEEt")]
    public void Names_kinds_alone_only_to_keep_an_essential_item(int rank, string expected)
    {
        ContextItem[] items = { Item(ContextRank.Heading, "HH"), Item((ContextRank)rank, "EEEE"), Item(ContextRank.EarlierHandoff, "XXXXXXXX") };

        Assert.Equal(expected, Trim(items, 8).Text);
    }

    [Theory]
    // More items than ContextTrimmer.LinearLimit: the fewest to leave out are found by halving. A heading (2) and 300
    // decisions of one character each (302 in all); the later decisions go first; by counts the line is 4. At 302 all
    // fit, though without one to four of them the text, with its left-out line, would not.
    [InlineData(303, 300)]
    [InlineData(302, 300)]
    // 2 + 295 + 4 = 301.
    [InlineData(301, 295)]
    [InlineData(100, 94)]
    // 2 + 1 + 4.
    [InlineData(7, 1)]
    public void Past_the_linear_limit_halving_keeps_as_many_as_one_at_a_time_would(int budget, int decisionsKept)
    {
        ContextItem[] items = new[] { Item(ContextRank.Heading, "HH") }
            .Concat(Enumerable.Range(0, 300).Select(i => Item(ContextRank.Decision, "d", order: i)))
            .ToArray();
        Assert.True(items.Length > ContextTrimmer.LinearLimit);

        ContextTrim trim = Trim(items, budget);

        string expected = "HH" + new string('d', decisionsKept) + (decisionsKept == 300 ? string.Empty : "cccc");
        Assert.Equal(expected, trim.Text);
        Assert.Equal(expected.Length, trim.Tokens);
        Assert.Equal(300 - decisionsKept, trim.Left.Count);
        Assert.Equal(Enumerable.Range(decisionsKept, 300 - decisionsKept).Reverse(), trim.Left.Select(i => i.Order));
    }

    [Theory]
    // Items of one line each ("d" and a line feed, 2 characters): a text of more lines with text than the budget is
    // over it without being counted, and the answer is the same. 2 + 2 x 22 + 4 = 50; 2 + 2 x 147 + 4 = 300.
    [InlineData(50, 22)]
    [InlineData(51, 22)]
    [InlineData(300, 147)]
    public void Past_the_linear_limit_a_text_of_more_lines_than_the_budget_is_over_it(int budget, int decisionsKept)
    {
        ContextItem[] items = new[] { Item(ContextRank.Heading, "HH") }
            .Concat(Enumerable.Range(0, 300).Select(i => Item(ContextRank.Decision, "d\n", order: i)))
            .ToArray();
        var counted = new List<string>();
        var trimmer = new ContextTrimmer(budget, s => { counted.Add(s); return s.Length; }, (kept, left, form) => Render(items, kept, left, form));

        ContextTrim trim = trimmer.Trim(items);

        Assert.Equal("HH" + string.Concat(Enumerable.Repeat("d\n", decisionsKept)) + "cccc", trim.Text);
        // Halving takes about log2(300) tries; none with more lines than the budget was counted (the whole text, 301
        // lines, is one such try at each of these budgets).
        Assert.NotEmpty(counted);
        Assert.All(counted, text => Assert.True(text.Split('\n').Count(l => l.Length > 0) <= budget, $"{text.Length} characters counted"));
        Assert.True(counted.Count < 12, $"{counted.Count} texts counted");
    }

    [Fact]
    public void Past_the_linear_limit_when_nothing_fits_by_counts_the_line_in_all_stands()
    {
        ContextItem[] items = Enumerable.Range(0, 300).Select(i => Item(ContextRank.Decision, "d", order: i)).ToArray();

        ContextTrim trim = Trim(items, 3);

        Assert.Equal("ddt", trim.Text);
        Assert.Equal(3, trim.Tokens);
    }
}
