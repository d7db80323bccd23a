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
/// <include file='../Help/Update-HandoffIndex.xml' path='doc/*'/>
[Cmdlet(VerbsData.Update, "HandoffIndex", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = Help.HelpLinks.Index)]
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
