using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Reads session handoffs back as Handoff objects.</summary>
/// <remarks>
/// <para>Get-Handoff reads the handoff files of a project and outputs one Handoff object per file, oldest first: by the handoff's own timestamp (its header's Date and Time), else the one in its file name, then by file name (see about_HandoffPS). Without a path it reads the session-handoffs folder of the current project (the git work-tree root of the current location, else the current location).</para>
/// <para>-Path and -LiteralPath take a project root, a handoff folder, or handoff files. In a folder, only files named like handoffs are read (README.md is skipped); a file named explicitly is always read. Files piped from Get-ChildItem bind to -LiteralPath.</para>
/// <para>A file that cannot be read is one non-terminating error (HandoffUnreadable) naming it; the other files still come out.</para>
/// <para>-Latest outputs only the newest handoff that passes the filters, in the same order: every file's header is read, since a header may be newer than its file name says, then the files are read in full from the newest down until one passes.</para>
/// <para>-Ref and -AllBranches read the handoffs of other branches, tags or commits straight from git objects, without a checkout: this is how a teammate's handoffs, shared through git, are seen. Each object's Ref lists the refs it was found on; the same content on several branches comes out once.</para>
/// </remarks>
/// <example>
/// <code>Get-Handoff</code>
/// <para>Lists every handoff of the current project as a table: date, branch, counts of completed items, priorities and blockers, and the description.</para>
/// </example>
/// <example>
/// <code>Get-Handoff -Latest | Select-Object -ExpandProperty NextPriorities</code>
/// <para>Shows what the last session said to do next.</para>
/// </example>
/// <example>
/// <code>Get-Handoff | Where-Object Branch -eq main | Sort-Object Date -Descending | Select-Object -First 3</code>
/// <para>The three newest handoffs written on main.</para>
/// </example>
/// <example>
/// <code>Get-Handoff -AllBranches -IncludeRemote | Sort-Object Date | Format-Table Date, Description, Ref</code>
/// <para>Every handoff on every local and remote-tracking branch, each once, with the branches it is on.</para>
/// </example>
/// <example>
/// <code>Get-Handoff -Ref origin/feature/login -Latest</code>
/// <para>The newest handoff a teammate pushed on their branch, without checking it out.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem ./session-handoffs/*.md | Get-Handoff -Since (Get-Date).AddDays(-7) | ConvertTo-Json -Depth 5</code>
/// <para>Handoffs of the last week as JSON.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "Handoff", DefaultParameterSetName = PathSet)]
[OutputType(typeof(Handoff))]
public sealed class GetHandoffCommand : HandoffReaderCommand
{
    private const string RefSet = "Ref";
    private const string AllBranchesSet = "AllBranches";

    private readonly List<HandoffCatalog> _latestCandidates = new();
    private WildcardPattern? _description;
    private WildcardPattern? _branch;

    /// <summary>Read the handoffs in the session-handoffs folder of these branches, tags or commits, straight from git objects: nothing is checked out and the working tree is not touched.</summary>
    [Parameter(ParameterSetName = RefSet, Mandatory = true)]
    [ArgumentCompleter(typeof(Completers.BranchCompleter))]
    public string[]? Ref { get; set; }

    /// <summary>Read the handoffs of every local branch, straight from git objects. A handoff with the same content on several branches comes out once, with all its refs in Ref.</summary>
    [Parameter(ParameterSetName = AllBranchesSet, Mandatory = true)]
    public SwitchParameter AllBranches { get; set; }

    /// <summary>With -AllBranches: include remote-tracking branches (origin/main, ...).</summary>
    [Parameter(ParameterSetName = AllBranchesSet)]
    public SwitchParameter IncludeRemote { get; set; }

    /// <summary>Only handoffs whose description matches this wildcard pattern (case-insensitive).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completers.DescriptionCompleter))]
    public string? Description { get; set; }

    /// <summary>Only handoffs whose branch matches this wildcard pattern (case-insensitive).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completers.BranchCompleter))]
    public string? Branch { get; set; }

    /// <summary>Only handoffs dated at or after this time.</summary>
    [Parameter]
    public DateTime? Since { get; set; }

    /// <summary>Only handoffs dated at or before this time.</summary>
    [Parameter]
    public DateTime? Until { get; set; }

    /// <summary>Output only the newest matching handoff.</summary>
    [Parameter]
    public SwitchParameter Latest { get; set; }

    protected override void BeginProcessing()
    {
        const WildcardOptions options = WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant;
        _description = Description is null ? null : new WildcardPattern(Description, options);
        _branch = Branch is null ? null : new WildcardPattern(Branch, options);
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName is RefSet or AllBranchesSet)
        {
            EmitFromGit();
            return;
        }

        if (Latest)
        {
            // Only the files' headers now; the newest that passes the filters is read in full at the end.
            _latestCandidates.Add(Catalog());
            return;
        }

        foreach (Handoff handoff in HandoffFiles.Read(this, Catalog()))
        {
            if (Matches(handoff))
            {
                WriteObject(handoff);
            }
        }
    }

    protected override void EndProcessing()
    {
        if (!Latest || _latestCandidates.Count == 0)
        {
            return;
        }

        var errors = new List<HandoffException>();
        HandoffFileRead? latest = HandoffCatalog.Concat(_latestCandidates).Latest(errors, Matches);
        foreach (HandoffException error in errors)
        {
            WriteError(ErrorRecords.From(error));
        }

        if (latest is not null)
        {
            HandoffFiles.Verbose(this, latest.Path, latest.Origins);
            WriteObject(latest.Handoff);
        }
    }

    /// <summary>Reads the handoffs of refs from git objects and writes those that pass the filters (or the newest, with -Latest).</summary>
    private void EmitFromGit()
    {
        string location = HandoffFiles.CurrentDirectory(this);
        GitHandoffs.Result result = AllBranches
            ? GitHandoffs.ReadAllBranches(location, IncludeRemote)
            : GitHandoffs.Read(location, Ref!);
        foreach (HandoffException error in result.Errors)
        {
            WriteError(ErrorRecords.From(error));
        }

        IEnumerable<Handoff> matching = result.Handoffs.Where(Matches);
        if (Latest)
        {
            matching = HandoffOrder.Latest(matching) is Handoff latest ? new[] { latest } : Array.Empty<Handoff>();
        }

        WriteObject(matching, enumerateCollection: true);
    }

    private bool Matches(Handoff h)
    {
        if (_description is not null && !_description.IsMatch(h.Description))
        {
            return false;
        }

        if (_branch is not null && (h.Branch is null || !_branch.IsMatch(h.Branch)))
        {
            return false;
        }

        if (Since is DateTime since && (h.Date is null || h.Date < since))
        {
            return false;
        }

        return Until is not DateTime until || (h.Date is not null && h.Date <= until);
    }
}
