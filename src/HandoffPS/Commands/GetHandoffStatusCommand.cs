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
/// <remarks>
/// <para>Get-HandoffStatus returns one object: ProjectRoot, LatestHandoff, Age, CommitsSince, CommitsSinceIsLowerBound, FilesChangedSince, UncommittedChanges, Branch, BranchChanged, IsDue and Reason.</para>
/// <para>A handoff is due when there is no handoff yet while the repository has work; or when there are commits or uncommitted changes since the latest handoff and it is older than -MaxAge (8 hours); or when at least -MinCommits (1) commits were made since it and the current branch differs from its branch. Changes in session-handoffs itself are not work.</para>
/// <para>The project is -Path or -LiteralPath (a project root, its session-handoffs folder or a handoff file in it; -ProjectRoot is an alias of -Path), the project of each handoff piped from Get-Handoff, or the current project; one object per project. The latest handoff is the newest by the handoff's own timestamp (header Date and Time), else the one in its file name, then by file name: the one Get-Handoff -Latest gives. A handoff file that cannot be read is one non-terminating error (HandoffUnreadable); the status is answered from the others.</para>
/// <para>It never prompts and never fails because of git; outside a repository it still answers, from the age alone. It is fast, for a prompt or a profile: it reads the handoffs' headers only (and, within one session, only those of files that changed), counts the commits since the latest handoff up to 200 (past that, CommitsSince is 200 and CommitsSinceIsLowerBound is true: "at least 200 commits"), and finds the files changed since with one comparison of the handoff's commit with HEAD and the working tree.</para>
/// </remarks>
/// <example>
/// <code>if ((Get-HandoffStatus).IsDue) { New-Handoff -Description 'end of day' -FromGit }</code>
/// <para>The end-of-day routine: write a handoff from git when one is due.</para>
/// </example>
/// <example>
/// <code>Register-EngineEvent PowerShell.Exiting -Action { if ((Get-HandoffStatus).IsDue) { New-Handoff -Description 'end of day' -FromGit -WarningAction SilentlyContinue } } | Out-Null</code>
/// <para>In a PowerShell profile: when the shell exits, write a handoff if one is due.</para>
/// </example>
/// <example>
/// <code>Get-HandoffStatus -MaxAge (New-TimeSpan -Hours 2) -MinCommits 3 | Format-List IsDue, Reason</code>
/// <para>A stricter policy: due after two hours of work, or after three commits on another branch.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "HandoffStatus")]
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

            WriteObject(HandoffStatus.Evaluate(project, latest, DateTime.Now, MaxAge, MinCommits));
        }
    }
}
