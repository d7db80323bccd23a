using System.Text;

namespace HandoffPS.Core.Markdown;

/// <summary>How values are normalised before they are written: the rules the round trip guarantees.</summary>
public static class TextRules
{
    /// <summary>
    /// Escapes a list item whose text Markdown would take as a thematic break (<c>- ---</c>) or a check box (<c>- [x] a</c>): one leading
    /// backslash is added. <see cref="UnescapeItem"/> removes it, so every value survives the round trip.
    /// </summary>
    public static string EscapeItem(string item) => MarkdownEscapes.EscapeItem(item);

    /// <summary>Reverses <see cref="EscapeItem"/>.</summary>
    public static string UnescapeItem(string item) => MarkdownEscapes.UnescapeItem(item);

    /// <summary>
    /// Makes a value's Markdown lint-clean without changing what it says, outside code spans: a <c>&lt;</c> that
    /// would open an HTML tag gets a backslash (<c>\&lt;div&gt;</c>), and a bare URL or e-mail address is put in
    /// angle brackets (<c>&lt;https://example.com&gt;</c>), one that has them already too. <see cref="UnescapeInline"/>
    /// reverses it exactly.
    /// </summary>
    public static string EscapeInline(string value) => MarkdownEscapes.EscapeInline(value);

    /// <summary>
    /// <see cref="EscapeInline"/> for a block of lines (the summary), and a backslash before each line that Markdown would
    /// read as something that ends or swallows the section: a heading (<c># x</c>), a heading underline (<c>---</c>,
    /// <c>===</c>), or a code fence (<c>```</c>, <c>~~~</c>), which, left unclosed, would turn the rest of the file into
    /// code. The backslash goes after the line's indentation (up to three spaces: four make a code line, which reads
    /// as text). <see cref="UnescapeBlock"/> reverses it: a line already written with backslashes there gets one more.
    /// </summary>
    public static string EscapeBlock(string value) => MarkdownEscapes.EscapeBlock(value);

    /// <summary>Reverses <see cref="EscapeBlock"/>.</summary>
    public static string UnescapeBlock(string value) => MarkdownEscapes.UnescapeBlock(value);

    /// <summary>Reverses <see cref="EscapeInline"/>: angle brackets around a link go, one backslash before a tag-like <c>&lt;</c> goes.</summary>
    public static string UnescapeInline(string value) => MarkdownEscapes.UnescapeInline(value);

    /// <summary>
    /// <paramref name="content"/> as a Markdown code span: in single backticks, or, when it holds backticks, in a run
    /// longer than any run in it (with a space inside each end when it starts or ends with a backtick).
    /// <see cref="CodeSpanContent"/> reads it back.
    /// </summary>
    public static string CodeSpan(string content) => CodeSpans.CodeSpan(content);

    /// <summary>The content of a code span as <see cref="CodeSpan"/> writes it (its fence given apart): one space inside each end goes when both are there.</summary>
    public static string CodeSpanContent(string inside) => CodeSpans.CodeSpanContent(inside);

    /// <summary>
    /// A bold label's text (a priority's title, a blocker's category) as written between <c>**</c> and <c>**</c>: each
    /// <c>*</c> gets a backslash, and so does a backslash before a <c>*</c>, a backslash or the end, so that the label
    /// ends where it should. <see cref="UnescapeLabel"/> reverses it.
    /// </summary>
    public static string EscapeLabel(string label) => MarkdownEscapes.EscapeLabel(label);

    /// <summary>Reverses <see cref="EscapeLabel"/>: <c>\*</c> is <c>*</c> and <c>\\</c> is <c>\</c>; any other backslash stays.</summary>
    public static string UnescapeLabel(string label) => MarkdownEscapes.UnescapeLabel(label);

    /// <summary>
    /// A value the reader would misread (<paramref name="misread"/>, asked of the value without its leading backslashes)
    /// with one more backslash in front. <see cref="UnescapeLeading"/> takes it away again, so a value that itself
    /// starts with backslashes keeps them.
    /// </summary>
    public static string EscapeLeading(string value, System.Func<string, bool> misread) => MarkdownEscapes.EscapeLeading(value, misread);

    /// <summary>
    /// A description as the title writes it (already <see cref="EscapeInline"/>d): a backslash before a final run of
    /// <c>#</c> after a space, which Markdown takes for the heading's closing marks (<c>a #</c> read as <c>a</c>), and one
    /// in front when the title's reader would take a leading date or handoff prefix out of it (<c>2026-01-01 topic</c>
    /// read as <c>topic</c>). <see cref="TitleText.UnescapeTitle"/> reverses it.
    /// </summary>
    public static string EscapeTitle(string description) => MarkdownEscapes.EscapeTitle(description);

    /// <summary>
    /// A header field's value (already <see cref="EscapeInline"/>d) as written after <c>**Key**: </c>: where a
    /// <c> · </c> or <c> | </c> in it stands before something shaped like another field (<c>a · Status: b</c>), which the
    /// reader would split off as a field of its own, that field's colon, or its opening <c>**</c>, gets a backslash.
    /// <see cref="UnescapeFieldValue"/> reverses it.
    /// </summary>
    public static string EscapeFieldValue(string value) => MarkdownEscapes.EscapeFieldValue(value);

    /// <summary>Reverses <see cref="EscapeFieldValue"/>.</summary>
    public static string UnescapeFieldValue(string value) => MarkdownEscapes.UnescapeFieldValue(value);

    /// <summary>Reverses <see cref="EscapeLeading"/>.</summary>
    public static string UnescapeLeading(string value, System.Func<string, bool> misread) => MarkdownEscapes.UnescapeLeading(value, misread);

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
