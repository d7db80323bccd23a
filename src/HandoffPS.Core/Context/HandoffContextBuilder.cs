using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HandoffPS.Core;

/// <summary>
/// Builds the <see cref="HandoffContext"/> of a project's handoffs: the text a session reads first, within a token
/// budget.
/// </summary>
/// <remarks>
/// <para>The context is made of items: the heading lines, the summary, each priority, the details of each
/// priority, each open blocker, decision, key file and reference, and each earlier handoff. Each item has a value;
/// while the text is over the budget (counted on the whole text, left-out line included), the least valuable item
/// still in goes out, whole: an item is never cut. Least valuable first: earlier handoffs (oldest first), blockers
/// open on other branches (oldest first), references, details of priorities (lowest priority first), key files,
/// decisions, then the priorities and the blockers of the handoff shown, alternating from the end of each list (the
/// first priority and the first blocker stay longest), the summary, and last the heading lines.
/// A section whose items all went out goes with its heading. The text ends with a line saying what was left out:
/// how many of each kind, or, when the budget leaves no room for that line and any of the content, how many items
/// in all.</para>
/// </remarks>
public static class HandoffContextBuilder
{
    private enum Part
    {
        Heading,
        Summary,
        Priorities,
        Blockers,
        Decisions,
        KeyFiles,
        References,
        Earlier,
    }

    // Value tiers: a higher tier stays longer. Within a tier, items listed first stay longer.
    private const int TierHeading = 10;
    private const int TierSummary = 9;
    // Priorities and the shown handoff's blockers share a tier, alternating: the first priority, the first blocker,
    // the second priority, the second blocker...
    private const int TierPlan = 7;
    private const int TierDecision = 6;
    private const int TierKeyFile = 5;
    private const int TierDetails = 4;
    private const int TierReference = 3;
    private const int TierOtherBlocker = 2;
    private const int TierEarlier = 1;

