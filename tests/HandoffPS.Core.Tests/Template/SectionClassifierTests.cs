using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

/// <summary>Section headings map to the template by meaning: every known name, and the words around them.</summary>
public class SectionClassifierTests
{
    [Theory]
    [InlineData("Session Summary", SectionKind.Summary)]
    [InlineData("Executive Summary", SectionKind.Summary)]
    [InlineData("1. Summary", SectionKind.Summary)]
    [InlineData("Summary of what was done", SectionKind.Summary)]
    [InlineData("TL;DR", SectionKind.Summary)]
    [InlineData("TLDR", SectionKind.Summary)]
    [InlineData("Overview", SectionKind.Summary)]
    [InlineData("Completed Work", SectionKind.CompletedWork)]
    [InlineData("What Shipped", SectionKind.CompletedWork)]
    [InlineData("Work Completed This Session", SectionKind.CompletedWork)]
    [InlineData("Work Completed", SectionKind.CompletedWork)]
    [InlineData("Scope Completed", SectionKind.CompletedWork)]
    [InlineData("Completed This Session", SectionKind.CompletedWork)]
    [InlineData("✅ Completed", SectionKind.CompletedWork)]
    [InlineData("What Was Completed This Session", SectionKind.CompletedWork)]
    [InlineData("What was completed", SectionKind.CompletedWork)]
    [InlineData("What Was Accomplished This Session", SectionKind.CompletedWork)]
    [InlineData("🎉 Accomplishments", SectionKind.CompletedWork)]
    [InlineData("Done", SectionKind.CompletedWork)]
    [InlineData("Done (with evidence)", SectionKind.CompletedWork)]
    [InlineData("What Changed", SectionKind.CompletedWork)]
    [InlineData("What Changed (Facts Only)", SectionKind.CompletedWork)]
    [InlineData("已完成", SectionKind.CompletedWork)]
    [InlineData("Next Priorities", SectionKind.NextPriorities)]
    [InlineData("Next Steps", SectionKind.NextPriorities)]
    [InlineData("📞 Next Session Priorities", SectionKind.NextPriorities)]
    [InlineData("Pick up here", SectionKind.NextPriorities)]
    [InlineData("Top Next Actions", SectionKind.NextPriorities)]
    [InlineData("Recommended Next Actions", SectionKind.NextPriorities)]
    [InlineData("Immediate Actions", SectionKind.NextPriorities)]
    [InlineData("Next Actions", SectionKind.NextPriorities)]
    [InlineData("Next", SectionKind.NextPriorities)]
    [InlineData("Next Session Action Plan", SectionKind.NextPriorities)]
    [InlineData("Next Session", SectionKind.NextPriorities)]
    [InlineData("TODO", SectionKind.NextPriorities)]
    [InlineData("To-do", SectionKind.NextPriorities)]
    [InlineData("Blockers/Questions", SectionKind.Blockers)]
    [InlineData("Blockers", SectionKind.Blockers)]
    [InlineData("Blockers & Challenges", SectionKind.Blockers)]
    [InlineData("Open Questions", SectionKind.Blockers)]
    [InlineData("Deferred / Open Questions", SectionKind.Blockers)]
    [InlineData("Blockers / Risks", SectionKind.Blockers)]
    [InlineData("Open Risks", SectionKind.Blockers)]
    [InlineData("Questions", SectionKind.Blockers)]
    [InlineData("Blockers & Notes", SectionKind.Blockers)]
    [InlineData("Blockers/Dependencies", SectionKind.Blockers)]
    [InlineData("Current State & Blockers", SectionKind.Blockers)]
    [InlineData("Questions for Next Session", SectionKind.Blockers)]
    [InlineData("Risks", SectionKind.Blockers)]
    [InlineData("Open Issues", SectionKind.Blockers)]
    [InlineData("Known Issues", SectionKind.Blockers)]
    [InlineData("Context for Next Session", SectionKind.Context)]
    [InlineData("Key Files for Next Session", SectionKind.Context)]
    [InlineData("Context for Continuation", SectionKind.Context)]
    [InlineData("Context for Next Developer", SectionKind.Context)]
    [InlineData("Context", SectionKind.Context)]
    [InlineData("Decisions", SectionKind.Decisions)]
    [InlineData("Decisions Made", SectionKind.Decisions)]
    [InlineData("Key Decisions", SectionKind.Decisions)]
    [InlineData("Firm decisions this session", SectionKind.Decisions)]
    [InlineData("Firm Decisions", SectionKind.Decisions)]
    [InlineData("Accepted Decisions", SectionKind.Decisions)]
    [InlineData("Key Files", SectionKind.KeyFiles)]
    [InlineData("Relevant Files", SectionKind.KeyFiles)]
    [InlineData("Files Changed", SectionKind.KeyFiles)]
    [InlineData("Files Modified", SectionKind.KeyFiles)]
    [InlineData("Important Files", SectionKind.KeyFiles)]
    [InlineData("References", SectionKind.References)]
    [InlineData("Links", SectionKind.References)]
    [InlineData("Resources", SectionKind.References)]
    public void Every_known_heading_maps_to_its_part(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    [InlineData("Next Steps: Phase 2", SectionKind.NextPriorities)]
    [InlineData("Completed Work Summary", SectionKind.CompletedWork)]
    [InlineData("Open Questions for Later", SectionKind.Blockers)]
    [InlineData("Key Files Touched", SectionKind.KeyFiles)]
    [InlineData("Summary Notes", SectionKind.Other)]
    [InlineData("Next Up", SectionKind.NextPriorities)]
    [InlineData("Next Stepsx", SectionKind.NextPriorities)]
    [InlineData("Dead ends", SectionKind.Other)]
    [InlineData("", SectionKind.Other)]
    [InlineData("Phase 3 Tier 1 Accomplishments", SectionKind.CompletedWork)]
    public void A_known_name_of_two_words_or_more_may_be_followed_by_more_words(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    // Done work, by its words.
    [InlineData("What Was Done", SectionKind.CompletedWork)]
    [InlineData("What Was Accomplished (P0)", SectionKind.CompletedWork)]
    [InlineData("Summary of Accomplishments", SectionKind.CompletedWork)]
    [InlineData("Session Achievements ✅", SectionKind.CompletedWork)]
    [InlineData("What Was Just Completed (2026-05-13)", SectionKind.CompletedWork)]
    [InlineData("3. Current Status & Work Completed", SectionKind.CompletedWork)]
    [InlineData("Completed features", SectionKind.CompletedWork)]
    [InlineData("🛠 Changes Made", SectionKind.CompletedWork)]
    [InlineData("Issues Fixed", SectionKind.CompletedWork)]
    // What is still to do comes before done work: "done" is in it.
    [InlineData("Immediate Next Steps", SectionKind.NextPriorities)]
    [InlineData("Immediate Next Steps for Next Session", SectionKind.NextPriorities)]
    [InlineData("Do This First Next Session", SectionKind.NextPriorities)]
    [InlineData("What Still Needs to Be Done", SectionKind.NextPriorities)]
    [InlineData("Next action (the one thing)", SectionKind.NextPriorities)]
    [InlineData("NEXT PRIORITY: Phase 2 TDD Test Suite Creation", SectionKind.NextPriorities)]
    [InlineData("Priority Order for Next Sessions", SectionKind.NextPriorities)]
    [InlineData("Recommendations for Next Session", SectionKind.NextPriorities)]
    [InlineData("Not Started (but relevant)", SectionKind.NextPriorities)]
    [InlineData("Remaining Work", SectionKind.NextPriorities)]
    // Blockers, unless settled; what is left of them is still blockers.
    [InlineData("Open Problems", SectionKind.Blockers)]
    [InlineData("Remaining Issues", SectionKind.Blockers)]
    [InlineData("🚨 CRITICAL QUESTIONS TO ANSWER", SectionKind.Blockers)]
    [InlineData("🔴 ACTIVE ISSUE: Inngest Trigger Not Working", SectionKind.Blockers)]
    [InlineData("Issue #7", SectionKind.Other)]
    // The other parts.
    [InlineData("Configuration Decisions Made:", SectionKind.Decisions)]
    [InlineData("Decisions Made (buyer-inquiry)", SectionKind.Decisions)]
    [InlineData("Files to Reference", SectionKind.KeyFiles)]
    [InlineData("Open Workspaces / Key Files", SectionKind.KeyFiles)]
    [InlineData("Files to Read Next Session", SectionKind.KeyFiles)]
    [InlineData("📚 Reference Documents", SectionKind.References)]
    [InlineData("Resources for Next Session", SectionKind.References)]
    // "For next session" says who reads it; the words before decide, and may name no part.
    [InlineData("Environment Setup (for Next Session)", SectionKind.Other)]
    [InlineData("Useful Commands for Next Session", SectionKind.Other)]
    [InlineData("What Next Session Needs", SectionKind.Other)]
    [InlineData("Next.js Migration", SectionKind.Other)]
    [InlineData("Where We Left Off", SectionKind.Other)]
    [InlineData("Key Learnings", SectionKind.Other)]
    public void A_heading_no_known_name_matches_is_classified_by_its_words(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    [InlineData("## 1. Next Steps", "next steps")]
    [InlineData("Blockers/Questions", "blockers questions")]
    [InlineData("  TL;DR  ", "tl dr")]
    [InlineData("Phase 2: Rollout", "phase 2 rollout")]
    [InlineData("v 2", "v 2")]
    [InlineData("Step2", "step2")]
    [InlineData("2026 Plan", "plan")]
    [InlineData("📞 Next", "next")]
    [InlineData("Re\u0301sume\u0301 Notes", "resume notes")]
    [InlineData("ÉTÉ", "été")]
    [InlineData("Done  --  now", "done now")]
    [InlineData("A 1", "a 1")]
    [InlineData("", "")]
    [InlineData("!!!", "")]
    public void Normalize_keeps_lower_case_words_and_numbers_inside(string heading, string expected)
    {
        Assert.Equal(expected, SectionClassifier.Normalize(heading));
    }

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
    [InlineData("Deal notes", SectionKind.Other)]
    [InlineData("Done", SectionKind.CompletedWork)]
    public void Only_names_of_two_words_or_more_take_trailing_words(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionClassifier.Classify(heading));
    }

    [Theory]
    [InlineData("Blockers/Issues", SectionKind.Blockers)]
    [InlineData("Blockers & Risks", SectionKind.Blockers)]
    [InlineData("Known Blockers", SectionKind.Blockers)]
    [InlineData("3. Current blocker", SectionKind.Blockers)]
    [InlineData("Blocked on", SectionKind.Blockers)]
    [InlineData("Unblocked", SectionKind.Other)]
    [InlineData("Blockchain notes", SectionKind.Other)]
    [InlineData("Next steps after the blockers", SectionKind.NextPriorities)]
    public void The_word_blocker_anywhere_in_a_heading_makes_it_the_blockers_section(string heading, SectionKind kind)
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
