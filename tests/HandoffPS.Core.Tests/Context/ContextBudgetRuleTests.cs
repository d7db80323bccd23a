using System.Text.RegularExpressions;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The rule of the issue: from 150 tokens up, the context keeps the latest handoff's first priority and every open
/// blocker's category and text (shortened if it must be) before the summary, the details, key files and
/// decisions, and still names what it left out. Every expected text here is written by hand; token counts that
/// decide which text is expected are checked with <see cref="TokenCounter"/> on those hand-written texts.
/// </summary>
public class ContextBudgetRuleTests
{
    private static readonly DateTime Now = new(2025, 11, 1, 12, 0, 0);

    private const string LongBlocker =
        "Unclear whether the payments API keeps idempotency keys across retries of a failed charge, or whether a replay "
        + "after the 24-hour window creates a second charge that the ledger has to reverse by hand";

    // Cut by hand at the last space within 50 characters.
    private const string ShortBlocker = "Unclear whether the payments API keeps idempotency…";

    private const string Age = " (open 43 hours, 1 session, since 2025-10-30 17:00)";

    // About 500 tokens: longer than any of the budgets below 1000 leaves room for.
    private static readonly string Summary = string.Join(' ', Enumerable.Range(1, 20).Select(i =>
        $"Batch {i}: moved the retry handling of charge batch {i} into the queue worker and checked it against the staging ledger."));

    private static Handoff PaymentsRetry() => new()
    {
        Path = "/p/session-handoffs/2025-10-30-1700-payments-retry.md",
        FileName = "2025-10-30-1700-payments-retry.md",
        Description = "Payments retry",
        Date = new DateTime(2025, 10, 30, 17, 0, 0),
        Branch = "main",
        Summary = Summary,
        NextPriorities = new[]
        {
            new Priority(1, "Rotate the signing keys", "before the audit", new[] { "Staging first", "Then production" }),
            new Priority(2, "Replay failed charges", null, new[] { "Only idempotent ones" }),
            new Priority(3, "Alert on retry storms"),
            new Priority(4, "Document the retry policy"),
            new Priority(5, "Remove the legacy cron job"),
            new Priority(6, "Load-test the queue worker", null, new[] { "500 charges a second" }),
            new Priority(7, "Review the ledger schema"),
            new Priority(8, "Clean up feature flags"),
        },
        Blockers = new[] { new Blocker("Security", "token TTL not agreed"), new Blocker(null, LongBlocker) },
        Decisions = new[] { "Retries back off exponentially", "Charges are replayed from the queue, never from the ledger" },
        KeyFiles = new[] { new KeyFile("payments/retry.py", "Retry worker"), new KeyFile("payments/ledger.py") },
        References = new[] { "RFC 9110 (Retry-After)" },
    };

    private static HandoffContext Build(int maxTokens) => HandoffContextBuilder.Build(new[] { PaymentsRetry() },
        new HandoffContextOptions { MaxTokens = maxTokens, Branch = "main", Now = Now, ProjectRoot = "/p" });

    private const string Head =
        "# Handoff context: main\n" +
        "Latest handoff: Payments retry, 2025-10-30 17:00 on main (session-handoffs/2025-10-30-1700-payments-retry.md).\n" +
        "Written 43 hours ago.\n";

    private const string FirstPriority = "1. **Rotate the signing keys** (before the audit)";

    private static string Full() =>
        Head +
        "\n## Summary\n" + Summary + "\n" +
        "\n## Next priorities\n" +
        FirstPriority + "\n" +
        "   - Staging first\n" +
        "   - Then production\n" +
        "2. **Replay failed charges**\n" +
        "   - Only idempotent ones\n" +
        "3. **Alert on retry storms**\n" +
        "4. **Document the retry policy**\n" +
        "5. **Remove the legacy cron job**\n" +
        "6. **Load-test the queue worker**\n" +
        "   - 500 charges a second\n" +
        "7. **Review the ledger schema**\n" +
        "8. **Clean up feature flags**\n" +
        "\n## Open blockers\n" +
        "- **Security**: token TTL not agreed" + Age + "\n" +
        "- " + LongBlocker + Age + "\n" +
        "\n## Decisions\n" +
        "- Retries back off exponentially\n" +
        "- Charges are replayed from the queue, never from the ledger\n" +
        "\n## Key files\n" +
        "- `payments/retry.py` - Retry worker\n" +
        "- `payments/ledger.py`\n" +
        "\n## References\n" +
        "- RFC 9110 (Retry-After)\n" +
        "\nLeft out: nothing.";

