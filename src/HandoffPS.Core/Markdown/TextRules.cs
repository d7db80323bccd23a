using System.Linq;
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
    public static string EscapeItem(string item) => item.Length > 0 && item[0] is '\\' or '-' or '*' or '_' or '[' && NeedsEscape(item) ? "\\" + item : item;

    // What EscapeInline looks for: a '<' (a tag), a ':' (a URL), a '@' (an e-mail address). Without any, nothing changes.
    private static readonly char[] InlineMarks = { '<', ':', '@' };

    /// <summary>Reverses <see cref="EscapeItem"/>.</summary>
    public static string UnescapeItem(string item) =>
        item.Length > 1 && item[0] == '\\' && NeedsEscape(item[1..]) ? item[1..] : item;

    /// <summary>
    /// Makes a value's Markdown lint-clean without changing what it says, outside code spans: a <c>&lt;</c> that
    /// would open an HTML tag gets a backslash (<c>\&lt;div&gt;</c>), and a bare URL or e-mail address is put in
    /// angle brackets (<c>&lt;https://example.com&gt;</c>), one that has them already too. <see cref="UnescapeInline"/>
    /// reverses it exactly.
    /// </summary>
    public static string EscapeInline(string value) =>
        value.IndexOfAny(InlineMarks) < 0 ? value
        : OutsideCode(value, segment => BareLink().Replace(TagOpen().Replace(segment, m => m.Groups["b"].Value + "\\<"), "<$0>"));

    /// <summary>
    /// <see cref="EscapeInline"/> for a block of lines (the summary), and a backslash before each line that Markdown would
    /// read as something that ends or swallows the section: a heading (<c># x</c>), a heading underline (<c>---</c>,
    /// <c>===</c>), or a code fence (<c>```</c>, <c>~~~</c>), which, left unclosed, would turn the rest of the file into
    /// code. The backslash goes after the line's indentation (up to three spaces: four make a code line, which reads
    /// as text). <see cref="UnescapeBlock"/> reverses it: a line already written with backslashes there gets one more.
    /// </summary>
    public static string EscapeBlock(string value) => PerLine(BlockBreaker().Replace(value, "${i}\\${b}"), EscapeInline);

    /// <summary>Reverses <see cref="EscapeBlock"/>.</summary>
    public static string UnescapeBlock(string value)
    {
        string inline = PerLine(value, UnescapeInline);
        // Only a line with a backslash after its indentation was escaped.
        return inline.Contains('\\', System.StringComparison.Ordinal)
            ? EscapedBlockBreaker().Replace(inline, m => m.Groups["i"].Value + m.Groups["b"].Value[1..])
            : inline;
    }

    /// <summary>
    /// Applies an inline rule line by line: a code span that runs over lines is not taken as code, so that a line which
    /// starts an HTML block (<c>&lt;!--</c>) inside it still gets its backslash (blocks are read before inline code).
    /// </summary>
    private static string PerLine(string value, System.Func<string, string> rule) =>
        value.IndexOf('\n') < 0 ? rule(value) : string.Join('\n', value.Split('\n').Select(rule));

    // A line (after up to three spaces and any backslashes) that opens an ATX heading, is a setext underline or thematic
    // break of '-' or '=', or opens a code fence.
    [GeneratedRegex(@"^(?<i> {0,3})(?<b>\\*(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}))", RegexOptions.Multiline)]
    private static partial Regex BlockBreaker();

    [GeneratedRegex(@"^(?<i> {0,3})(?<b>\\+(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$|`{3,}|~{3,}))", RegexOptions.Multiline)]
    private static partial Regex EscapedBlockBreaker();

    /// <summary>Reverses <see cref="EscapeInline"/>: angle brackets around a link go, one backslash before a tag-like <c>&lt;</c> goes.</summary>
    public static string UnescapeInline(string value) =>
        // Both of what it undoes start with '<': without one, the value is as it was written.
        string.IsNullOrEmpty(value) || !value.Contains('<', System.StringComparison.Ordinal) ? value : OutsideCode(value, segment => TagOpen().Replace(WrappedLink().Replace(segment, "${l}"), m => m.Groups["b"].Value.Length > 0 ? m.Groups["b"].Value[1..] + "<" : "<"));

    /// <summary>
    /// Applies <paramref name="transform"/> to the parts of <paramref name="value"/> outside code spans, found as Markdown
    /// finds them: a run of backticks opens a span that the next run of the same length closes; a run that nothing
    /// closes is text.
    /// </summary>
    private static string OutsideCode(string value, System.Func<string, string> transform)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.IndexOf('`') < 0)
        {
            return transform(value);
        }

        var sb = new StringBuilder(value.Length + 16);
        int text = 0;
        int i = 0;
        while (i < value.Length)
        {
            if (value[i] != '`')
            {
                i++;
                continue;
            }

            int run = Run(value, i, '`');
            int close = ClosingRun(value, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }

            sb.Append(transform(value[text..i])).Append(value, i, close + run - i);
            i = close + run;
            text = i;
        }

        return sb.Append(transform(value[text..])).ToString();
    }

    /// <summary>The length of the run of <paramref name="c"/> at <paramref name="at"/>.</summary>
    private static int Run(string value, int at, char c)
    {
        int end = at;
        while (end < value.Length && value[end] == c)
        {
            end++;
        }

        return end - at;
    }

    /// <summary>Where the next run of exactly <paramref name="length"/> backticks from <paramref name="from"/> starts; -1 when none.</summary>
    private static int ClosingRun(string value, int from, int length)
    {
        int i = value.IndexOf('`', from);
        while (i >= 0)
        {
            int run = Run(value, i, '`');
            if (run == length)
            {
                return i;
            }

            i = value.IndexOf('`', i + run);
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="content"/> as a Markdown code span: in single backticks, or, when it holds backticks, in a run
    /// longer than any run in it (with a space inside each end when it starts or ends with a backtick).
    /// <see cref="CodeSpanContent"/> reads it back.
    /// </summary>
    public static string CodeSpan(string content)
    {
        int longest = 0;
        for (int i = 0; i < content.Length;)
        {
            if (content[i] == '`')
            {
                int run = Run(content, i, '`');
                longest = System.Math.Max(longest, run);
                i += run;
            }
            else
            {
                i++;
            }
        }

        string fence = new('`', longest + 1);
        bool pad = content.StartsWith('`') || content.EndsWith('`') || (content.StartsWith(' ') && content.EndsWith(' ') && content.Trim().Length > 0);
        return pad ? $"{fence} {content} {fence}" : fence + content + fence;
    }

    /// <summary>The content of a code span as <see cref="CodeSpan"/> writes it (its fence given apart): one space inside each end goes when both are there.</summary>
    public static string CodeSpanContent(string inside) =>
        inside.Length >= 2 && inside[0] == ' ' && inside[^1] == ' ' && inside.Trim().Length > 0 ? inside[1..^1] : inside;

    /// <summary>
    /// A bold label's text (a priority's title, a blocker's category) as written between <c>**</c> and <c>**</c>: each
    /// <c>*</c> gets a backslash, and so does a backslash before a <c>*</c>, a backslash or the end, so that the label
    /// ends where it should. <see cref="UnescapeLabel"/> reverses it.
    /// </summary>
    public static string EscapeLabel(string label)
    {
        var sb = new StringBuilder(label.Length + 4);
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            if (c == '*' || (c == '\\' && (i + 1 == label.Length || label[i + 1] is '*' or '\\')))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Reverses <see cref="EscapeLabel"/>: <c>\*</c> is <c>*</c> and <c>\\</c> is <c>\</c>; any other backslash stays.</summary>
    public static string UnescapeLabel(string label)
    {
        if (label.IndexOf('\\') < 0)
        {
            return label;
        }

        var sb = new StringBuilder(label.Length);
        for (int i = 0; i < label.Length; i++)
        {
            if (label[i] == '\\' && i + 1 < label.Length && label[i + 1] is '*' or '\\')
            {
                i++;
            }

            sb.Append(label[i]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A value the reader would misread (<paramref name="misread"/>, asked of the value without its leading backslashes)
    /// with one more backslash in front. <see cref="UnescapeLeading"/> takes it away again, so a value that itself
    /// starts with backslashes keeps them.
    /// </summary>
    public static string EscapeLeading(string value, System.Func<string, bool> misread) =>
        misread(value.TrimStart('\\')) ? "\\" + value : value;

    /// <summary>
    /// A description as the title writes it (already <see cref="EscapeInline"/>d): a backslash before a final run of
    /// <c>#</c> after a space, which Markdown takes for the heading's closing marks (<c>a #</c> read as <c>a</c>), and one
    /// in front when the title's reader would take a leading date or handoff prefix out of it (<c>2026-01-01 topic</c>
    /// read as <c>topic</c>). <see cref="TitleText.UnescapeTitle"/> reverses it.
    /// </summary>
    public static string EscapeTitle(string description) =>
        EscapeLeading(ClosingMarks().Replace(description, "${s}\\${b}${h}"), TitleText.Misreads);

    // A final run of '#' after white space (or at the start: the title's prefix ends with a space), after any backslashes.
    [GeneratedRegex(@"(?<s>^|\s)(?<b>\\*)(?<h>#+)$")]
    private static partial Regex ClosingMarks();

    /// <summary>
    /// A header field's value (already <see cref="EscapeInline"/>d) as written after <c>**Key**: </c>: where a
    /// <c> · </c> or <c> | </c> in it stands before something shaped like another field (<c>a · Status: b</c>), which the
    /// reader would split off as a field of its own, that field's colon, or its opening <c>**</c>, gets a backslash.
    /// <see cref="UnescapeFieldValue"/> reverses it.
    /// </summary>
    public static string EscapeFieldValue(string value) =>
        value.Contains('·') || value.Contains('|')
            ? BoldAfterSeparator().Replace(PlainAfterSeparator().Replace(value, "${s}${k}${b}\\${c}"), "${s}${b}\\${f}")
            : value;

    /// <summary>Reverses <see cref="EscapeFieldValue"/>.</summary>
    public static string UnescapeFieldValue(string value) =>
        value.Contains('·') || value.Contains('|')
            ? EscapedBoldAfterSeparator().Replace(EscapedPlainAfterSeparator().Replace(value, "${s}${k}${b}${c}"), "${s}${b}${f}")
            : value;

    [GeneratedRegex(@"(?<s>\s+·\s+)(?<k>\p{L}[\p{L}\p{M}\p{N} ()/&.'-]{1,40}?\s*)(?<b>\\*)(?<c>:(?![/\\])|：)")]
    private static partial Regex PlainAfterSeparator();

    [GeneratedRegex(@"(?<s>\s+·\s+)(?<k>\p{L}[\p{L}\p{M}\p{N} ()/&.'-]{1,40}?\s*)\\(?<b>\\*)(?<c>:(?![/\\])|：)")]
    private static partial Regex EscapedPlainAfterSeparator();

    [GeneratedRegex(@"(?<s>\s+[·|]\s+)(?<b>\\*)(?<f>\*\*[^*]+(?:[:：]\*\*|\*\*\s*[:：]))")]
    private static partial Regex BoldAfterSeparator();

    [GeneratedRegex(@"(?<s>\s+[·|]\s+)\\(?<b>\\*)(?<f>\*\*[^*]+(?:[:：]\*\*|\*\*\s*[:：]))")]
    private static partial Regex EscapedBoldAfterSeparator();

    /// <summary>Reverses <see cref="EscapeLeading"/>.</summary>
    public static string UnescapeLeading(string value, System.Func<string, bool> misread) =>
        value.Length > 1 && value[0] == '\\' && misread(value.TrimStart('\\')) ? value[1..] : value;

    // A run of backslashes (possibly empty) and a '<' that opens an HTML tag, comment or declaration; not one
    // that opens an autolink (<https://...>, <name@host>), which is already lint-clean.
    [GeneratedRegex(@"(?<b>\\*)<(?=[A-Za-z/!?])(?!(?:(?:https?|ftp)://[^\s<>`]*|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)>)")]
    private static partial Regex TagOpen();

    // A bare http(s)/ftp URL or e-mail address, at the start or after white space or an opening bracket or quote; or
    // one the value already had in angle brackets, which is wrapped again (<<https://x>>): the reader unwraps the inner
    // pair only, and the value comes back with its own brackets.
    [GeneratedRegex(@"(?<=^|[\s(\[{""'<])(?:(?:https?|ftp)://[^\s<>`]*[^\s<>`.,;:!?)\]}'""]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")]
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

        if (IsSingleLine(value))
        {
            return value;
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

    /// <summary>True when <see cref="SingleLine"/> would give <paramref name="value"/> back unchanged: its only white space is single spaces between other characters.</summary>
    private static bool IsSingleLine(string value)
    {
        bool space = true; // at the start, as after a space: no leading space
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c != ' ' || space)
                {
                    return false;
                }

                space = true;
            }
            else
            {
                space = false;
            }
        }

        return !space;
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
