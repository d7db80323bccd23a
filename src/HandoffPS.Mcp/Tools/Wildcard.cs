using System.IO.Enumeration;

namespace HandoffPS.Mcp.Tools;

/// <summary>The filters' wildcards: <c>*</c> and <c>?</c>, case-insensitive, over the whole value (as -Branch and -Description in the cmdlets).</summary>
internal static class Wildcard
{
    public static bool IsMatch(string? pattern, string? value) =>
        pattern is null || (value is not null && FileSystemName.MatchesSimpleExpression(pattern, value, ignoreCase: true));
}
