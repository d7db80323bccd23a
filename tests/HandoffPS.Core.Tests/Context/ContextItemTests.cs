using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Tests;

/// <summary>The typed items of a context: how each writes itself, and what the structured context gets from it.</summary>
public class ContextItemTests
{
    private static readonly ContextItem[] None = Array.Empty<ContextItem>();

    private static BlockerRecord Record(string text, string? category = null) => new()
    {
        Category = category,
        Text = text,
        FirstSeen = new DateTime(2025, 10, 27, 9, 30, 0),
        SessionsOpen = 2,
        ResolvedOn = new DateTime(2025, 10, 30, 8, 0, 0),
        Date = new DateTime(2025, 10, 29, 11, 5, 0),
        Branch = "main",
        Description = "Auth refactor",
        Path = "/p/session-handoffs/2025-10-29-1105-auth-refactor.md",
    };

    private static HashSet<ContextItem> Kept(params ContextItem?[] items) => items.OfType<ContextItem>().ToHashSet();

    [Theory]
    // 50 characters: never shortened.
    [InlineData("Fifty characters of blocker text, to the last one.", null)]
    // 51: cut at the last space within 50 (here the one at 48).
    [InlineData("Fifty-one characters of blocker text, up to here ab", "Fifty-one characters of blocker text, up to here…")]
    // A space right at 50 is where it is cut.
    [InlineData("Unclear whether the payments API keeps idempotency keys", "Unclear whether the payments API keeps idempotency…")]
    // No space within 50: cut at 50.
    [InlineData("Averyveryveryveryveryveryveryveryveryverylongwordthatgoeson and on", "Averyveryveryveryveryveryveryveryveryverylongwordt…")]
    // Never between the halves of a surrogate pair (the rocket is characters 49 and 50).
    [InlineData("Averyveryveryveryveryveryveryveryveryverylongword🚀 then more", "Averyveryveryveryveryveryveryveryveryverylongword…")]
    public void A_blocker_text_longer_than_50_characters_can_be_shortened_at_a_space(string text, string? shortened)
    {
        var item = new BlockerItem(Record(text), 0, "open 5 days");

        Assert.Equal("- " + text + " (open 5 days)", item.Render(Kept(item, item.Age, item.End)));
        Assert.Equal("- " + text, item.Render(Kept(item, item.End)));
        if (shortened is null)
        {
            Assert.Null(item.End);
        }
        else
        {
            Assert.Equal("- " + shortened, item.Render(Kept(item)));
            Assert.Equal("- " + shortened + " (open 5 days)", item.Render(Kept(item, item.Age)));
        }
    }

    [Fact]
    public void A_blocker_is_written_with_its_category_and_its_parts_rank_below_it()
    {
        var item = new BlockerItem(Record("token TTL not agreed with the security team before the release of version 2", "Security"), 3, "open 5 days");

        Assert.Equal("- **Security**: token TTL not agreed with the security team before…", item.Render(Kept(item)));
        Assert.Equal((ContextRank.Blocker, ContextRank.BlockerAge, ContextRank.BlockerEnd), (item.Rank, item.Age.Rank, item.End!.Rank));
        Assert.Equal((3, 3, 3), (item.Order, item.Age.Order, item.End.Order));
        Assert.Equal((ContextSection.Blockers, ContextSection.Blockers), (item.Section, item.End.Section));
        Assert.Same(item, item.Age.Owner);
        Assert.Same(item, item.End.Owner);
        Assert.Null(item.Owner);
        Assert.Equal("blocker: Security: token TTL not agreed with the security team before the release of version 2", item.Label);
        Assert.Equal("age of blocker: Security: token TTL not agreed with the security team before the release of version 2", item.Age.Label);
        Assert.Equal("end of blocker: Security: token TTL not agreed with the security team before the release of version 2", item.End.Label);
    }

    [Fact]
    public void A_shortened_blocker_is_shortened_in_the_structured_context_too_and_keeps_its_history()
    {
        BlockerRecord record = Record("token TTL not agreed with the security team before the release of version 2", "Security");
        var item = new BlockerItem(record, 0, "open 5 days");

        Assert.Same(record, item.Shown(Kept(item, item.End)));
        BlockerRecord shown = item.Shown(Kept(item, item.Age));
        Assert.Equal("token TTL not agreed with the security team before…", shown.Text);
        Assert.Equal(
            (record.Category, record.FirstSeen, record.SessionsOpen, record.ResolvedOn, record.Date, record.Branch, record.Description, record.Path),
            (shown.Category, shown.FirstSeen, shown.SessionsOpen, shown.ResolvedOn, shown.Date, shown.Branch, shown.Description, shown.Path));
        var brief = new BlockerItem(Record("short"), 0, "open 1 session");
        Assert.Same(brief.Blocker, brief.Shown(Kept(brief)));
    }

