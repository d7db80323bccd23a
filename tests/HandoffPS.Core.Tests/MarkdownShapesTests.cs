using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Small shapes of Markdown the reader and writer decide on by hand, each with its edge: runs of white space cut for
/// the header patterns (at, below and above the cut), lines that are thematic breaks or setext underlines, code spans
/// that need padding, and front matter lists and maps flattened to one line. Expected text is written out.
/// </summary>
public class MarkdownShapesTests
{
    [Theory]
    [InlineData("a        b", "a        b")]
    [InlineData("a         b", "a        b")]
    [InlineData("a                    b\t\t\t\t\t\t\t\t\t\tc", "a        b\t\t\t\t\t\t\t\tc")]
    [InlineData("**Date**:" + "            " + "2026-01-02", "**Date**:        2026-01-02")]
    [InlineData("x \t \t \t \t \t y", "x \t \t \t \ty")]
    [InlineData("", "")]
    [InlineData("no runs at all", "no runs at all")]
    public void Tame_cuts_every_run_of_white_space_to_eight_characters_and_keeps_the_rest(string line, string expected)
    {
        Assert.Equal(expected, MarkdownSource.Tame(line));
    }

    [Theory]
    [InlineData("***", false)]
    [InlineData("___", false)]
    [InlineData("---", false)]
    [InlineData("--", false)]
    [InlineData("- - -", false)]
    [InlineData("**", true)]
    [InlineData("__", true)]
    [InlineData("**bold** text", true)]
    [InlineData("*-*", true)]
    [InlineData("plain words", true)]
    public void A_summary_line_is_plain_unless_it_is_a_thematic_break_or_a_dash_underline(string line, bool plain)
    {
        Assert.Equal(plain, CanonicalLines.IsPlainLine(line));
    }

    // Which lines the canonical reader takes as summary text, as CommonMark opens blocks: an ordered marker is one to
    // nine digits, then '.' or ')', then the end of the line, a space or a tab.
    [Theory]
    [InlineData("1. item", false)]
    [InlineData(". x", true)]
    [InlineData(") x", true)]
    [InlineData("_ _ _", false)]
    [InlineData("_ _", true)]
    [InlineData("1) item", false)]
    [InlineData("123456789. item", false)]
    [InlineData("1234567890. item", true)]
    [InlineData("1.item", true)]
    [InlineData("1.", false)]
    [InlineData("1)", false)]
    [InlineData("1.\titem", false)]
    [InlineData("1", true)]
    [InlineData("12 apples", true)]
    [InlineData("1: item", true)]
    [InlineData("a. item", true)]
    [InlineData("[a]: http://x.y", false)]
    [InlineData("[a] x", true)]
    [InlineData("- x", false)]
    [InlineData("-\tx", false)]
    [InlineData("+", false)]
    [InlineData("*", false)]
    [InlineData("-x", true)]
    [InlineData("+x", true)]
    [InlineData(" x", false)]
    [InlineData("\tx", false)]
    [InlineData("> q", false)]
    [InlineData("<div>", false)]
    [InlineData("```js", false)]
    [InlineData("~~~", false)]
    [InlineData("``x", true)]
    [InlineData("x ", false)]
    [InlineData("x\t", false)]
    [InlineData("# x", false)]
    [InlineData("=x", false)]
    public void A_line_that_would_open_a_block_is_no_summary_line(string line, bool plain)
    {
        Assert.Equal(plain, CanonicalLines.IsPlainLine(line));
    }

    [Theory]
    [InlineData("- - -", false)]
    [InlineData("- ***", true)]
    [InlineData("- **", true)]
    [InlineData("- a task", true)]
    public void A_line_that_is_a_thematic_break_is_not_an_item_but_an_item_of_marks_is(string line, bool item)
    {
        Assert.Equal(item, CanonicalLines.IsItemLine(line, "- "));
    }

    [Theory]
    [InlineData("a", "`a`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`a", "`` `a ``")]
    [InlineData("a`", "`` a` ``")]
    [InlineData(" a ", "`  a  `")]
    [InlineData(" a", "` a`")]
    [InlineData("a ", "`a `")]
    [InlineData(" ", "` `")]
    [InlineData("  ", "`  `")]
    public void A_code_span_is_padded_when_its_content_starts_or_ends_with_a_backtick_or_is_wrapped_in_spaces(string content, string span)
    {
        Assert.Equal(span, TextRules.CodeSpan(content));
    }

    [Theory]
    [InlineData("  a  ", " a ")]
    [InlineData(" a ", "a")]
    [InlineData(" a", " a")]
    [InlineData("a ", "a ")]
    [InlineData(" ", " ")]
    [InlineData("  ", "  ")]
    [InlineData("", "")]
    public void Code_span_content_loses_one_space_each_side_only_when_both_are_there_and_it_is_not_all_space(string inside, string content)
    {
        Assert.Equal(content, TextRules.CodeSpanContent(inside));
    }

    [Fact]
    public void Front_matter_lists_and_maps_are_flattened_to_one_line()
    {
        IReadOnlyList<FrontMatterEntry> entries = FrontMatter.Read("title: Auth\ntags: [a, b, c]\nowner:\n  name: Ann\n  team: core\nempty:\n", 2);

        Assert.Equal(
            new[] { ("title", "Auth", 2), ("tags", "a, b, c", 3), ("owner", "name: Ann; team: core", 4), ("empty", "", 7) },
            entries.Select(e => (e.Key, e.Value, e.Line)));
    }

    [Fact]
    public void Front_matter_that_breaks_off_as_invalid_yaml_gives_no_entries_not_the_ones_before_the_break()
    {
        Assert.Empty(FrontMatter.Read("title: Auth\nowner: Ann\ntags: [unclosed\n", 2));
    }

    [Fact]
    public void A_front_matter_key_that_is_empty_is_left_out()
    {
        IReadOnlyList<FrontMatterEntry> entries = FrontMatter.Read("\"\": nameless\ntitle: Auth\n", 2);

        Assert.Equal(new[] { ("title", "Auth", 3) }, entries.Select(e => (e.Key, e.Value, e.Line)));
    }
}
