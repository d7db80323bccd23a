using HandoffPS.Core;

namespace HandoffPS.Core.Tests;

public class HandoffSeriesTests
{
    private static Handoff H(string date, string description, string[]? blockers = null, string[]? completed = null, string[]? priorities = null, string branch = "main") => new()
    {
        Date = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        FileName = $"{date[..10]}-{description}.md",
        Path = $"/p/{date[..10]}-{description}.md",
        Description = description,
        Branch = branch,
        Blockers = (blockers ?? Array.Empty<string>()).Select(Blocker.FromText).ToArray(),
        CompletedWork = completed ?? Array.Empty<string>(),
        NextPriorities = (priorities ?? Array.Empty<string>()).Select((p, i) => Priority.FromText(i + 1, p)).ToArray(),
    };

    private static readonly DateTime D1 = new(2025, 10, 1, 9, 0, 0);
    private static readonly DateTime D2 = new(2025, 10, 2, 9, 0, 0);
    private static readonly DateTime D3 = new(2025, 10, 3, 9, 0, 0);

    private static IReadOnlyList<Handoff> Series() => new[]
    {
        H("2025-10-01 09:00", "one", blockers: new[] { "Security: token TTL not agreed", "CI: flaky" },
            priorities: new[] { "Optimize token refresh (slow)", "Write docs", "Add integration tests" }),
        H("2025-10-02 09:00", "two", blockers: new[] { "security: Token TTL  not agreed.", "Design: colours" },
            completed: new[] { "Optimized token refresh (500ms -> 40ms)", "Add unit tests for parser" },
            priorities: new[] { "Write the docs", "Release 1.0" }),
        H("2025-10-03 09:00", "three", blockers: new[] { "Security: token TTL not agreed", "CI: flaky" },
            completed: new[] { "Released 1.0 to NuGet" }, priorities: new[] { "Celebrate" }),
    };

    [Fact]
    public void Open_blockers_are_those_of_the_last_handoff_with_their_unbroken_run()
    {
        var open = HandoffSeries.OpenBlockers(Series());

        Assert.Equal(2, open.Count);
        Assert.Equal("Security", open[0].Category);
        Assert.Equal("token TTL not agreed", open[0].Text);
        Assert.Equal(D1, open[0].FirstSeen);
        Assert.Equal(3, open[0].SessionsOpen);
        Assert.Null(open[0].ResolvedOn);
        Assert.Equal(D3, open[0].Date);
        Assert.Equal("three", open[0].Description);
        Assert.Equal("/p/2025-10-03-three.md", open[0].Path);
        Assert.Equal("main", open[0].Branch);

        // CI: flaky went away in 'two' and came back: a new run.
        Assert.Equal("CI", open[1].Category);
        Assert.Equal(D3, open[1].FirstSeen);
        Assert.Equal(1, open[1].SessionsOpen);
    }

    [Fact]
    public void Resolved_blockers_have_the_date_of_the_first_handoff_without_them()
    {
        var resolved = HandoffSeries.ResolvedBlockers(Series());

        Assert.Equal(new[] { "CI: flaky", "Design: colours" }, resolved.Select(r => r.ToString()));
        Assert.Equal(D2, resolved[0].ResolvedOn);
        Assert.Equal(D1, resolved[0].FirstSeen);
        Assert.Equal(1, resolved[0].SessionsOpen);
        Assert.Equal("one", resolved[0].Description);
        Assert.Equal(D3, resolved[1].ResolvedOn);
        Assert.Equal(D2, resolved[1].FirstSeen);
    }

    [Fact]
    public void All_blockers_come_in_handoff_order_with_the_run_so_far()
    {
        var all = HandoffSeries.AllBlockers(Series());

        Assert.Equal(6, all.Count);
        Assert.Equal(new[] { 1, 1, 2, 1, 3, 1 }, all.Select(b => b.SessionsOpen));
        Assert.Equal(new[] { "one", "one", "two", "two", "three", "three" }, all.Select(b => b.Description));
        // The reworded Security blocker of 'two' is the same blocker: its run started in 'one'.
        Assert.Equal("Token TTL not agreed.", all[2].Text);
        Assert.Equal(D1, all[2].FirstSeen);
        Assert.Equal(new DateTime?[] { null, D2, null, D3, null, null }, all.Select(b => b.ResolvedOn));
    }

    [Fact]
    public void Priorities_are_measured_against_the_next_handoff()
    {
        var all = HandoffSeries.AllPriorities(Series());

        Assert.Equal(6, all.Count);
        PriorityRecord optimize = all[0];
        Assert.Equal(PriorityStatus.Done, optimize.Status);
        Assert.Equal("Optimized token refresh (500ms -> 40ms)", optimize.MatchedBy);
        Assert.Equal("slow", optimize.Reason);
        Assert.Equal(PriorityStatus.CarriedOver, all[1].Status);
        Assert.Equal("Write the docs", all[1].MatchedBy);
        // "Add unit tests for parser" is a near miss, not the integration tests.
        Assert.Equal(PriorityStatus.Dropped, all[2].Status);
        Assert.Null(all[2].MatchedBy);
        Assert.Equal(PriorityStatus.Dropped, all[3].Status);
        Assert.Equal(PriorityStatus.Done, all[4].Status);
        Assert.Equal("Released 1.0 to NuGet", all[4].MatchedBy);
        Assert.Equal(PriorityStatus.Pending, all[5].Status);
        Assert.Equal("three", all[5].Description);
        Assert.Equal(D3, all[5].Date);
    }

    [Fact]
    public void Done_wins_over_carried_over()
    {
        var series = new[]
        {
            H("2025-10-01 09:00", "one", priorities: new[] { "Ship the beta" }),
            H("2025-10-02 09:00", "two", completed: new[] { "Shipped the beta" }, priorities: new[] { "Ship the beta" }),
        };

        Assert.Equal(PriorityStatus.Done, HandoffSeries.AllPriorities(series)[0].Status);
    }

    [Fact]
    public void Latest_priorities_are_not_measured()
    {
        var latest = HandoffSeries.LatestPriorities(Series());

        PriorityRecord only = Assert.Single(latest);
        Assert.Equal("Celebrate", only.Title);
        Assert.Equal(1, only.Rank);
        Assert.Null(only.Status);
        Assert.Empty(HandoffSeries.LatestPriorities(Array.Empty<Handoff>()));
        Assert.Empty(HandoffSeries.OpenBlockers(Array.Empty<Handoff>()));
    }

    [Fact]
    public void Order_sorts_by_date_then_file_name_and_drops_repeated_files()
    {
        Handoff a = H("2025-10-02 09:00", "b-second");
        Handoff b = H("2025-10-02 09:00", "a-first");
        Handoff c = H("2025-10-01 18:00", "earliest");
        var undated = new Handoff { FileName = "notes.md", Path = "/p/notes.md", Description = "undated" };

        var ordered = HandoffSeries.Order(new[] { a, b, c, a, undated });

        Assert.Equal(new[] { "undated", "earliest", "a-first", "b-second" }, ordered.Select(h => h.Description));
    }
}
