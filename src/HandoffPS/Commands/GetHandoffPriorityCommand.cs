using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Commands;

/// <summary>Gets the next priorities of a project's handoffs and, over a series, what became of each one: done, carried over, dropped or pending.</summary>
/// <remarks>
/// <para>By default Get-HandoffPriority outputs the priorities of the latest handoff: Rank, Title, Reason and Details, with the handoff's Date, Branch, Description and Path.</para>
/// <para>With -All, or with handoffs piped in, it outputs every priority of every handoff of the series, oldest first, and measures each priority of handoff N against handoff N+1, the next one of the series. Status is Done when a Completed Work item of N+1 matches the priority's title, CarriedOver when it reappears among the priorities of N+1, Dropped when neither, and Pending when there is no N+1 yet. MatchedBy is the completed item or the priority title that matched. This is the plan-versus-done view: what each session said it would do next, and what the next session did.</para>
/// <para>Titles match by their significant words, not by exact equality. The words are lower-cased and split at every character that is not a letter or a digit (a dot between digits, as in 1.0, stays in the word); stop words (a, an, the, and, or, of, to, for, in, on, with, ...) and one-letter words are dropped, and words are lightly stemmed (plural -s/-es/-ies, -ing, -ed, a final -e, a final doubled letter), so 'Add tests' and 'Added tests' match. Two titles match when their word sets are equal, or when they share at least two words that make up at least 75% of the smaller set. So 'Optimize token refresh' matches 'Optimized token refresh (500ms -> 40ms)', but 'Fix login bug' does not match 'Fix logout bug', nor 'Add integration tests' 'Add unit tests for parser'. Done is tested before CarriedOver.</para>
/// <para>The series is the handoffs piped in (Get-Handoff | Get-HandoffPriority), or those read from -Path or -LiteralPath (project roots, handoff folders or handoff files; Get-ChildItem output binds to -LiteralPath), or, by default, the current project's (the session-handoffs folder at the git work-tree root of the current location, else at the current location), oldest first in the order of about_HandoffPS (each handoff's own timestamp, else the one in its file name, then the file name). -Branch restricts the series to the handoffs of the branches that match, so that N+1 is the next handoff of the same branch. A file that cannot be read is one non-terminating error (HandoffUnreadable); the series goes on without it.</para>
/// </remarks>
/// <example>
/// <code>Get-HandoffPriority</code>
/// <para>What the last session said to do next, in order.</para>
/// </example>
/// <example>
/// <code>Get-HandoffPriority -All</code>
/// <para>The plan-versus-done report: for each handoff, its priorities, whether the next session did them, carried them over or dropped them, and the completed item or priority that shows it.</para>
/// </example>
/// <example>
/// <code>Get-Handoff -Branch main | Get-HandoffPriority | Where-Object Status -eq Dropped</code>
/// <para>Priorities written on main that the next session on main neither did nor carried over.</para>
/// </example>
/// <example>
/// <code>Get-HandoffPriority -All -Branch main | Group-Object Status -NoElement</code>
/// <para>How many priorities were done, carried over, dropped, or are still pending, on main.</para>
/// </example>
/// <example>
/// <code>Get-HandoffPriority -All | ConvertTo-Json -EnumsAsStrings</code>
/// <para>Every priority with its status as JSON, with the status written as its name.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "HandoffPriority", DefaultParameterSetName = PathSet)]
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
