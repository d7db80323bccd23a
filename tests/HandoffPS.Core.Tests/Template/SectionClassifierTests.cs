using HandoffPS.Core;

namespace HandoffPS.Core.Tests;

public class SectionClassifierTests
{
    [Theory]
    [InlineData("Session Summary", SectionKind.Summary)]
    [InlineData("Completed Work", SectionKind.CompletedWork)]
    [InlineData("Next Priorities", SectionKind.NextPriorities)]
    [InlineData("Blockers/Questions", SectionKind.Blockers)]
    [InlineData("Context for Next Session", SectionKind.Context)]
    [InlineData("Decisions Made", SectionKind.Decisions)]
    [InlineData("Key Files", SectionKind.KeyFiles)]
    [InlineData("References", SectionKind.References)]
    public void The_canonical_headings_map_to_their_sections(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    [InlineData("Executive Summary", SectionKind.Summary)]
    [InlineData("TL;DR", SectionKind.Summary)]
    [InlineData("What Shipped", SectionKind.CompletedWork)]
    [InlineData("Next Steps", SectionKind.NextPriorities)]
    [InlineData("Open Questions", SectionKind.Blockers)]
    [InlineData("Key Files for Next Session", SectionKind.Context)]
    [InlineData("Key Decisions", SectionKind.Decisions)]
    [InlineData("Relevant Files", SectionKind.KeyFiles)]
    [InlineData("Links", SectionKind.References)]
    public void Aliases_map_to_their_sections(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    [InlineData("1. ✅ Completed Work", SectionKind.CompletedWork)]
    [InlineData("**Next Priorities**", SectionKind.NextPriorities)]
    [InlineData("Next Steps: Phase 2", SectionKind.NextPriorities)]
    [InlineData("Completed Work Summary", SectionKind.CompletedWork)]
    public void Numbering_markup_and_trailing_words_are_ignored(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    [InlineData("Dead ends", SectionKind.Other)]
    [InlineData("Done deal", SectionKind.Other)]
    [InlineData("Done", SectionKind.CompletedWork)]
    public void Only_names_of_two_words_or_more_take_trailing_words(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    [InlineData("## 1. Blockers/Questions!", "blockers questions")]
    [InlineData("Phase 2 — Café", "phase 2 café")]
    [InlineData("2. Next", "next")]
    public void Normalize_keeps_lower_case_words_and_inner_digits(string heading, string normalized)
    {
        Assert.Equal(normalized, SectionClassifier.Normalize(heading));
    }
}
