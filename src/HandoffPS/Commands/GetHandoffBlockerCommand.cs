using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;
using HandoffPS.Errors;

namespace HandoffPS.Commands;

/// <summary>Gets the blockers of a project's handoffs: the open ones, with how long they have been open, or every one, or the resolved ones.</summary>
/// <include file='../Help/Get-HandoffBlocker.xml' path='doc/*'/>
[Cmdlet(VerbsCommon.Get, "HandoffBlocker", DefaultParameterSetName = PathSet, HelpUri = Help.HelpLinks.Series)]
[OutputType(typeof(BlockerRecord))]
public sealed class GetHandoffBlockerCommand : HandoffSeriesCommand
{
    /// <summary>The PowerShell type name that selects the format view with ResolvedOn.</summary>
    internal const string ResolvedTypeName = "HandoffPS.Core.Series.BlockerRecord#Resolved";

    private WildcardPattern[]? _categories;

    /// <summary>Only blockers whose category matches one of these wildcard patterns (case-insensitive). A blocker without a category has the empty category.</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completers.BlockerCategoryCompleter))]
    public string[]? Category { get; set; }

    /// <summary>Output the blockers that appeared and then disappeared, with ResolvedOn, instead of the open ones.</summary>
    [Parameter]
    public SwitchParameter Resolved { get; set; }

    protected override void BeginProcessing()
    {
        if (All && Resolved)
        {
            ThrowTerminatingError(ErrorRecords.Create(
                "AllAndResolved",
                ErrorCategory.InvalidArgument,
                "-All and -Resolved cannot be used together: -All already outputs every blocker, with ResolvedOn where it was resolved.",
                null));
        }

        base.BeginProcessing();
        _categories = Category?
            .Select(c => new WildcardPattern(c ?? string.Empty, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant))
            .ToArray();
    }

    protected override void EndProcessing()
    {
        IReadOnlyList<Handoff> series = Series;
        IReadOnlyList<BlockerRecord> records = All ? HandoffSeries.AllBlockers(series)
            : Resolved ? HandoffSeries.ResolvedBlockers(series)
            : HandoffSeries.OpenBlockers(series);

        foreach (BlockerRecord record in records)
        {
            if (_categories is not null && !_categories.Any(p => p.IsMatch(record.Category ?? string.Empty)))
            {
                continue;
            }

            if (Resolved)
            {
                var wrapped = new PSObject(record);
                wrapped.TypeNames.Insert(0, ResolvedTypeName);
                WriteObject(wrapped);
            }
            else
            {
                WriteObject(record);
            }
        }
    }
}
