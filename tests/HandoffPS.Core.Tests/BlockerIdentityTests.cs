using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Tests;

public class BlockerIdentityTests
{
    [Theory]
    [InlineData("Security", "token TTL not agreed", "security", "Token  TTL not agreed.")]
    [InlineData("CI", "flaky on Windows", "ci", "flaky on\nWindows ?!")]
    [InlineData(null, "Unclear whether the API is versioned", null, "unclear whether the API is versioned...")]
    [InlineData("Tech debt", "old parser", " TECH   DEBT ", "old parser;")]
    public void Same_blocker_ignores_case_spacing_and_trailing_punctuation(string? c1, string t1, string? c2, string t2)
    {
        Assert.True(BlockerIdentity.AreSame(new Blocker(c1, t1), new Blocker(c2, t2)));
        Assert.Equal(BlockerIdentity.Key(c1, t1), BlockerIdentity.Key(c2, t2));
    }

    [Theory]
    [InlineData("Security", "token TTL not agreed", "Performance", "token TTL not agreed")]
    [InlineData(null, "flaky CI", "CI", "flaky CI")]
    [InlineData("CI", "flaky on Windows", "CI", "flaky on Linux")]
    [InlineData("CI", "v1.2", "CI", "v1.3")]
    public void Different_category_or_text_is_another_blocker(string? c1, string t1, string? c2, string t2)
    {
        Assert.False(BlockerIdentity.AreSame(new Blocker(c1, t1), new Blocker(c2, t2)));
    }

    [Fact]
    public void Normalize_lowercases_collapses_and_trims()
    {
        Assert.Equal("token ttl not agreed", BlockerIdentity.Normalize("  Token\t TTL  not agreed . . "));
        Assert.Equal(string.Empty, BlockerIdentity.Normalize(null));
        Assert.Equal("v1.2", BlockerIdentity.Normalize("v1.2."));
    }
    [Fact]
    public void Category_and_text_never_run_together()
    {
        Assert.False(BlockerIdentity.AreSame(new Blocker("ab", "c"), new Blocker("a", "bc")));
        Assert.Equal("ci\u001fflaky", BlockerIdentity.Key("CI", "Flaky."));
        Assert.Equal("\u001fflaky", BlockerIdentity.Key(new Blocker(null, "flaky")));
    }

    [Theory]
    [InlineData("done.", "done")]
    [InlineData("done,", "done")]
    [InlineData("done;", "done")]
    [InlineData("done:", "done")]
    [InlineData("done!", "done")]
    [InlineData("done?", "done")]
    [InlineData("done…", "done")]
    [InlineData("done .!", "done")]
    [InlineData(".done", ".done")]
    [InlineData("ÄRGER", "ärger")]
    public void Normalize_trims_trailing_punctuation_only(string value, string expected)
    {
        Assert.Equal(expected, BlockerIdentity.Normalize(value));
    }

    [Fact]
    public void Key_rejects_a_null_blocker()
    {
        Assert.Throws<ArgumentNullException>(() => BlockerIdentity.Key(null!));
    }

    [Fact]
    public void Records_read_as_their_category_and_text()
    {
        Assert.Equal("flaky", new BlockerRecord { Text = "flaky" }.ToString());
        Assert.Equal("CI: flaky", new BlockerRecord { Category = "CI", Text = "flaky" }.ToString());
        Assert.Equal(string.Empty, new BlockerRecord().Text);
        Assert.Equal(string.Empty, new BlockerRecord().Description);
        Assert.Equal("Ship", new PriorityRecord { Title = "Ship" }.ToString());
        Assert.Equal("Ship (customers wait)", new PriorityRecord { Title = "Ship", Reason = "customers wait" }.ToString());
        Assert.Equal(string.Empty, new PriorityRecord().Title);
        Assert.Equal(string.Empty, new PriorityRecord().Description);
        Assert.Empty(new PriorityRecord().Details);
    }
}
