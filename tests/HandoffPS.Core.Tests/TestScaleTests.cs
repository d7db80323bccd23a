namespace HandoffPS.Core.Tests;

/// <summary>The scale of the property and exhaustive walks: whole unless asked, and a sample spread over the walk.</summary>
public class TestScaleTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("0.1", 0.1)]
    [InlineData("1", 1)]
    [InlineData("0.01", 0.01)]
    [InlineData("0.001", 1)]
    [InlineData("2", 1)]
    [InlineData("a tenth", 1)]
    public void The_variable_gives_a_share_between_a_hundredth_and_all_or_all(string? value, double expected)
    {
        Assert.Equal(expected, TestScale.Read(value));
    }

    [Fact]
    public void At_full_scale_every_case_runs_and_at_a_tenth_about_a_tenth_of_every_nested_walk()
    {
        Assert.All(Enumerable.Range(0, 1000), i => Assert.True(TestScale.Takes(i, 1)));
        int taken = Enumerable.Range(0, 10_000).Count(i => TestScale.Takes(i, 0.1));
        Assert.InRange(taken, 900, 1100);
        // A walk of 70 × 2 cases per line (CanonicalReaderTests): every line and both halves get some.
        for (int line = 0; line < 30; line++)
        {
            int[] cases = Enumerable.Range(line * 140, 140).Where(i => TestScale.Takes(i, 0.1)).ToArray();
            Assert.InRange(cases.Length, 5, 25);
            Assert.Contains(cases, i => i % 2 == 0);
            Assert.Contains(cases, i => i % 2 == 1);
        }
    }
}
