using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Tests;

public class CarryForwardTests
{
    private static readonly Handoff Previous = new()
    {
        Description = "day 1",
        NextPriorities = new[]
        {
            new Priority(1, "Optimize token refresh", "500ms today"),
            new Priority(2, "Add integration tests"),
            new Priority(3, "Security review"),
        },
        Blockers = new[]
        {
            new Blocker("Performance", "Token refresh taking 500ms"),
            new Blocker("Security", "TTL not agreed"),
            new Blocker(null, "Unclear whether the API is versioned"),
        },
    };

    [Fact]
    public void Carries_what_was_not_completed_or_resolved_after_the_explicit_values()
    {
        var draft = new Handoff
        {
            Description = "day 2",
            CompletedWork = new[] { "Optimized token refresh (500ms -> 40ms)" },
            NextPriorities = new[] { new Priority(1, "Write the release notes") },
            Blockers = new[] { new Blocker("Docs", "No owner") },
        };

        Handoff next = CarryForward.Apply(draft, Previous, new[] { "performance" });

        Assert.Equal(new[] { "Write the release notes", "Add integration tests", "Security review" }, next.NextPriorities.Select(p => p.Title));
        Assert.Equal(new[] { 1, 2, 3 }, next.NextPriorities.Select(p => p.Rank));
        Assert.Equal(new[] { "No owner", "TTL not agreed", "Unclear whether the API is versioned" }, next.Blockers.Select(b => b.Text));
    }

    [Fact]
    public void Without_resolved_blockers_every_blocker_is_carried()
    {
        Handoff next = CarryForward.Apply(new Handoff { Description = "x" }, Previous);

        Assert.Equal(3, next.Blockers.Length);
        Assert.Equal(3, next.NextPriorities.Length);
    }

    [Theory]
    [InlineData("Security")]
    [InlineData("ttl not agreed.")]
    [InlineData("  TTL  not ")]
    public void A_blocker_is_resolved_by_category_text_or_the_start_of_its_text(string resolved)
    {
        Handoff next = CarryForward.Apply(new Handoff { Description = "x" }, Previous, new[] { resolved });

        Assert.DoesNotContain(next.Blockers, b => b.Category == "Security");
        Assert.Equal(2, next.Blockers.Length);
    }

    [Fact]
    public void Nothing_appears_twice()
    {
        var draft = new Handoff
        {
            Description = "x",
            NextPriorities = new[] { new Priority(1, "Add the integration tests", "CI") },
            Blockers = new[] { new Blocker("security", "TTL not agreed.") },
        };

        Handoff next = CarryForward.Apply(draft, Previous);

        Assert.Single(next.NextPriorities, p => TitleMatcher.IsMatch(p.Title, "Add integration tests"));
        Assert.Single(next.Blockers, b => BlockerIdentity.Normalize(b.Text) == "ttl not agreed");
        Assert.Equal("CI", next.NextPriorities[0].Reason);
    }
    [Fact]
    public void The_draft_is_not_changed_and_other_values_are_kept()
    {
        var draft = new Handoff
        {
            Description = "day 2",
            Summary = "short",
            CompletedWork = new[] { "Security review done" },
            NextPriorities = new[] { new Priority(5, "Write the release notes") },
        };

        Handoff next = CarryForward.Apply(draft, Previous);

        Assert.Equal(new[] { "Write the release notes", "Optimize token refresh", "Add integration tests" }, next.NextPriorities.Select(p => p.Title));
        Assert.Equal(new[] { 1, 2, 3 }, next.NextPriorities.Select(p => p.Rank));
        Assert.Equal("500ms today", next.NextPriorities[1].Reason);
        Assert.Equal("short", next.Summary);
        Assert.Equal("day 2", next.Description);
        Assert.Equal(5, Assert.Single(draft.NextPriorities).Rank);
        Assert.Empty(draft.Blockers);
        Assert.Equal(3, next.Blockers.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    public void An_empty_resolved_value_resolves_nothing(string resolved)
    {
        Handoff next = CarryForward.Apply(new Handoff { Description = "x" }, Previous, new[] { resolved });

        Assert.Equal(3, next.Blockers.Length);
    }

    [Theory]
    [InlineData("Token refresh", "Performance")]
    [InlineData("performance:", "Performance")]
    [InlineData("unclear whether", null)]
    [InlineData("UNCLEAR WHETHER THE API IS VERSIONED!", null)]
    public void A_resolved_value_removes_exactly_the_blocker_it_names(string resolved, string? category)
    {
        Handoff next = CarryForward.Apply(new Handoff { Description = "x" }, Previous, new[] { resolved });

        Assert.Equal(2, next.Blockers.Length);
        Assert.DoesNotContain(next.Blockers, b => b.Category == category);
    }

    [Theory]
    [InlineData("refresh taking")]
    [InlineData("TTL not agreed and more")]
    [InlineData("Securit")]
    public void A_value_that_is_neither_category_text_nor_its_start_resolves_nothing(string resolved)
    {
        Assert.Equal(3, CarryForward.Apply(new Handoff { Description = "x" }, Previous, new[] { resolved }).Blockers.Length);
    }

    [Fact]
    public void A_blocker_without_category_is_not_resolved_by_an_empty_category()
    {
        var uncategorised = new Blocker(null, "flaky CI");

        Assert.False(CarryForward.IsResolved(uncategorised, new[] { "other" }));
        Assert.True(CarryForward.IsResolved(uncategorised, new[] { "flaky ci" }));
        Assert.True(CarryForward.IsResolved(new Blocker("CI", "flaky"), new[] { "ci" }));
        Assert.False(CarryForward.IsResolved(new Blocker("CI", "flaky"), Array.Empty<string>()));
    }

    [Fact]
    public void A_previous_priority_done_under_another_wording_is_not_carried()
    {
        var draft = new Handoff { Description = "x", CompletedWork = new[] { "Added the integration tests for the parser" } };

        Handoff next = CarryForward.Apply(draft, Previous);

        Assert.Equal(new[] { "Optimize token refresh", "Security review" }, next.NextPriorities.Select(p => p.Title));
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => CarryForward.Apply(null!, Previous));
        Assert.Throws<ArgumentNullException>(() => CarryForward.Apply(new Handoff(), null!));
    }
}
