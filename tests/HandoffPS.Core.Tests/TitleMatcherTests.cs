using HandoffPS.Core.Series;

namespace HandoffPS.Core.Tests;

public class TitleMatcherTests
{
    [Theory]
    [InlineData("Optimize token refresh", "Optimized token refresh (500ms -> 40ms)")]
    [InlineData("Add tests", "Added tests")]
    [InlineData("Add integration tests", "Added integration tests for the parser")]
    [InlineData("Implement real-time updates", "Real-time updates working (WebSocket)")]
    [InlineData("Security review", "Reviewed security")]
    [InlineData("Fix login bug", "Fixed the login bug")]
    [InlineData("Update dependencies", "Updated dependency")]
    [InlineData("Cache queries", "Caching query results")]
    [InlineData("**Write** `README`", "write readme")]
    [InlineData("Deploy", "Deployed")]
    [InlineData("Release 1.0", "Released 1.0 to NuGet")]
    [InlineData("Run migrations", "Running migration")]
    // Containment: a completed item may restate the priority and add detail.
    [InlineData("Login page", "Login page redesign with dark mode and new fonts")]
    public void Matches_the_same_work_written_differently(string title, string other)
    {
        Assert.True(TitleMatcher.IsMatch(title, other), $"'{title}' should match '{other}'");
        Assert.True(TitleMatcher.IsMatch(other, title), "the rule is symmetric");
    }

    [Theory]
    // One differing word out of three is other work.
    [InlineData("Add integration tests", "Add unit tests for parser")]
    [InlineData("Fix login bug", "Fix logout bug")]
    // A single shared word, common or not, is never enough.
    [InlineData("Update docs", "Update dependencies")]
    [InlineData("Write tests", "Write documentation")]
    [InlineData("Parser", "Parser cleanup")]
    // Numbers are significant words.
    [InlineData("Phase 2 tests", "Phase 3 tests")]
    [InlineData("Release 1.0", "Released 1.1")]
    // Stop words alone share nothing.
    [InlineData("Move to the cloud", "Back to the drawing board")]
    [InlineData("", "")]
    [InlineData("the and of", "the and of")]
    public void Does_not_match_near_misses(string title, string other)
    {
        Assert.False(TitleMatcher.IsMatch(title, other), $"'{title}' should not match '{other}'");
        Assert.False(TitleMatcher.IsMatch(other, title), "the rule is symmetric");
    }

    [Fact]
    public void Significant_words_drop_stop_words_and_one_letter_words_and_keep_numbers()
    {
        Assert.Equal(
            new[] { "optimiz", "token", "refresh", "500ms", "40ms" },
            TitleMatcher.SignificantWords("Optimized the token refresh (500ms -> 40ms)"));
        Assert.Equal(new[] { "plan", "phas", "2", "x1" }, TitleMatcher.SignificantWords("Plan B, phase 2: a X1 plan"));
        Assert.Equal(new[] { "real", "tim", "chart", "js", "v2.3.1", "end" }, TitleMatcher.SignificantWords("real-time Chart.js charts v2.3.1. End"));
        Assert.Empty(TitleMatcher.SignificantWords(null));
    }

    [Theory]
    [InlineData("added", "add")]
    [InlineData("adding", "add")]
    [InlineData("add", "add")]
    [InlineData("tests", "test")]
    [InlineData("tested", "test")]
    [InlineData("optimize", "optimiz")]
    [InlineData("optimizing", "optimiz")]
    [InlineData("updates", "updat")]
    [InlineData("fixes", "fix")]
    [InlineData("queries", "query")]
    [InlineData("copied", "copy")]
    [InlineData("running", "run")]
    [InlineData("passes", "pas")]
    [InlineData("class", "clas")]
    [InlineData("status", "status")]
    [InlineData("500ms", "500ms")]
    [InlineData("thing", "thing")]
    public void Stems_common_endings(string word, string stem)
    {
        Assert.Equal(stem, TitleMatcher.Stem(word));
    }

