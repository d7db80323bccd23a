using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Writes the handoff index, session-handoffs/README.md: a table of the project's handoffs, newest first.</summary>
/// <remarks>
/// <para>Update-HandoffIndex writes README.md in the handoff folder: a short header, then one table row per handoff, newest first, with its date, time, description (a relative link to the file), branch, the number of blockers it lists (open as of that handoff) and its top priority. Hosting sites show it when someone opens the folder.</para>
/// <para>The index is deterministic: the same handoffs give the same bytes, whatever order the files are read in. It holds no generation time, no count and no column padding, so two branches that each add a handoff conflict at most on the rows they add. A second run finds nothing to change, writes nothing, and says so.</para>
/// <para>-Check compares the index with the handoffs and returns true when it is current, false when it is stale or missing, and writes nothing: use it in CI. -PassThru returns a HandoffIndexResult (Path, Status, Changed, HandoffCount). -WhatIf shows what would be written.</para>
/// <para>The project is -Path or -LiteralPath (a project root, its session-handoffs folder or a handoff file in it), the project of each handoff piped from Get-Handoff (one index per folder), or the current project. A project without a handoff folder is one non-terminating error (HandoffFolderNotFound); a handoff read from git objects (Get-Handoff -Ref) is one HandoffHasNoFile error.</para>
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
public sealed class UpdateHandoffIndexCommand : HandoffProjectCommand
{
    /// <summary>Handoffs from Get-Handoff: the index of the folder each one is in, once per folder.</summary>
    [Parameter(ValueFromPipeline = true)]
    public Handoff[]? InputObject { get; set; }

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
        foreach (HandoffProject project in Projects(InputObject))
        {
            if (!Directory.Exists(project.Folder))
            {
                WriteError(ErrorRecords.HandoffFolderNotFound(project.Folder));
            }
            else if (_done.Add(project.Folder))
            {
                // Several handoffs of one folder piped in: one index.
                Index(project.Folder);
            }
        }
    }

    private void Index(string folder)
    {
        HandoffIndexResult check;
        try
        {
            check = HandoffIndex.Check(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(ErrorRecords.Create(HandoffErrorIds.HandoffUnreadable, ErrorCategory.ReadError, $"Cannot read the handoff folder '{folder}': {ex.Message}", folder, ex));
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
}