    /// <summary>Builds the context of <paramref name="handoffs"/> (any order; the series order is applied).</summary>
    /// <exception cref="ArgumentOutOfRangeException">MaxTokens is below <see cref="HandoffContextOptions.MinimumMaxTokens"/>.</exception>
    public static HandoffContext Build(IEnumerable<Handoff> handoffs, HandoffContextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        options ??= new HandoffContextOptions();
        if (options.MaxTokens < HandoffContextOptions.MinimumMaxTokens)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxTokens,
                $"MaxTokens must be at least {HandoffContextOptions.MinimumMaxTokens}.");
        }

        Func<string, int> count = options.CountTokens ?? TokenCounter.Count;
        IReadOnlyList<Handoff> series = HandoffSeries.Order(handoffs);
        if (series.Count == 0)
        {
            string where = options.ProjectRoot is null ? string.Empty : $" in {Path.Combine(options.ProjectRoot, HandoffStore.FolderName)}";
            string none = $"No session handoffs{where} yet: nothing to carry over from an earlier session. Write one at the end of this session with New-Handoff.";
            return new HandoffContext
            {
                Text = none,
                Tokens = count(none),
                MaxTokens = options.MaxTokens,
                RequestedBranch = options.Branch,
                LeftOutLine = string.Empty,
            };
        }

        IReadOnlyList<Handoff> branchSeries = options.Branch is null
            ? series
            : series.Where(h => string.Equals(h.Branch, options.Branch, StringComparison.OrdinalIgnoreCase)).ToArray();
        bool fallback = branchSeries.Count == 0;
        if (fallback)
        {
            branchSeries = series;
        }

        Handoff latest = branchSeries[^1];
        var build = new Builder(options, latest, count);
        ChangesSinceHandoff? changes = options.ChangesSince?.Invoke(latest);
        build.Heading(fallback, changes);
        build.Content(branchSeries, series);
        return build.Trim(fallback, changes);
    }

    /// <summary>A duration in words: <c>less than a minute</c>, <c>5 minutes</c>, <c>30 hours</c>, <c>3 days</c>.</summary>
    public static string DescribeAge(TimeSpan age)
    {
        if (age < TimeSpan.FromMinutes(1))
        {
            return "less than a minute";
        }

        if (age < TimeSpan.FromHours(1))
        {
            return Plural((int)age.TotalMinutes, "minute");
        }

        return age < TimeSpan.FromDays(2) ? Plural((int)age.TotalHours, "hour") : Plural((int)age.TotalDays, "day");
    }

    private static string Plural(int n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    private static string Stamp(DateTime d) => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private sealed class Item
    {
        public Item(Part part, int tier, int index, string kind, string label, string text)
        {
            Part = part;
            Tier = tier;
            Index = index;
            Kind = kind;
            Label = label;
            Text = text;
        }

        public Part Part { get; }

        public int Tier { get; }

        /// <summary>Position within its tier: a higher index goes out first.</summary>
        public int Index { get; }

        /// <summary>What the left-out line counts it as (see <see cref="KindNames"/>).</summary>
        public string Kind { get; }

        /// <summary>The item in a few words, for <see cref="HandoffContext.LeftOut"/>.</summary>
        public string Label { get; }

        /// <summary>The item's lines, without the final newline.</summary>
        public string Text { get; }

        public object? Payload { get; init; }

        /// <summary>For details: the priority item they belong under.</summary>
        public Item? Owner { get; init; }
    }

    // Kind -> (singular, plural) for the left-out line, in the order items go out.
    private static readonly (string Kind, string One, string Many)[] KindNames =
    {
        ("earlier", "earlier handoff", "earlier handoffs"),
        ("otherBlocker", "other-branch blocker", "other-branch blockers"),
        ("reference", "reference", "references"),
        ("details", "details of 1 priority", "details of {0} priorities"),
        ("keyFile", "key file", "key files"),
        ("decision", "decision", "decisions"),
        ("priority", "priority", "priorities"),
        ("blocker", "blocker", "blockers"),
        ("summary", "the summary", "the summary"),
        ("heading", "heading line", "heading lines"),
    };

    private sealed class Builder
    {
        private readonly HandoffContextOptions _options;
        private readonly Handoff _latest;
        private readonly Func<string, int> _count;
        private readonly List<Item> _items = new();

        public Builder(HandoffContextOptions options, Handoff latest, Func<string, int> count)
        {
            _options = options;
            _latest = latest;
            _count = count;
        }

        private string? Age => _latest.Date is DateTime d ? DescribeAge(_options.Now - d) : null;

        public void Heading(bool fallback, ChangesSinceHandoff? changes)
        {
            string title = _options.Branch is null ? "# Handoff context" : $"# Handoff context: {_options.Branch}";
            Add(Part.Heading, TierHeading, "heading", "title", title);

            var where = new StringBuilder("Latest handoff: ").Append(_latest.Description);
            var facts = new List<string>();
            if (_latest.Date is DateTime date)
            {
                facts.Add(Stamp(date));
            }

            if (_latest.Branch is not null)
            {
                facts.Add("on " + _latest.Branch);
            }

            if (facts.Count > 0)
            {
                where.Append(", ").Append(string.Join(' ', facts));
            }

            if (_latest.Path is not null)
            {
                where.Append(" (").Append(Display(_latest.Path)).Append(')');
            }

            Add(Part.Heading, TierHeading, "heading", "latest handoff", where.Append('.').ToString());
            if (fallback && _options.Branch is not null)
            {
                Add(Part.Heading, TierHeading, "heading", "fallback note",
                    $"No handoff on branch '{_options.Branch}' yet: this is the latest handoff of the project.");
            }

            Add(Part.Heading, TierHeading, "heading", "staleness", StalenessLine(changes));
        }

        public string StalenessLine(ChangesSinceHandoff? changes)
        {
            string line = Age is string age ? $"Written {age} ago" : "Written at an unknown time (the handoff has no date)";
            if (changes is not null)
            {
                line += $"; since then {Plural(changes.Commits, "commit")} and {Plural(changes.ChangedFiles, "changed file")}";
            }

            return line + ".";
        }

        public void Content(IReadOnlyList<Handoff> branchSeries, IReadOnlyList<Handoff> series)
        {
            string? summary = TextRules.Block(_latest.Summary);
            if (summary is not null)
            {
                Add(Part.Summary, TierSummary, "summary", "summary", summary);
            }

            int priorityIndex = 0;
            foreach (Priority p in _latest.NextPriorities)
            {
                string line = $"{p.Rank.ToString(CultureInfo.InvariantCulture)}. **{p.Title}**" + (p.Reason is null ? string.Empty : $" ({p.Reason})");
                Item title = Add(Part.Priorities, TierPlan, "priority", "priority: " + p.Title, line, p, index: 2 * priorityIndex++);
                if (p.Details.Length > 0)
                {
                    string details = string.Join('\n', p.Details.Select(d => "   - " + d));
                    _items.Add(new Item(Part.Priorities, TierDetails, p.Rank, "details", "details of priority: " + p.Title, details)
                    {
                        Payload = p,
                        Owner = title,
                    });
                }
            }

            var listed = new HashSet<string>(StringComparer.Ordinal);
            int blockerIndex = 0;
            foreach (BlockerRecord b in HandoffSeries.OpenBlockers(branchSeries))
            {
                listed.Add(BlockerIdentity.Key(b.Category, b.Text));
                Add(Part.Blockers, TierPlan, "blocker", "blocker: " + b, BlockerLine(b, otherBranch: false), b, index: (2 * blockerIndex++) + 1);
            }

            foreach (BlockerRecord b in OtherBranchBlockers(series))
            {
                if (listed.Add(BlockerIdentity.Key(b.Category, b.Text)))
                {
                    Add(Part.Blockers, TierOtherBlocker, "otherBlocker", $"blocker on {b.Branch ?? "no branch"}: {b}", BlockerLine(b, otherBranch: true), b);
                }
            }

            foreach (string d in _latest.Decisions)
            {
                Add(Part.Decisions, TierDecision, "decision", "decision: " + d, "- " + d, d);
            }

            foreach (KeyFile k in _latest.KeyFiles)
            {
                Add(Part.KeyFiles, TierKeyFile, "keyFile", "key file: " + k.Path,
                    $"- `{k.Path}`" + (k.Description is null ? string.Empty : " - " + k.Description), k);
            }

            foreach (string r in _latest.References)
            {
                Add(Part.References, TierReference, "reference", "reference: " + r, "- " + r, r);
            }

            foreach (Handoff h in series.Reverse().Where(h => !ReferenceEquals(h, _latest)).Take(Math.Max(0, _options.EarlierHandoffs)))
            {
                var line = new ContextHandoffLine(h.Date, h.Description, h.Branch, h.Path);
                Add(Part.Earlier, TierEarlier, "earlier", "earlier handoff: " + line, "- " + line, line);
            }
        }

        /// <summary>The open blockers of each other branch's latest handoff, newest handoff first.</summary>
        private IEnumerable<BlockerRecord> OtherBranchBlockers(IReadOnlyList<Handoff> series)
        {
            IEnumerable<IGrouping<string, Handoff>> branches = series
                .Where(h => h.Branch is not null && !string.Equals(h.Branch, _latest.Branch, StringComparison.OrdinalIgnoreCase))
                .GroupBy(h => h.Branch!, StringComparer.OrdinalIgnoreCase);
            var live = _options.LiveBranches is null ? null : new HashSet<string>(_options.LiveBranches, StringComparer.OrdinalIgnoreCase);
            return branches
                .Where(g => live is null || live.Contains(g.Key))
                .Select(g => g.ToArray())
                .Select(g => (Latest: g[^1], Open: HandoffSeries.OpenBlockers(g)))
                .OrderByDescending(x => x.Latest.Date ?? DateTime.MinValue)
                .ThenBy(x => x.Latest.Branch, StringComparer.Ordinal)
                .SelectMany(x => x.Open);
        }

        private string BlockerLine(BlockerRecord b, bool otherBranch)
        {
            string text = b.Category is null ? b.Text : $"**{b.Category}**: {b.Text}";
            var facts = new List<string>();
            if (otherBranch)
            {
                facts.Add("on " + b.Branch);
            }

            string sessions = Plural(b.SessionsOpen, "session");
            facts.Add(b.FirstSeen is DateTime first
                ? $"open {DescribeAge(_options.Now - first)}, {sessions}, since {Stamp(first)}"
                : $"open {sessions}");
            return $"- {text} ({string.Join("; ", facts)})";
        }

        private Item Add(Part part, int tier, string kind, string label, string text, object? payload = null, int? index = null)
        {
            var item = new Item(part, tier, index ?? _items.Count(i => i.Tier == tier), kind, label, text) { Payload = payload };
            _items.Add(item);
            return item;
        }

        public HandoffContext Trim(bool fallback, ChangesSinceHandoff? changes)
        {
            // The left-out line names what went, by kind. When the budget leaves no room for that line and any of
            // the content, a shorter line (how many items went) is used instead, if it lets more items in.
            (List<Item> kept, List<Item> left, string text, int tokens) = Greedy(compact: false);
            if (left.Count > 0 && kept.All(i => i.Part == Part.Heading))
            {
                var shorter = Greedy(compact: true);
                if (shorter.Kept.Count > kept.Count)
                {
                    (kept, left, text, tokens) = shorter;
                }
            }

            return Result(kept, left, text, tokens, fallback, changes);
        }

        /// <summary>Leaves out the least valuable item until the text, ending with the given kind of left-out line, fits.</summary>
        private (List<Item> Kept, List<Item> Left, string Text, int Tokens) Greedy(bool compact)
        {
            var kept = new List<Item>(_items);
            var left = new List<Item>();
            string text = Render(kept, LeftOutLine(kept, left, compact));
            int tokens = _count(text);
            while (tokens > _options.MaxTokens && kept.Count > 0)
            {
                Drop(kept, left);
                text = Render(kept, LeftOutLine(kept, left, compact));
                tokens = _count(text);
            }

            if (tokens > _options.MaxTokens)
            {
                text = LeftOutLine(kept, left, compact: true);
                tokens = _count(text);
            }

            return (kept, left, text, tokens);
        }

        private static void Drop(List<Item> kept, List<Item> left)
        {
            Item victim = kept
                .OrderBy(i => i.Tier)
                .ThenByDescending(i => i.Index)
                .First();
            kept.Remove(victim);
            left.Add(victim);
        }

        private string Render(List<Item> kept, string leftOutLine)
        {
            var w = new StringBuilder(4096);
            foreach (Item heading in kept.Where(i => i.Part == Part.Heading))
            {
                w.Append(heading.Text).Append('\n');
            }

            Section(w, kept, Part.Summary, "## Summary");
            Section(w, kept, Part.Priorities, "## Next priorities");
            Section(w, kept, Part.Blockers, "## Open blockers");
            Section(w, kept, Part.Decisions, "## Decisions");
            Section(w, kept, Part.KeyFiles, "## Key files");
            Section(w, kept, Part.References, "## References");
            Section(w, kept, Part.Earlier, "## Earlier handoffs");
            if (w.Length > 0)
            {
                w.Append('\n');
            }

            w.Append(leftOutLine);
            return w.ToString();
        }

        private static void Section(StringBuilder w, List<Item> kept, Part part, string heading)
        {
            // Items in the order they were added (details right after their priority); a details item whose
            // priority went out cannot be in, since details always go out first.
            List<Item> items = kept.Where(i => i.Part == part).ToList();
            if (items.Count == 0)
            {
                return;
            }

            if (w.Length > 0)
            {
                w.Append('\n');
            }

            w.Append(heading).Append('\n');
            foreach (Item item in items)
            {
                w.Append(item.Text).Append('\n');
            }
        }

        private string LeftOutLine(List<Item> kept, List<Item> left, bool compact)
        {
            if (left.Count == 0)
            {
                return "Left out: nothing.";
            }

            string budget = _options.MaxTokens.ToString(CultureInfo.InvariantCulture);
            bool pathShown = kept.Any(i => i.Part == Part.Heading && i.Label == "latest handoff");
            string file = pathShown || _latest.Path is null ? " The handoff file has them." : $" {Display(_latest.Path)} has them.";
            if (compact)
            {
                return $"Left out to stay within {budget} tokens: {(kept.Count == 0 ? "everything" : Plural(left.Count, "item"))}.{file}";
            }

            var parts = new List<string>();
            foreach ((string kind, string one, string many) in KindNames)
            {
                int n = left.Count(i => i.Kind == kind);
                if (n == 0)
                {
                    continue;
                }

                parts.Add(kind is "details" or "summary"
                    ? string.Format(CultureInfo.InvariantCulture, n == 1 ? one : many, n)
                    : n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many));
            }

            return $"Left out to stay within {budget} tokens: {string.Join(", ", parts)}.{file}";
        }

        private HandoffContext Result(List<Item> kept, List<Item> left, string text, int tokens, bool fallback, ChangesSinceHandoff? changes)
        {
            bool isIn(Item i) => kept.Contains(i);
            var detailsIn = new HashSet<Priority>(kept.Where(i => i.Kind == "details").Select(i => (Priority)i.Payload!));
            bool stalenessIn = kept.Any(i => i.Part == Part.Heading && i.Label == "staleness");
            return new HandoffContext
            {
                Text = text,
                Tokens = tokens,
                MaxTokens = _options.MaxTokens,
                HasHandoff = true,
                RequestedBranch = _options.Branch,
                IsFallback = fallback,
                Path = _latest.Path,
                Description = _latest.Description,
                Date = _latest.Date,
                Branch = _latest.Branch,
                Age = Age,
                CommitsSince = changes?.Commits,
                ChangedFilesSince = changes?.ChangedFiles,
                Staleness = stalenessIn ? StalenessLine(changes) : null,
                Summary = kept.Any(i => i.Kind == "summary") ? TextRules.Block(_latest.Summary) : null,
                NextPriorities = kept.Where(i => i.Kind == "priority").Select(i => (Priority)i.Payload!)
                    .Select(p => detailsIn.Contains(p) ? p : new Priority(p.Rank, p.Title, p.Reason))
                    .ToArray(),
                OpenBlockers = _items.Where(i => i.Kind is "blocker" or "otherBlocker" && isIn(i)).Select(i => (BlockerRecord)i.Payload!).ToArray(),
                Decisions = kept.Where(i => i.Kind == "decision").Select(i => (string)i.Payload!).ToArray(),
                KeyFiles = kept.Where(i => i.Kind == "keyFile").Select(i => (KeyFile)i.Payload!).ToArray(),
                References = kept.Where(i => i.Kind == "reference").Select(i => (string)i.Payload!).ToArray(),
                EarlierHandoffs = kept.Where(i => i.Kind == "earlier").Select(i => (ContextHandoffLine)i.Payload!).ToArray(),
                LeftOut = left.Select(i => i.Label).ToArray(),
                LeftOutLine = text[(text.LastIndexOf('\n') + 1)..],
            };
        }

        private string Display(string path)
        {
            if (_options.ProjectRoot is string root)
            {
                string relative = System.IO.Path.GetRelativePath(root, path);
                if (!relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative))
                {
                    return relative.Replace('\\', '/');
                }
            }

            return path;
        }
    }
}
