using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Context;

/// <summary>
/// Builds the <see cref="HandoffContext"/> of a project's handoffs: the text a session reads first, within a token
/// budget.
/// </summary>
/// <remarks>
/// <para><see cref="ContextSelection"/> picks the handoff shown; <see cref="ContextContent"/> makes its items (the
/// heading lines, the summary, each priority and its details, each open blocker with its age, each decision, key
/// file, reference and earlier handoff); <see cref="ContextTrimmer"/> leaves out the least valuable items until the
/// text fits (<see cref="ContextRank"/> is the order); <see cref="ContextRenderer"/> writes the text, which ends
/// with a line saying what was left out.</para>
/// <para>The first priority and the open blockers of the handoff shown rank above everything but the heading lines:
/// from a budget of about 150 tokens they stay, a long blocker text shortened if it must be, when the summary,
/// the other priorities, the details, key files and decisions go.</para>
/// </remarks>
public static class HandoffContextBuilder
{
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
        ContextSelection? selection = ContextSelection.Of(handoffs, options.Branch);
        if (selection is null)
        {
            string where = options.ProjectRoot is null ? string.Empty : $" in {Path.Combine(options.ProjectRoot, HandoffStore.FolderName)}";
            string none = options.UnreadableFiles > 0
                ? $"No readable session handoff{where}: {Plural(options.UnreadableFiles, "read error")} (see the errors). Fix what could not be read to carry the last session over."
                : $"No session handoffs{where} yet: nothing to carry over from an earlier session. Write one at the end of this session with New-Handoff.";
            return new HandoffContext
            {
                Text = none,
                Tokens = count(none),
                MaxTokens = options.MaxTokens,
                RequestedBranch = options.Branch,
            };
        }

        ChangesSinceHandoff? changes = options.ChangesSince?.Invoke(selection.Latest);
        var content = ContextContent.Of(selection, options, changes);
        var renderer = new ContextRenderer(content, options.MaxTokens);
        // The pieces bound holds for the tokenizer's count; a counter given by the caller may count otherwise.
        Func<string, int>? lowerBound = options.CountTokens is null ? TokenBound.LowerBound : null;
        ContextTrim trim = new ContextTrimmer(options.MaxTokens, count, renderer.Text, lowerBound).Trim(content.Items);
        return Result(selection, content, trim, options, changes);
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

    /// <summary><c>1 commit</c>, <c>2 commits</c>.</summary>
    internal static string Plural(int n, string singular) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : singular + "s");

    private static HandoffContext Result(ContextSelection selection, ContextContent content, ContextTrim trim,
        HandoffContextOptions options, ChangesSinceHandoff? changes)
    {
        IReadOnlySet<ContextItem> kept = trim.Kept;
        Handoff latest = selection.Latest;
        return new HandoffContext
        {
            Text = trim.Text,
            Tokens = trim.Tokens,
            MaxTokens = options.MaxTokens,
            HasHandoff = true,
            RequestedBranch = options.Branch,
            IsFallback = selection.IsFallback,
            Path = latest.Path,
            Description = latest.Description,
            Date = latest.Date,
            Branch = latest.Branch,
            Age = content.Age,
            CommitsSince = changes?.Commits,
            ChangedFilesSince = changes?.ChangedFiles,
            Staleness = Kept(content.Staleness, kept),
            Summary = content.Summary is null ? null : Kept(content.Summary, kept),
            NextPriorities = content.Priorities.Where(kept.Contains).Select(p => p.Shown(kept)).ToArray(),
            OpenBlockers = content.Blockers.Where(kept.Contains).Select(b => b.Shown(kept))
                .Concat(Kept(content.OtherBranchBlockers, kept))
                .ToArray(),
            Decisions = Kept(content.Decisions, kept),
            KeyFiles = Kept(content.KeyFiles, kept),
            References = Kept(content.References, kept),
            EarlierHandoffs = Kept(content.Earlier, kept),
            LeftOut = trim.Left.Select(i => i.Label).ToArray(),
            LeftOutLine = trim.Text[(trim.Text.LastIndexOf('\n') + 1)..],
        };
    }

    private static T? Kept<T>(ValueItem<T> item, IReadOnlySet<ContextItem> kept)
        where T : class =>
        kept.Contains(item) ? item.Value : null;

    private static T[] Kept<T>(IEnumerable<ValueItem<T>> items, IReadOnlySet<ContextItem> kept) =>
        items.Where(kept.Contains).Select(i => i.Value).ToArray();
}
