using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// What a Branch field holds: one branch name, read out of remarks and markup around it, or nothing when the value
/// names no branch (<c>n/a</c>, a sentence).
/// </summary>
internal static partial class BranchText
{
    /// <summary>
    /// The branch name from a field value: the first code span when there is one (<c>`develop` (merged)</c>,
    /// <c>built on `x` (off `dev`)</c>), else the first word when a remark follows it (<c>main (clean working
    /// tree)</c>, <c>main — merged</c>) or when it is the whole value; null when that is not one branch name
    /// (<c>Modifications directes (pas de branche)</c>, <c>n/a</c>, <c>none</c>).
    /// </summary>
    public static string? Clean(string value)
    {
        string v = value.Trim();

        // A plain name (what the writer writes): no code span, no remark, nothing for the expressions below to take off.
        if (v.Length > 0 && v.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '+' or '@' or '#' or '-'))
        {
            string plain = v.TrimEnd('.');
            return plain.Length is > 0 and <= 200 && char.IsAsciiLetterOrDigit(plain[0]) && !Placeholder().IsMatch(plain) ? plain : null;
        }

        return CleanAny(value);
    }

    /// <summary><see cref="Clean"/> by its expressions alone, for every value.</summary>
    internal static string? CleanAny(string value)
    {
        string v = value.Trim();
        if (Detached().IsMatch(v))
        {
            return v;
        }

        Match code = CodeSpan().Match(v);
        string name;
        if (code.Success)
        {
            // What stands in code is taken as written: the writer puts names that are not plain there (in a longer
            // run of backticks when the name holds one).
            name = TextRules.SingleLine(TextRules.CodeSpanContent(code.Groups["c"].Value));
            return name.Length > 0 ? name : null;
        }
        else
        {
            v = v.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
            Match remark = NameWithRemark().Match(v);
            name = remark.Success ? remark.Groups["n"].Value : v;
        }

        name = name.TrimEnd('.', ',', ';', ':', '。', '，');
        return BranchName().IsMatch(name) && !Placeholder().IsMatch(name) ? name : null;
    }

    /// <summary>True when <paramref name="name"/> is one plain branch name: letters, digits and <c>._/+@#-</c>, starting with a letter or digit.</summary>
    public static bool IsName(string name) => BranchName().IsMatch(name) || Detached().IsMatch(name);

    /// <summary>How the writer names a detached HEAD: <c>(detached at 201f346)</c>.</summary>
    [GeneratedRegex(@"^\(detached(?: at [0-9a-fA-F]{4,40})?\)$")]
    private static partial Regex Detached();

    [GeneratedRegex(@"^(?<n>[^\s(（,，;；]+)(?:\s*[(（,，;；].*|\s+(?:[—–-]|on|at|@|·|\|)\s.*)$")]
    private static partial Regex NameWithRemark();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}._/+@#-]{0,199}(?<![.])$")]
    private static partial Regex BranchName();

    [GeneratedRegex(@"^(?:none|n/?a|tbd|tba|unknown|null|nil|detached|various|multiple|same|unchanged|pending|see|todo|na|keine|ninguna|aucune)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    // A code span: a run of backticks, then text, then a run of the same length.
    [GeneratedRegex(@"(?<!`)(?<f>`+)(?!`)(?<c>.+?)(?<!`)\k<f>(?!`)")]
    private static partial Regex CodeSpan();
}
