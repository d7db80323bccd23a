using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;

namespace HandoffPS.Input;

/// <summary>
/// How the reading cmdlets find and read handoff files: the paths (<see cref="ProviderPaths"/>) as files, a folder as
/// the handoffs of its project (<see cref="HandoffProject"/>), the current project when no path is given, and a read
/// that turns a bad file into one non-terminating HandoffUnreadable error.
/// </summary>
internal static class HandoffFiles
{
    /// <summary>The project holding the cmdlet's current location.</summary>
    public static HandoffProject CurrentProject(PSCmdlet cmdlet) =>
        HandoffProject.Resolve(null, CurrentDirectory(cmdlet));

    /// <summary>The cmdlet's current file system location.</summary>
    public static string CurrentDirectory(PSCmdlet cmdlet) =>
        cmdlet.SessionState.Path.CurrentFileSystemLocation.ProviderPath;

    /// <summary>
    /// The handoff files named by <paramref name="paths"/> or <paramref name="literalPaths"/>: a file as is, a
    /// project root or handoff folder as its handoffs. With neither, the current project's.
    /// </summary>
    public static IEnumerable<string> Find(PSCmdlet cmdlet, string[]? paths, string[]? literalPaths)
    {
        if (paths is null && literalPaths is null)
        {
            string folder = CurrentProject(cmdlet).Folder;
            if (!Directory.Exists(folder))
            {
                cmdlet.WriteVerbose($"No handoffs: '{folder}' does not exist.");
            }

            foreach (string file in FilesIn(cmdlet, folder))
            {
                yield return file;
            }

            yield break;
        }

        foreach (string resolved in ProviderPaths.Resolve(cmdlet, paths, literalPaths))
        {
            if (!Directory.Exists(resolved))
            {
                yield return resolved;
                continue;
            }

            string folder = HandoffProject.Resolve(resolved, resolved).Folder;
            foreach (string file in FilesIn(cmdlet, folder))
            {
                yield return file;
            }
        }
    }

    /// <summary>
    /// The handoff files of a handoff folder; a folder that cannot be listed (access denied, or a file where the folder
    /// should be) is one non-terminating error (HandoffUnreadable) and no files.
    /// </summary>
    public static IReadOnlyList<string> FilesIn(PSCmdlet cmdlet, string folder) => FilesIn(cmdlet, folder, out _);

    /// <summary><see cref="FilesIn(PSCmdlet, string)"/>, saying whether the folder could not be listed.</summary>
    public static IReadOnlyList<string> FilesIn(PSCmdlet cmdlet, string folder, out bool failed)
    {
        failed = false;
        try
        {
            return HandoffStore.EnumerateFiles(folder);
        }
        catch (HandoffException ex)
        {
            cmdlet.WriteError(ErrorRecords.From(ex));
            failed = true;
            return System.Array.Empty<string>();
        }
    }

    /// <summary>Reads one file; a file that cannot be read is one non-terminating error (HandoffUnreadable) and null.</summary>
    public static HandoffDocument? TryRead(PSCmdlet cmdlet, string file)
    {
        try
        {
            return HandoffStore.Read(file);
        }
        catch (HandoffException ex)
        {
            cmdlet.WriteError(ErrorRecords.From(ex));
            return null;
        }
    }

    /// <summary>
    /// Reads files, in <see cref="HandoffOrder"/>; each file that cannot be read is one non-terminating error.
    /// With -Verbose, each file's line says where its Date, Branch and Description came from.
    /// </summary>
    public static IReadOnlyList<Handoff> ReadAll(PSCmdlet cmdlet, IEnumerable<string> files) => ReadAll(cmdlet, files, out _);

    /// <summary><see cref="ReadAll(PSCmdlet, IEnumerable{string})"/>, counting the files that could not be read.</summary>
    public static IReadOnlyList<Handoff> ReadAll(PSCmdlet cmdlet, IEnumerable<string> files, out int failures)
    {
        var handoffs = new List<Handoff>();
        failures = 0;
        foreach (string file in files)
        {
            if (TryRead(cmdlet, file) is not HandoffDocument doc)
            {
                failures++;
            }
            else
            {
                HeaderOrigins o = doc.Origins;
                cmdlet.WriteVerbose($"{Path.GetFileName(file)}: Date from {o.Date}; Time from {o.Time}; Branch from {o.Branch}; Description from {o.Description}.");
                handoffs.Add(doc.Handoff);
            }
        }

        return HandoffOrder.Sort(handoffs);
    }
}