    [Fact]
    public void Thresholds_are_the_documented_ones()
    {
        Assert.Equal(2, TitleMatcher.MinimumSharedWords);
        Assert.Equal(0.75, TitleMatcher.MinimumContainment);

        // Three of four words of the smaller title: 0.75, a match.
        TitleSimilarity s = TitleMatcher.Compare("Implement real-time updates", "Real-time updates working");
        Assert.True(s.IsMatch);
        Assert.Equal(3, s.SharedWords);
        Assert.Equal(0.75, s.Containment);

        // Two of three: 0.67, no match.
        s = TitleMatcher.Compare("Fix login bug", "Fix logout bug");
        Assert.False(s.IsMatch);
        Assert.Equal(2, s.SharedWords);
        Assert.Equal(2.0 / 3, s.Containment, 3);
        Assert.Equal(0.5, s.Jaccard);
    }

    [Fact]
    public void Best_match_prefers_containment_then_overlap_then_order()
    {
        string[] completed =
        {
            "Dashboard polish",
            "Token refresh optimized, sessions cached and logging cleaned up",
            "Optimized token refresh (500ms -> 40ms)",
            "Optimized token refresh again",
        };

        Assert.Equal("Optimized token refresh (500ms -> 40ms)", TitleMatcher.BestMatch("Optimize token refresh", completed[..3]));
        Assert.Equal("Optimized token refresh again", TitleMatcher.BestMatch("Optimize token refresh", completed));
        Assert.Null(TitleMatcher.BestMatch("Fix logout bug", completed));
        Assert.Null(TitleMatcher.BestMatch("anything", Array.Empty<string>()));
    }
    [Theory]
    // Each stemming step at the length where it just applies, and one letter shorter.
    [InlineData("flies", "fly")]
    [InlineData("ties", "tie")]
    [InlineData("boxes", "box")]
    [InlineData("axes", "axe")]
    [InlineData("taxes", "tax")]
    [InlineData("buzzes", "buz")]
    [InlineData("batches", "batch")]
    [InlineData("pushes", "push")]
    [InlineData("horses", "hors")]
    [InlineData("cats", "cat")]
    [InlineData("its", "its")]
    [InlineData("bus", "bus")]
    [InlineData("analysis", "analysis")]
    [InlineData("tied", "tied")]
    [InlineData("studied", "study")]
    [InlineData("using", "using")]
    [InlineData("doing", "doing")]
    [InlineData("bed", "bed")]
    [InlineData("shed", "shed")]
    [InlineData("aimed", "aim")]
    [InlineData("make", "mak")]
    [InlineData("use", "use")]
    [InlineData("fizz", "fiz")]
    [InlineData("odd", "odd")]
    [InlineData("go!!", "go!!")]
    [InlineData("Tests", "test")]
    [InlineData("V2S", "v2s")]
    [InlineData("2nd", "2nd")]
    [InlineData("tried", "try")]
    // -es goes only after s, x, z, ch, sh: otherwise -s, then the final e, so "stamped" is not taken for a verb.
    [InlineData("stampedes", "stamped")]
    public void Stems_only_when_enough_letters_remain(string word, string stem)
    {
        Assert.Equal(stem, TitleMatcher.Stem(word));
    }

