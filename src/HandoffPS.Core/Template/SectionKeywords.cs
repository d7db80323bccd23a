using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffPS.Core.Template;

/// <summary>
/// The last rule of <see cref="SectionClassifier"/>: a heading that no known name matched is classified by the words
/// in it, wherever they stand (<c>What Was Accomplished</c>, <c>Immediate Next Steps</c>, <c>Open Problems</c>,
/// <c>Configuration Decisions Made</c>, <c>Files to Reference</c>). The parts are tried in a fixed order, so that a
/// heading with words of two parts has one meaning: decisions, then what is still to do (before what is done: "What
/// Still Needs to Be Done"), then blockers (unless fixed: "Issues Fixed" is done work), then what is left ("Remaining
/// Work"; "Remaining Issues" are blockers), then done work, key files and references. A trailing "for (the) next session" says who a section is for, not what it is: the words before it
/// decide ("Resources for Next Session" are references, "Environment Setup for Next Session" is none of the parts).
/// </summary>
internal static class SectionKeywords
{
    private static readonly HashSet<string> DecisionWords = new(StringComparer.Ordinal) { "decision", "decisions" };

    private static readonly HashSet<string> NextWords = new(StringComparer.Ordinal) { "next", "todo", "todos", "recommendations", "followup", "priority", "priorities" };

    // After "next", a word that makes it say who reads the section, not what comes next ("Files to Read Next Session"),
    // or a name ("Next.js").
    private static readonly HashSet<string> NotNextAfter = new(StringComparer.Ordinal) { "session", "sessions", "agent", "agents", "developer", "time", "js" };

    // Words of what is left, weaker than blockers: "Remaining Work" is to do, "Remaining Issues" are blockers.
    private static readonly HashSet<string> LeftWords = new(StringComparer.Ordinal) { "remaining", "pending", "outstanding", "unfinished", "incomplete" };

    // Phrases of what is still to do, as normalised words.
    private static readonly string[] NextPhrases = { "to do", "follow up", "action items", "not started", "not done", "not yet", "still needs", "still to do", "do this first" };

    private static readonly HashSet<string> BlockerWords = new(StringComparer.Ordinal)
    {
        "blocker", "blockers", "blocked", "blocking", "issue", "issues", "problem", "problems", "question", "questions",
        "risk", "risks", "concern", "concerns", "challenges",
    };

    // Words that make a heading of blockers or of done work say it is done ("Issues Fixed", "Resolved Questions").
    private static readonly HashSet<string> SettledWords = new(StringComparer.Ordinal) { "fixed", "resolved", "solved", "closed" };

    private static readonly HashSet<string> DoneWords = new(StringComparer.Ordinal)
    {
        "completed", "accomplished", "accomplishment", "accomplishments", "achievements", "achieved", "done", "shipped",
        "finished", "delivered", "fixed", "resolved",
    };

    private static readonly string[] DonePhrases = { "changes made", "what we did", "what i did", "work done" };

    private static readonly HashSet<string> FileWords = new(StringComparer.Ordinal) { "file", "files" };

    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal) { "reference", "references", "links", "resources" };

    /// <summary>The part <paramref name="key"/> (a heading normalised by <see cref="SectionClassifier.Normalize"/>) names by its words, or Other.</summary>
    public static SectionKind Classify(string key)
    {
        string[] words = key.Length == 0 ? Array.Empty<string>() : key.Split(' ');
        int qualifier = ForNext(words);
        if (qualifier >= 0)
        {
            words = words[..qualifier];
            if (words.Length == 0)
            {
                return SectionKind.Other;
            }
        }

        string text = " " + string.Join(' ', words) + " ";
        bool Has(HashSet<string> set) => words.Any(set.Contains);
        bool HasPhrase(string[] phrases) => phrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));

        if (Has(DecisionWords))
        {
            return SectionKind.Decisions;
        }

        bool next = words.Where((w, i) => NextWords.Contains(w) && !(w == "next" && i + 1 < words.Length && NotNextAfter.Contains(words[i + 1]))).Any();
        if (next || HasPhrase(NextPhrases))
        {
            return SectionKind.NextPriorities;
        }

        // "Issue #7" names an issue of a tracker, not a blocker.
        bool blocker = words.Where((w, i) => BlockerWords.Contains(w) && !(w == "issue" && i + 1 < words.Length && char.IsDigit(words[i + 1][0]))).Any();
        if (blocker)
        {
            return Has(SettledWords) ? SectionKind.CompletedWork : SectionKind.Blockers;
        }

        if (Has(LeftWords))
        {
            return SectionKind.NextPriorities;
        }

        if (Has(DoneWords) || HasPhrase(DonePhrases))
        {
            return SectionKind.CompletedWork;
        }

        if (Has(FileWords))
        {
            return SectionKind.KeyFiles;
        }

        return Has(ReferenceWords) ? SectionKind.References : SectionKind.Other;
    }

    /// <summary>Where a trailing "for (the) next …" starts (<c>for next session</c>, <c>for the next agent</c>), or -1.</summary>
    private static int ForNext(string[] words)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] != "for")
            {
                continue;
            }

            int n = words[i + 1] == "the" ? i + 2 : i + 1;
            if (n < words.Length && words[n] == "next" && n + 2 >= words.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
