using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>
/// What the query cmdlets share: their input (piped handoffs, -Path or -LiteralPath, or the current project), -Branch and -All.
/// Input is gathered while the pipeline runs; the subclass works on the ordered series at the end.
/// </summary>
public abstract class HandoffSeriesCommand : HandoffReaderCommand
{
    internal const string InputObjectSet = "InputObject";

    private HandoffSeriesInput? _input;

    /// <summary>Handoffs to query, as output by Get-Handoff. They form the series, in the order of about_HandoffPS (each handoff's own timestamp, else its file name's).</summary>
    [Parameter(ParameterSetName = InputObjectSet, Mandatory = true, ValueFromPipeline = true)]
    public Handoff[]? InputObject { get; set; }

    /// <summary>Restricts the series to the handoffs whose branch matches this wildcard pattern (case-insensitive).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completers.BranchCompleter))]
    public string? Branch { get; set; }

    /// <summary>Every item of every handoff of the series, in handoff order, instead of the latest handoff's.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>The gathered handoffs that pass -Branch, oldest first. Read it in EndProcessing.</summary>
    protected IReadOnlyList<Handoff> Series => _input!.Series(Branch);

    protected override void BeginProcessing()
    {
        _input = new HandoffSeriesInput();
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == InputObjectSet)
        {
            _input!.Add(InputObject);
        }
        else
        {
            _input!.Add(HandoffFiles.Read(this, Catalog()));
        }
    }
}