    [Fact]
    public void The_first_priority_ranks_above_the_others_and_its_details_go_first()
    {
        var first = new PriorityItem(new Priority(1, "Security review", "before release", new[] { "Token TTL", "Rotation" }), 0);
        var second = new PriorityItem(new Priority(2, "Docs"), 1);

        Assert.Equal((ContextRank.FirstPriority, ContextRank.LaterPriority), (first.Rank, second.Rank));
        Assert.Equal((0, 1), (first.Order, second.Order));
        Assert.Equal(ContextRank.PriorityDetails, first.Details!.Rank);
        Assert.Same(first, first.Details.Owner);
        Assert.Null(second.Details);
        Assert.Equal("1. **Security review** (before release)\n   - Token TTL\n   - Rotation", first.Render(Kept(first, first.Details)));
        Assert.Equal("1. **Security review** (before release)", first.Render(Kept(first)));
        Assert.Equal("2. **Docs**", second.Render(Kept(second)));
        Assert.Same(first.Priority, first.Shown(Kept(first, first.Details)));
        Priority without = first.Shown(Kept(first));
        Assert.Equal((1, "Security review", "before release", 0), (without.Rank, without.Title, without.Reason, without.Details.Length));
        Assert.Same(second.Priority, second.Shown(Kept(second)));
    }

    [Fact]
    public void A_part_must_rank_below_its_owner()
    {
        var owner = new PriorityItem(new Priority(2, "Docs"), 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => new ContextPart(owner, ContextRank.LaterPriority, 0, "x", "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContextPart(owner, ContextRank.Summary, 0, "x", "x"));
        Assert.Equal(ContextRank.Decision, new ContextPart(owner, ContextRank.Decision, 0, "x", "x").Rank);
        Assert.Equal("x", new ContextPart(owner, ContextRank.Decision, 0, "label", "x").Render(Kept()));
    }

    /// <summary>A project where the handoff shown has <paramref name="n"/> of every kind of item (and 2n earlier handoffs).</summary>
    private static ContextContent Content(int n)
    {
        DateTime now = new(2025, 11, 1, 12, 0, 0);
        string[] Some(string what) => Enumerable.Range(1, n).Select(i => $"{what} {i}").ToArray();
        var handoffs = new List<Handoff>();
        for (int i = 1; i <= n; i++)
        {
            handoffs.Add(new Handoff { Description = "Earlier " + i, Date = now.AddDays(-10 - i), Branch = "main" });
            handoffs.Add(new Handoff { Description = "Other " + i, Date = now.AddDays(-5 - i), Branch = "feat/" + i, Blockers = new[] { new Blocker(null, "other " + i) } });
        }

        handoffs.Add(new Handoff
        {
            Path = "/p/session-handoffs/2025-10-29-1105-shown.md",
            Description = "Shown",
            Date = now.AddDays(-3),
            Branch = "main",
            Summary = "A summary.",
            NextPriorities = Some("Priority").Select((p, i) => new Priority(i + 1, p, null, new[] { "detail" })).ToArray(),
            Blockers = Some("Blocker").Select(b => new Blocker(null, b + new string('x', 60) + " end")).ToArray(),
            Decisions = Some("Decision"),
            KeyFiles = Some("file").Select(f => new KeyFile(f)).ToArray(),
            References = Some("Reference"),
        });
        ContextSelection selection = ContextSelection.Of(handoffs, "main")!;
        return ContextContent.Of(selection, new HandoffContextOptions { Branch = "main", Now = now, ProjectRoot = "/p" }, null);
    }

    [Fact]
    public void The_left_out_line_names_one_of_each_kind()
    {
        ContextContent content = Content(2);
        // One of each rank, the second where there are two (the first priority is the one of its rank).
        ContextItem[] left = content.Items.GroupBy(i => i.Rank).Select(g => g.Last()).OrderBy(i => i.Rank).ToArray();
        var kept = content.Items.Except(left).ToHashSet();

        string line = new ContextRenderer(content, 300).LeftOutLine(kept, left, LeftOutForm.Counts);

        Assert.Equal(
            "Left out to stay within 300 tokens: 1 earlier handoff, 1 other-branch blocker, 1 reference, details of 1 priority, 1 key file, "
            + "1 decision, 2 priorities, the summary, the age of 1 blocker, the full text of 1 blocker, 1 blocker, 1 heading line. "
            + "The handoff file has them.",
            line);
    }

    [Fact]
    public void The_left_out_line_names_many_of_each_kind_with_counts_or_alone()
    {
        ContextContent content = Content(2);
        ContextItem[] left = content.Items.OrderBy(i => i.Rank).ToArray();
        var renderer = new ContextRenderer(content, 300);

        Assert.Equal(
            "Left out to stay within 300 tokens: 4 earlier handoffs, 2 other-branch blockers, 2 references, details of 2 priorities, "
            + "2 key files, 2 decisions, 2 priorities, the summary, the ages of 2 blockers, the full text of 2 blockers, 2 blockers, "
            + "3 heading lines. session-handoffs/2025-10-29-1105-shown.md has them.",
            renderer.LeftOutLine(new HashSet<ContextItem>(), left, LeftOutForm.Counts));
        Assert.Equal(
            "Left out to stay within 300 tokens: earlier handoffs, other-branch blockers, references, details of priorities, key files, "
            + "decisions, priorities, the summary, the ages of blockers, the full text of blockers, blockers, heading lines. "
            + "session-handoffs/2025-10-29-1105-shown.md has them.",
            renderer.LeftOutLine(new HashSet<ContextItem>(), left, LeftOutForm.Kinds));
        Assert.Equal(
            "Left out to stay within 300 tokens: everything. session-handoffs/2025-10-29-1105-shown.md has them.",
            renderer.LeftOutLine(new HashSet<ContextItem>(), left, LeftOutForm.Total));
        Assert.Equal("Left out: nothing.", renderer.LeftOutLine(content.Items.ToHashSet(), Array.Empty<ContextItem>(), LeftOutForm.Kinds));
    }
}
