using HandoffPS.Core.Context;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class HandoffMeasureTests
{
    [Fact]
    public void Measures_tokens_words_lines_and_characters_with_the_handoff()
    {
        const string text = "# Session Handoff: Feature Implementation\n\n**Date**: 2025-10-27\n**Time**: 09:30:00\n**Branch**: feat/user-dashboard\n**Author**: Claude Code + Ada Lovelace\n";
        var handoff = new Handoff { Path = "/p/x.md", Description = "Feature Implementation", Date = new DateTime(2025, 10, 27, 9, 30, 0), Branch = "feat/user-dashboard" };

        HandoffMeasure m = HandoffMeasure.Of(text, handoff);

        Assert.Equal(51, m.Tokens); // see TokenCounterTests for how the count was derived
        Assert.Equal(17, m.Words);
        Assert.Equal(6, m.Lines);
        Assert.Equal(154, m.Characters);
        Assert.Equal("/p/x.md", m.Path);
        Assert.Equal("Feature Implementation", m.Description);
        Assert.Equal(handoff.Date, m.Date);
        Assert.Equal("feat/user-dashboard", m.Branch);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("a\n\nb\n", 3)]
    [InlineData("a\r\nb\r\n", 2)]
    [InlineData("a\rb", 2)]
    [InlineData("\n", 1)]
    [InlineData("\r", 1)]
    [InlineData("a\r", 1)]
    [InlineData("a\r\r", 2)]
    [InlineData("\r\n", 1)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\n\rb", 3)]
    public void Counts_lines_like_a_text_editor(string text, int expected)
    {
        Assert.Equal(expected, HandoffMeasure.CountLines(text));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData(" one  two\tthree\nfour ", 4)]
    [InlineData("- ✅ done", 3)]
    public void Counts_words_between_white_space(string text, int expected)
    {
        Assert.Equal(expected, HandoffMeasure.CountWords(text));
    }

    [Fact]
    public void Uses_the_given_counter()
    {
        Assert.Equal(42, HandoffMeasure.Of("anything", null, _ => 42).Tokens);
        Assert.Equal(string.Empty, HandoffMeasure.Of("x", null, _ => 1).Description);
    }
    [Fact]
    public void Without_a_handoff_only_the_text_is_measured_with_the_real_counter()
    {
        HandoffMeasure m = HandoffMeasure.Of("hello world", null);

        Assert.Equal(2, m.Tokens); // the o200k_base count, see TokenCounterTests
        Assert.Equal(2, m.Words);
        Assert.Equal(1, m.Lines);
        Assert.Equal(11, m.Characters);
        Assert.Null(m.Path);
        Assert.Null(m.Date);
        Assert.Null(m.Branch);
        Assert.Equal(string.Empty, m.Description);
        Assert.Equal("2 tokens, 2 words, 1 lines, 11 characters", m.ToString());
    }

    [Fact]
    public void A_new_measure_has_an_empty_description()
    {
        Assert.Equal(string.Empty, new HandoffMeasure().Description);
    }

    [Fact]
    public void Measuring_null_text_is_an_error()
    {
        Assert.Throws<ArgumentNullException>(() => HandoffMeasure.Of(null!, null));
    }
}
