using CsCheck;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class HandoffContextTests
{
    private static readonly DateTime Now = new(2025, 11, 1, 12, 0, 0);

    private static Handoff Latest() => new()
    {
        Path = "/p/session-handoffs/2025-10-29-1105-auth-refactor.md",
        FileName = "2025-10-29-1105-auth-refactor.md",
        Description = "Auth refactor",
        Date = new DateTime(2025, 10, 29, 11, 5, 0),
        Branch = "main",
        Summary = "Moved token refresh into a background job; refresh now takes under 50ms.",
        CompletedWork = new[] { "JWT refresh under 50ms" },
        NextPriorities = new[]
        {
            new Priority(1, "Security review", "before release", new[] { "Token TTL", "Rotation on use" }),
            new Priority(2, "Integration tests", null, new[] { "Refresh job under load" }),
            new Priority(3, "Docs"),
        },
        Blockers = new[] { new Blocker("Security", "token TTL not agreed"), new Blocker(null, "Unclear whether the API is versioned") },
        Decisions = new[] { "Refresh tokens rotate on use" },
        KeyFiles = new[] { new KeyFile("auth/refresh.py", "Background refresh job") },
        References = new[] { "OWASP JWT cheat sheet", "RFC 7519" },
    };

    private static Handoff[] Project() => new[]
    {
        new Handoff
        {
            Path = "/p/session-handoffs/2025-10-27-0930-feature-implementation.md",
            FileName = "2025-10-27-0930-feature-implementation.md",
            Description = "Feature Implementation",
            Date = new DateTime(2025, 10, 27, 9, 30, 0),
            Branch = "main",
            Blockers = new[] { new Blocker(null, "Unclear whether the API is versioned") },
        },
        new Handoff
        {
            Path = "/p/session-handoffs/2025-10-28-1610-charts-spike.md",
            FileName = "2025-10-28-1610-charts-spike.md",
            Description = "Charts spike",
            Date = new DateTime(2025, 10, 28, 16, 10, 0),
            Branch = "feat/charts",
            Blockers = new[] { new Blocker("Design", "colour palette not chosen") },
        },
        Latest(),
    };

    /// <summary>The whole context of <see cref="Project"/> for main, written by hand.</summary>
    private const string FullText =
        "# Handoff context: main\n" +
        "Latest handoff: Auth refactor, 2025-10-29 11:05 on main (session-handoffs/2025-10-29-1105-auth-refactor.md).\n" +
        "Written 3 days ago.\n" +
        "\n" +
        "## Summary\n" +
        "Moved token refresh into a background job; refresh now takes under 50ms.\n" +
        "\n" +
        "## Next priorities\n" +
        "1. **Security review** (before release)\n" +
        "   - Token TTL\n" +
        "   - Rotation on use\n" +
        "2. **Integration tests**\n" +
        "   - Refresh job under load\n" +
        "3. **Docs**\n" +
        "\n" +
        "## Open blockers\n" +
        "- **Security**: token TTL not agreed (open 3 days, 1 session, since 2025-10-29 11:05)\n" +
        "- Unclear whether the API is versioned (open 5 days, 2 sessions, since 2025-10-27 09:30)\n" +
        "- **Design**: colour palette not chosen (on feat/charts; open 3 days, 1 session, since 2025-10-28 16:10)\n" +
        "\n" +
        "## Decisions\n" +
        "- Refresh tokens rotate on use\n" +
        "\n" +
        "## Key files\n" +
        "- `auth/refresh.py` - Background refresh job\n" +
        "\n" +
        "## References\n" +
        "- OWASP JWT cheat sheet\n" +
        "- RFC 7519\n" +
        "\n" +
        "## Earlier handoffs\n" +
        "- 2025-10-28 16:10 Charts spike (feat/charts)\n" +
        "- 2025-10-27 09:30 Feature Implementation (main)\n" +
        "\n" +
        "Left out: nothing.";

    private static HandoffContextOptions Options(int maxTokens = 1000, string? branch = "main", Func<Handoff, ChangesSinceHandoff?>? changes = null) => new()
    {
        MaxTokens = maxTokens,
        Branch = branch,
        Now = Now,
        ProjectRoot = "/p",
        ChangesSince = changes,
    };

    [Fact]
    public void Shows_the_essentials_of_the_latest_handoff_of_the_branch()
    {
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options());

        Assert.Equal(FullText, c.Text);
        Assert.Equal(TokenCounter.Count(c.Text), c.Tokens);
        Assert.True(c.HasHandoff);
        Assert.False(c.IsFallback);
        Assert.Equal("Auth refactor", c.Description);
        Assert.Equal("3 days", c.Age);
        Assert.Null(c.CommitsSince);
        Assert.Equal(3, c.NextPriorities.Length);
        Assert.Equal(new[] { "Security", null, "Design" }, c.OpenBlockers.Select(b => b.Category));
        Assert.Empty(c.LeftOut);
    }

    [Fact]
    public void Adds_commit_and_file_counts_to_the_staleness_line_when_known()
    {
        Handoff? asked = null;
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(changes: h => { asked = h; return new ChangesSinceHandoff(4, 1); }));

        Assert.Equal("Auth refactor", asked?.Description);
        Assert.Contains("\nWritten 3 days ago; since then 4 commits and 1 changed file.\n", c.Text);
        Assert.Equal(4, c.CommitsSince);
        Assert.Equal(1, c.ChangedFilesSince);
    }

    [Fact]
    public void A_commit_count_that_reached_the_cap_says_at_least()
    {
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(changes: _ => new ChangesSinceHandoff(200, 31) { CommitsIsLowerBound = true }));

        Assert.Contains("\nWritten 3 days ago; since then at least 200 commits and 31 changed files.\n", c.Text);
    }

    [Fact]
    public void Falls_back_to_the_latest_handoff_of_the_project_and_says_so()
    {
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(branch: "feat/new"));

        Assert.True(c.IsFallback);
        Assert.Equal("Auth refactor", c.Description);
        Assert.StartsWith("# Handoff context: feat/new\nLatest handoff: Auth refactor, ", c.Text);
        Assert.Contains("\nNo handoff on branch 'feat/new' yet: this is the latest handoff of the project.\n", c.Text);
    }

    [Fact]
    public void Shows_another_branch_when_asked()
    {
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(branch: "feat/charts"));

        Assert.Equal("Charts spike", c.Description);
        Assert.False(c.IsFallback);
        Assert.Equal("- **Design**: colour palette not chosen (open 3 days, 1 session, since 2025-10-28 16:10)", c.Text.Split('\n').First(l => l.Contains("Design")));
        Assert.Contains("- **Security**: token TTL not agreed (on main; open 3 days", c.Text);
    }

    [Fact]
    public void Lists_blockers_of_other_branches_only_while_the_branch_exists()
    {
        var options = new HandoffContextOptions { Branch = "main", Now = Now, LiveBranches = new[] { "main" } };

        HandoffContext c = HandoffContextBuilder.Build(Project(), options);

        Assert.DoesNotContain("colour palette", c.Text);
    }

    [Fact]
    public void Says_one_line_when_there_is_no_handoff()
    {
        HandoffContext c = HandoffContextBuilder.Build(Array.Empty<Handoff>(), Options());

        Assert.False(c.HasHandoff);
        Assert.Equal(
            $"No session handoffs in {Path.Combine("/p", "session-handoffs")} yet: nothing to carry over from an earlier session. Write one at the end of this session with New-Handoff.",
            c.Text);
        Assert.Equal(TokenCounter.Count(c.Text), c.Tokens);
        Assert.Equal("main", c.RequestedBranch);
        Assert.Equal(string.Empty, c.LeftOutLine);

        HandoffContext nowhere = HandoffContextBuilder.Build(Array.Empty<Handoff>(), new HandoffContextOptions { Now = Now });
        Assert.Equal("No session handoffs yet: nothing to carry over from an earlier session. Write one at the end of this session with New-Handoff.", nowhere.Text);
    }

    [Fact]
    public void Leaves_out_the_least_valuable_items_first_and_says_what()
    {
        HandoffContext full = HandoffContextBuilder.Build(Project(), Options());
        string[] leftOut = HandoffContextBuilder.Build(Project(), Options(maxTokens: HandoffContextOptions.MinimumMaxTokens)).LeftOut;
        for (int budget = full.Tokens - 1; budget >= HandoffContextOptions.MinimumMaxTokens; budget--)
        {
            if (budget != full.Tokens - 1 && budget != HandoffContextOptions.MinimumMaxTokens && !TestScale.Takes(budget))
            {
                continue;
            }

            HandoffContext c = HandoffContextBuilder.Build(Project(), Options(maxTokens: budget));
            Assert.True(c.Tokens <= budget, $"{c.Tokens} tokens over {budget}");
            Assert.NotEmpty(c.LeftOut);
            // Every budget leaves items out in the same order: what is kept is always the most valuable.
            Assert.Equal(leftOut.Take(c.LeftOut.Length), c.LeftOut.Take(leftOut.Length));
        }

        int Index(string label) => Array.FindIndex(leftOut, l => l.StartsWith(label, StringComparison.Ordinal));
        Assert.True(Index("earlier handoff: 2025-10-27") < Index("earlier handoff: 2025-10-28"));
        Assert.True(Index("earlier handoff: 2025-10-28") < Index("blocker on feat/charts"));
        Assert.True(Index("blocker on feat/charts") < Index("reference: RFC 7519"));
        Assert.True(Index("reference: RFC 7519") < Index("reference: OWASP"));
        Assert.True(Index("reference: OWASP") < Index("details of priority: Integration tests"));
        Assert.True(Index("details of priority: Integration tests") < Index("details of priority: Security review"));
        Assert.True(Index("details of priority: Security review") < Index("key file: "));
        Assert.True(Index("key file: ") < Index("decision: "));
        Assert.True(Index("decision: ") < Index("priority: Docs"));
        Assert.True(Index("priority: Docs") < Index("priority: Integration tests"));
        Assert.True(Index("priority: Integration tests") < Index("summary"));
        // The first priority and the open blockers stay longest: the blockers' ages go first, then the blockers
        // from the end of the list, then the first priority.
        Assert.True(Index("summary") < Index("age of blocker: Unclear"));
        Assert.True(Index("age of blocker: Unclear") < Index("age of blocker: Security"));
        Assert.True(Index("age of blocker: Security") < Index("blocker: Unclear"));
        Assert.True(Index("blocker: Unclear") < Index("blocker: Security"));
        Assert.True(Index("blocker: Security") < Index("priority: Security review"));
        Assert.True(Index("priority: Security review") < Index("staleness"));
    }

    [Fact]
    public void Ends_with_a_left_out_line_in_counts_and_keeps_structured_output_in_step()
    {
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(maxTokens: 245));

        Assert.Equal(c.LeftOutLine, c.Text.Split('\n')[^1]);
        Assert.Equal("Left out to stay within 245 tokens: 2 earlier handoffs, 1 other-branch blocker, 2 references. The handoff file has them.", c.LeftOutLine);
        Assert.Empty(c.References);
        Assert.Empty(c.EarlierHandoffs);
        Assert.DoesNotContain(c.OpenBlockers, b => b.Branch == "feat/charts");
        Assert.Equal(new[] { 2, 1, 0 }, c.NextPriorities.Select(p => p.Details.Length));
        Assert.Contains("   - Rotation on use\n", c.Text);

        string json = c.ToJson();
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(c.Text, doc.RootElement.GetProperty("Text").GetString());
        Assert.Equal(c.LeftOut.Length, doc.RootElement.GetProperty("LeftOut").GetArrayLength());
    }

    [Fact]
    public void Never_exceeds_the_budget_and_never_cuts_an_item()
    {
        // Random handoffs (long summaries, many items, details) and budgets: the text is within the budget, and every
        // line of it is a whole line of the untrimmed text, a shortened blocker line, or the left-out line.
        Gen<string> word = Gen.OneOf("token", "refresh", "ülçer", "認証", "🚀", "API", "x", "rotation", "2025-10-29", "`code`", "(why)");
        Gen<string> line = word.Array[1, 30].Select(w => string.Join(' ', w));
        Gen<Priority> priority = Gen.Select(line, line.Null(0.5), line.Array[0, 4], (t, r, d) => new Priority(1, t, r, d));
        Gen<Handoff> handoff = Gen.Select(line, line.Array[0, 6], priority.Array[0, 6], line.Array[0, 6], line.Array[0, 6], line.Array[0, 6], line.Array[0, 6],
            (description, summary, priorities, blockers, decisions, keyFiles, references) => new Handoff
            {
                Description = description,
                Date = Now.AddDays(-3),
                Branch = "main",
                Summary = summary.Length == 0 ? null : string.Join('\n', summary),
                NextPriorities = priorities.Select((p, i) => p.WithRank(i + 1)).ToArray(),
                Blockers = blockers.Select(b => new Blocker(null, b)).ToArray(),
                Decisions = decisions,
                KeyFiles = keyFiles.Select(k => new KeyFile(k.Replace('`', '\''))).ToArray(),
                References = references,
            });

        Gen.Select(handoff, Gen.Int[HandoffContextOptions.MinimumMaxTokens, 1500]).Sample((h, budget) =>
        {
            HandoffContext full = HandoffContextBuilder.Build(new[] { h }, Options(maxTokens: int.MaxValue));
            HandoffContext c = HandoffContextBuilder.Build(new[] { h }, Options(maxTokens: budget));
            var fullLines = full.Text.Split('\n').ToHashSet();
            string[] lines = c.Text.Split('\n');
            // An open blocker's line may be shortened: its age left out, its text cut at the end and marked "…".
            bool wholeOrShortenedBlocker(string l) => fullLines.Contains(l)
                || (l.StartsWith("- ", StringComparison.Ordinal) && fullLines.Any(f => f.StartsWith(l.TrimEnd('…'), StringComparison.Ordinal) && f.EndsWith(')')));
            return c.Tokens <= budget
                && TokenCounter.Count(c.Text) == c.Tokens
                && lines[..^1].All(wholeOrShortenedBlocker)
                && lines[^1].StartsWith("Left out", StringComparison.Ordinal)
                && (c.LeftOut.Length == 0) == (c.Text == full.Text);
        }, iter: TestScale.Iterations(150));
    }

    [Fact]
    public void Says_how_many_items_went_when_the_budget_has_no_room_for_the_line_by_kind()
    {
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(maxTokens: 110));

        Assert.True(c.Tokens <= 110);
        Assert.Equal($"Left out to stay within 110 tokens: {c.LeftOut.Length} items. The handoff file has them.", c.LeftOutLine);
        Assert.Null(c.Summary);
        Assert.Equal("Security review", Assert.Single(c.NextPriorities).Title);
        Assert.Equal("Security", Assert.Single(c.OpenBlockers).Category);

        HandoffContext tiny = HandoffContextBuilder.Build(Project(), Options(maxTokens: HandoffContextOptions.MinimumMaxTokens));
        Assert.True(tiny.Tokens <= HandoffContextOptions.MinimumMaxTokens);
        Assert.StartsWith("# Handoff context: main\n", tiny.Text);
        Assert.EndsWith(" session-handoffs/2025-10-29-1105-auth-refactor.md has them.", tiny.Text);
    }

    [Fact]
    public void Leaves_nothing_out_at_exactly_the_tokens_of_the_whole_text_and_one_above()
    {
        int tokens = TokenCounter.Count(FullText);

        Assert.Equal(FullText, HandoffContextBuilder.Build(Project(), Options(maxTokens: tokens)).Text);
        Assert.Equal(FullText, HandoffContextBuilder.Build(Project(), Options(maxTokens: tokens + 1)).Text);
    }

    [Fact]
    public void One_token_below_the_whole_text_leaves_out_the_earlier_handoffs()
    {
        int budget = TokenCounter.Count(FullText) - 1;
        const string earlier = "\n## Earlier handoffs\n- 2025-10-28 16:10 Charts spike (feat/charts)\n- 2025-10-27 09:30 Feature Implementation (main)\n";
        // Without the oldest alone, the longer left-out line leaves the text over the budget.
        string withoutOldest = FullText
            .Replace("- 2025-10-27 09:30 Feature Implementation (main)\n", string.Empty)
            .Replace("Left out: nothing.", $"Left out to stay within {budget} tokens: 1 earlier handoff. The handoff file has them.");
        string expected = FullText
            .Replace(earlier, string.Empty)
            .Replace("Left out: nothing.", $"Left out to stay within {budget} tokens: 2 earlier handoffs. The handoff file has them.");
        Assert.True(TokenCounter.Count(withoutOldest) > budget);
        Assert.True(TokenCounter.Count(expected) <= budget);

        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(maxTokens: budget));

        Assert.Equal(expected, c.Text);
        Assert.Equal(new[] { "earlier handoff: 2025-10-27 09:30 Feature Implementation (main)", "earlier handoff: 2025-10-28 16:10 Charts spike (feat/charts)" }, c.LeftOut);
    }

    [Theory]
    // With a character as a token, the lengths are counted on hand-written texts, not by the builder.
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-1)]
    public void Keeps_what_fits_at_the_budget_one_below_and_one_above_whatever_the_token_count(int offset)
    {
        const string decision = "Keep the context builder free of PowerShell so that a command-line front end or another host can reuse it as it is";
        var handoff = new Handoff { Description = "Tiny", Summary = "Short summary.", Decisions = new[] { decision } };
        const string head = "# Handoff context\nLatest handoff: Tiny.\nWritten at an unknown time (the handoff has no date).\n\n## Summary\nShort summary.\n\n";
        const string whole = head + "## Decisions\n- " + decision + "\n\nLeft out: nothing.";
        int budget = whole.Length + offset;
        string withoutDecision = head + $"Left out to stay within {budget} tokens: 1 decision. The handoff file has them.";
        Assert.True(withoutDecision.Length <= whole.Length - 1, "one below, leaving out the decision is enough");

        HandoffContext c = HandoffContextBuilder.Build(new[] { handoff },
            new HandoffContextOptions { MaxTokens = budget, Branch = null, Now = Now, CountTokens = s => s.Length });

        Assert.Equal(offset < 0 ? withoutDecision : whole, c.Text);
        Assert.Equal(offset < 0 ? withoutDecision.Length : whole.Length, c.Tokens);
    }

    [Fact]
    public void Without_a_branch_shows_the_latest_handoff_of_the_project()
    {
        HandoffContext c = HandoffContextBuilder.Build(Project(), Options(branch: null));

        Assert.StartsWith("# Handoff context\nLatest handoff: Auth refactor, 2025-10-29 11:05 on main (", c.Text);
        Assert.False(c.IsFallback);
        Assert.Null(c.RequestedBranch);
    }

    [Fact]
    public void Says_when_the_handoff_has_no_date_and_shows_a_path_outside_the_project_as_it_is()
    {
        var handoff = new Handoff { Path = "/elsewhere/notes.md", Description = "Undated", Blockers = new[] { new Blocker(null, "No CI yet") } };

        HandoffContext c = HandoffContextBuilder.Build(new[] { handoff }, Options(branch: null));

        Assert.Equal(
            "# Handoff context\n" +
            "Latest handoff: Undated (/elsewhere/notes.md).\n" +
            "Written at an unknown time (the handoff has no date).\n" +
            "\n" +
            "## Open blockers\n" +
            "- No CI yet (open 1 session)\n" +
            "\n" +
            "Left out: nothing.",
            c.Text);
        Assert.Null(c.Age);
        Assert.Equal("Written at an unknown time (the handoff has no date).", c.Staleness);
    }

    [Fact]
    public void Names_the_file_in_the_left_out_line_only_when_the_heading_does_not()
    {
        // A character is a token: the title and the line in all fit in 115 (19 + 92), the latest-handoff line not.
        var handoff = new Handoff { Path = "/p/session-handoffs/2025-10-29-1105-x.md", Description = "X", Date = Now.AddDays(-3) };
        HandoffContext c = HandoffContextBuilder.Build(new[] { handoff },
            new HandoffContextOptions { MaxTokens = 115, Now = Now, ProjectRoot = "/p", CountTokens = s => s.Length });

        Assert.Equal("# Handoff context\n\nLeft out to stay within 115 tokens: 2 items. session-handoffs/2025-10-29-1105-x.md has them.", c.Text);
        Assert.Null(c.Staleness);

        // Nothing fits: the line in all is the whole text, over the budget; without a path, it names the handoff file.
        HandoffContext nothing = HandoffContextBuilder.Build(new[] { new Handoff { Description = "X" } },
            new HandoffContextOptions { MaxTokens = 50, Now = Now, CountTokens = s => s.Length });
        Assert.Equal("Left out to stay within 50 tokens: everything. The handoff file has them.", nothing.Text);
        Assert.Equal(nothing.Text, nothing.LeftOutLine);
        Assert.Equal(new[] { "staleness", "latest handoff", "title" }, nothing.LeftOut);
    }

    [Fact]
    public void Lists_a_blocker_open_on_another_branch_once_and_other_branches_newest_first_then_by_name()
    {
        Handoff On(string branch, DateTime date, params Blocker[] blockers) => new()
        {
            Path = $"/p/session-handoffs/{branch}.md", FileName = branch + ".md", Description = branch, Date = date, Branch = branch, Blockers = blockers,
        };
        var shared = new Blocker("Security", "token TTL not agreed");
        Handoff[] handoffs =
        {
            On("main", Now.AddDays(-1), shared),
            On("feat/b", Now.AddDays(-2), shared, new Blocker(null, "b open")),
            On("feat/a", Now.AddDays(-2), new Blocker(null, "a open")),
            On("feat/c", Now.AddDays(-3), new Blocker(null, "c open")),
        };

        HandoffContext c = HandoffContextBuilder.Build(handoffs, Options(branch: "main"));

        Assert.Equal(new[] { "token TTL not agreed", "a open", "b open", "c open" }, c.OpenBlockers.Select(b => b.Text));
        Assert.Equal(new[] { "main", "feat/a", "feat/b", "feat/c" }, c.OpenBlockers.Select(b => b.Branch));
    }

    [Fact]
    public void Lists_as_many_earlier_handoffs_as_asked()
    {
        HandoffContextOptions Earlier(int n) => new() { Branch = "main", Now = Now, ProjectRoot = "/p", EarlierHandoffs = n };

        Assert.Equal(new[] { "Charts spike" }, HandoffContextBuilder.Build(Project(), Earlier(1)).EarlierHandoffs.Select(h => h.Description));
        Assert.Empty(HandoffContextBuilder.Build(Project(), Earlier(0)).EarlierHandoffs);
        Assert.DoesNotContain("## Earlier handoffs", HandoffContextBuilder.Build(Project(), Earlier(-1)).Text);
    }

    [Fact]
    public void Json_is_indented_and_keeps_characters_as_they_are()
    {
        var handoff = new Handoff { Description = "Ünïcode → «quotes» & <tags>", Date = Now.AddDays(-1) };

        string json = HandoffContextBuilder.Build(new[] { handoff }, Options(branch: null)).ToJson();

        Assert.Contains("\n  \"Text\": \"# Handoff context\\nLatest handoff: Ünïcode → «quotes» & <tags>, ", json);
        Assert.Contains("\n  \"Description\": \"Ünïcode → «quotes» & <tags>\",", json);
    }

    [Fact]
    public void Refuses_a_budget_below_the_minimum()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => HandoffContextBuilder.Build(Project(), Options(maxTokens: 49)));
        Assert.StartsWith("MaxTokens must be at least 50.", e.Message);
        Assert.Equal(50, HandoffContextBuilder.Build(Project(), Options(maxTokens: 50)).MaxTokens);
    }

    [Theory]
    [InlineData(0, "less than a minute")]
    [InlineData(61, "1 minute")]
    [InlineData(59 * 60, "59 minutes")]
    [InlineData(3600, "1 hour")]
    [InlineData(47 * 3600, "47 hours")]
    [InlineData(48 * 3600, "2 days")]
    [InlineData(-5, "less than a minute")]
    public void Describes_ages_in_words(int seconds, string expected)
    {
        Assert.Equal(expected, HandoffContextBuilder.DescribeAge(TimeSpan.FromSeconds(seconds)));
    }
}
