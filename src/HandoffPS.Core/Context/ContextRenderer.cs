using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandoffPS.Core.Context;

/// <summary>
/// Writes a context: the text of the items kept, section by section, ending with the line that says what was
/// left out; and the structured <see cref="HandoffContext"/> as JSON.
/// </summary>
internal sealed class ContextRenderer
{
    private static readonly (ContextSection Section, string Heading)[] Sections =
    {
        (ContextSection.Summary, "## Summary"),
        (ContextSection.Priorities, "## Next priorities"),
        (ContextSection.Blockers, "## Open blockers"),
        (ContextSection.Decisions, "## Decisions"),
        (ContextSection.KeyFiles, "## Key files"),
        (ContextSection.References, "## References"),
        (ContextSection.Earlier, "## Earlier handoffs"),
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ContextContent _content;
    private readonly string _budget;

    public ContextRenderer(ContextContent content, int maxTokens)
    {
        _content = content;
        _budget = maxTokens.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The structured context as indented JSON, UTF-8 characters kept as they are.</summary>
    public static string Json(HandoffContext context) => JsonSerializer.Serialize(context, JsonOptions);

    /// <summary>
    /// The text of the items <paramref name="kept"/>, then the left-out line in the given form.
    /// </summary>
    public string Text(IReadOnlySet<ContextItem> kept, IReadOnlyList<ContextItem> left, LeftOutForm form)
    {
        // Parts are written by their owner; the order of Items is the order of the text.
        List<ContextItem> lines = _content.Items.Where(i => i.Owner is null && kept.Contains(i)).ToList();
        var w = new StringBuilder(4096);
        foreach (ContextItem heading in lines.Where(i => i.Section == ContextSection.Heading))
        {
            w.Append(heading.Render(kept)).Append('\n');
        }

        foreach ((ContextSection section, string title) in Sections)
        {
            List<ContextItem> items = lines.Where(i => i.Section == section).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            // Heading lines rank above every section item: a section always comes after some of them.
            w.Append('\n').Append(title).Append('\n');
            foreach (ContextItem item in items)
            {
                w.Append(item.Render(kept)).Append('\n');
            }
        }

        if (w.Length > 0)
        {
            w.Append('\n');
        }

        return w.Append(LeftOutLine(kept, left, form)).ToString();
    }

    /// <summary>
    /// <c>Left out: nothing.</c>, or what was left out to stay within the budget (by kind in the order
    /// <paramref name="left"/> lists them, with or without counts, or in all), and where to find it.
    /// </summary>
    public string LeftOutLine(IReadOnlySet<ContextItem> kept, IReadOnlyList<ContextItem> left, LeftOutForm form)
    {
        if (left.Count == 0)
        {
            return "Left out: nothing.";
        }

        string file = kept.Contains(_content.LatestLine) || _content.FileDisplay is null
            ? " The handoff file has them."
            : $" {_content.FileDisplay} has them.";
        string what = form switch
        {
            LeftOutForm.Total => kept.Count == 0 ? "everything" : HandoffContextBuilder.Plural(left.Count, "item"),
            LeftOutForm.Kinds => string.Join(", ", Kinds(left).Select(k => k.Names.Many.Replace("{0} ", string.Empty)).Distinct()),
            _ => string.Join(", ", Kinds(left)
                .Select(k => string.Format(CultureInfo.InvariantCulture, k.Count == 1 ? k.Names.One : k.Names.Many, k.Count))),
        };
        return $"Left out to stay within {_budget} tokens: {what}.{file}";
    }

    /// <summary>The kinds of <paramref name="left"/> by name, in the order they first went, with how many of each (one pass).</summary>
    private static List<((string One, string Many) Names, int Count)> Kinds(IReadOnlyList<ContextItem> left)
    {
        var kinds = new List<((string One, string Many) Names, int Count)>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        ContextRank? previous = null;
        int index = -1;
        foreach (ContextItem item in left)
        {
            if (item.Rank != previous)
            {
                (string One, string Many) names = Names(item.Rank);
                if (!at.TryGetValue(names.Many, out index))
                {
                    index = kinds.Count;
                    at[names.Many] = index;
                    kinds.Add((names, 0));
                }

                previous = item.Rank;
            }

            kinds[index] = (kinds[index].Names, kinds[index].Count + 1);
        }

        return kinds;
    }

    /// <summary>
    /// How the left-out line names items of a rank: one, and many ({0} the count; without it, the kind). Ranks
    /// named alike are counted together.
    /// </summary>
    private static (string One, string Many) Names(ContextRank rank) => rank switch
    {
        ContextRank.EarlierHandoff => ("1 earlier handoff", "{0} earlier handoffs"),
        ContextRank.OtherBranchBlocker => ("1 other-branch blocker", "{0} other-branch blockers"),
        ContextRank.Reference => ("1 reference", "{0} references"),
        ContextRank.PriorityDetails => ("details of 1 priority", "details of {0} priorities"),
        ContextRank.KeyFile => ("1 key file", "{0} key files"),
        ContextRank.Decision => ("1 decision", "{0} decisions"),
        ContextRank.LaterPriority or ContextRank.FirstPriority => ("1 priority", "{0} priorities"),
        ContextRank.Summary => ("the summary", "the summary"),
        ContextRank.BlockerAge => ("the age of 1 blocker", "the ages of {0} blockers"),
        ContextRank.BlockerEnd => ("the full text of 1 blocker", "the full text of {0} blockers"),
        ContextRank.Blocker => ("1 blocker", "{0} blockers"),
        _ => ("1 heading line", "{0} heading lines"),
    };
}
