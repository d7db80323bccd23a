using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Context;

/// <summary>
/// Every item the context of one selection can hold, untrimmed: the heading lines, the summary, the priorities
/// (with their details), the open blockers (with their age), the other branches' blockers, the decisions, key
/// files, references and earlier handoffs. <see cref="Items"/> lists them in the order they are written.
/// </summary>
internal sealed class ContextContent
{
    private readonly List<ContextItem> _items = new();

    private ContextContent(ContextSelection selection, HandoffContextOptions options, ChangesSinceHandoff? changes)
    {
        Handoff latest = selection.Latest;
        Now = options.Now;
        ProjectRoot = options.ProjectRoot;
        Age = latest.Date is DateTime d ? HandoffContextBuilder.DescribeAge(Now - d) : null;
        FileDisplay = latest.Path is null ? null : Display(latest.Path);

        Title = Heading("title", options.Branch is null ? "# Handoff context" : $"# Handoff context: {options.Branch}");
        LatestLine = Heading("latest handoff", LatestHandoffLine(latest));
        if (selection.IsFallback)
        {
            Heading("fallback note", $"No handoff on branch '{options.Branch}' yet: this is the latest handoff of the project.");
        }

        Staleness = Heading("staleness", StalenessLine(changes));

        if (TextRules.Block(latest.Summary) is string summary)
        {
            Summary = Add(new ValueItem<string>(ContextRank.Summary, 0, ContextSection.Summary, "summary", summary, summary));
        }

        Priorities = latest.NextPriorities.Select((p, i) => Add(new PriorityItem(p, i))).ToArray();
        Blockers = selection.OpenBlockers().Select((b, i) => Add(new BlockerItem(b, i, Open(b)))).ToArray();
        OtherBranchBlockers = selection.OtherBranchBlockers(options.LiveBranches)
            .Select((b, i) => Add(new ValueItem<BlockerRecord>(ContextRank.OtherBranchBlocker, i, ContextSection.Blockers,
                $"blocker on {b.Branch}: {b}", BlockerLine(b), b)))
            .ToArray();
        Decisions = latest.Decisions
            .Select((d, i) => Add(new ValueItem<string>(ContextRank.Decision, i, ContextSection.Decisions, "decision: " + d, "- " + d, d)))
            .ToArray();
        KeyFiles = latest.KeyFiles
            .Select((k, i) => Add(new ValueItem<KeyFile>(ContextRank.KeyFile, i, ContextSection.KeyFiles, "key file: " + k.Path,
                $"- `{k.Path}`" + (k.Description is null ? string.Empty : " - " + k.Description), k)))
            .ToArray();
        References = latest.References
            .Select((r, i) => Add(new ValueItem<string>(ContextRank.Reference, i, ContextSection.References, "reference: " + r, "- " + r, r)))
            .ToArray();
        Earlier = selection.Earlier(options.EarlierHandoffs)
            .Select(h => new ContextHandoffLine(h.Date, h.Description, h.Branch, h.Path))
            .Select((line, i) => Add(new ValueItem<ContextHandoffLine>(ContextRank.EarlierHandoff, i, ContextSection.Earlier,
                "earlier handoff: " + line, "- " + line, line)))
            .ToArray();
    }

    /// <summary>Every item, parts right after their owner, in the order they are written.</summary>
    public IReadOnlyList<ContextItem> Items => _items;

    /// <summary>How long ago the handoff shown was written, in words; null when it has no date.</summary>
    public string? Age { get; }

    /// <summary>The path of the handoff shown as the text writes it (relative to the project root when under it).</summary>
    public string? FileDisplay { get; }

    public ValueItem<string> Title { get; }

    /// <summary>The heading line that names the handoff shown and its file.</summary>
    public ValueItem<string> LatestLine { get; }

    public ValueItem<string> Staleness { get; }

    public ValueItem<string>? Summary { get; }

    public IReadOnlyList<PriorityItem> Priorities { get; }

    public IReadOnlyList<BlockerItem> Blockers { get; }

    public IReadOnlyList<ValueItem<BlockerRecord>> OtherBranchBlockers { get; }

    public IReadOnlyList<ValueItem<string>> Decisions { get; }

    public IReadOnlyList<ValueItem<KeyFile>> KeyFiles { get; }

    public IReadOnlyList<ValueItem<string>> References { get; }

    public IReadOnlyList<ValueItem<ContextHandoffLine>> Earlier { get; }

    private DateTime Now { get; }

    private string? ProjectRoot { get; }

    public static ContextContent Of(ContextSelection selection, HandoffContextOptions options, ChangesSinceHandoff? changes) =>
        new(selection, options, changes);

    private T Add<T>(T item)
        where T : ContextItem
    {
        _items.Add(item);
        if (item is PriorityItem { Details: ContextPart details })
        {
            _items.Add(details);
        }
        else if (item is BlockerItem blocker)
        {
            _items.Add(blocker.Age);
            if (blocker.End is ContextPart end)
            {
                _items.Add(end);
            }
        }

        return item;
    }

    // Heading lines come first, so their order is their position in Items.
    private ValueItem<string> Heading(string label, string line) =>
        Add(new ValueItem<string>(ContextRank.Heading, _items.Count, ContextSection.Heading, label, line, line));

    private string LatestHandoffLine(Handoff latest)
    {
        var line = new StringBuilder("Latest handoff: ").Append(latest.Description);
        var facts = new List<string>();
        if (latest.Date is DateTime date)
        {
            facts.Add(Stamp(date));
        }

        if (latest.Branch is not null)
        {
            facts.Add("on " + latest.Branch);
        }

        if (facts.Count > 0)
        {
            line.Append(", ").Append(string.Join(' ', facts));
        }

        if (FileDisplay is not null)
        {
            line.Append(" (").Append(FileDisplay).Append(')');
        }

        return line.Append('.').ToString();
    }

    private string StalenessLine(ChangesSinceHandoff? changes)
    {
        string line = Age is string age ? $"Written {age} ago" : "Written at an unknown time (the handoff has no date)";
        if (changes is not null)
        {
            string commits = (changes.CommitsIsLowerBound ? "at least " : string.Empty) + HandoffContextBuilder.Plural(changes.Commits, "commit");
            line += $"; since then {commits} and {HandoffContextBuilder.Plural(changes.ChangedFiles, "changed file")}";
        }

        return line + ".";
    }

    /// <summary>How long a blocker has been open: <c>open 3 days, 1 session, since 2025-10-29 11:05</c>.</summary>
    private string Open(BlockerRecord b)
    {
        string sessions = HandoffContextBuilder.Plural(b.SessionsOpen, "session");
        return b.FirstSeen is DateTime first
            ? $"open {HandoffContextBuilder.DescribeAge(Now - first)}, {sessions}, since {Stamp(first)}"
            : $"open {sessions}";
    }

    private string BlockerLine(BlockerRecord b)
    {
        string text = b.Category is null ? b.Text : $"**{b.Category}**: {b.Text}";
        return $"- {text} (on {b.Branch}; {Open(b)})";
    }

    private string Display(string path)
    {
        if (ProjectRoot is string root)
        {
            string relative = System.IO.Path.GetRelativePath(root, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !System.IO.Path.IsPathRooted(relative))
            {
                return relative.Replace('\\', '/');
            }
        }

        return path;
    }

    private static string Stamp(DateTime d) => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
