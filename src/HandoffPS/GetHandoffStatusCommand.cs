using System;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS;

/// <summary>Tells whether a project needs a handoff now, for profile scripts and end-of-day routines.</summary>
/// <remarks>
/// <para>Get-HandoffStatus returns one object: ProjectRoot, LatestHandoff, Age, CommitsSince, FilesChangedSince, UncommittedChanges, Branch, BranchChanged, IsDue and Reason.</para>
/// <para>A handoff is due when there is no handoff yet while the repository has work; or when there are commits or uncommitted changes since the latest handoff and it is older than -MaxAge (8 hours); or when at least -MinCommits (1) commits were made since it and the current branch differs from its branch. Changes in session-handoffs itself are not work.</para>
/// <para>It never prompts and never fails because of git; outside a repository it still answers, from the age alone. It is fast: it walks only the commits since the latest handoff.</para>
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
public sealed class GetHandoffStatusCommand : PSCmdlet
{
    /// <summary>The project root (or a handoff file of it). Default: the git work-tree root of the current location, else the current location.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "ProjectRoot")]
    public string? Path { get; set; }

    /// <summary>How old the latest handoff may get while there is work since it. Default: 8 hours.</summary>
    [Parameter]
    public TimeSpan MaxAge { get; set; } = HandoffStatus.DefaultMaxAge;

    /// <summary>How many commits on another branch than the latest handoff's make a handoff due. Default: 1.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int MinCommits { get; set; } = HandoffStatus.DefaultMinCommits;

    protected override void ProcessRecord()
    {
        string folder = Path is null
            ? SessionState.Path.CurrentFileSystemLocation.ProviderPath
            : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        if (File.Exists(folder))
        {
            // A handoff file (Get-Handoff | Get-HandoffStatus): its project, the folder above session-handoffs.
            string parent = System.IO.Path.GetDirectoryName(folder)!;
            folder = string.Equals(System.IO.Path.GetFileName(parent), HandoffStore.FolderName, StringComparison.OrdinalIgnoreCase)
                ? System.IO.Path.GetDirectoryName(parent)!
                : parent;
        }

        if (!Directory.Exists(folder))
        {
            WriteError(ErrorRecords.Create("ProjectRootNotFound", ErrorCategory.ObjectNotFound, $"The folder '{folder}' does not exist.", Path));
            return;
        }

        WriteObject(HandoffStatus.Evaluate(folder, DateTime.Now, MaxAge, MinCommits, pathIsRoot: Path is not null));
    }
}
