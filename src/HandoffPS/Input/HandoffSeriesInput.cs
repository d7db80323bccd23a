using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Input;

/// <summary>
/// Gathers the series of handoffs a query cmdlet works on: piped handoffs, the handoffs named by -Path, or the
/// current project's; then filters them by branch and puts them in series order. Failures are written as
/// non-terminating errors on the cmdlet, so one bad file never hides the others.
/// </summary>
internal sealed class HandoffSeriesInput
{
    private readonly PSCmdlet _cmdlet;
    private readonly List<Handoff> _handoffs = new();

    public HandoffSeriesInput(PSCmdlet cmdlet)
    {
        _cmdlet = cmdlet;
    }

    public void Add(IEnumerable<Handoff>? handoffs)
    {
        if (handoffs is not null)
        {
            _handoffs.AddRange(handoffs.Where(h => h is not null));
        }
    }

    /// <summary>Reads handoff files (<see cref="HandoffFiles.Find"/>); each unreadable one is one non-terminating error.</summary>
    public void AddFiles(IEnumerable<string> files) => _handoffs.AddRange(HandoffFiles.ReadAll(_cmdlet, files));

    /// <summary>The handoffs gathered so far whose branch matches <paramref name="branch"/> (when given), in series order.</summary>
    public IReadOnlyList<Handoff> Series(string? branch)
    {
        IEnumerable<Handoff> handoffs = _handoffs;
        if (branch is not null)
        {
            var pattern = new WildcardPattern(branch, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            handoffs = handoffs.Where(h => h.Branch is not null && pattern.IsMatch(h.Branch));
        }

        return HandoffSeries.Order(handoffs);
    }
}
