using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Commands;

/// <summary>Gets the next priorities of a project's handoffs and, over a series, what became of each one: done, carried over, dropped or pending.</summary>
/// <include file='../Help/Get-HandoffPriority.xml' path='doc/*'/>
[Cmdlet(VerbsCommon.Get, "HandoffPriority", DefaultParameterSetName = PathSet, HelpUri = Help.HelpLinks.Series)]
[OutputType(typeof(PriorityRecord))]
public sealed class GetHandoffPriorityCommand : HandoffSeriesCommand
{
    /// <summary>The PowerShell type name that selects the plan-versus-done format view.</summary>
    internal const string MeasuredTypeName = "HandoffPS.Core.Series.PriorityRecord#Status";

    protected override void EndProcessing()
    {
        IReadOnlyList<Handoff> series = Series;
        bool measure = All || ParameterSetName == InputObjectSet;
        if (!measure)
        {
            WriteObject(HandoffSeries.LatestPriorities(series), enumerateCollection: true);
            return;
        }

        foreach (PriorityRecord record in HandoffSeries.AllPriorities(series))
        {
            var wrapped = new PSObject(record);
            wrapped.TypeNames.Insert(0, MeasuredTypeName);
            WriteObject(wrapped);
        }
    }
}
