using System;
using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Tells whether a project needs a handoff now, for profile scripts and end-of-day routines.</summary>
/// <include file='../Help/Get-HandoffStatus.xml' path='doc/*'/>
[Cmdlet(VerbsCommon.Get, "HandoffStatus", HelpUri = Help.HelpLinks.Status)]
[OutputType(typeof(HandoffStatus))]
public sealed class GetHandoffStatusCommand : HandoffProjectCommand
{
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    /// <summary>Handoffs from Get-Handoff: the status of the project each one is in, once per project.</summary>
    [Parameter(ValueFromPipeline = true)]
    public Handoff[]? InputObject { get; set; }

    /// <summary>How old the latest handoff may get while there is work since it. Default: 8 hours.</summary>
    [Parameter]
    public TimeSpan MaxAge { get; set; } = HandoffStatus.DefaultMaxAge;

    /// <summary>How many commits on another branch than the latest handoff's make a handoff due. Default: 1.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int MinCommits { get; set; } = HandoffStatus.DefaultMinCommits;

    protected override void ProcessRecord()
    {
        foreach (HandoffProject project in Projects(InputObject))
        {
            if (!_done.Add(project.Root))
            {
                continue;
            }

            var errors = new List<HandoffException>();
            Handoff? latest = HandoffStore.Latest(project.Folder, errors);
            foreach (HandoffException error in errors)
            {
                WriteError(ErrorRecords.From(error));
            }

            WriteVerbose($"Project '{project.Root}': latest handoff in '{project.Folder}': {latest?.Path ?? "none"}.");
            HandoffStatus status = HandoffStatus.Evaluate(project, latest, DateTime.Now, MaxAge, MinCommits, errors.Count);
            WriteVerbose(project.Git.IsRepository
                ? $"Git: branch {status.Branch ?? "(detached or unborn)"}; since the latest handoff {status.CommitsSince} commit(s), {status.FilesChangedSince} changed file(s), {status.UncommittedChanges} uncommitted."
                : "Git: no repository; only the age counts.");
            WriteObject(status);
        }
    }
}
