using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace HandoffPS.Core.Markdown;

/// <summary>The escapes that let a value be written as Markdown and read back unchanged (items, inline text, blocks, labels, titles, field values).</summary>
internal static partial class MarkdownEscapes
{
    /// <inheritdoc cref="TextRules.EscapeItem"/>
    internal static string EscapeItem(string item) => item.Length > 0 && item[0] is '\\' or '-' or '*' or '_' or '[' && NeedsEscape(item) ? "\\" + item : item;

    // What EscapeInline looks for: a '<' (a tag), a ':' (a URL), a '@' (an e-mail address). Without any, nothing changes.
    private static readonly char[] InlineMarks = { '<', ':', '@' };

    /// <inheritdoc cref="TextRules.UnescapeItem"/>
    internal static string UnescapeItem(string item) =>
        item.Length > 1 && item[0] == '\\' && NeedsEscape(item[1..]) ? item[1..] : item;

    /// <inheritdoc cref="TextRules.EscapeInline"/>
    internal static string EscapeInline(string value) =>
        value.IndexOfAny(InlineMarks) < 0 ? value
        : CodeSpans.OutsideCode(value, segment => BareLink().Replace(TagOpen().Replace(segment, m => m.Groups["b"].Value + "\\<"), "<$0>"));

    /// <inheritdoc cref="TextRules.EscapeBlock"/>
    internal static string EscapeBlock(string value) => PerLine(BlockBreaker().Replace(value, "${i}\\${b}"), EscapeInline);

    /// <inheritdoc cref="TextRules.UnescapeBlock"/>
    internal static string UnescapeBlock(string value)
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

    /// <inheritdoc cref="TextRules.UnescapeInline"/>
    internal static string UnescapeInline(string value) =>
        // Both of what it undoes start with '<': without one, the value is as it was written.
        string.IsNullOrEmpty(value) || !value.Contains('<', System.StringComparison.Ordinal) ? value : CodeSpans.OutsideCode(value, segment => TagOpen().Replace(WrappedLink().Replace(segment, "${l}"), m => m.Groups["b"].Value.Length > 0 ? m.Groups["b"].Value[1..] + "<" : "<"));

    /// <inheritdoc cref="TextRules.EscapeLabel"/>
    internal static string EscapeLabel(string label)
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

    /// <inheritdoc cref="TextRules.UnescapeLabel"/>
    internal static string UnescapeLabel(string label)
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

    /// <inheritdoc cref="TextRules.EscapeLeading"/>
    internal static string EscapeLeading(string value, System.Func<string, bool> misread) =>
        misread(value.TrimStart('\\')) ? "\\" + value : value;

    /// <inheritdoc cref="TextRules.EscapeTitle"/>
    internal static string EscapeTitle(string description) =>
        EscapeLeading(ClosingMarks().Replace(description, "${s}\\${b}${h}"), TitleText.Misreads);

    // A final run of '#' after white space (or at the start: the title's prefix ends with a space), after any backslashes.
    [GeneratedRegex(@"(?<s>^|\s)(?<b>\\*)(?<h>#+)$")]
    private static partial Regex ClosingMarks();

    /// <inheritdoc cref="TextRules.EscapeFieldValue"/>
    internal static string EscapeFieldValue(string value) =>
        value.Contains('·') || value.Contains('|')
            ? BoldAfterSeparator().Replace(PlainAfterSeparator().Replace(value, "${s}${k}${b}\\${c}"), "${s}${b}\\${f}")
            : value;

    /// <inheritdoc cref="TextRules.UnescapeFieldValue"/>
    internal static string UnescapeFieldValue(string value) =>
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

    /// <inheritdoc cref="TextRules.UnescapeLeading"/>
    internal static string UnescapeLeading(string value, System.Func<string, bool> misread) =>
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
}
