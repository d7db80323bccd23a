using System;
using System.Globalization;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Context;

/// <summary>
/// Whether a project needs a handoff now: the latest handoff, its age, the work since it, and the verdict.
/// Built for profile scripts and end-of-day routines: it never prompts and never fails because of git.
/// </summary>
/// <remarks>
/// A handoff is due when (1) there is no handoff yet while work exists (a commit or an uncommitted change);
/// or (2) there are commits or uncommitted changes since the latest handoff and it is older than MaxAge; or
/// (3) at least MinCommits commits were made since it and the current branch differs from its branch.
/// Outside a repository only the age counts. Changes to the handoff folder itself are not work.
/// </remarks>
public sealed class HandoffStatus
{
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromHours(8);

    private HandoffStatus(Handoff? latest, TimeSpan? age)
    {
        LatestHandoff = latest?.Path;
        LatestDescription = latest?.Description;
        LatestDate = latest?.Date;
        Age = age is TimeSpan a ? Hours(a) : null;
        AgeHours = age?.TotalHours;
    }

    public const int DefaultMinCommits = 1;

    public string ProjectRoot { get; private init; } = string.Empty;

    /// <summary>The latest handoff's file (<c>Get-Handoff -LiteralPath</c> reads it); null when there is none.</summary>
    public string? LatestHandoff { get; private init; }

    /// <summary>The latest handoff's description.</summary>
    public string? LatestDescription { get; private init; }

    /// <summary>The latest handoff's date and time.</summary>
    public DateTime? LatestDate { get; private init; }

    /// <summary>Time since the latest handoff in words, as the <see cref="Reason"/> says it ('35 minutes', '34.3 hours', '5 days'); null when there is none.</summary>
    public string? Age { get; private init; }

    /// <summary>Time since the latest handoff in hours, for scripts and JSON; null when there is none.</summary>
    public double? AgeHours { get; private init; }

    /// <summary>
    /// Commits since the latest handoff (merges and commits that only add handoffs left out), counted up to
    /// <see cref="GitActivity.CommitCap"/>: a status check stays fast however long the history since.
    /// </summary>
    public int CommitsSince { get; private init; }

    /// <summary>True when the count stopped at <see cref="GitActivity.CommitCap"/>: there are at least <see cref="CommitsSince"/> commits.</summary>
    public bool CommitsSinceIsLowerBound { get; private init; }

    public int FilesChangedSince { get; private init; }

    public int UncommittedChanges { get; private init; }

    /// <summary>The current branch; null outside a repository.</summary>
    public string? Branch { get; private init; }

    /// <summary>The current branch differs from the latest handoff's.</summary>
    public bool BranchChanged { get; private init; }

    public bool IsDue { get; private init; }

    /// <summary>Why the handoff is due, or why not, in one sentence.</summary>
    public string Reason { get; private init; } = string.Empty;

    /// <summary>
    /// Evaluates <paramref name="project"/> at <paramref name="now"/>, given its latest handoff
    /// (<see cref="HandoffStore.Latest"/>; null when it has none). <paramref name="unreadable"/> is how many of its handoff
    /// files could not be read: without a readable one, the reason says so rather than "no handoff yet".
    /// </summary>
    public static HandoffStatus Evaluate(HandoffProject project, Handoff? latest, DateTime now, TimeSpan? maxAge = null, int minCommits = DefaultMinCommits, int unreadable = 0)
    {
        ArgumentNullException.ThrowIfNull(project);
        TimeSpan max = maxAge ?? DefaultMaxAge;
        GitFacts git = project.Git;
        string root = project.Root;
        TimeSpan? age = latest?.Date is DateTime d ? now - d : null;
        string none = unreadable > 0 ? $"No readable handoff ({Plural(unreadable, "read error")}, reported as errors)" : "No handoff yet";

        if (!git.IsRepository)
        {
            bool old = age is TimeSpan a && a > max;
            return new HandoffStatus(latest, age)
            {
                ProjectRoot = root,
                IsDue = old,
                Reason = latest is null
                    ? $"{none}, and no git repository to tell whether there is work."
                    : age is not TimeSpan known ? "The latest handoff has no date; no git repository to count work."
                    : old ? $"The latest handoff is {Hours(known)} old (more than {Hours(max)}); no git repository to count work."
                          : $"The latest handoff is {Hours(known)} old; no git repository to count work.",
            };
        }

        GitActivity changes = GitActivity.SinceHandoff(root, latest, now);
        int commits = changes.Commits;
        bool atLeast = changes.CommitsIsLowerBound;
        int uncommitted = changes.UncommittedFiles;
        bool branchChanged = latest?.Branch is string was && git.Branch is string isNow && !string.Equals(was, isNow, StringComparison.Ordinal);
        bool work = commits > 0 || uncommitted > 0;

        (bool due, string reason) = (latest, age) switch
        {
            (null, _) when git.Head is not null || uncommitted > 0 => (true, $"{none}, and the repository has work."),
            (null, _) => (false, $"{none}, and no work in the repository yet."),
            (_, TimeSpan a) when work && a > max => (true, $"{Work(commits, atLeast, uncommitted)} since the latest handoff, {Hours(a)} ago (more than {Hours(max)})."),
            _ when commits >= minCommits && branchChanged => (true, $"On branch {git.Branch} since the latest handoff (on {latest!.Branch}), with {Commits(commits, atLeast)}."),
            (_, TimeSpan a) => (false, work ? $"{Work(commits, atLeast, uncommitted)} since the latest handoff, {Hours(a)} ago (not more than {Hours(max)})." : $"No work since the latest handoff, {Hours(a)} ago."),
            _ => (false, "The latest handoff has no date."),
        };

        return new HandoffStatus(latest, age)
        {
            ProjectRoot = root,
            CommitsSince = commits,
            CommitsSinceIsLowerBound = atLeast,
            FilesChangedSince = changes.FilesChanged,
            UncommittedChanges = uncommitted,
            Branch = git.Branch,
            BranchChanged = branchChanged,
            IsDue = due,
            Reason = reason,
        };
    }

    private static string Work(int commits, bool atLeast, int uncommitted)
    {
        string text = $"{Commits(commits, atLeast)} and {Plural(uncommitted, "uncommitted file")}";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Commits(int commits, bool atLeast) => (atLeast ? "at least " : string.Empty) + Plural(commits, "commit");

    private static string Plural(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Hours(TimeSpan t) =>
        t.TotalHours >= 48 ? $"{Math.Floor(t.TotalDays).ToString(CultureInfo.InvariantCulture)} days"
        : t.TotalMinutes >= 90 ? $"{Math.Round(t.TotalHours, 1).ToString(CultureInfo.InvariantCulture)} hours"
        : $"{Math.Max(0, Math.Round(t.TotalMinutes)).ToString(CultureInfo.InvariantCulture)} minutes";
}
