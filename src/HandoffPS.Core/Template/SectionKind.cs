using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace HandoffPS.Core.Template;

/// <summary>The part of the template a section heading maps to.</summary>
public enum SectionKind
{
    Other,
    Summary,
    CompletedWork,
    NextPriorities,
    Blockers,
    Context,
    Decisions,
    KeyFiles,
    References,
}

/// <summary>
/// Maps a section heading to the template by meaning, not by exact name: numbering (<c>1.</c>), emoji and
/// punctuation are ignored, then the words are matched against known variants.
/// </summary>
public static class SectionClassifier
{
    private static readonly (SectionKind Kind, string[] Names)[] Table =
    {
        (SectionKind.Summary, new[] { "session summary", "executive summary", "summary", "summary of what was done", "tl dr", "tldr", "overview" }),
        (SectionKind.CompletedWork, new[] { "completed work", "what shipped", "work completed this session", "work completed", "scope completed", "completed this session", "completed", "what was completed this session", "what was completed", "what was accomplished this session", "accomplishments", "done", "done with evidence", "what changed", "what changed facts only", "已完成" }),
        (SectionKind.NextPriorities, new[] { "next priorities", "next steps", "next session priorities", "pick up here", "top next actions", "recommended next actions", "immediate actions", "next actions", "next", "next session action plan", "next session", "todo", "to do" }),
        (SectionKind.Blockers, new[] { "blockers questions", "blockers", "blockers challenges", "open questions", "deferred open questions", "blockers risks", "open risks", "questions", "blockers notes", "blockers dependencies", "current state blockers", "questions for next session", "risks", "open issues", "known issues" }),
        (SectionKind.Context, new[] { "context for next session", "key files for next session", "context for continuation", "context for next developer", "context" }),
        (SectionKind.Decisions, new[] { "decisions", "decisions made", "key decisions", "firm decisions this session", "firm decisions", "accepted decisions" }),
        (SectionKind.KeyFiles, new[] { "key files", "relevant files", "files changed", "files modified", "important files" }),
        (SectionKind.References, new[] { "references", "links", "resources" }),
    };

    /// <summary>
    /// Classifies a heading: an exact match of its normalised words, else a known name of two words or more
    /// followed by more words (<c>Next Steps: Phase 2</c>, <c>Completed Work Summary</c>).
    /// </summary>
    public static SectionKind Classify(string heading)
    {
        string key = Normalize(heading);
        foreach ((SectionKind kind, string[] names) in Table)
        {
            if (names.Contains(key, StringComparer.Ordinal))
            {
                return kind;
            }
        }

        foreach ((SectionKind kind, string[] names) in Table)
        {
            if (names.Any(n => n.Contains(' ') && key.StartsWith(n + " ", StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return SectionKind.Other;
    }

    /// <summary>Lower-case words of a heading with numbering, emoji, markup and punctuation removed.</summary>
    public static string Normalize(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        bool space = false;
        foreach (char c in heading)
        {
            if (char.IsLetter(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsDigit(c) && sb.Length > 0)
            {
                if (space)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
