using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS;

/// <summary>
/// How the cmdlets find and read handoff files: -Path (wildcards) and -LiteralPath resolved to files (a folder
/// gives its handoffs), the current project when neither is given, and a read that turns a bad file into one
/// non-terminating error.
/// </summary>
internal static class HandoffFiles
{
    /// <summary>The handoff folder of the project holding the cmdlet's current location.</summary>
    public static string CurrentProjectFolder(PSCmdlet cmdlet) =>
        HandoffStore.FolderFor(HandoffStore.ProjectRootOf(cmdlet.SessionState.Path.CurrentFileSystemLocation.ProviderPath));

    /// <summary>
    /// The handoff files named by <paramref name="paths"/> or <paramref name="literalPaths"/>: a file as is, a
    /// project root or handoff folder as its handoffs in name order. With neither, the current project's.
    /// </summary>
    public static IEnumerable<string> Find(PSCmdlet cmdlet, string[]? paths, string[]? literalPaths)
    {
        if (paths is null && literalPaths is null)
        {
            string folder = CurrentProjectFolder(cmdlet);
            if (!Directory.Exists(folder))
            {
                cmdlet.WriteVerbose($"No handoffs: '{folder}' does not exist.");
                yield break;
            }

            foreach (string file in HandoffStore.EnumerateFiles(folder))
            {
                yield return file;
            }

            yield break;
        }

        foreach (string resolved in Resolve(cmdlet, paths, literalPaths))
        {
            if (Directory.Exists(resolved))
            {
                foreach (string file in HandoffStore.EnumerateFiles(HandoffStore.ResolveFolder(resolved)))
                {
                    yield return file;
                }
            }
            else
            {
                yield return resolved;
            }
        }
    }

    /// <summary>Reads one file; a file that cannot be read is one non-terminating error (HandoffUnreadable) and null.</summary>
    public static HandoffDocument? TryRead(PSCmdlet cmdlet, string file)
    {
        try
        {
            return HandoffParser.ReadDocument(file);
        }
        catch (HandoffException ex)
        {
            cmdlet.WriteError(ErrorRecords.From(ex));
        }
        catch (Exception ex) when (ex is not PipelineStoppedException)
        {
            cmdlet.WriteError(ErrorRecords.Create("HandoffUnreadable", ErrorCategory.ReadError, $"Cannot read handoff '{file}': {ex.Message}", file, ex));
        }

        return null;
    }

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
