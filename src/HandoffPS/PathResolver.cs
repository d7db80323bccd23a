using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;

namespace HandoffPS;

/// <summary>Resolves -Path (wildcards) and -LiteralPath to file system paths, with one error per path not found.</summary>
internal static class PathResolver
{
    public static IEnumerable<string> Resolve(PSCmdlet cmdlet, string[]? paths, string[]? literalPaths)
    {
        if (literalPaths is not null)
        {
            foreach (string literal in literalPaths)
            {
                string full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(literal);
                if (File.Exists(full) || Directory.Exists(full))
                {
                    yield return full;
                }
                else
                {
                    cmdlet.WriteError(NotFound(literal));
                }
            }

            yield break;
        }

        foreach (string pattern in paths ?? Array.Empty<string>())
        {
            IReadOnlyList<string> matches;
            try
            {
                matches = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(pattern, out ProviderInfo provider);
                if (provider.Name != "FileSystem")
                {
                    cmdlet.WriteError(ErrorRecords.Create("NotAFileSystemPath", ErrorCategory.InvalidArgument, $"'{pattern}' is not a file system path.", pattern));
                    continue;
                }
            }
            catch (ItemNotFoundException)
            {
                matches = Array.Empty<string>();
            }

            if (matches.Count == 0)
            {
                cmdlet.WriteError(NotFound(pattern));
            }

            foreach (string match in matches)
            {
                yield return match;
            }
        }
    }

    private static ErrorRecord NotFound(string path) =>
        ErrorRecords.Create("PathNotFound", ErrorCategory.ObjectNotFound, $"Cannot find '{path}': no such handoff file or folder.", path);
}
