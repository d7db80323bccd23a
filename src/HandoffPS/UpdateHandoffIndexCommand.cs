using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS;

/// <summary>Writes the handoff index, session-handoffs/README.md: a table of the project's handoffs, newest first.</summary>
/// <remarks>
/// <para>Update-HandoffIndex writes README.md in the handoff folder: a short header, then one table row per handoff, newest first, with its date, time, description (a relative link to the file), branch, the number of blockers it lists (open as of that handoff) and its top priority. Hosting sites show it when someone opens the folder.</para>
/// <para>The index is deterministic: the same handoffs give the same bytes, whatever order the files are read in. It holds no generation time, no count and no column padding, so two branches that each add a handoff conflict at most on the rows they add. A second run finds nothing to change, writes nothing, and says so.</para>
/// <para>-Check compares the index with the handoffs and returns true when it is current, false when it is stale or missing, and writes nothing: use it in CI. -PassThru returns a HandoffIndexResult (Path, Status, Changed, HandoffCount). -WhatIf shows what would be written.</para>
/// <para>A README.md that is not an index (its first line is not '# Session Handoffs') is never replaced without -Force (error IndexNotOwned). A handoff file that cannot be read is one non-terminating error (HandoffUnreadable) and is left out of the index. New-Handoff -UpdateIndex refreshes the index after writing a handoff.</para>
/// </remarks>
/// <example>
/// <code>Update-HandoffIndex</code>
/// <para>Writes session-handoffs/README.md for the current project, or says that it is already up to date.</para>
/// </example>
/// <example>
/// <code>if (-not (Update-HandoffIndex -Check)) { throw 'session-handoffs/README.md is stale: run Update-HandoffIndex and commit it.' }</code>
/// <para>A CI step that fails when a handoff was added without refreshing the index.</para>
/// </example>
/// <example>
/// <code>Update-HandoffIndex -Path ~/src/webapp -PassThru | Select-Object Status, HandoffCount, Path</code>
/// <para>Updates another project's index and reports what was done: Created, Updated or Unchanged.</para>
/// </example>
/// <example>
/// <code>Update-HandoffIndex -WhatIf</code>
/// <para>Shows whether the index would be written, without writing it.</para>
/// </example>
[Cmdlet(VerbsData.Update, "HandoffIndex", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(HandoffIndexResult))]
[OutputType(typeof(bool))]
public sealed class UpdateHandoffIndexCommand : PSCmdlet
{
    /// <summary>A project root, its handoff folder, or a handoff file (its folder is indexed; Get-Handoff output binds here). Default: the current project (the git work-tree root of the current location, else the current location).</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LiteralPath")]
    public string? Path { get; set; }

    /// <summary>Return true when the index is current, false when it is stale or missing; write nothing.</summary>
    [Parameter]
    public SwitchParameter Check { get; set; }

    /// <summary>Return a HandoffIndexResult saying what was done.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Replace a README.md in the handoff folder that is not a handoff index.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    protected override void ProcessRecord()
    {
        string? folder = ResolveFolder();
        if (folder is null || !_done.Add(folder))
        {
            // Several handoffs of one folder piped in: one index.
            return;
        }

        HandoffIndexResult check;
        try
        {
            check = HandoffIndex.Check(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(ErrorRecords.Create("HandoffUnreadable", ErrorCategory.ReadError, $"Cannot read the handoff folder '{folder}': {ex.Message}", folder, ex));
            return;
        }

        foreach (HandoffException error in check.Errors)
        {
            WriteError(ErrorRecords.From(error));
        }

        if (Check)
        {
            WriteVerbose(check.IsCurrent
                ? $"'{check.Path}' is current: it lists the {check.HandoffCount} handoffs of the folder."
                : $"'{check.Path}' is {(check.Existed ? "stale" : "missing")}: run Update-HandoffIndex.");
            WriteObject(check.IsCurrent);
            return;
        }

        if (check.IsCurrent)
        {
            Tell($"Unchanged: '{check.Path}' already lists the {Handoffs(check.HandoffCount)}; nothing was written.");
            Done(check);
            return;
        }

        if (check.IsForeign && !Force)
        {
            WriteError(ErrorRecords.From(HandoffIndex.NotOwned(check.Path)));
            return;
        }

        string action = $"{(check.Existed ? "Update" : "Create")} the handoff index ({Handoffs(check.HandoffCount)})";
        if (!ShouldProcess(check.Path, action))
        {
            return;
        }

        HandoffIndexResult result;
        try
        {
            result = HandoffIndex.Apply(check, Force);
        }
        catch (HandoffException ex)
        {
            WriteError(ErrorRecords.From(ex));
            return;
        }

        Tell($"{result.Status}: '{result.Path}' lists {Handoffs(result.HandoffCount)}.");
        Done(result);
    }

    private void Done(HandoffIndexResult result)
    {
        if (PassThru)
        {
            WriteObject(result);
        }
    }

    /// <summary>A status line shown like Write-Host: -InformationAction Ignore hides it, -InformationVariable captures it.</summary>
    private void Tell(string message) =>
        WriteInformation(new HostInformationMessage { Message = message }, new[] { "PSHOST" });

    private static string Handoffs(int n) => n == 1 ? "1 handoff" : $"{n} handoffs";

    /// <summary>The handoff folder to index; null, after one non-terminating error, when there is none.</summary>
    private string? ResolveFolder()
    {
        if (Path is null)
        {
            string current = HandoffFiles.CurrentProjectFolder(this);
            if (!Directory.Exists(current))
            {
                WriteError(NoFolder(current));
                return null;
            }

            return current;
        }

        string full;
        try
        {
            full = System.IO.Path.TrimEndingDirectorySeparator(SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path));
        }
        catch (Exception ex) when (ex is ItemNotFoundException or System.Management.Automation.DriveNotFoundException or ProviderNotFoundException or NotSupportedException)
        {
            // A handoff read from git objects (Get-Handoff -Ref) has a path such as main:session-handoffs/x.md.
            WriteError(ErrorRecords.Create("HandoffFolderNotFound", ErrorCategory.ObjectNotFound,
                $"'{Path}' is not a folder or file on disk, so there is no index to update for it.", Path, ex));
            return null;
        }

        if (File.Exists(full))
        {
            // A handoff file (Get-Handoff | Update-HandoffIndex): its folder.
            full = System.IO.Path.GetDirectoryName(full) ?? full;
        }

        string child = HandoffStore.FolderFor(full);
        if (Directory.Exists(child))
        {
            return child;
        }

        bool isHandoffFolder = Directory.Exists(full)
            && (string.Equals(System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(full)), HandoffStore.FolderName, StringComparison.OrdinalIgnoreCase)
                || HandoffStore.EnumerateFiles(full).Count > 0);
        if (!isHandoffFolder)
        {
            WriteError(NoFolder(child));
            return null;
        }

        return full;
    }

    private static ErrorRecord NoFolder(string folder) =>
        ErrorRecords.Create("HandoffFolderNotFound", ErrorCategory.ObjectNotFound,
            $"There is no handoff folder at '{folder}', so there is nothing to index. Write a handoff first with New-Handoff.", folder);
}