    /// <summary>The first priority and both blockers, in the given forms, with the given left-out line.</summary>
    private static string Essentials(string security, string unclear, string leftOut) =>
        Head +
        "\n## Next priorities\n" + FirstPriority + "\n" +
        "\n## Open blockers\n" + security + "\n" + unclear + "\n" +
        "\n" + leftOut;

    private const string DroppedBeforeAges =
        "1 reference, details of 3 priorities, 2 key files, 2 decisions, 7 priorities, the summary";

    [Fact]
    public void At_1000_tokens_everything_fits()
    {
        string expected = Full();
        Assert.True(TokenCounter.Count(expected) <= 1000, "the fixture fits in 1000 tokens");

        HandoffContext c = Build(1000);

        Assert.Equal(expected, c.Text);
        Assert.Empty(c.LeftOut);
    }

    [Fact]
    public void At_400_tokens_keeps_the_first_priority_and_the_blockers_with_their_ages_when_the_summary_does_not_fit()
    {
        string expected = Essentials(
            "- **Security**: token TTL not agreed" + Age,
            "- " + LongBlocker + Age,
            $"Left out to stay within 400 tokens: {DroppedBeforeAges}. The handoff file has them.");
        // The item that went last is the summary: with it, the text is over the budget.
        string withSummary = expected
            .Replace("\n## Next priorities\n", "\n## Summary\n" + Summary + "\n\n## Next priorities\n")
            .Replace(", the summary.", ".");
        Assert.True(TokenCounter.Count(expected) <= 400, $"{TokenCounter.Count(expected)} tokens");
        Assert.True(TokenCounter.Count(withSummary) > 400);

        HandoffContext c = Build(400);

        Assert.Equal(expected, c.Text);
        Assert.Equal(new[] { "Rotate the signing keys" }, c.NextPriorities.Select(p => p.Title));
        Assert.Empty(c.NextPriorities[0].Details);
        Assert.Equal(new[] { "Security", null }, c.OpenBlockers.Select(b => b.Category));
        Assert.Equal(LongBlocker, c.OpenBlockers[1].Text);
        Assert.Null(c.Summary);
    }

    [Fact]
    public void At_200_tokens_the_age_of_the_last_blocker_goes_first()
    {
        string expected = Essentials(
            "- **Security**: token TTL not agreed" + Age,
            "- " + LongBlocker,
            $"Left out to stay within 200 tokens: {DroppedBeforeAges}, the age of 1 blocker. The handoff file has them.");
        string withAge = Essentials(
            "- **Security**: token TTL not agreed" + Age,
            "- " + LongBlocker + Age,
            $"Left out to stay within 200 tokens: {DroppedBeforeAges}. The handoff file has them.");
        Assert.True(TokenCounter.Count(expected) <= 200, $"{TokenCounter.Count(expected)} tokens");
        Assert.True(TokenCounter.Count(withAge) > 200);

        HandoffContext c = Build(200);

        Assert.Equal(expected, c.Text);
        Assert.Equal("age of blocker: " + LongBlocker, c.LeftOut[^1]);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(151)]
    public void Shortens_a_long_blocker_text_rather_than_leave_a_blocker_out_and_names_the_kinds_left_out(int budget)
    {
        const string kinds = "references, details of priorities, key files, decisions, priorities, the summary, the ages of blockers, the full text of blockers";
        string expected = Essentials(
            "- **Security**: token TTL not agreed",
            "- " + ShortBlocker,
            $"Left out to stay within {budget} tokens: {kinds}. The handoff file has them.");
        // With counts, the same text is over the budget (so kinds alone are named)...
        string withCounts = Essentials(
            "- **Security**: token TTL not agreed",
            "- " + ShortBlocker,
            $"Left out to stay within {budget} tokens: {DroppedBeforeAges}, the ages of 2 blockers, the full text of 1 blocker. The handoff file has them.");
        // ...and the whole text of the long blocker is over it too.
        string withWholeText = Essentials(
            "- **Security**: token TTL not agreed",
            "- " + LongBlocker,
            $"Left out to stay within {budget} tokens: {kinds.Replace(", the full text of blockers", string.Empty)}. The handoff file has them.");
        Assert.True(TokenCounter.Count(expected) <= budget, $"{TokenCounter.Count(expected)} tokens");
        Assert.True(TokenCounter.Count(withCounts) > budget);
        Assert.True(TokenCounter.Count(withWholeText) > budget);

        HandoffContext c = Build(budget);

        Assert.Equal(expected, c.Text);
        Assert.Equal("Rotate the signing keys", Assert.Single(c.NextPriorities).Title);
        Assert.Equal(new[] { "token TTL not agreed", ShortBlocker }, c.OpenBlockers.Select(b => b.Text));
        Assert.Equal(1, c.OpenBlockers[1].SessionsOpen);
        Assert.Equal(new DateTime(2025, 10, 30, 17, 0, 0), c.OpenBlockers[1].FirstSeen);
        Assert.Equal("main", c.OpenBlockers[1].Branch);
        Assert.Equal("end of blocker: " + LongBlocker, c.LeftOut[^1]);
    }

