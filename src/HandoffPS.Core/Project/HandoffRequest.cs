using System;
using System.Collections.Generic;
using HandoffPS.Core.Drafts;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Project;

/// <summary>
/// One request to write a handoff, from whichever front end: the explicit values, and how to complete them
/// (git since the previous handoff, carry-forward from it). <see cref="Plan"/> turns it into the exact file.
/// </summary>
public sealed class HandoffRequest
{
    /// <summary>The values given explicitly; they come first in every list.</summary>
    public Handoff Draft { get; init; } = new();

    /// <summary>
    /// Finish a draft of <c>session-handoffs/drafts/</c> (the one of <see cref="DraftSession"/>, else the newest): its
    /// items follow the explicit ones, its title and summary are used when none is given
    /// (<see cref="HandoffDraft.Merge"/>), and <see cref="HandoffPlan.Write"/> removes it once the handoff is written.
    /// </summary>
    public bool FinishDraft { get; init; }

    /// <summary>With <see cref="FinishDraft"/>: the session whose draft to finish; null for the newest draft.</summary>
    public string? DraftSession { get; init; }

    /// <summary>The handoff to carry forward from: its unfinished priorities and open blockers follow the explicit ones.</summary>
    public Handoff? Previous { get; init; }

    /// <summary>Blockers of <see cref="Previous"/> resolved in this session (category, text or the start of the text).</summary>
    public IReadOnlyList<string>? ResolvedBlockers { get; init; }

    /// <summary>
    /// Add the commits and changed files since the previous handoff (<see cref="GitHistory.SinceHandoff"/>). Without
    /// <see cref="Previous"/>, the project's latest handoff is the previous one: git's "since" starts there, and its
    /// open work is carried forward as if it had been given as <see cref="Previous"/> (unless <see cref="NoCarryForward"/>).
    /// </summary>
    public bool FromGit { get; init; }

    /// <summary>Carry nothing forward from the previous handoff (it still sets where git's "since" starts).</summary>
    public bool NoCarryForward { get; init; }

    /// <summary>With <see cref="FromGit"/>: where "since" starts instead of the previous handoff.</summary>
    public DateTime? Since { get; init; }

    /// <summary>The agent named in the default Author.</summary>
    public string? Agent { get; init; }

    /// <summary>
    /// Completes the draft for <paramref name="project"/> and plans the file. With <see cref="FromGit"/> and no
    /// <see cref="Previous"/>, the project's latest handoff is the previous one (git's "since" starts there and its
    /// open work is carried forward); a file that cannot be read on the way goes to <paramref name="errors"/>; a draft to finish that is missing
    /// throws DraftNotFound, and a value the model refuses throws InvalidHandoffInput. What
    /// git could not tell goes to <paramref name="warnings"/>; what git told, and what was carried forward from
    /// which handoff, to <paramref name="notes"/>.
    /// </summary>
    public HandoffPlan Plan(HandoffProject project, DateTime now, ICollection<HandoffException> errors, ICollection<string> warnings, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(project);
        try
        {
            return Complete(project, now, errors, warnings, notes);
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            // A value the model refuses (an invalid date or rank, say): the caller's input, with the one error id.
            throw new HandoffException(HandoffErrorIds.InvalidHandoffInput, HandoffErrorKind.InvalidArgument, ex.Message, null, ex);
        }
    }

    private HandoffPlan Complete(HandoffProject project, DateTime now, ICollection<HandoffException> errors, ICollection<string> warnings, ICollection<string> notes)
    {
        Handoff draft = Draft;
        DraftFile? finished = null;
        if (FinishDraft)
        {
            finished = DraftStore.Find(project.Folder, DraftSession);
            draft = HandoffDraft.Merge(Draft, HandoffStore.Read(finished.Path).Handoff);
            notes.Add($"Finishing the draft '{finished.Path}'.");
        }

        Handoff? previous = Previous;
        if (FromGit)
        {
            previous ??= HandoffStore.Latest(project.Folder, errors);
            GitChanges changes = GitHistory.SinceHandoff(project.Root, previous, Since, now);
            foreach (string warning in changes.Warnings)
            {
                warnings.Add(warning);
            }

            notes.Add($"From git since {changes.Since}: {changes.Commits.Count} commit(s), {changes.Files.Count} file(s) changed.");
            draft = Git.FromGit.Apply(draft, changes);
        }

        if (previous is not null && !NoCarryForward)
        {
            Handoff carried = CarryForward.Apply(draft, previous, ResolvedBlockers);
            notes.Add($"Carried forward from '{previous.Path ?? previous.Description}': " +
                $"{carried.NextPriorities.Length - draft.NextPriorities.Length} priority(ies), {carried.Blockers.Length - draft.Blockers.Length} blocker(s).");
            draft = carried;
        }

        HandoffPlan plan = HandoffPlan.Create(project, draft, Agent, finished?.Path);
        foreach (string warning in plan.Warnings)
        {
            warnings.Add(warning);
        }

        if (finished is not null && HandoffDraft.IsPlaceholder(plan.Handoff.Summary))
        {
            warnings.Add("The draft's summary was never written, so the handoff has none; give one as the summary.");
        }

        return plan;
    }
}
