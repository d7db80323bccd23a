using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Input;

/// <summary>
/// What every cmdlet that acts on a project shares: -Path (wildcards, positional) and -LiteralPath (taken exactly;
/// binds the PSPath of items piped from Get-ChildItem), each a project root, its handoff folder or a handoff file
/// in it. Without either, the current project.
/// </summary>
public abstract class HandoffProjectCommand : PSCmdlet
{
    /// <summary>The project: its root, its session-handoffs folder or a handoff file in it. Wildcards are allowed. Default: the git work-tree root of the current location, else the current location.</summary>
    [Parameter(Position = 0)]
    [Alias("ProjectRoot")]
    [SupportsWildcards]
    public string[]? Path { get; set; }

    /// <summary>Like -Path, but taken exactly as typed (no wildcards). Binds the PSPath of items piped from Get-ChildItem.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    public string[]? LiteralPath { get; set; }

    /// <summary>The projects of this pipeline input (and of <paramref name="handoffs"/>, piped handoffs), else the current project.</summary>
    protected IEnumerable<HandoffProject> Projects(IEnumerable<Handoff>? handoffs = null) =>
        ProjectInput.Resolve(this, Path, LiteralPath, handoffs);
}
