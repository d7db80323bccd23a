using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests.Template;

/// <summary>
/// The words <see cref="SectionKeywords"/> reads a heading by, one row each, with the part each names written here by
/// hand; and every word after "next" that says who a section is for, and every word that says blockers were settled.
/// </summary>
public class SectionKeywordsTests
{
    [Theory]
    [InlineData("decision", SectionKind.Decisions)]
    [InlineData("decisions", SectionKind.Decisions)]
    [InlineData("next", SectionKind.NextPriorities)]
    [InlineData("todo", SectionKind.NextPriorities)]
    [InlineData("todos", SectionKind.NextPriorities)]
    [InlineData("recommendations", SectionKind.NextPriorities)]
    [InlineData("followup", SectionKind.NextPriorities)]
    [InlineData("priority", SectionKind.NextPriorities)]
    [InlineData("priorities", SectionKind.NextPriorities)]
    [InlineData("remaining", SectionKind.NextPriorities)]
    [InlineData("pending", SectionKind.NextPriorities)]
    [InlineData("outstanding", SectionKind.NextPriorities)]
    [InlineData("unfinished", SectionKind.NextPriorities)]
    [InlineData("incomplete", SectionKind.NextPriorities)]
    [InlineData("notes to do here", SectionKind.NextPriorities)]
    [InlineData("notes follow up here", SectionKind.NextPriorities)]
    [InlineData("notes action items here", SectionKind.NextPriorities)]
    [InlineData("notes not started here", SectionKind.NextPriorities)]
    [InlineData("notes not done here", SectionKind.NextPriorities)]
    [InlineData("notes not yet here", SectionKind.NextPriorities)]
    [InlineData("notes still needs here", SectionKind.NextPriorities)]
    [InlineData("notes still to do here", SectionKind.NextPriorities)]
    [InlineData("notes do this first here", SectionKind.NextPriorities)]
    [InlineData("blocker", SectionKind.Blockers)]
    [InlineData("blockers", SectionKind.Blockers)]
    [InlineData("blocked", SectionKind.Blockers)]
    [InlineData("blocking", SectionKind.Blockers)]
    [InlineData("issue", SectionKind.Blockers)]
    [InlineData("issues", SectionKind.Blockers)]
    [InlineData("problem", SectionKind.Blockers)]
    [InlineData("problems", SectionKind.Blockers)]
    [InlineData("question", SectionKind.Blockers)]
    [InlineData("questions", SectionKind.Blockers)]
    [InlineData("risk", SectionKind.Blockers)]
    [InlineData("risks", SectionKind.Blockers)]
    [InlineData("concern", SectionKind.Blockers)]
    [InlineData("concerns", SectionKind.Blockers)]
    [InlineData("challenges", SectionKind.Blockers)]
    [InlineData("completed", SectionKind.CompletedWork)]
    [InlineData("accomplished", SectionKind.CompletedWork)]
    [InlineData("accomplishment", SectionKind.CompletedWork)]
    [InlineData("accomplishments", SectionKind.CompletedWork)]
    [InlineData("achievements", SectionKind.CompletedWork)]
    [InlineData("achieved", SectionKind.CompletedWork)]
    [InlineData("done", SectionKind.CompletedWork)]
    [InlineData("shipped", SectionKind.CompletedWork)]
    [InlineData("finished", SectionKind.CompletedWork)]
    [InlineData("delivered", SectionKind.CompletedWork)]
    [InlineData("fixed", SectionKind.CompletedWork)]
    [InlineData("resolved", SectionKind.CompletedWork)]
    [InlineData("notes changes made here", SectionKind.CompletedWork)]
    [InlineData("notes what we did here", SectionKind.CompletedWork)]
    [InlineData("notes what i did here", SectionKind.CompletedWork)]
    [InlineData("notes work done here", SectionKind.CompletedWork)]
    [InlineData("file", SectionKind.KeyFiles)]
    [InlineData("files", SectionKind.KeyFiles)]
    [InlineData("reference", SectionKind.References)]
    [InlineData("references", SectionKind.References)]
    [InlineData("links", SectionKind.References)]
    [InlineData("resources", SectionKind.References)]
    public void Every_word_and_phrase_names_its_part(string key, SectionKind kind)
    {
        Assert.Equal(kind, SectionKeywords.Classify(key));
        Assert.Equal(kind, SectionKeywords.Classify("misc " + key + " misc"));
    }

    [Theory]
    [InlineData("session")]
    [InlineData("sessions")]
    [InlineData("agent")]
    [InlineData("agents")]
    [InlineData("developer")]
    [InlineData("time")]
    [InlineData("js")]
    public void Next_followed_by_who_reads_it_or_a_name_is_not_what_comes_next(string word)
    {
        Assert.Equal(SectionKind.Other, SectionKeywords.Classify("next " + word));
        Assert.Equal(SectionKind.NextPriorities, SectionKeywords.Classify("next " + word + " todo"));
        Assert.Equal(SectionKind.NextPriorities, SectionKeywords.Classify("next steps " + word));
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("resolved")]
    [InlineData("solved")]
    [InlineData("closed")]
    public void Blockers_said_to_be_settled_are_completed_work(string word)
    {
        Assert.Equal(SectionKind.CompletedWork, SectionKeywords.Classify("issues " + word));
        Assert.Equal(SectionKind.CompletedWork, SectionKeywords.Classify(word + " questions"));
        Assert.Equal(SectionKind.Blockers, SectionKeywords.Classify("issues"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("environment")]
    [InlineData("solved")]
    [InlineData("closed")]
    [InlineData("issue 7")]
    [InlineData("setup for next session")]
    [InlineData("for the next agent")]
    public void Words_of_no_part_are_other(string key)
    {
        Assert.Equal(SectionKind.Other, SectionKeywords.Classify(key));
    }
}
