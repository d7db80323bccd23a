using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests.Template;

/// <summary>
/// Every section of the template with its heading, whether it is required, and every other heading the reader takes
/// for it, written here by hand: a name dropped, changed or moved to another section fails a row.
/// </summary>
public class SectionNamesTests
{
    public static TheoryData<string, SectionKind, string, bool, string[]> Sections => new()
    {
        { "Summary", SectionKind.Summary, "Session Summary", true, new[] { "executive summary", "summary", "summary of what was done", "tl dr", "tldr", "overview" } },
        { "CompletedWork", SectionKind.CompletedWork, "Completed Work", true, new[] { "what shipped", "work completed this session", "work completed", "scope completed", "completed this session", "completed", "what was completed this session", "what was completed", "what was accomplished this session", "accomplishments", "done", "done with evidence", "what changed", "what changed facts only", "已完成" } },
        { "NextPriorities", SectionKind.NextPriorities, "Next Priorities", true, new[] { "next steps", "next session priorities", "pick up here", "top next actions", "recommended next actions", "immediate actions", "next actions", "next", "next session action plan", "next session", "todo", "to do" } },
        { "Blockers", SectionKind.Blockers, "Blockers/Questions", false, new[] { "blockers", "blockers challenges", "open questions", "deferred open questions", "blockers risks", "open risks", "questions", "blockers notes", "blockers dependencies", "current state blockers", "questions for next session", "risks", "open issues", "known issues" } },
        { "Decisions", SectionKind.Decisions, "Decisions Made", false, new[] { "decisions", "key decisions", "firm decisions this session", "firm decisions", "accepted decisions" } },
        { "KeyFiles", SectionKind.KeyFiles, "Key Files", false, new[] { "relevant files", "files changed", "files modified", "important files" } },
        { "References", SectionKind.References, "References", false, new[] { "links", "resources" } },
        { "Context", SectionKind.Context, "Context for Next Session", false, new[] { "key files for next session", "context for continuation", "context for next developer", "context" } },
    };

    private static TemplateSection Named(string property) =>
        (TemplateSection)typeof(HandoffTemplate).GetProperty(property)!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(Sections))]
    public void Each_section_has_its_heading_requirement_and_other_names(string property, SectionKind kind, string heading, bool required, string[] aliases)
    {
        TemplateSection section = Named(property);
        Assert.Equal(kind, section.Kind);
        Assert.Equal(heading, section.Heading);
        Assert.Equal(required, section.Required);
        Assert.Equal(aliases, section.Aliases);
    }

    /// <summary>Every heading and other name of <see cref="Sections"/>, with its section's kind.</summary>
    public static TheoryData<string, SectionKind> Names()
    {
        var names = new TheoryData<string, SectionKind>();
        foreach (object[] row in Sections)
        {
            names.Add((string)row[2], (SectionKind)row[1]);
            foreach (string alias in (string[])row[4])
            {
                names.Add(alias, (SectionKind)row[1]);
            }
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_heading_and_other_name_is_read_as_its_section(string name, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(name));
    }
}
