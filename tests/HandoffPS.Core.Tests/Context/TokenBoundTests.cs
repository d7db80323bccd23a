using CsCheck;
using HandoffPS.Core.Context;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests.Context;

public class TokenBoundTests
{
    /// <summary>Every Markdown text at hand: the project's fixtures and the real handoffs.</summary>
    private static IEnumerable<string> Texts() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md", SearchOption.AllDirectories)
            .Concat(Corpus.Files)
            .Select(File.ReadAllText);

    /// <summary>Random texts of words, spaces, line breaks, Markdown marks, other scripts, emoji and a special token.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
            Gen.String[Gen.Char.AlphaNumeric, 0, 12],
            Gen.Const(" "), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("  "), Gen.Const("'s"), Gen.Const("**"), Gen.Const("- ✅ "),
            Gen.Const("é"), Gen.Const("日本語"), Gen.Const("🙂"), Gen.Const("<|endoftext|>"), Gen.Const("123456"), Gen.Const("\t"),
            Gen.String)
        .Array[0, 30].Select(p => string.Concat(p));

    /// <summary>Every file at hand, and each of its lines.</summary>
    private static IEnumerable<string> TextsAndLines() => Texts().SelectMany(text => text.Split('\n').Prepend(text));

    /// <summary>A bound's total over every file at hand, against the tokenizer's.</summary>
    private static double RatioToCount(Func<string, int> bound)
    {
        long total = 0;
        long count = 0;
        foreach (string text in Texts())
        {
            total += bound(text);
            count += TokenCounter.Count(text);
        }

        return (double)total / count;
    }

    [Fact]
    public void The_bound_is_never_below_the_tokenizers_count_for_whole_files_and_for_each_line()
    {
        Assert.True(TokenBound.HasVocabulary);
        foreach (string text in TextsAndLines())
        {
            Assert.True(TokenBound.UpperBound(text) >= TokenCounter.Count(text), text);
        }
    }

    [Fact]
    public void The_bound_is_never_below_the_count_for_any_text()
    {
        AnyText.Sample(text => TokenBound.UpperBound(text) >= TokenCounter.Count(text), iter: TestScale.Iterations(2000));
    }

    [Fact]
    public void The_lower_bound_is_never_above_the_count_for_whole_files_and_for_each_line()
    {
        foreach (string text in TextsAndLines())
        {
            Assert.True(TokenBound.LowerBound(text) <= TokenCounter.Count(text), text);
        }
    }

    [Fact]
    public void The_lower_bound_is_never_above_the_count_for_any_text_and_is_0_where_a_special_token_may_stand()
    {
        AnyText.Sample(text => TokenBound.LowerBound(text) <= TokenCounter.Count(text), iter: TestScale.Iterations(2000));

        // "<|endoftext|>" is one token of the tokenizer, three pieces of the pattern.
        Assert.Equal(0, TokenBound.LowerBound("a <|endoftext|> b"));
        Assert.Equal(3, TokenBound.LowerBound("one two three"));
        Assert.Equal(0, TokenBound.LowerBound(string.Empty));
    }

    [Fact]
    public void For_the_handoffs_people_write_the_lower_bound_is_more_than_half_the_count()
    {
        // Most pieces of English Markdown are one token: the bound settles most over-budget tries of the trimmer.
        Assert.InRange(RatioToCount(TokenBound.LowerBound), 0.5, 1.0);
    }

    [Fact]
    public void For_the_handoffs_people_write_the_bound_stays_within_twice_the_count()
    {
        // About 1.9: pieces outside the 60,000 most frequent tokens count their bytes. So a context of up to about half
        // its budget is fitted without the tokenizer; a longer one creates it.
        Assert.InRange(RatioToCount(TokenBound.UpperBound), 1.0, 2.1);
    }

    [Fact]
    public void Within_a_budget_it_answers_fits_or_not_as_the_tokenizer_does()
    {
        foreach (string text in Texts().Take(40))
        {
            int exact = TokenCounter.Count(text);
            foreach (int budget in new[] { exact - 1, exact, exact + 1, exact * 2, 50 })
            {
                Assert.Equal(exact > budget, TokenBound.Within(budget)(text) > budget);
            }
        }
    }

    [Fact]
    public void A_context_trimmed_with_the_lower_bound_is_the_same_text_as_with_exact_counts_only()
    {
        // The default counter lets the trimmer skip counting texts the pieces already put over the budget; a counter
        // given explicitly (the same tokenizer) does not. Real series, and a handoff of many long items (the shape a
        // fuzzed input took 0.3 s on: every try counted whole).
        var now = new DateTime(2026, 11, 30, 12, 0, 0);
        string line = string.Join(' ', Enumerable.Repeat("token rotation and refresh of the session store", 4));
        var many = new Handoff
        {
            Description = "Many long items",
            Date = now.AddDays(-1),
            Branch = "main",
            Summary = line,
            CompletedWork = Enumerable.Range(1, 30).Select(i => $"{i} {line}").ToArray(),
            NextPriorities = Enumerable.Range(1, 30).Select(i => new Priority(i, $"Step {i} {line}", null, new[] { line })).ToArray(),
            Blockers = Enumerable.Range(1, 20).Select(i => new Blocker(null, $"Question {i} {line}")).ToArray(),
        };
        var cases = new List<Handoff[]> { new[] { many } };
        cases.AddRange(Corpus.Files.Take(4).Select(f => new[] { HandoffParser.ReadFile(f) }));
        foreach (Handoff[] series in cases)
        {
            foreach (int budget in new[] { HandoffContextOptions.MinimumMaxTokens, 500, 2000 })
            {
                var bounded = HandoffContextBuilder.Build(series, new HandoffContextOptions { MaxTokens = budget, Now = now });
                var exact = HandoffContextBuilder.Build(series, new HandoffContextOptions { MaxTokens = budget, Now = now, CountTokens = TokenCounter.Count });
                Assert.Equal(exact.Text, bounded.Text);
                Assert.Equal(exact.Tokens, bounded.Tokens);
                Assert.Equal(TokenCounter.Count(bounded.Text), bounded.Tokens);
            }
        }
    }

    [Fact]
    public void A_context_fitted_with_the_bound_is_the_same_text_as_with_exact_counts()
    {
        Handoff[] series = Corpus.Files.Take(6).Select(HandoffParser.ReadFile).ToArray();
        var now = new DateTime(2026, 11, 30, 12, 0, 0);
        foreach (int budget in new[] { 60, 150, 300, 600, 1000, 4000 })
        {
            var exact = HandoffContextBuilder.Build(series, new HandoffContextOptions { MaxTokens = budget, Now = now });
            var bounded = HandoffContextBuilder.Build(series, new HandoffContextOptions { MaxTokens = budget, Now = now, CountTokens = TokenBound.Within(budget) });
            Assert.Equal(exact.Text, bounded.Text);
        }
    }
}
