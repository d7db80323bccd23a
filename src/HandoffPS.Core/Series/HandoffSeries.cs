using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Series;

/// <summary>
/// Queries over a series of handoffs, oldest first: the history of each blocker and what became of each
/// priority. A series is whatever list of handoffs the caller gives (a project's handoffs, or only one
/// branch's); handoff N+1 is the next one in that list. <see cref="Order"/> puts handoffs in series order.
/// </summary>
public static class HandoffSeries
{
    /// <summary>
    /// Series order: <see cref="HandoffOrder"/> (the handoff's own timestamp, else its file name's, then the file
    /// name), then the given order. The same file given twice (same <see cref="Handoff.Path"/>) is kept once.
    /// </summary>
    public static IReadOnlyList<Handoff> Order(IEnumerable<Handoff> handoffs)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return HandoffOrder.Sort(handoffs.Where(h => h is not null && (h.Path is null || seen.Add(h.Path))));
    }

    /// <summary>
    /// Every blocker of every handoff, in series order. Each record's <see cref="BlockerRecord.FirstSeen"/> and
    /// <see cref="BlockerRecord.SessionsOpen"/> describe the unbroken run of handoffs up to and including its own
    /// that list the same blocker (<see cref="BlockerIdentity"/>); <see cref="BlockerRecord.ResolvedOn"/> is the
    /// date of the first handoff after that run that no longer lists it, if the series has one.
    /// </summary>
    public static IReadOnlyList<BlockerRecord> AllBlockers(IReadOnlyList<Handoff> series)
    {
        Runs runs = Runs.Of(series);
        var records = new List<BlockerRecord>();
        for (int i = 0; i < series.Count; i++)
        {
            foreach (Blocker b in series[i].Blockers)
            {
                records.Add(runs.Record(i, b));
            }
        }

        return records;
    }

    /// <summary>The open blockers: those of the last handoff of the series, with their run so far.</summary>
    public static IReadOnlyList<BlockerRecord> OpenBlockers(IReadOnlyList<Handoff> series)
    {
        if (series.Count == 0)
        {
            return Array.Empty<BlockerRecord>();
        }

        Runs runs = Runs.Of(series);
        int last = series.Count - 1;
        return series[last].Blockers.Select(b => runs.Record(last, b)).ToArray();
    }

    /// <summary>
    /// Blockers that appeared and then disappeared: one record per run that ended inside the series, read from
    /// the last handoff of the run, with <see cref="BlockerRecord.ResolvedOn"/> the date of the first handoff
    /// without it. In order of that handoff, then as listed. A blocker that comes back later starts a new run.
    /// </summary>
    public static IReadOnlyList<BlockerRecord> ResolvedBlockers(IReadOnlyList<Handoff> series)
    {
        Runs runs = Runs.Of(series);
        var records = new List<BlockerRecord>();
        for (int i = 0; i + 1 < series.Count; i++)
        {
            var emitted = new HashSet<string>(StringComparer.Ordinal);
            foreach (Blocker b in series[i].Blockers)
            {
                string key = BlockerIdentity.Key(b);
                if (!runs.Contains(i + 1, key) && emitted.Add(key))
                {
                    records.Add(runs.Record(i, b));
                }
            }
        }

        return records;
    }

    /// <summary>The priorities of the last handoff of the series, not measured (<see cref="PriorityRecord.Status"/> null).</summary>
    public static IReadOnlyList<PriorityRecord> LatestPriorities(IReadOnlyList<Handoff> series)
    {
        if (series.Count == 0)
        {
            return Array.Empty<PriorityRecord>();
        }

        Handoff last = series[^1];
        return last.NextPriorities.Select(p => Record(last, p, null, null)).ToArray();
    }

    /// <summary>
    /// Every priority of every handoff, in series order, each measured against the next handoff of the series
    /// (<see cref="Measure"/>); the priorities of the last handoff are <see cref="PriorityStatus.Pending"/>.
    /// </summary>
    public static IReadOnlyList<PriorityRecord> AllPriorities(IReadOnlyList<Handoff> series)
    {
        var records = new List<PriorityRecord>();
        for (int i = 0; i < series.Count; i++)
        {
            Handoff? next = i + 1 < series.Count ? series[i + 1] : null;
            foreach (Priority p in series[i].NextPriorities)
            {
                (PriorityStatus status, string? matchedBy) = Measure(p, next);
                records.Add(Record(series[i], p, status, matchedBy));
            }
        }

        return records;
    }

    /// <summary>
    /// What became of <paramref name="priority"/> in <paramref name="next"/>: <see cref="PriorityStatus.Done"/>
    /// when one of its Completed Work items matches the title (<see cref="TitleMatcher"/>), else
    /// <see cref="PriorityStatus.CarriedOver"/> when one of its priorities' titles matches, else
    /// <see cref="PriorityStatus.Dropped"/>; <see cref="PriorityStatus.Pending"/> when there is no next handoff.
    /// Also returns the item or title that matched (the best one, when several do).
    /// </summary>
    public static (PriorityStatus Status, string? MatchedBy) Measure(Priority priority, Handoff? next)
    {
        ArgumentNullException.ThrowIfNull(priority);
        if (next is null)
        {
            return (PriorityStatus.Pending, null);
        }

        string? done = TitleMatcher.BestMatch(priority.Title, next.CompletedWork);
        if (done is not null)
        {
            return (PriorityStatus.Done, done);
        }

        string? carried = TitleMatcher.BestMatch(priority.Title, next.NextPriorities.Select(p => p.Title));
        return carried is not null ? (PriorityStatus.CarriedOver, carried) : (PriorityStatus.Dropped, null);
    }

    private static PriorityRecord Record(Handoff h, Priority p, PriorityStatus? status, string? matchedBy) => new()
    {
        Rank = p.Rank,
        Title = p.Title,
        Reason = p.Reason,
        Details = p.Details.ToArray(),
        Kind = status,
        MatchedBy = matchedBy,
        Date = h.Date,
        Branch = h.Branch,
        Description = h.Description,
        Path = h.Path,
    };

    /// <summary>For each handoff, the blocker keys it lists and where each one's run starts and ends.</summary>
    private sealed class Runs
    {
        private readonly IReadOnlyList<Handoff> _series;
        private readonly HashSet<string>[] _keys;
        private readonly Dictionary<string, int>[] _start;
        private readonly Dictionary<string, int>[] _end;

        private Runs(IReadOnlyList<Handoff> series)
        {
            _series = series;
            int n = series.Count;
            _keys = new HashSet<string>[n];
            _start = new Dictionary<string, int>[n];
            _end = new Dictionary<string, int>[n];
            for (int i = 0; i < n; i++)
            {
                _keys[i] = new HashSet<string>(series[i].Blockers.Select(BlockerIdentity.Key), StringComparer.Ordinal);
                _start[i] = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string key in _keys[i])
                {
                    _start[i][key] = i > 0 && _keys[i - 1].Contains(key) ? _start[i - 1][key] : i;
                }
            }

            for (int i = n - 1; i >= 0; i--)
            {
                _end[i] = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string key in _keys[i])
                {
                    _end[i][key] = i + 1 < n && _keys[i + 1].Contains(key) ? _end[i + 1][key] : i;
                }
            }
        }

        public static Runs Of(IReadOnlyList<Handoff> series)
        {
            ArgumentNullException.ThrowIfNull(series);
            return new Runs(series);
        }

        public bool Contains(int index, string key) => _keys[index].Contains(key);

        public BlockerRecord Record(int index, Blocker b)
        {
            string key = BlockerIdentity.Key(b);
            int start = _start[index][key];
            int end = _end[index][key];
            Handoff h = _series[index];
            return new BlockerRecord
            {
                Category = b.Category,
                Text = b.Text,
                FirstSeen = _series[start].Date,
                SessionsOpen = index - start + 1,
                ResolvedOn = end + 1 < _series.Count ? _series[end + 1].Date : null,
                Date = h.Date,
                Branch = h.Branch,
                Description = h.Description,
                Path = h.Path,
            };
        }
    }
}
