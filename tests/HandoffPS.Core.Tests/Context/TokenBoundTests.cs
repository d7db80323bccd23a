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

    [Fact]
    public void The_bound_is_never_below_the_tokenizers_count_for_whole_files_and_for_each_line()
    {
        Assert.True(TokenBound.HasVocabulary);
        foreach (string text in Texts())
        {
            Assert.True(TokenBound.UpperBound(text) >= TokenCounter.Count(text));
            foreach (string line in text.Split('\n'))
            {
                Assert.True(TokenBound.UpperBound(line) >= TokenCounter.Count(line), line);
            }
        }
    }

    [Fact]
    public void The_bound_is_never_below_the_count_for_any_text()
    {
        Gen<string> pieces = Gen.OneOf(
            Gen.String[Gen.Char.AlphaNumeric, 0, 12],
            Gen.Const(" "), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("  "), Gen.Const("'s"), Gen.Const("**"), Gen.Const("- ✅ "),
            Gen.Const("é"), Gen.Const("日本語"), Gen.Const("🙂"), Gen.Const("<|endoftext|>"), Gen.Const("123456"), Gen.Const("\t"),
            Gen.String);
        pieces.Array[0, 30].Select(p => string.Concat(p))
            .Sample(text => TokenBound.UpperBound(text) >= TokenCounter.Count(text), iter: TestScale.Iterations(2000));
    }

    [Fact]
    public void For_the_handoffs_people_write_the_bound_stays_within_twice_the_count()
    {
        long bound = 0;
        long count = 0;
        foreach (string text in Texts())
        {
            bound += TokenBound.UpperBound(text);
            count += TokenCounter.Count(text);
        }

        // About 1.9: pieces outside the 60,000 most frequent tokens count their bytes. So a context of up to about half
        // its budget is fitted without the tokenizer; a longer one creates it.
        Assert.InRange((double)bound / count, 1.0, 2.1);
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
