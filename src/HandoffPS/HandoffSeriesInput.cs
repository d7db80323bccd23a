using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS;

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

    /// <summary>Reads the current project's handoffs (nothing, and a verbose message, when it has no handoff folder).</summary>
    public void AddCurrentProject() => ReadFiles(HandoffFiles.Find(_cmdlet, null, null));

    /// <summary>Reads the handoffs of each path: a project root, a handoff folder or a handoff file (wildcards allowed).</summary>
    public void AddPaths(string[] paths) => ReadFiles(HandoffFiles.Find(_cmdlet, paths, null));

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

    private void ReadFiles(IEnumerable<string> files)
    {
        foreach (string file in files)
        {
            if (HandoffFiles.TryRead(_cmdlet, file)?.Handoff is Handoff h)
            {
                _handoffs.Add(h);
            }
        }
    }
}
