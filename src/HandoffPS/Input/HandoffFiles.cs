using System.Collections.Generic;
using System.Linq;
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
            foreach (string file in InFolder(cmdlet, CurrentProject(cmdlet).Folder))
            {
                yield return file;
            }

            yield break;
        }

        foreach (string resolved in ProviderPaths.Resolve(cmdlet, paths, literalPaths))
        {
            if (!Directory.Exists(resolved))
            {
                if (!IsIndex(cmdlet, resolved))
                {
                    yield return resolved;
                }

                continue;
            }

            foreach (string file in InFolder(cmdlet, HandoffProject.Resolve(resolved, resolved).Folder))
            {
                yield return file;
            }
        }
    }

    /// <summary>
    /// The handoff files of a handoff folder, saying with -Verbose which folder and how many; a folder that cannot be
    /// listed is one non-terminating error (HandoffUnreadable) and no files.
    /// </summary>
    private static IReadOnlyList<string> InFolder(PSCmdlet cmdlet, string folder)
    {
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            cmdlet.WriteVerbose($"No handoffs: '{folder}' does not exist.");
            return System.Array.Empty<string>();
        }

        try
        {
            IReadOnlyList<string> files = HandoffStore.EnumerateFiles(folder);
            cmdlet.WriteVerbose($"Reading '{folder}': {files.Count} handoff file(s).");
            return files;
        }
        catch (HandoffException ex)
        {
            // A folder that cannot be listed (access denied, a file where the folder should be): one error, no files.
            cmdlet.WriteError(ErrorRecords.From(ex));
            return System.Array.Empty<string>();
        }
    }

    /// <summary>
    /// The catalog of the handoff files named by <paramref name="paths"/> or <paramref name="literalPaths"/>, as
    /// <see cref="Find"/> names them (a folder's files are listed once, with the timestamps of their names); each file
    /// that cannot be read is one non-terminating error, in the order <see cref="Find"/> gives.
    /// </summary>
    public static HandoffCatalog Catalog(PSCmdlet cmdlet, string[]? paths, string[]? literalPaths)
    {
        var catalogs = new List<HandoffCatalog>();
        var files = new List<string>();
        void AddFiles()
        {
            if (files.Count > 0)
            {
                catalogs.Add(Catalog(cmdlet, files));
                files.Clear();
            }
        }

        void AddFolder(string folder)
        {
            AddFiles();
            if (!Directory.Exists(folder) && !File.Exists(folder))
            {
                cmdlet.WriteVerbose($"No handoffs: '{folder}' does not exist.");
                return;
            }

            // A file where the folder should be is listed too: HandoffCatalog.OfFolder makes it one error.

            var errors = new List<HandoffException>();
            HandoffCatalog catalog = HandoffCatalog.OfFolder(folder, errors);
            cmdlet.WriteVerbose($"Reading '{folder}': {catalog.Count} handoff file(s).");
            catalogs.Add(catalog);
            Write(cmdlet, errors);
        }

        if (paths is null && literalPaths is null)
        {
            AddFolder(CurrentProject(cmdlet).Folder);
        }
        else
        {
            foreach (string resolved in ProviderPaths.Resolve(cmdlet, paths, literalPaths))
            {
                if (Directory.Exists(resolved))
                {
                    AddFolder(HandoffProject.Resolve(resolved, resolved).Folder);
                }
                else if (!IsIndex(cmdlet, resolved))
                {
                    files.Add(resolved);
                }
            }
        }

        AddFiles();
        return catalogs.Count == 1 ? catalogs[0] : HandoffCatalog.Concat(catalogs);
    }

    /// <summary>
    /// The handoffs of a project's folder, read in full, in <see cref="HandoffOrder"/>; each file that cannot be read,
    /// and the folder when it cannot be listed, is one non-terminating error, counted in <paramref name="unreadable"/>.
    /// </summary>
    public static IReadOnlyList<Handoff> ReadFolder(PSCmdlet cmdlet, string folder, out int unreadable)
    {
        var errors = new List<HandoffException>();
        HandoffCatalog catalog = HandoffCatalog.OfFolder(folder, errors);
        Write(cmdlet, errors);
        var handoffs = new List<Handoff>();
        int failed = errors.Count;
        bool verbose = IsVerbose(cmdlet);
        foreach (HandoffFileRead read in catalog.Read())
        {
            if (read.Error is HandoffException error)
            {
                cmdlet.WriteError(ErrorRecords.From(error));
                failed++;
            }
            else
            {
                if (verbose)
                {
                    Verbose(cmdlet, read.Path, read.Origins);
                }

                handoffs.Add(read.Handoff!);
            }
        }

        unreadable = failed;
        return handoffs;
    }

    /// <summary>
    /// Whether a file named explicitly is the handoff index (a wildcard such as session-handoffs/*.md, or
    /// Get-ChildItem piped in, names it too): it is skipped, saying so with -Verbose.
    /// </summary>
    private static bool IsIndex(PSCmdlet cmdlet, string file)
    {
        if (!HandoffIndex.IsIndexFile(file))
        {
            return false;
        }

        cmdlet.WriteVerbose($"Skipped '{file}': the handoff index (Update-HandoffIndex), not a handoff.");
        return true;
    }

    private static void Write(PSCmdlet cmdlet, List<HandoffException> errors)
    {
        foreach (HandoffException error in errors)
        {
            cmdlet.WriteError(ErrorRecords.From(error));
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
    /// The catalog of files (<see cref="HandoffCatalog.Of"/>: each file's place in <see cref="HandoffOrder"/>, from its
    /// header); each file that cannot be read is one non-terminating error.
    /// </summary>
    public static HandoffCatalog Catalog(PSCmdlet cmdlet, IEnumerable<string> files)
    {
        var errors = new List<HandoffException>();
        HandoffCatalog catalog = HandoffCatalog.Of(files, errors);
        Write(cmdlet, errors);
        return catalog;
    }

    /// <summary>
    /// Reads a catalog's files in full, in <see cref="HandoffOrder"/>, streamed; each file that cannot be read is one
    /// non-terminating error. With -Verbose, each file's line says where its Date, Branch and Description came from.
    /// </summary>
    public static IEnumerable<Handoff> Read(PSCmdlet cmdlet, HandoffCatalog catalog)
    {
        // The -Verbose line is made only when it is shown: a bulk read makes one per file.
        bool verbose = IsVerbose(cmdlet);
        foreach (HandoffFileRead read in catalog.Read())
        {
            if (read.Error is HandoffException error)
            {
                cmdlet.WriteError(ErrorRecords.From(error));
                continue;
            }

            if (verbose)
            {
                Verbose(cmdlet, read.Path, read.Origins);
            }

            yield return read.Handoff!;
        }
    }

    /// <summary>Reads files in full, in <see cref="HandoffOrder"/>, streamed (<see cref="Catalog(PSCmdlet, IEnumerable{string})"/>, then <see cref="Read(PSCmdlet, HandoffCatalog)"/>).</summary>
    public static IEnumerable<Handoff> Read(PSCmdlet cmdlet, IEnumerable<string> files) => Read(cmdlet, Catalog(cmdlet, files));

    /// <summary>Reads files, in <see cref="HandoffOrder"/>, all of them (<see cref="Read(PSCmdlet, IEnumerable{string})"/>).</summary>
    public static IReadOnlyList<Handoff> ReadAll(PSCmdlet cmdlet, IEnumerable<string> files) => Read(cmdlet, files).ToList();

    /// <summary>Whether the cmdlet's verbose messages are shown: -Verbose, else $VerbosePreference.</summary>
    private static bool IsVerbose(PSCmdlet cmdlet)
    {
        if (cmdlet.MyInvocation.BoundParameters.TryGetValue("Verbose", out object? bound))
        {
            return bound is SwitchParameter { IsPresent: true } || bound is true;
        }

        return cmdlet.GetVariableValue("VerbosePreference") is ActionPreference preference
            && preference is not (ActionPreference.SilentlyContinue or ActionPreference.Ignore);
    }

    /// <summary>The -Verbose line of a file read: where its Date, Branch and Description came from.</summary>
    public static void Verbose(PSCmdlet cmdlet, string file, HeaderOrigins o) =>
        cmdlet.WriteVerbose($"{Path.GetFileName(file)}: Date from {o.Date}; Time from {o.Time}; Branch from {o.Branch}; Description from {o.Description}.");
}
