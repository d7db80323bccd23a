using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Project;

namespace HandoffPS.Input;

/// <summary>
/// What every cmdlet that reads handoff files shares: -Path (wildcards, positional, strings from the pipeline) and
/// -LiteralPath (taken exactly; binds the PSPath of files piped from Get-ChildItem, so names with [ and ] work).
/// </summary>
public abstract class HandoffReaderCommand : PSCmdlet
{
    internal const string PathSet = "Path";
    internal const string LiteralPathSet = "LiteralPath";

    /// <summary>A project root, a handoff folder or handoff files. Wildcards are allowed. Default: the current project's handoffs.</summary>
    [Parameter(ParameterSetName = PathSet, Position = 0, ValueFromPipeline = true)]
    [SupportsWildcards]
    public string[]? Path { get; set; }

    /// <summary>Like -Path, but taken exactly as typed (no wildcards). Binds the PSPath of files piped from Get-ChildItem.</summary>
    [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    public string[]? LiteralPath { get; set; }

    /// <summary>The handoff files of this pipeline input's -Path or -LiteralPath, else of the current project.</summary>
    protected IEnumerable<string> Files() => HandoffFiles.Find(this, Path, LiteralPath);

    /// <summary>The catalog of this pipeline input's handoff files (<see cref="Files"/>): each file's place in the order, from its header.</summary>
    protected HandoffCatalog Catalog() => HandoffFiles.Catalog(this, Path, LiteralPath);
}
