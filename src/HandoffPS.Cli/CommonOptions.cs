using System;
using System.Collections.Generic;
using System.CommandLine;

namespace HandoffPS.Cli;

/// <summary>Options more than one command takes.</summary>
internal static class CommonOptions
{
    public static Option<string?> Path() => new("--path", "-p")
    {
        Description = "The project: its root, its session-handoffs folder or a handoff file in it. Default: the git work-tree root of the current folder, else the current folder.",
        HelpName = "folder",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON (the objects the PowerShell cmdlets output) instead of text." };

    public static Option<string?> Branch(string what) => new("--branch", "-b") { Description = what, HelpName = "name" };

    public static Option<string[]> Many(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>A glob pattern test (<c>*</c>, <c>?</c>), case-insensitive, as PowerShell's wildcards for <c>-Branch</c>.</summary>
    public static bool Like(string? value, string pattern)
    {
        string v = value ?? string.Empty;
        string regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(v, regex, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    public static IReadOnlyList<T> Filter<T>(IEnumerable<T> items, Func<T, string?> branchOf, string? pattern)
    {
        var result = new List<T>();
        foreach (T item in items)
        {
            if (pattern is null || (branchOf(item) is string branch && Like(branch, pattern)))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
