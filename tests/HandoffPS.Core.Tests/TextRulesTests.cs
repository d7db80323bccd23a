using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Tests;

/// <summary>The normalisation and escaping rules the round trip rests on, each with exact expected text.</summary>
public class TextRulesTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("  a  ", "a")]
    [InlineData("a\r\nb\n\nc\td", "a b c d")]
    [InlineData("a\u0007b", "a b")]
    [InlineData("\n\t a", "a")]
    [InlineData("a \n", "a")]
    [InlineData("a\u00A0\u2003b", "a b")]
    public void SingleLine_folds_breaks_and_runs_of_space(string? value, string expected)
    {
        Assert.Equal(expected, TextRules.SingleLine(value));
        Assert.Equal(expected.Length == 0 ? null : expected, TextRules.SingleLineOrNull(value));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" \n\t\r\n", null)]
    [InlineData("a", "a")]
    [InlineData("\n\n  a  \r\n  b\t\n", "  a\n  b")]
    [InlineData("    indented", "    indented")]
    [InlineData("Steps:\n- one\n  - nested", "Steps:\n- one\n  - nested")]
    [InlineData("a\n\n\n\nb", "a\n\nb")]
    [InlineData("a\r\rb", "a\n\nb")]
    [InlineData("a\n  \n\tb\n\n", "a\n\n\tb")]
    public void Block_keeps_indentation_trims_line_ends_and_keeps_one_blank_line_between_paragraphs(string? value, string? expected)
    {
        Assert.Equal(expected, TextRules.Block(value));
    }

    [Theory]
    [InlineData("---", "\\---")]
    [InlineData("- - -", "\\- - -")]
    [InlineData("***", "\\***")]
    [InlineData("___", "\\___")]
    [InlineData("-", "\\-")]
    [InlineData("\\---", "\\\\---")]
    [InlineData("[x] done", "\\[x] done")]
    [InlineData("[X]", "\\[X]")]
    [InlineData("[ ] open", "\\[ ] open")]
    [InlineData("[y] no", "[y] no")]
    [InlineData("[x]done", "[x]done")]
    [InlineData("--- text", "--- text")]
    [InlineData("a ---", "a ---")]
    [InlineData("", "")]
    public void EscapeItem_guards_breaks_and_check_boxes(string item, string escaped)
    {
        Assert.Equal(escaped, TextRules.EscapeItem(item));
        Assert.Equal(item, TextRules.UnescapeItem(escaped));
    }

    [Theory]
    [InlineData("\\a", "\\a")]
    [InlineData("\\", "\\")]
    [InlineData("\\x---", "\\x---")]
    public void UnescapeItem_leaves_other_backslashes(string item, string expected)
    {
        Assert.Equal(expected, TextRules.UnescapeItem(item));
    }

    [Theory]
    [InlineData("a <div> b", "a \\<div> b")]
    [InlineData("</div>", "\\</div>")]
    [InlineData("<!-- c -->", "\\<!-- c -->")]
    [InlineData("<?php", "\\<?php")]
    [InlineData("a < b", "a < b")]
    [InlineData("a<3", "a<3")]
    [InlineData("\\<b>", "\\\\<b>")]
    [InlineData("see https://x.y/a.", "see <https://x.y/a>.")]
    [InlineData("ftp://x.y/f", "<ftp://x.y/f>")]
    [InlineData("[https://x.y]", "[<https://x.y>]")]
    [InlineData("'http://x.y'", "'<http://x.y>'")]
    [InlineData("a@b.co", "<a@b.co>")]
    [InlineData("a@b", "a@b")]
    [InlineData("xhttps://x.y", "xhttps://x.y")]
    [InlineData("`<div> https://x.y` <p>", "`<div> https://x.y` \\<p>")]
    [InlineData("", "")]
    public void EscapeInline_makes_tags_and_bare_links_lint_clean(string value, string escaped)
    {
        Assert.Equal(escaped, TextRules.EscapeInline(value));
        Assert.Equal(value, TextRules.UnescapeInline(escaped));
    }

    [Theory]
    [InlineData("<https://x.y>")]
    [InlineData("<ada@example.com>")]
    public void A_link_already_in_angle_brackets_is_wrapped_again_and_reads_back_with_its_brackets(string value)
    {
        Assert.Equal("<" + value + ">", TextRules.EscapeInline(value));
        Assert.Equal(value, TextRules.UnescapeInline(TextRules.EscapeInline(value)));
        Assert.Equal(value, TextRules.UnescapeInline(TextRules.EscapeInline(value + "word"))[..value.Length]);
    }

    [Theory]
    [InlineData("<https://x.y>", "https://x.y")]
    [InlineData("\\<https://x.y>", "\\<https://x.y>")]
    [InlineData("\\\\\\<b>", "\\\\<b>")]
    [InlineData("`\\<b>`", "`\\<b>`")]
    [InlineData(null, null)]
    public void UnescapeInline_reverses_one_level(string? value, string? expected)
    {
        Assert.Equal(expected, TextRules.UnescapeInline(value!));
    }

    [Theory]
    [InlineData("# a", "\\# a")]
    [InlineData("###### a", "\\###### a")]
    [InlineData("####### a", "####### a")]
    [InlineData("#a", "#a")]
    [InlineData("#", "\\#")]
    [InlineData("x\n---\ny", "x\n\\---\ny")]
    [InlineData("x\n===  \ny", "x\n\\===  \ny")]
    [InlineData("\\# a", "\\\\# a")]
    [InlineData("a # b", "a # b")]
    [InlineData("see <b>\n# h", "see \\<b>\n\\# h")]
    public void EscapeBlock_guards_heading_like_lines(string value, string escaped)
    {
        Assert.Equal(escaped, TextRules.EscapeBlock(value));
        Assert.Equal(value, TextRules.UnescapeBlock(escaped));
    }
}