    [Fact]
    public void Stem_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => TitleMatcher.Stem(null!));
    }

    [Fact]
    public void Significant_words_keep_version_dots_between_digits_only()
    {
        Assert.Equal(new[] { "5", "releas" }, TitleMatcher.SignificantWords(".5 release"));
        Assert.Equal(new[] { "1", "end" }, TitleMatcher.SignificantWords("1. end"));
        Assert.Equal(new[] { "v2" }, TitleMatcher.SignificantWords("v2.x"));
        Assert.Equal(new[] { "rc", "2", "build" }, TitleMatcher.SignificantWords("rc.2 build"));
        Assert.Equal(new[] { "3", "go" }, TitleMatcher.SignificantWords("a 3 b go"));
        Assert.Equal(new[] { "test" }, TitleMatcher.SignificantWords("test tests tested"));
        Assert.Empty(TitleMatcher.SignificantWords(string.Empty));
        Assert.Contains("etc", TitleMatcher.StopWords);
        Assert.DoesNotContain("test", TitleMatcher.StopWords);
    }

    [Theory]
    // 3 of 4 words of the smaller title (0.75): a match; 4 of 5 (0.8): a match; 2 of 3 (0.67) or 3 of 5 (0.6): not.
    [InlineData("alpha beta gamma delta", "alpha beta gamma omega", true, 3, 0.75, 0.6)]
    [InlineData("alpha beta gamma delta epsilon", "alpha beta gamma delta omega", true, 4, 0.8, 4.0 / 6)]
    [InlineData("alpha beta gamma", "alpha beta omega", false, 2, 2.0 / 3, 0.5)]
    [InlineData("alpha beta gamma delta epsilon", "alpha beta gamma omega kappa", false, 3, 0.6, 3.0 / 7)]
    // 2 shared words contained whole: a match; 1 shared word contained whole: not (unless the sets are equal).
    [InlineData("alpha beta", "alpha beta gamma delta", true, 2, 1.0, 0.5)]
    [InlineData("alpha", "alpha beta", false, 1, 1.0, 0.5)]
    [InlineData("alpha", "alphas", true, 1, 1.0, 1.0)]
    [InlineData("alpha", "beta", false, 0, 0.0, 0.0)]
    [InlineData("", "alpha", false, 0, 0.0, 0.0)]
    [InlineData(null, null, false, 0, 0.0, 0.0)]
    public void Compare_applies_the_two_word_and_75_percent_rule(string? left, string? right, bool match, int shared, double containment, double jaccard)
    {
        TitleSimilarity s = TitleMatcher.Compare(left, right);

        Assert.Equal(match, s.IsMatch);
        Assert.Equal(shared, s.SharedWords);
        Assert.Equal(containment, s.Containment, 6);
        Assert.Equal(jaccard, s.Jaccard, 6);
        Assert.Equal(match, TitleMatcher.IsMatch(right, left));
    }

    [Fact]
    public void Best_match_breaks_ties_by_order_and_skips_non_matches()
    {
        Assert.Equal("Fixed the login bug", TitleMatcher.BestMatch("Fix login bug", new[] { "Fix logout bug", "Fixed the login bug", "Fixed login bug" }));
        // Containment first: the whole title beats a better overlap of part of it.
        // (4 of 4 contained, overlap 4/9 against 3 of 4 contained, overlap 3/5.)
        Assert.Equal(
            "alpha beta gamma delta kappa lambda mu nu xi",
            TitleMatcher.BestMatch("alpha beta gamma delta", new[] { "alpha beta gamma omega", "alpha beta gamma delta kappa lambda mu nu xi" }));
        Assert.Throws<ArgumentNullException>(() => TitleMatcher.BestMatch("x", null!));
    }
    private static readonly string[] DocumentedStopWords =
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
        "into", "onto", "via", "per", "as", "vs", "is", "are", "be", "been", "was", "were", "it", "its",
        "this", "that", "these", "those", "so", "then", "than", "etc", "also", "some", "any", "all",
    };

    [Fact]
    public void The_stop_words_are_the_documented_ones()
    {
        Assert.Equal(DocumentedStopWords.OrderBy(w => w, StringComparer.Ordinal), TitleMatcher.StopWords.OrderBy(w => w, StringComparer.Ordinal));
    }

    public static TheoryData<string> StopWordData()
    {
        var data = new TheoryData<string>();
        foreach (string w in DocumentedStopWords)
        {
            data.Add(w);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StopWordData))]
    public void A_stop_word_is_not_a_significant_word(string stopWord)
    {
        Assert.Equal(new[] { "deploy" }, TitleMatcher.SignificantWords($"{stopWord} deploy {stopWord.ToUpperInvariant()}"));
        // Two titles that share only the stop word and one other word do not match.
        Assert.False(TitleMatcher.IsMatch($"deploy {stopWord} docs", $"deploy {stopWord} servers"));
    }
}
