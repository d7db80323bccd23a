using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The nesting limit at its edge, counted by hand: each <c>&gt;</c> one level, each list marker two, each column of
/// indentation one (a tab to the next multiple of four); 128 levels pass, 129 do not.
/// </summary>
public class MarkdownLimitsTests
{
    private static string Times(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string, string, int?> Lines => new()
    {
        // What each line holds, its levels, and the line the limit names (null: within it).
        { "42 bullets and their spaces (126)", Times("- ", 42) + "x", null },
        { "43 bullets and their spaces (129 at the last space)", Times("- ", 43) + "x", 1 },
        { "a bullet at the end of the text counts (128)", Times("- ", 42) + "-", null },
        { "one column before it (129)", Times("- ", 42) + " -", 1 },
        { "stars count as bullets", Times("* ", 43) + "x", 1 },
        { "a plus counts as a bullet (126 + 3)", Times("* ", 42) + "+ x", 1 },
        { "42 ordered markers with dots (126)", Times("1. ", 42) + "x", null },
        { "43 ordered markers with dots", Times("1. ", 43) + "x", 1 },
        { "43 two-digit markers with parentheses", Times("10) ", 43) + "x", 1 },
        { "43 nine-digit markers", Times("123456789. ", 43) + "x", 1 },
        { "ten digits are no marker", Times("1234567890. ", 65) + "x", null },
        { "a marker needs a space after it", Times("1.", 200) + "x", null },
        { "a bullet needs a space after it", Times("-", 300) + "x", null },
        { "a colon is no marker's end", Times("1: ", 200) + "x", null },
        { "a tab after a marker: 2 + 4 each (21 x 6 = 126)", Times("-\t", 21) + "x", null },
        { "22 of them", Times("-\t", 22) + "x", 1 },
        { "127 quotes and a space (128)", new string('>', 127) + " x", null },
        { "128 quotes and no space (128)", new string('>', 128) + "x", null },
        { "128 quotes and a space (129)", new string('>', 128) + " x", 1 },
        { "32 tabs (128 columns)", new string('\t', 32) + "x", null },
        { "33 tabs (132 columns)", new string('\t', 33) + "x", 1 },
        { "a space and a tab make four columns, 32 times", Times(" \t", 32) + "x", null },
        { "a space after them", Times(" \t", 32) + " x", 1 },
        { "a space before them: the tab still ends at four", " " + Times(" \t", 32) + "x", null },
        { "128 spaces", new string(' ', 128) + "x", null },
        { "129 spaces", new string(' ', 129) + "x", 1 },
        { "quote, space, bullet, space: 5 each (125 + 3)", Times("> - ", 25) + "   x", null },
        { "one column more", Times("> - ", 25) + "    x", 1 },
        { "the third line after CRLF breaks", "a\r\nb\r\n" + new string(' ', 129) + "x", 3 },
        { "the third line after lone CRs", "a\rb\r" + new string(' ', 129) + "x", 3 },
        { "a line feed then a carriage return are two breaks", "a\n\r" + new string(' ', 129) + "x", 3 },
        { "deep marks after the first word are text", "x " + new string('>', 500), null },
        // The ends of a text: a carriage return last, digits last, a marker's digits last.
        { "a carriage return last", "a\r", null },
        { "a carriage return last after a deep line", new string(' ', 129) + "x\r", 1 },
        { "a deep line after a carriage return that ends a line", "a\r" + new string(' ', 129), 2 },
        { "digits last", "  12", null },
        { "nine digits last after deep quotes", new string('>', 128) + "123456789", null },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Counts_quotes_markers_and_columns_to_the_limit(string what, string text, int? refusedLine)
    {
        string? why = MarkdownLimits.TooDeep(text);

        if (refusedLine is int line)
        {
            Assert.True(why is not null, what);
            Assert.StartsWith($"line {line} is nested more than 128 levels deep", why);
        }
        else
        {
            Assert.True(why is null, $"{what}: {why}");
        }
    }
}
