using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

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
        Assert.Equal(PriorityStatus.Done, optimize.Kind);
        Assert.Equal("Done", optimize.Status);
        Assert.Equal("Optimized token refresh (500ms -> 40ms)", optimize.MatchedBy);
        Assert.Equal("slow", optimize.Reason);
        Assert.Equal(PriorityStatus.CarriedOver, all[1].Kind);
        Assert.Equal("Write the docs", all[1].MatchedBy);
        // "Add unit tests for parser" is a near miss, not the integration tests.
        Assert.Equal(PriorityStatus.Dropped, all[2].Kind);
        Assert.Null(all[2].MatchedBy);
        Assert.Equal(PriorityStatus.Dropped, all[3].Kind);
        Assert.Equal(PriorityStatus.Done, all[4].Kind);
        Assert.Equal("Released 1.0 to NuGet", all[4].MatchedBy);
        Assert.Equal(PriorityStatus.Pending, all[5].Kind);
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

        Assert.Equal(PriorityStatus.Done, HandoffSeries.AllPriorities(series)[0].Kind);
    }

    [Fact]
    public void Latest_priorities_are_not_measured()
    {
        var latest = HandoffSeries.LatestPriorities(Series());

        PriorityRecord only = Assert.Single(latest);
        Assert.Equal("Celebrate", only.Title);
        Assert.Equal(1, only.Rank);
        Assert.Null(only.Status);
        Assert.Null(only.Kind);
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
    private static readonly DateTime D4 = new(2025, 10, 4, 9, 0, 0);

    [Fact]
    public void Order_keeps_the_given_order_for_the_same_date_and_file_name()
    {
        var x = new Handoff { Description = "x", Date = D1, FileName = "2025-10-01-0900-n.md" };
        var y = new Handoff { Description = "y", Date = D1, FileName = "2025-10-01-0900-n.md" };
        var z = new Handoff { Description = "z", Date = D1, FileName = "2025-10-01-0900-n.md" };

        Assert.Equal(new[] { "x", "y", "z" }, HandoffSeries.Order(new[] { x, y, z }).Select(h => h.Description));
        Assert.Equal(new[] { "z", "x", "y" }, HandoffSeries.Order(new[] { z, x, y }).Select(h => h.Description));
    }

    [Fact]
    public void Order_puts_a_handoff_without_file_name_before_a_named_one_of_the_same_date()
    {
        var named = new Handoff { Description = "named", Date = D1, FileName = "2025-10-01-0900-a.md" };
        var unnamed = new Handoff { Description = "unnamed", Date = D1 };

        Assert.Equal(new[] { "unnamed", "named" }, HandoffSeries.Order(new[] { named, unnamed }).Select(h => h.Description));
        Assert.Equal(new[] { "unnamed", "named" }, HandoffSeries.Order(new[] { unnamed, named }).Select(h => h.Description));
    }

    [Fact]
    public void Order_drops_nulls_keeps_every_handoff_without_path_and_rejects_null()
    {
        var a = new Handoff { Description = "a", Date = D2 };
        var b = new Handoff { Description = "b", Date = D1 };

        Assert.Equal(new[] { "b", "a", "a" }, HandoffSeries.Order(new[] { a, null!, b, a }).Select(h => h.Description));
        Assert.Throws<ArgumentNullException>(() => HandoffSeries.Order(null!));
    }

    [Fact]
    public void Order_keeps_the_first_of_the_same_file_given_twice()
    {
        Handoff first = H("2025-10-01 09:00", "one");
        Handoff again = H("2025-10-01 09:00", "one");
        again.Description = "one again";

        Assert.Equal(new[] { "one" }, HandoffSeries.Order(new[] { first, again }).Select(h => h.Description));
    }

    [Fact]
    public void A_run_resolved_later_gives_every_record_of_the_run_the_same_resolution_date()
    {
        var series = new[]
        {
            H("2025-10-01 09:00", "one", blockers: new[] { "CI: flaky" }),
            H("2025-10-02 09:00", "two", blockers: new[] { "CI: flaky" }),
            H("2025-10-03 09:00", "three", blockers: new[] { "CI: flaky" }),
            H("2025-10-04 09:00", "four"),
        };

        var all = HandoffSeries.AllBlockers(series);

        Assert.Equal(new DateTime?[] { D4, D4, D4 }, all.Select(b => b.ResolvedOn));
        Assert.Equal(new DateTime?[] { D1, D1, D1 }, all.Select(b => b.FirstSeen));
        Assert.Equal(new[] { 1, 2, 3 }, all.Select(b => b.SessionsOpen));
        Assert.Equal(new DateTime?[] { D1, D2, D3 }, all.Select(b => b.Date));

        BlockerRecord resolved = Assert.Single(HandoffSeries.ResolvedBlockers(series));
        Assert.Equal("three", resolved.Description);
        Assert.Equal(3, resolved.SessionsOpen);
        Assert.Equal(D1, resolved.FirstSeen);
        Assert.Equal(D4, resolved.ResolvedOn);
        Assert.Equal("/p/2025-10-03-three.md", resolved.Path);
        Assert.Equal("feat/x", HandoffSeries.ResolvedBlockers(new[]
        {
            H("2025-10-01 09:00", "one", blockers: new[] { "CI: flaky" }, branch: "feat/x"),
            H("2025-10-02 09:00", "two"),
        })[0].Branch);
    }

    [Fact]
    public void A_blocker_listed_twice_in_one_handoff_is_resolved_once_and_one_that_comes_back_twice()
    {
        var series = new[]
        {
            H("2025-10-01 09:00", "one", blockers: new[] { "CI: flaky", "ci: Flaky." }),
            H("2025-10-02 09:00", "two"),
            H("2025-10-03 09:00", "three", blockers: new[] { "CI: flaky" }),
            H("2025-10-04 09:00", "four"),
        };

        var resolved = HandoffSeries.ResolvedBlockers(series);

        Assert.Equal(new[] { "one", "three" }, resolved.Select(r => r.Description));
        Assert.Equal(new DateTime?[] { D2, D4 }, resolved.Select(r => r.ResolvedOn));
        Assert.Equal(new DateTime?[] { D1, D3 }, resolved.Select(r => r.FirstSeen));
        Assert.Equal("CI: flaky", resolved[0].ToString());
    }

    [Fact]
    public void Blockers_of_the_last_handoff_are_never_resolved()
    {
        Assert.Empty(HandoffSeries.ResolvedBlockers(new[] { H("2025-10-01 09:00", "one", blockers: new[] { "CI: flaky" }) }));
        Assert.Empty(HandoffSeries.ResolvedBlockers(Array.Empty<Handoff>()));
        Assert.Empty(HandoffSeries.AllBlockers(Array.Empty<Handoff>()));
        Assert.Empty(HandoffSeries.AllPriorities(Array.Empty<Handoff>()));
    }

    [Fact]
    public void Queries_reject_a_null_series()
    {
        Assert.Throws<ArgumentNullException>(() => HandoffSeries.AllBlockers(null!));
        Assert.Throws<ArgumentNullException>(() => HandoffSeries.ResolvedBlockers(null!));
        Assert.Throws<ArgumentNullException>(() => HandoffSeries.Measure(null!, null));
    }

    [Fact]
    public void Open_blockers_of_a_single_handoff_are_new()
    {
        BlockerRecord open = Assert.Single(HandoffSeries.OpenBlockers(new[] { H("2025-10-01 09:00", "one", blockers: new[] { "flaky tests" }) }));

        Assert.Null(open.Category);
        Assert.Equal("flaky tests", open.Text);
        Assert.Equal(1, open.SessionsOpen);
        Assert.Equal(D1, open.FirstSeen);
        Assert.Null(open.ResolvedOn);
    }

    [Fact]
    public void Priority_records_carry_the_priority_and_its_handoff()
    {
        var first = new Handoff
        {
            Description = "one",
            Date = D1,
            Branch = "feat/a",
            Path = "/p/one.md",
            NextPriorities = new[] { new Priority(1, "Ship the beta", "customers wait", new[] { "File: src/a.cs", "Owner: Ada" }) },
        };
        var second = new Handoff { Description = "two", Date = D2, Branch = "main", Path = "/p/two.md", NextPriorities = new[] { new Priority(1, "Write docs") } };

        PriorityRecord measured = HandoffSeries.AllPriorities(new[] { first, second })[0];
        PriorityRecord latest = Assert.Single(HandoffSeries.LatestPriorities(new[] { first }));

        foreach (PriorityRecord r in new[] { measured, latest })
        {
            Assert.Equal(1, r.Rank);
            Assert.Equal("Ship the beta", r.Title);
            Assert.Equal("customers wait", r.Reason);
            Assert.Equal(new[] { "File: src/a.cs", "Owner: Ada" }, r.Details);
            Assert.Equal(D1, r.Date);
            Assert.Equal("feat/a", r.Branch);
            Assert.Equal("one", r.Description);
            Assert.Equal("/p/one.md", r.Path);
        }

        Assert.Equal(PriorityStatus.Dropped, measured.Kind);
        Assert.Null(measured.MatchedBy);
        Assert.Null(latest.Status);
        Assert.Null(latest.MatchedBy);
    }

    [Fact]
    public void Measure_without_a_next_handoff_is_pending()
    {
        Assert.Equal((PriorityStatus.Pending, (string?)null), HandoffSeries.Measure(new Priority(1, "Ship"), null));
    }

    [Fact]
    public void Measure_names_the_best_matching_item()
    {
        var next = new Handoff
        {
            Description = "n",
            CompletedWork = new[] { "Token refresh optimized, sessions cached and logging cleaned up", "Optimized token refresh" },
            NextPriorities = new[] { new Priority(1, "Optimize token refresh more") },
        };

        Assert.Equal((PriorityStatus.Done, "Optimized token refresh"), HandoffSeries.Measure(new Priority(1, "Optimize token refresh"), next));
        Assert.Equal((PriorityStatus.CarriedOver, "Optimize token refresh more"), HandoffSeries.Measure(new Priority(1, "Optimize the token refresh more"), new Handoff { Description = "m", NextPriorities = next.NextPriorities }));
    }
}
