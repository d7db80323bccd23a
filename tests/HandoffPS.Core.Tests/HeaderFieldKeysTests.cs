using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The names of the four fields a header is read for, one row each as people write them as a heading
/// (<c>## Date</c>, <c>## Branch(es)</c>): each names a header field; other headings do not.
/// </summary>
public class HeaderFieldKeysTests
{
    [Theory]
    [InlineData("Date")]
    [InlineData("Timestamp")]
    [InlineData("Session Date")]
    [InlineData("Date/Time")]
    [InlineData("DateTime")]
    [InlineData("Created")]
    [InlineData("Date and Time")]
    [InlineData("Time")]
    [InlineData("Session Time")]
    [InlineData("Branch")]
    [InlineData("Current Branch")]
    [InlineData("Active Branch")]
    [InlineData("Session Branch")]
    [InlineData("Repository Branch")]
    [InlineData("Branch(es)")]
    [InlineData("Git Branch")]
    [InlineData("Working Branch")]
    [InlineData("Author")]
    [InlineData("Authors")]
    [InlineData("Developer")]
    [InlineData("**BRANCH**:")]
    public void Each_field_name_is_a_field_heading(string heading)
    {
        Assert.True(HeaderFields.IsFieldHeading(heading));
    }

    [Theory]
    [InlineData("Dates")]
    [InlineData("Session Summary")]
    [InlineData("Branches and State")]
    [InlineData("Commit")]
    [InlineData("Time Spent")]
    [InlineData("")]
    public void Other_headings_are_not(string heading)
    {
        Assert.False(HeaderFields.IsFieldHeading(heading));
    }
}
