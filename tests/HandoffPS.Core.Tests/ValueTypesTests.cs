using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The string forms of the values a user passes to New-Handoff (a priority, a blocker, a key file) and how
/// they print: what a cmdlet turns <c>'Title (reason)'</c>, <c>'Perf: slow'</c> or <c>'a.cs - text'</c> into.
/// </summary>
public class ValueTypesTests
{
    [Theory]
    [InlineData("Ship it", "Ship it", null)]
    [InlineData("Ship it (users wait)", "Ship it", "users wait")]
    [InlineData("Ship it  ( users wait )  ", "Ship it", "users wait")]
    [InlineData("Ship (v2 (beta)) now (soon)", "Ship (v2 (beta)) now", "soon")]
    [InlineData("Ship (v2 (beta))", "Ship", "v2 (beta)")]
    [InlineData("Ship it(no space)", "Ship it(no space)", null)]
    [InlineData("(only reason)", "(only reason)", null)]
    [InlineData("Ship it ()", "Ship it ()", null)]
    [InlineData("Ship it ( )", "Ship it ( )", null)]
    [InlineData("unbalanced)", "unbalanced)", null)]
    [InlineData("a (b) (c)", "a (b)", "c")]
    [InlineData("two\nlines (why\nnot)", "two lines", "why not")]
    [InlineData(" ( x)", "( x)", null)]
    public void A_priority_reads_a_trailing_parenthesised_reason(string text, string title, string? reason)
    {
        Priority p = Priority.FromText(3, text);

        Assert.Equal(3, p.Rank);
        Assert.Equal(title, p.Title);
        Assert.Equal(reason, p.Reason);
        Assert.Empty(p.Details);
    }

    [Fact]
    public void A_priority_keeps_non_empty_details_on_one_line_and_prints_as_written()
    {
        var p = new Priority(1, " Ship\nit ", "  ", new[] { "a\nb", " ", "c" });
        var q = new Priority(2, "Ship", "why");

        Assert.Equal("Ship it", p.Title);
        Assert.Null(p.Reason);
        Assert.Equal(new[] { "a b", "c" }, p.Details);
        Assert.Equal("Ship it", p.ToString());
        Assert.Equal("Ship (why)", q.ToString());
        Assert.Empty(new Priority(1, "x", null, null).Details);
        Priority again = q.WithRank(7);
        Assert.Equal((7, "Ship", "why"), (again.Rank, again.Title, again.Reason));
    }

    [Theory]
    [InlineData("Perf: slow query", "Perf", "slow query")]
    [InlineData("CI/CD: red", "CI/CD", "red")]
    [InlineData("Data model v2: unclear", "Data model v2", "unclear")]
    [InlineData("Three word label: text", "Three word label", "text")]
    [InlineData("Four word long label: text", null, "Four word long label: text")]
    [InlineData("See https://example.com", null, "See https://example.com")]
    [InlineData("https://example.com/x: down", null, "https://example.com/x: down")]
    [InlineData("Perf:slow", null, "Perf:slow")]
    [InlineData("Perf:  ", null, "Perf:")]
    [InlineData(": x", null, ": x")]
    [InlineData("Ünïcode 2: ok", "Ünïcode 2", "ok")]
    [InlineData("plain text", null, "plain text")]
    public void A_blocker_reads_a_short_label_as_its_category(string text, string? category, string blockerText)
    {
        Blocker b = Blocker.FromText(text);

        Assert.Equal(category, b.Category);
        Assert.Equal(blockerText, b.Text);
    }

    [Theory]
    [InlineData("**Perf:**", "Perf")]
    [InlineData("**Perf**:", "Perf")]
    [InlineData("Perf*", "Perf")]
    [InlineData("*Perf:", "Perf")]
    [InlineData("Perf: ", "Perf")]
    [InlineData("*Perf*", "Perf")]
    [InlineData("  ", null)]
    [InlineData("**", null)]
    [InlineData(null, null)]
    [InlineData("two\nlines", "two lines")]
    public void A_blocker_category_loses_its_markup(string? category, string? expected)
    {
        Assert.Equal(expected, new Blocker(category, " text\n ").Category);
        Assert.Equal("text", new Blocker(category, " text\n ").Text);
    }

    [Fact]
    public void A_blocker_prints_with_its_category()
    {
        Assert.Equal("Perf: slow", new Blocker("Perf", "slow").ToString());
        Assert.Equal("slow", new Blocker(null, "slow").ToString());
    }

    [Theory]
    [InlineData("src/a.cs - the a", "src/a.cs", "the a")]
    [InlineData("`src/a.cs` - the a - really", "src/a.cs", "the a - really")]
    [InlineData("src/a.cs", "src/a.cs", null)]
    [InlineData("src/a-b.cs", "src/a-b.cs", null)]
    [InlineData(" - leading", "- leading", null)]
    [InlineData("a.cs -  ", "a.cs -", null)]
    [InlineData("a.cs\n- b", "a.cs", "b")]
    public void A_key_file_reads_path_and_description(string text, string path, string? description)
    {
        KeyFile k = KeyFile.FromText(text);

        Assert.Equal(path, k.Path);
        Assert.Equal(description, k.Description);
    }

    [Fact]
    public void A_key_file_prints_as_written()
    {
        Assert.Equal("a.cs - the a", new KeyFile(" `a.cs` ", "the a").ToString());
        Assert.Equal("a.cs", new KeyFile("a.cs", " ").ToString());
        Assert.Null(new KeyFile("a.cs", " ").Description);
    }

    [Fact]
    public void An_unmapped_section_prints_as_its_heading()
    {
        var section = new HandoffSection("Dead ends", "- A");

        Assert.Equal("Dead ends", section.ToString());
        Assert.Equal("- A", section.Markdown);
    }
}
