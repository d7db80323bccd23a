using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The values an adversarial run found misread, each written and read back: every one comes back as given, and the rest
/// of the handoff with it.
/// </summary>
public class MisreadValuesTests
{
    private static Handoff RoundTrip(Handoff h) => HandoffParser.Parse(HandoffRenderer.Render(h));

    private static Handoff With(Action<Handoff> set)
    {
        var h = new Handoff
        {
            Description = "values",
            Date = new DateTime(2026, 1, 2, 3, 4, 5),
            CompletedWork = new[] { "after fence" },
            NextPriorities = new[] { new Priority(1, "next") },
            Blockers = new[] { new Blocker("C", "t") },
        };
        set(h);
        return h;
    }

    [Theory]
    [InlineData("Notes:\n```")]
    [InlineData("~~~\nunclosed")]
    [InlineData("````\nfour")]
    [InlineData("   ```python\nindented fence")]
    [InlineData("```\nclosed\n```")]
    [InlineData("a `b\n<!--c` d")]
    public void A_fence_in_the_summary_does_not_swallow_the_rest(string summary)
    {
        Handoff read = RoundTrip(With(h => h.Summary = summary));

        Assert.Equal(summary, read.Summary);
        Assert.Equal(new[] { "after fence" }, read.CompletedWork);
        Assert.Equal("next", Assert.Single(read.NextPriorities).Title);
        Assert.Equal(("C", "t"), (Assert.Single(read.Blockers).Category, read.Blockers[0].Text));
    }

    [Theory]
    [InlineData("2026-01-01 topic")]
    [InlineData("2026-01-01 10:00 topic")]
    [InlineData("January 5, 2026 topic")]
    [InlineData("Session Handoff: nested")]
    [InlineData("Handoff — dash")]
    [InlineData("(Session Handover)")]
    [InlineData("a #")]
    [InlineData("a ##")]
    [InlineData("a \\#")]
    [InlineData("#")]
    [InlineData("\\2026-01-01 backslash")]
    public void A_description_comes_back_as_given(string description)
    {
        Assert.Equal(description, RoundTrip(With(h => h.Description = description)).Description);
    }

    [Theory]
    [InlineData("[x]: http://evil")]
    [InlineData("    indented")]
    [InlineData("Steps:\n- one\n  - nested")]
    [InlineData("a\n  # not a heading")]
    [InlineData("  ---")]
    public void A_summary_comes_back_as_given(string summary)
    {
        Assert.Equal(summary, RoundTrip(With(h => h.Summary = summary)).Summary);
    }

    [Theory]
    [InlineData("**Bold**: cat")]
    [InlineData("**Key Files**:")]
    [InlineData("**Decisions Made**:")]
    [InlineData("**References**:")]
    [InlineData("\\**Bold**: escaped already")]
    public void A_blocker_without_a_category_keeps_its_text_and_invents_none(string text)
    {
        Blocker read = Assert.Single(RoundTrip(With(h => h.Blockers = new[] { new Blocker(null, text) })).Blockers);

        Assert.Null(read.Category);
        Assert.Equal(text, read.Text);
        Assert.Equal(text, Blocker.FromText(text).Text);
    }

    [Theory]
    [InlineData("a**b")]
    [InlineData("a** (b")]
    [InlineData("cat (x)")]
    [InlineData("c:d")]
    [InlineData("ends with \\")]
    [InlineData("*lead")]
    public void A_blocker_category_comes_back_as_given(string category)
    {
        Blocker read = Assert.Single(RoundTrip(With(h => h.Blockers = new[] { new Blocker(category, "text") })).Blockers);

        Assert.Equal(new Blocker(category, "text").Category, read.Category);
        Assert.Equal("text", read.Text);
    }

    [Theory]
    [InlineData("a**b", null)]
    [InlineData("a** (b", "c")]
    [InlineData("Use *foo*", "why")]
    [InlineData("C:\\path\\", null)]
    public void A_priority_title_with_stars_comes_back_whole(string title, string? reason)
    {
        Priority read = Assert.Single(RoundTrip(With(h => h.NextPriorities = new[] { new Priority(1, title, reason) })).NextPriorities);

        Assert.Equal((title, reason), (read.Title, read.Reason));
    }

    [Theory]
    [InlineData("src/a`b.cs", "desc")]
    [InlineData("a``b", null)]
    [InlineData("with - dash.md", "x - y")]
    public void A_key_file_path_with_backticks_comes_back_whole(string path, string? description)
    {
        KeyFile read = Assert.Single(RoundTrip(With(h => h.KeyFiles = new[] { new KeyFile(path, description) })).KeyFiles);

        Assert.Equal((path, description), (read.Path, read.Description));
    }

    [Theory]
    [InlineData("main (clean)")]
    [InlineData("todo")]
    [InlineData("none")]
    [InlineData("a`b")]
    [InlineData("feat/x")]
    public void A_branch_comes_back_as_given_and_leaves_no_field(string branch)
    {
        Handoff read = RoundTrip(With(h => h.Branch = branch));

        Assert.Equal(branch, read.Branch);
        Assert.Empty(read.Fields);
    }

    [Fact]
    public void An_author_with_a_field_shaped_part_comes_back_whole()
    {
        Handoff read = RoundTrip(With(h => h.Author = "Ada · Status: busy | **Branch**: x"));

        Assert.Equal("Ada · Status: busy | **Branch**: x", read.Author);
        Assert.Empty(read.Fields);
        Assert.Null(read.Branch);
    }

    [Fact]
    public void A_decision_that_looks_like_a_branch_field_is_a_decision_not_the_branch()
    {
        Handoff read = RoundTrip(With(h => h.Decisions = new[] { "Branch: `main` stays protected" }));

        Assert.Null(read.Branch);
        Assert.Equal("Branch: `main` stays protected", Assert.Single(read.Decisions));
    }

    [Theory]
    [InlineData("<https://x.y>")]
    [InlineData("see <https://x.y>word")]
    [InlineData("https://x.y bare")]
    public void A_link_comes_back_as_given(string reference)
    {
        Assert.Equal(reference, Assert.Single(RoundTrip(With(h => h.References = new[] { reference })).References));
    }
}
