using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Input;

/// <summary>
/// Gathers the series of handoffs a query cmdlet works on: piped handoffs, the handoffs named by -Path, or the
/// current project's (read by <see cref="HandoffFiles"/>, where one bad file is one non-terminating error and never
/// hides the others); then filters them by branch and puts them in series order.
/// </summary>
internal sealed class HandoffSeriesInput
{
    private readonly List<Handoff> _handoffs = new();

    public void Add(IEnumerable<Handoff>? handoffs)
    {
        if (handoffs is not null)
        {
            _handoffs.AddRange(handoffs.Where(h => h is not null));
        }
    }

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
