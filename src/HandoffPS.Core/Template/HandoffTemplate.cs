using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffPS.Core.Template;

/// <summary>
/// The session handoff template, defined once: the title, the header fields in order, and the sections in order
/// with their canonical headings and the other headings the reader accepts. The renderer writes it, the
/// classifier reads headings by it and the linter checks files against it.
/// </summary>
public static class HandoffTemplate
{
    /// <summary>What the H1 title starts with, before the brief description.</summary>
    public const string TitlePrefix = "Session Handoff: ";

    public static TemplateField Date { get; } = new("Date", "YYYY-MM-DD", FieldRequirement.Required);

    public static TemplateField Time { get; } = new("Time", "HH:MM:SS", FieldRequirement.Required);

    public static TemplateField Branch { get; } = new("Branch", null, FieldRequirement.RequiredInRepository);

    /// <summary>The commit HEAD was at; not in the seed template, written by New-Handoff inside a repository.</summary>
    public static TemplateField Commit { get; } = new("Commit", null, FieldRequirement.Optional);

    public static TemplateField Author { get; } = new("Author", null, FieldRequirement.Required);

    /// <summary>The header fields, in the order they are written.</summary>
    public static IReadOnlyList<TemplateField> HeaderFields { get; } = new[] { Date, Time, Branch, Commit, Author };

    public static TemplateSection Summary { get; } = Section(SectionKind.Summary, "Session Summary", true,
        "executive summary", "summary", "summary of what was done", "tl dr", "tldr", "overview");

    public static TemplateSection CompletedWork { get; } = Section(SectionKind.CompletedWork, "Completed Work", true,
        "what shipped", "work completed this session", "work completed", "scope completed", "completed this session",
        "completed", "what was completed this session", "what was completed", "what was accomplished this session",
        "accomplishments", "done", "done with evidence", "what changed", "what changed facts only", "已完成");

    public static TemplateSection NextPriorities { get; } = Section(SectionKind.NextPriorities, "Next Priorities", true,
        "next steps", "next session priorities", "pick up here", "top next actions", "recommended next actions",
        "immediate actions", "next actions", "next", "next session action plan", "next session", "todo", "to do");

    /// <summary>Blockers/Questions: "if any" in the seed template.</summary>
    public static TemplateSection Blockers { get; } = Section(SectionKind.Blockers, "Blockers/Questions", false,
        "blockers", "blockers challenges", "open questions", "deferred open questions", "blockers risks", "open risks",
        "questions", "blockers notes", "blockers dependencies", "current state blockers", "questions for next session",
        "risks", "open issues", "known issues");

    public static TemplateSection Decisions { get; } = Section(SectionKind.Decisions, "Decisions Made", false,
        "decisions", "key decisions", "firm decisions this session", "firm decisions", "accepted decisions");

    public static TemplateSection KeyFiles { get; } = Section(SectionKind.KeyFiles, "Key Files", false,
        "relevant files", "files changed", "files modified", "important files");

    public static TemplateSection References { get; } = Section(SectionKind.References, "References", false,
        "links", "resources");

    /// <summary>Context for Next Session: its parts are Decisions Made, Key Files and References, each under a bold label.</summary>
    public static TemplateSection Context { get; } = new(SectionKind.Context, "Context for Next Session", false,
        new[] { "key files for next session", "context for continuation", "context for next developer", "context" },
        new[] { Decisions, KeyFiles, References });

    /// <summary>The sections, in the order they are written.</summary>
    public static IReadOnlyList<TemplateSection> Sections { get; } = new[] { Summary, CompletedWork, NextPriorities, Blockers, Context };

    /// <summary>
    /// The section a heading of this kind belongs to: the section itself, or Context for Next Session for one of its
    /// parts written as a section of its own (<c>## Key Files</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is <see cref="SectionKind.Other"/>.</exception>
    public static TemplateSection SectionOf(SectionKind kind)
    {
        foreach (TemplateSection section in Sections)
        {
            if (section.Kind == kind || section.Parts.Any(p => p.Kind == kind))
            {
                return section;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind is not part of the template.");
    }

    /// <summary>A header field line as the template writes it: <c>**Name**: value</c>.</summary>
    public static string FieldLine(string name, string value) => $"**{name}**: {value}";

    private static TemplateSection Section(SectionKind kind, string heading, bool required, params string[] aliases) =>
        new(kind, heading, required, aliases, Array.Empty<TemplateSection>());
}
