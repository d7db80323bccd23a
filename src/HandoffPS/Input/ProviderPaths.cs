using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using HandoffPS.Errors;

namespace HandoffPS.Input;

/// <summary>
/// The one way the cmdlets turn -Path (wildcards) and -LiteralPath (taken exactly, also bound from the PSPath of
/// piped files) into file system paths that exist. A path that names nothing is one non-terminating PathNotFound
/// error, a path of another provider one NotAFileSystemPath error; the other paths still come out.
/// </summary>
internal static class ProviderPaths
{
    public static IEnumerable<string> Resolve(PSCmdlet cmdlet, string[]? paths, string[]? literalPaths)
    {
        foreach (string literal in literalPaths ?? Array.Empty<string>())
        {
            if (Literal(cmdlet, literal) is string full)
            {
                yield return full;
            }
        }

        foreach (string pattern in paths ?? Array.Empty<string>())
        {
            foreach (string match in Wildcard(cmdlet, pattern))
            {
                yield return match;
            }
        }
    }

    private static string? Literal(PSCmdlet cmdlet, string literal)
    {
        string full;
        ProviderInfo provider;
        try
        {
            full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(literal, out provider, out _);
        }
        catch (Exception ex) when (ex is ItemNotFoundException or System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or NotSupportedException or ArgumentException)
        {
            // Also a handoff read from git objects (Get-Handoff -Ref): its path is main:session-handoffs/x.md.
            cmdlet.WriteError(ErrorRecords.PathNotFound(literal, ex));
            return null;
        }

        if (provider.Name != "FileSystem")
        {
            cmdlet.WriteError(ErrorRecords.NotAFileSystemPath(literal));
            return null;
        }

        if (!File.Exists(full) && !Directory.Exists(full))
        {
            cmdlet.WriteError(ErrorRecords.PathNotFound(literal));
            return null;
        }

        return full;
    }

    private static IReadOnlyList<string> Wildcard(PSCmdlet cmdlet, string pattern)
    {
        try
        {
            IReadOnlyList<string> matches = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(pattern, out ProviderInfo provider);
            if (provider.Name != "FileSystem")
            {
                cmdlet.WriteError(ErrorRecords.NotAFileSystemPath(pattern));
                return Array.Empty<string>();
            }

            if (matches.Count == 0)
            {
                cmdlet.WriteError(ErrorRecords.PathNotFound(pattern));
            }

            return matches;
        }
        catch (Exception ex) when (ex is ItemNotFoundException or System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or NotSupportedException or ArgumentException)
        {
            cmdlet.WriteError(ErrorRecords.PathNotFound(pattern, ex));
            return Array.Empty<string>();
        }
    }
}
