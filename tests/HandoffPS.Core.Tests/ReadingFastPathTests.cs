using CsCheck;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The reader's quick ways through the template's own shapes (a <c>**Key**: value</c> line, a <c>YYYY-MM-DD</c> date, an
/// <c>HH:MM:SS</c> time, a plain branch name, the test for header keys in a line) give what the expressions give, for
/// random text made of the characters those expressions care about.
/// </summary>
public class ReadingFastPathTests
{
    private static Gen<string> Text(params string[] tokens) => Gen.OneOf(tokens).Array[0, 12].Select(string.Concat);

    [Fact]
    public void Split_reads_every_line_as_its_expressions_do()
    {
        Gen<string> line = Gen.Frequency(
            (3, Gen.Select(Text("Date", "Key", "Time", "a b", "é", " ", "*", ":", "：", "x"), Text("2025-10-27", " ", "  ", "\t", "·", "|", "**", "x", ":", "\u00A0", "\n", "`v`"),
                (k, v) => "**" + k + "**:" + v)),
            (2, Text("**", "*", "Date", "Key", ":", "：", " ", "  ", "\t", "·", "|", "x", "é", "\u00A0", ">", "- ", "`", "2025-10-27", "\n", "Branch")));

        Gen.Select(line, Gen.Bool).Sample((l, plain) =>
            Assert.Equal(HeaderLines.SplitAny(l, plain).ToList(), HeaderLines.Split(l, plain).ToList()), iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void TryFindDate_reads_every_value_as_its_expressions_do()
    {
        Gen<string> digits = Gen.Char['0', '9'].Array[1, 4].Select(c => new string(c));
        Gen<string> value = Gen.Frequency(
            (3, Gen.Select(digits, digits, digits, (y, m, d) => y.PadLeft(4, '0') + "-" + m.PadLeft(2, '0')[..2] + "-" + d.PadLeft(2, '0')[..2])),
            (1, Text("2025", "-", "/", "10", "27", "02", "29", "30", "31", "13", "00", "0", " ", "T", "x", "May")));

        value.Sample(v =>
        {
            bool fast = HandoffTimestamp.TryFindDate(v, out DateTime d1, out int i1, out int l1);
            bool slow = HandoffTimestamp.TryFindDateByPatterns(v, out DateTime d2, out int i2, out int l2);
            Assert.Equal((slow, d2, i2, l2), (fast, d1, i1, l1));
        }, iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void TryParseTime_reads_every_value_as_its_expressions_do()
    {
        Gen<string> two = Gen.Int[0, 99].Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        Gen<string> value = Gen.Frequency(
            (3, Gen.Select(two, two, two, Gen.Bool, (h, m, s, seconds) => h + ":" + m + (seconds ? ":" + s : string.Empty))),
            (1, Text("09", "30", ":", "00", "25", "60", " ", "UTC", "PM", "-", "x", "1")));

        Gen.Select(value, Gen.Int[0, 3], Gen.Bool).Sample((v, start, adjacent) =>
        {
            int from = Math.Min(start, v.Length);
            bool fast = HandoffTimestamp.TryParseTime(v, from, adjacent, out TimeSpan t1, out string? z1, out TimeSpan? o1);
            bool slow = ClockTimes.TryParseTimeByPatterns(v, from, adjacent, out TimeSpan t2, out string? z2, out TimeSpan? o2);
            Assert.Equal((slow, t2, z2, o2), (fast, t1, z1, o1));
        }, iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void CleanBranch_reads_every_value_as_its_expressions_do()
    {
        Gen<string> value = Text("main", "feat", "/", ".", "-", "_", "+", "@", "#", "n/a", "none", "NONE", "tbd", "TBD", "1", "é", " ", "(", "`", "**", "x", new string('a', 120), "detached");
        value.Sample(v => Assert.Equal(BranchText.CleanAny(v), BranchText.Clean(v)), iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void A_list_marker_is_read_as_its_expression_reads_it()
    {
        Gen<string> line = Text(" ", "\t", "\n", "\u00A0", "-", "*", "+", "1", "12345", "0", ".", ")", "x", "✅", "[x]", "**");
        line.Sample(l => Assert.Equal(ItemText.MarkerLengthByPattern(l), ItemText.MarkerLength(l)), iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void A_done_mark_is_taken_off_as_its_expression_takes_it()
    {
        Gen<string> item = Text("✅", "\uFE0F", "[x]", "[X]", "[ ]", "[", "x", " ", "\t", "\u00A0", "done", "✅✅");
        item.Sample(i => Assert.Equal(ItemText.StripDoneMarkByPattern(i), ItemText.StripDoneMark(i)), iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void A_heading_line_is_read_as_its_expression_reads_it()
    {
        Gen<string> line = Text("#", "##", "###", "#######", " ", "  ", "\t", "Title", "x", "\u00A0", "\\#", "é");
        line.Sample(l => Assert.Equal(MarkdownSource.HeadingTextByPattern(l), MarkdownSource.HeadingText(l)), iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void SingleLine_folds_white_space_as_it_always_did()
    {
        static string Reference(string value)
        {
            var sb = new System.Text.StringBuilder();
            bool pending = false;
            foreach (char c in value)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    pending = sb.Length > 0;
                    continue;
                }

                if (pending)
                {
                    sb.Append(' ');
                    pending = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }

        Gen<string> value = Text(" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2028", "\u0001", "a", "bc", "é", "日本");
        value.Sample(v => Assert.Equal(Reference(v), TextRules.SingleLine(v)), iter: TestScale.Iterations(20000));
    }

    [Fact]
    public void The_quick_test_for_header_keys_never_hides_one()
    {
        Gen<string> line = Text("**", "Date", "date", "DATE", "Last updated", "Branch", "Rama", "Zeit", "日期", "分支", "Da**te", "١date", "Time", "x", " ", ":", "：", "|", "- ", "é", "a", "\u0301", "Status");
        line.Sample(l =>
        {
            bool names = HeaderLines.SplitAny(l, allowPlain: true).Any(f => HeaderKeys.Classify(f.Key, out _, out _) != HeaderKeyKind.None);
            Assert.True(!names || HeaderKeys.MayClassify(l), $"'{l}' names a header key the quick test missed.");
            Assert.Equal(names, HeaderExtractor.NamesHeaderKey(l));
        }, iter: TestScale.Iterations(20000));
    }
}
