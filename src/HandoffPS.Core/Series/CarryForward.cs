using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Series;

/// <summary>
/// Starts a new handoff from the previous one: its priorities that this session did not complete and its
/// blockers that this session did not resolve are carried over, after the ones given explicitly, and
/// nothing appears twice.
/// </summary>
/// <remarks>
/// A previous priority counts as completed when a Completed Work item of the new handoff matches its title
/// under <see cref="TitleMatcher"/>, and as already present when an explicit priority matches it the same way.
/// A previous blocker counts as resolved when one of the resolved values equals its category or its text, or
/// begins its text (all compared after <see cref="BlockerIdentity.Normalize"/>); as already present when an
/// explicit blocker is the same blocker (<see cref="BlockerIdentity"/>).
/// </remarks>
public static class CarryForward
{
    /// <summary>
    /// The draft with the previous handoff's open work carried over. <paramref name="draft"/> is not changed.
    /// </summary>
    public static Handoff Apply(Handoff draft, Handoff previous, IEnumerable<string>? resolvedBlockers = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(previous);
        string[] resolved = (resolvedBlockers ?? Array.Empty<string>())
            .Select(BlockerIdentity.Normalize)
            .Where(r => r.Length > 0)
            .ToArray();

        var priorities = draft.NextPriorities.ToList();
        foreach (Priority p in previous.NextPriorities)
        {
            bool done = TitleMatcher.BestMatch(p.Title, draft.CompletedWork) is not null;
            bool present = priorities.Any(q => TitleMatcher.IsMatch(q.Title, p.Title));
            if (!done && !present)
            {
                priorities.Add(p);
            }
        }

        var blockers = draft.Blockers.ToList();
        foreach (Blocker b in previous.Blockers)
        {
            if (!IsResolved(b, resolved) && !blockers.Any(x => BlockerIdentity.AreSame(x, b)))
            {
                blockers.Add(b);
            }
        }

        Handoff next = draft.Copy();
        next.NextPriorities = priorities.Select((p, i) => p.WithRank(i + 1)).ToArray();
        next.Blockers = blockers.ToArray();
        return next;
    }

    /// <summary>True when a resolved value names the blocker: its category, its text, or the start of its text.</summary>
    public static bool IsResolved(Blocker blocker, IReadOnlyCollection<string> normalizedResolved)
    {
        string category = BlockerIdentity.Normalize(blocker.Category);
        string text = BlockerIdentity.Normalize(blocker.Text);
        return normalizedResolved.Any(r =>
            (category.Length > 0 && r == category) || r == text || text.StartsWith(r, StringComparison.Ordinal));
    }
}
