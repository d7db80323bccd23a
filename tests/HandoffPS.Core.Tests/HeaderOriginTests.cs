using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Tests;

/// <summary>The words a person reads for where a header value came from (<c>-Verbose</c>, the linter), one row per kind.</summary>
public class HeaderOriginTests
{
    [Theory]
    [InlineData(HeaderOriginKind.Field, "Branch", 4, "field 'Branch' (line 4)")]
    [InlineData(HeaderOriginKind.Field, "Date", 0, "field 'Date'")]
    [InlineData(HeaderOriginKind.FrontMatter, "updated", 2, "front matter 'updated' (line 2)")]
    [InlineData(HeaderOriginKind.FrontMatter, "date", 0, "front matter 'date'")]
    [InlineData(HeaderOriginKind.Title, null, 1, "title (line 1)")]
    [InlineData(HeaderOriginKind.Heading, "Date", 7, "heading 'Date' (line 7)")]
    [InlineData(HeaderOriginKind.Text, null, 12, "text (line 12)")]
    [InlineData(HeaderOriginKind.Text, null, 0, "text")]
    [InlineData(HeaderOriginKind.FileName, null, 0, "file name")]
    [InlineData(HeaderOriginKind.FileName, null, 3, "file name")]
    [InlineData(HeaderOriginKind.None, null, 0, "none")]
    public void Each_origin_reads_as_words_with_its_line_when_it_has_one(HeaderOriginKind kind, string? key, int line, string words)
    {
        Assert.Equal(words, new HeaderOrigin(kind, key, line).ToString());
    }

    [Fact]
    public void None_is_the_origin_of_a_value_the_file_does_not_state()
    {
        Assert.Equal("none", HeaderOrigin.None.ToString());
        Assert.Equal(HeaderOriginKind.None, HeaderOrigin.None.Kind);
    }
}
