using System.Text;
using System.Text.RegularExpressions;

namespace HandoffPS.Core.Markdown;

/// <summary>How values are normalised before they are written: the rules the round trip guarantees.</summary>
public static partial class TextRules
{
    /// <summary>
    /// Escapes a list item whose text Markdown would take as a thematic break (<c>- ---</c>) or a check box (<c>- [x] a</c>): one leading
    /// backslash is added. <see cref="UnescapeItem"/> removes it, so every value survives the round trip.
    /// </summary>
    public static string EscapeItem(string item) => NeedsEscape(item) ? "\\" + item : item;

    /// <summary>Reverses <see cref="EscapeItem"/>.</summary>
    public static string UnescapeItem(string item) =>
        item.Length > 1 && item[0] == '\\' && NeedsEscape(item[1..]) ? item[1..] : item;

    /// <summary>
    /// Makes a value's Markdown lint-clean without changing what it says, outside code spans: a <c>&lt;</c> that
    /// would open an HTML tag gets a backslash (<c>\&lt;div&gt;</c>), and a bare URL or e-mail address is put in
    /// angle brackets (<c>&lt;https://example.com&gt;</c>). <see cref="UnescapeInline"/> reverses it exactly, with one
    /// exception: a link the value already had in angle brackets reads back without them (it means the same).
    /// </summary>
    public static string EscapeInline(string value) =>
        OutsideCode(value, segment => BareLink().Replace(TagOpen().Replace(segment, m => m.Groups["b"].Value + "\\<"), "<$0>"));

    /// <summary>
    /// <see cref="EscapeInline"/> for a block of lines (the summary), and a backslash before each line that Markdown would
    /// read as something that ends or swallows the section: a heading (<c># x</c>), a heading underline (<c>---</c>,
    /// <c>===</c>), or a code fence (<c>```</c>, <c>~~~</c>), which, left unclosed, would turn the rest of the file into
    /// code. The backslash goes after the line's indentation (up to three spaces: four make a code line, which reads
    /// as text). <see cref="UnescapeBlock"/> reverses it: a line already written with backslashes there gets one more.
    /// </summary>
    public static string EscapeBlock(string value) => EscapeInline(BlockBreaker().Replace(value, "${i}\\${b}"));

    /// <summary>Reverses <see cref="EscapeBlock"/>.</summary>
    public static string UnescapeBlock(string value) => EscapedBlockBreaker().Replace(UnescapeInline(value), m => m.Groups["i"].Value + m.Groups["b"].Value[1..]);

    // A line (after up to three spaces and any backslashes) that opens an ATX heading, is a setext underline or thematic
    // break of '-' or '=', or opens a code fence.
    [GeneratedRegex(@"^(?<i> {0,3})(?<b>\\*(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}))", RegexOptions.Multiline)]
    private static partial Regex BlockBreaker();

    [GeneratedRegex(@"^(?<i> {0,3})(?<b>\\+(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}))", RegexOptions.Multiline)]
    private static partial Regex EscapedBlockBreaker();

    /// <summary>Reverses <see cref="EscapeInline"/>: angle brackets around a link go, one backslash before a tag-like <c>&lt;</c> goes.</summary>
    public static string UnescapeInline(string value) =>
        OutsideCode(value, segment => TagOpen().Replace(WrappedLink().Replace(segment, "${l}"), m => m.Groups["b"].Value.Length > 0 ? m.Groups["b"].Value[1..] + "<" : "<"));

    /// <summary>Applies <paramref name="transform"/> to the parts of <paramref name="value"/> outside backtick code spans.</summary>
    private static string OutsideCode(string value, System.Func<string, string> transform)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        string[] parts = value.Split('`');
        for (int i = 0; i < parts.Length; i += 2)
        {
            parts[i] = transform(parts[i]);
        }

        return string.Join('`', parts);
    }

    // A run of backslashes (possibly empty) and a '<' that opens an HTML tag, comment or declaration; not one
    // that opens an autolink (<https://...>, <name@host>), which is already lint-clean.
    [GeneratedRegex(@"(?<b>\\*)<(?=[A-Za-z/!?])(?!(?:(?:https?|ftp)://[^\s<>`]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)>)")]
    private static partial Regex TagOpen();

    // A bare http(s)/ftp URL or e-mail address, at the start or after white space or an opening bracket or quote.
    [GeneratedRegex(@"(?<=^|[\s(\[{""'])(?:(?:https?|ftp)://[^\s<>`]*[^\s<>`.,;:!?)\]}'""]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")]
    private static partial Regex BareLink();

    // A link in angle brackets that EscapeInline wrote: not after a backslash.
    [GeneratedRegex(@"(?<!\\)<(?<l>(?:(?:https?|ftp)://[^\s<>`]*[^\s<>`.,;:!?)\]}'""]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}))>")]
    private static partial Regex WrappedLink();

    /// <summary>Text that Markdown would read as a thematic break or a task check box, after any backslashes.</summary>
    private static bool NeedsEscape(string item) => BreakLike().IsMatch(item) || CheckLike().IsMatch(item);

    [GeneratedRegex(@"^\\*[-*_][-*_\s]*$")]
    private static partial Regex BreakLike();

    [GeneratedRegex(@"^\\*\[[ xX]\](?:\s|$)")]
    private static partial Regex CheckLike();

    /// <summary>Folds every line break (and tab) to one space, collapses runs of spaces, and trims.</summary>
    public static string SingleLine(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(value.Length);
        bool pendingSpace = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Like <see cref="SingleLine"/>, but an empty result is null.</summary>
    public static string? SingleLineOrNull(string? value)
    {
        string s = SingleLine(value);
        return s.Length == 0 ? null : s;
    }

    /// <summary>
    /// Normalises a multi-line block (the summary): line endings become <c>\n</c>, trailing white space of each line and
    /// blank lines at both ends go, runs of blank lines become one. The indentation of each line stays: in Markdown it
    /// says what a line is (an indented code block, a nested list item).
    /// </summary>
    public static string? Block(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] lines = value.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var sb = new StringBuilder(value.Length);
        bool blank = false;
        foreach (string raw in lines)
        {
            string line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank = sb.Length > 0;
                continue;
            }

            if (blank)
            {
                sb.Append("\n\n");
                blank = false;
            }
            else if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }
}
