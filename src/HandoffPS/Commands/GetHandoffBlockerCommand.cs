using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;
using HandoffPS.Errors;

namespace HandoffPS.Commands;

/// <summary>Gets the blockers of a project's handoffs: the open ones, with how long they have been open, or every one, or the resolved ones.</summary>
/// <remarks>
/// <para>Get-HandoffBlocker reads a series of handoffs, oldest first (by each handoff's own timestamp, else the one in its file name, then by file name: the order of about_HandoffPS), and follows each blocker through it. Two blockers of different handoffs are the same blocker when their category and text are equal after normalisation: case-insensitive, white space collapsed, trailing punctuation (. , ; : ! ?) trimmed.</para>
/// <para>By default it outputs the open blockers: those of the latest handoff of the series. Each one carries FirstSeen, the date of the earliest handoff in the unbroken run of handoffs that list it, and SessionsOpen, the number of handoffs in that run (1 when it is new), plus the latest handoff's Date, Branch, Description and Path. A blocker that disappears from one handoff and comes back later starts a new run.</para>
/// <para>-All outputs every blocker of every handoff, in handoff order; FirstSeen and SessionsOpen then describe the run up to that handoff, and ResolvedOn the date of the first handoff after the run that no longer lists it. -Resolved outputs the blockers that appeared and then disappeared: one per run, read from the last handoff that listed it, with ResolvedOn, the date of the first handoff without it.</para>
/// <para>The series is the handoffs piped in (Get-Handoff | Get-HandoffBlocker), or those read from -Path or -LiteralPath (project roots, handoff folders or handoff files; Get-ChildItem output binds to -LiteralPath), or, by default, the current project's (the session-handoffs folder at the git work-tree root of the current location, else at the current location). -Branch restricts the series to the handoffs of the branches that match: without it, handoffs of every branch form one series, the way sessions follow one another. A file that cannot be read is one non-terminating error (HandoffUnreadable); the series goes on without it.</para>
/// <para>-Category keeps only the blockers whose category matches one of the wildcard patterns; a blocker without a category has the empty category. Tab completion offers the categories used in the current project.</para>
/// </remarks>
/// <example>
/// <code>Get-HandoffBlocker | Sort-Object SessionsOpen -Descending</code>
/// <para>The open blockers of the current project, the oldest first: how many sessions each has been open, and since when.</para>
/// </example>
/// <example>
/// <code>Get-Handoff -Branch main | Get-HandoffBlocker -Category Security, 'Tech debt'</code>
/// <para>The open Security and Tech debt blockers of the handoffs written on main.</para>
/// </example>
/// <example>
/// <code>Get-HandoffBlocker -All | Group-Object Category | Sort-Object Count -Descending</code>
/// <para>Which kinds of blocker come up most often, over every handoff of the project.</para>
/// </example>
/// <example>
/// <code>Get-HandoffBlocker -Resolved -Path ~/src/webapp | Select-Object Category, Text, FirstSeen, ResolvedOn, SessionsOpen</code>
/// <para>The blockers another project got rid of, when each one appeared and when it was gone.</para>
/// </example>
/// <example>
/// <code>Get-HandoffBlocker | ConvertTo-Json</code>
/// <para>The open blockers as JSON, for a hook or a script.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "HandoffBlocker", DefaultParameterSetName = PathSet)]
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
