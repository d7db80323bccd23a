using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Markdown;

/// <summary>Chooses the header's Date, Time and Branch among the candidates, by precedence: origin, then the key's rank, then the line.</summary>
internal static class HeaderChoice
{
    internal static HeaderReading Choose(List<HeaderCandidate> found)
    {
        HeaderCandidate? date = First(found, c => c.Kind == HeaderKeyKind.Date, byRank: true);

        // The time: the chosen date's own, unless a time field of the same kind stands before it ("**Time**: 08:15
        // EST" above "**Date**: 2025-01-02 20:45 PST": the first wins) or the date is the file name's (the name
        // fills only what the header lacks); else a time field; else a time beside another date of that day. A time
        // field is read without a date too, for its zone.
        HeaderCandidate? timeField = First(found, c => c.Kind == HeaderKeyKind.Time && c.Origin.Kind is HeaderOriginKind.Field or HeaderOriginKind.FrontMatter, byRank: false);
        HeaderCandidate? time = timeField;
        if (date is not null)
        {
            bool fieldFirst = timeField is not null && timeField.Origin.Kind == date.Origin.Kind && timeField.Origin.Line < date.Origin.Line;
            time = date.Time is not null && date.Origin.Kind != HeaderOriginKind.FileName && !fieldFirst ? date
                : timeField
                ?? First(found, c => c.Kind == HeaderKeyKind.Date && c.Time is not null && c.Date == date.Date, byRank: true);
        }

        // Branch fields each about one of several repositories that disagree name no one branch: the origin kinds
        // whose qualified branch fields name more than one branch.
        var named = new HashSet<string?>[(int)HeaderOriginKind.FileName + 1];
        foreach (HeaderCandidate c in found)
        {
            if (c.Kind == HeaderKeyKind.Branch && c.Qualified)
            {
                (named[(int)c.Origin.Kind] ??= new HashSet<string?>(StringComparer.Ordinal)).Add(c.Branch);
            }
        }

        HeaderCandidate? branch = First(found, c => c.Kind == HeaderKeyKind.Branch && !(c.Qualified && named[(int)c.Origin.Kind]!.Count > 1), byRank: false);
        return new HeaderReading(date, time, branch);
    }

    /// <summary>
    /// The first of the candidates <paramref name="take"/> takes in the order of precedence: by origin kind, then (with
    /// <paramref name="byRank"/>) by the key's rank, then by line; among equals, the one found first.
    /// </summary>
    private static HeaderCandidate? First(List<HeaderCandidate> found, Func<HeaderCandidate, bool> take, bool byRank)
    {
        HeaderCandidate? best = null;
        foreach (HeaderCandidate c in found)
        {
            if (!take(c))
            {
                continue;
            }

            if (best is null)
            {
                best = c;
                continue;
            }

            int order = c.Origin.Kind.CompareTo(best.Origin.Kind);
            if (order == 0 && byRank)
            {
                order = c.Rank.CompareTo(best.Rank);
            }

            if (order == 0)
            {
                order = c.Origin.Line.CompareTo(best.Origin.Line);
            }

            if (order < 0)
            {
                best = c;
            }
        }

        return best;
    }
}
