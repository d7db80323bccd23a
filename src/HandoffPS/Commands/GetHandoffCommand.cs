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
/// <include file='../Help/Get-Handoff.xml' path='doc/*'/>
[Cmdlet(VerbsCommon.Get, "Handoff", DefaultParameterSetName = PathSet, HelpUri = Help.HelpLinks.Reading)]
[OutputType(typeof(Handoff))]
public sealed class GetHandoffCommand : HandoffReaderCommand
{
    private const string RefSet = "Ref";
    private const string AllBranchesSet = "AllBranches";

    private readonly List<HandoffCatalog> _latestCandidates = new();
    private HandoffFilter? _filter;

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
        _filter = new HandoffFilter(Description, Branch, Since, Until);
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
            if (_filter!.Matches(handoff))
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
        HandoffFileRead? latest = HandoffCatalog.Concat(_latestCandidates).Latest(errors, _filter!.Matches);
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

        string[] refs = result.Handoffs.SelectMany(h => h.Ref ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToArray();
        WriteVerbose($"Read {result.Handoffs.Count} handoff(s) from git objects in '{location}', on {(refs.Length == 0 ? "no ref" : string.Join(", ", refs))}.");

        IEnumerable<Handoff> matching = result.Handoffs.Where(_filter!.Matches);
        if (Latest)
        {
            matching = HandoffOrder.Latest(matching) is Handoff latest ? new[] { latest } : Array.Empty<Handoff>();
        }

        WriteObject(matching, enumerateCollection: true);
    }
}
