using System.Text.RegularExpressions;
using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Model;

/// <summary>One entry of a handoff's Blockers/Questions: an optional category (the bold label) and the text.</summary>
public sealed partial class Blocker
{
    public Blocker(string? category, string text)
    {
        // The bold marks and the colon around a category go, all of them ("* *x*:" is "x"), so that reading what is
        // written gives the same category again.
        Category = TextRules.SingleLineOrNull(TextRules.SingleLine(category).TrimStart('*', ' ').TrimEnd(':', ' ', '*'));
        Text = TextRules.SingleLine(text);
    }

    public string? Category { get; }

    public string Text { get; }

    /// <summary>
    /// Reads the string form <c>Category: text</c> or plain <c>text</c>. A prefix counts as a category only
    /// when it is a short label (at most three words, no URL scheme), so a sentence with a colon stays whole.
    /// </summary>
    public static Blocker FromText(string text)
    {
        string line = TextRules.SingleLine(text);
        Match m = CategoryPrefix().Match(line);
        if (m.Success)
        {
            return new Blocker(m.Groups["c"].Value, m.Groups["t"].Value);
        }

        return new Blocker(null, line);
    }

    public override string ToString() => Category is null ? Text : $"{Category}: {Text}";

    [GeneratedRegex(@"^(?<c>[\p{L}\p{N}][\p{L}\p{N}/&+._-]*(?: [\p{L}\p{N}/&+._-]+){0,2}): (?<t>\S.*)$")]
    private static partial Regex CategoryPrefix();
}