    [Fact]
    public void Keeps_the_first_priority_and_every_open_blocker_at_any_budget_from_150_up_and_names_what_it_left_out()
    {
        // Every 37th budget from 150 up, and 2000 (all 1,851 take minutes: too long for mutation runs).
        foreach (int budget in Enumerable.Range(0, 51).Select(i => 150 + (37 * i)).Append(2000))
        {
            HandoffContext c = Build(budget);
            string[] lines = c.Text.Split('\n');
            string because = $"at {budget} tokens:\n{c.Text}";

            Assert.True(TokenCounter.Count(c.Text) <= budget, because);
            Assert.Contains(FirstPriority, lines);
            Assert.Contains(lines, l => l.StartsWith("- **Security**: token TTL not agreed", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("- " + ShortBlocker.TrimEnd('…'), StringComparison.Ordinal));
            Assert.All(ExpectedLeftOut(c.Text), name => Assert.Contains(name, lines[^1]));
        }
    }

    /// <summary>
    /// What the left-out line must name, found by comparing the text with the fixture (not with what the builder
    /// reports): each kind with something missing, with its count when the line gives counts.
    /// </summary>
    private static IEnumerable<string> ExpectedLeftOut(string text)
    {
        string leftOutLine = text.Split('\n')[^1];
        if (leftOutLine == "Left out: nothing.")
        {
            Assert.Equal(Full(), text);
            yield break;
        }

        bool counts = Regex.IsMatch(leftOutLine, @"tokens: .*\d");
        string Name(int n, string one, string many, string kind) => !counts ? kind : n == 1 ? one : string.Format(many, n);

        int Missing(int all, string pattern) => all - Regex.Matches(text, pattern, RegexOptions.Multiline).Count;

        int priorities = Missing(8, @"^\d\. \*\*");
        int details = Missing(3, @"^\d\. .*\n   - ");
        int decisions = Missing(2, @"^- (Retries|Charges) ");
        int keyFiles = Missing(2, @"^- `payments/");
        int references = Missing(1, @"^- RFC 9110");
        int ages = Missing(2, @"\(open 43 hours, 1 session, since 2025-10-30 17:00\)$");
        int ends = Missing(1, Regex.Escape(LongBlocker));
        if (references > 0)
        {
            yield return Name(references, "1 reference", "{0} references", "references");
        }

        if (details > 0)
        {
            yield return Name(details, "details of 1 priority", "details of {0} priorities", "details of priorities");
        }

        if (keyFiles > 0)
        {
            yield return Name(keyFiles, "1 key file", "{0} key files", "key files");
        }

        if (decisions > 0)
        {
            yield return Name(decisions, "1 decision", "{0} decisions", "decisions");
        }

        if (priorities > 0)
        {
            yield return Name(priorities, "1 priority", "{0} priorities", "priorities");
        }

        if (!text.Contains("\n## Summary\n", StringComparison.Ordinal))
        {
            yield return "the summary";
        }

        if (ages > 0)
        {
            yield return Name(ages, "the age of 1 blocker", "the ages of {0} blockers", "the ages of blockers");
        }

        if (ends > 0)
        {
            yield return Name(ends, "the full text of 1 blocker", "the full text of {0} blockers", "the full text of blockers");
        }
    }
}
