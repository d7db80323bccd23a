using HandoffPS.Core.Context;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Token counts stay linear in the text: the tokenizer's work grows with the square of a run without spaces (one
/// 200 KB run of <c>x</c> took Measure-Handoff 10 s and the SessionStart hook 21 s), so runs are counted in pieces.
/// For text (every real handoff) the pieces are cut where the tokenizer splits anyway, and the count is exact.
/// </summary>
public class TokenPiecesTests
{
    public static TheoryData<string> RealFiles()
    {
        var data = new TheoryData<string>();
        foreach (string f in Corpus.Files.Concat(Corpus2Files()).Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md", SearchOption.AllDirectories)))
        {
            data.Add(f);
        }

        return data;
    }

    private static IEnumerable<string> Corpus2Files() =>
        Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(Corpus.Folder)!, "real-handoffs-2"), "h*.md").OrderBy(f => f, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Real_handoffs_count_exactly_as_one_call_of_the_tokenizer(string file)
    {
        string text = File.ReadAllText(file).Replace("\r\n", "\n");

        Assert.Equal(TokenCounter.CountWhole(text), TokenCounter.Count(text));
    }

    [Theory]
    [InlineData('x', 200_000)]
    [InlineData(' ', 200_000)]
    [InlineData('.', 50_000)]
    public void A_long_run_is_cut_into_pieces_of_at_most_MaxRun(char c, int length)
    {
        string text = "a " + new string(c, length) + " b";

        List<int> ends = TokenCounter.Pieces(text);

        Assert.Equal(text.Length, ends[^1]);
        Assert.All(ends.Zip(ends.Prepend(0)), p => Assert.InRange(p.First - p.Second, 1, TokenCounter.MaxRun + 4096));
        Assert.True(ends.Count >= length / TokenCounter.MaxRun);
        int count = TokenCounter.Count(text);
        Assert.InRange(count, 1, length);
    }

    [Theory]
    [InlineData("Word{0}, (and) more.\n- item {0}: done\n")]
    [InlineData("    indented {0}\n\n  \n\tcode({0});\n")]
    [InlineData("{{\"jsonrpc\":\"2.0\",\"id\":{0},\"it's\":[\"a/b/c.md\"]}}\n")]
    [InlineData("主菜单可选三关快试或{0}关固定大关试炼；实际六类房间（Combat/Shop）、1–9推进。")]
    [InlineData("https://example.com/a/very/long/path/{0}/with-many_parts.and.dots?q=1&r=two#frag\n")]
    public void Text_counts_the_same_in_pieces_as_in_one_call(string line)
    {
        string text = string.Concat(Enumerable.Range(0, 2000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, line, i)));

        Assert.True(TokenCounter.Pieces(text).Count > 1);
        Assert.Equal(TokenCounter.CountWhole(text), TokenCounter.Count(text));
    }
}
