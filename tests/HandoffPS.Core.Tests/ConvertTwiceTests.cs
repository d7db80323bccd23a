using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Converting twice is converting once: for every file the reader takes, convert(read(convert(read(x)))) is
/// convert(read(x)). The shapes here are the ones an adversarial run (and the fuzzer since) found converting to other
/// text the second time; the fuzzer in AdversarialTests checks thousands more.
/// </summary>
public class ConvertTwiceTests
{
    private static string Convert(string markdown, string name = "2026-01-02-0304-x.md") => HandoffRenderer.Render(HandoffParser.Parse(markdown, name));

    public static TheoryData<string, string> Shapes => new()
    {
        { "indented code that would become a heading", "# Session Handoff: x\n\n## Notes\n\n    #\n    # code\n\n## Summary\n\nText.\n" },
        { "a fence at the end of the Context section", "# Session Handoff: x\n\n## Context for Next Session\n\n**Decisions Made**:\n\n- one\n\n```\n" },
        { "an empty heading before an unclosed fence", "# Session Handoff: x\n\n## \n\n```\n## Next Steps\n- a\n" },
        { "an empty heading with fields under it", "# Session Handoff: x\n\n## Summary\n\nDone.\n\n## \n\n**Branch**: main\n**Owner**: ops\n" },
        { "an empty H1 after the title", "# Session Handoff: x\n\n#\n\n**Date**: 2026-01-01\n\n## Summary\n\nS.\n" },
        { "front matter that is not YAML", "---\ntitle: x\n  bad: [\n-->\n---\n\n# Summary\n\nText.\n" },
        { "empty front matter", "---\n---\n---\ntitle: x\n---\n\n## Summary\n\nText.\n" },
        { "an unclosed fence in the summary", "# Session Handoff: x\n\n## Summary\n- Copy the tables\n````\nLast minute.\n\n# Session Handoff: y\n" },
        { "a history H1 before the title", "- item\n\n### Previous Work\n\n# Pager rotation cleanup\n\n**Date:** July 30, 2025, 7:15 AM PT\n**Branch:** chore/pager\n\n## Summary\n\nRebuilt.\n" },
        { "H1 sections with a history heading", "# Previous Session Context\n\nNotes.\n# Previous Session Context\n\nNotes.\n\n## Latest Session\n\n**Date:** 2026-03-01 02:57:54 PM EST\n" },
        { "a branch in a list of a template section", "# End-of-Day Notes\n\n## Workflow\n\n## Purpose\n\n## Current State\n\n- Date: 2026-05-14\n\n## Context for Next Session\n\n- Branch: `main`\n" },
        { "a field far below, in a section conversion moves up", "# A\n\n**Date**: 2025-11-09\n\n## Mission\n\nM.\n\n## Completed Work\n\n- done\n" + string.Concat(Enumerable.Repeat("- filler\n", 200)) + "\n## Pending Work\n\n**Active Branch:** feat/am\n" },
        { "a Branch section whose first line is a field", "# Session Handoff: S\n\n## Date\n\nDecember 31, 2024\n\n## Branch\n\nYAML keys: `low_tf`, `med_tf` (pointer).\nNever use: `ltf`.\n\n## Summary\n\nFields as sections.\n" },
        { "a repeated branch line", "# Session Handoff ? 2026-06-08 ? Mascot\n\n- Branch: `ui/mascot`\n- Branch: `ui/mascot`\n" },
        { "an HTML block that hid a list", "# Session Handoff — S\n\n**Author:** Claude\n\n## 1. Summary\n- done\n<div>\n## 2. Where it started\n- **Branch (A):** work merged to `main`. **Branch (B):** `feature/x`\n" },
        { "a field key with a colon", "# Board cleanup\n\n| ✅ No coordinat:on conflicts | **PASS** |\n| ✅ Governance | **PASS** |\n**Updated:** 2026-07-19\n\n## Summary\n\nOld cards archived.\n" },
        { "a date as the whole title", "**Key Files**:\nKiosk.\n**Decisions Made**:\nDate:** \n\n2026-06-28" },
        { "a title ending in #", "! #" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Converting_the_converted_text_gives_the_same_text(string what, string markdown)
    {
        string once = Convert(markdown);
        string twice = Convert(once);

        Assert.True(once == twice, $"{what}: {HandoffPS.Adversarial.Fuzzer.FirstDifference(once, twice)}\n--- once:\n{once}\n--- twice:\n{twice}");
    }

    [Fact]
    public void What_the_converted_text_could_not_keep_as_it_was_is_kept_as_code()
    {
        // The field sits far below the header in the file (after notes that conversion does not keep); converted, the
        // section it is in comes close under the header, where it would become the handoff's branch: so the section is
        // written as code.
        string markdown = "# A\n\n**Date**: 2025-11-09\n\n## Completed Work\n\n- done\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"Note {i}.\n\n"))
            + "## Working Notes\n\n**Active Branch:** feat/am\n";
        Handoff read = HandoffParser.Parse(markdown, "2025-11-09-0000-a.md");

        string once = HandoffRenderer.Render(read);

        Assert.Null(read.Branch);
        Assert.Null(HandoffParser.Parse(once, "2025-11-09-0000-a.md").Branch);
        Assert.Contains("## Working Notes\n\n```\n**Active Branch:** feat/am\n```\n", once);
        Assert.Equal(once, Convert(once, "2025-11-09-0000-a.md"));
    }

    [Theory]
    [InlineData("## Blockers *: DST is unclear\n", "**Blockers**: DST is unclear\n")]
    [InlineData("| Owner | ops |\n| 1.2 *| 2026-03-04 |\n", "**Owner**: ops\n**1.2**: 2026-03-04\n")]
    [InlineData("| Note ：| kept |\n", "**Note**: kept\n")]
    public void A_kept_field_s_key_is_written_without_the_space_or_colon_at_its_end(string lines, string fields)
    {
        // The key as read ("Blockers *", "1.2 *") loses its star when written; the space before the star would end the
        // bold text ("**1.2 **" is no bold), and the key read back would be another.
        string once = Convert("# Session Handoff: Zones\n\n" + lines);

        Assert.Equal("# Session Handoff: Zones\n\n**Date**: 2026-01-02\n**Time**: 03:04:00\n" + fields, once);
        Assert.Equal(once, Convert(once));
    }

    [Fact]
    public void A_date_in_a_front_matter_title_is_in_the_converted_header()
    {
        string once = Convert("---\ntitle: Billing export 2026-02-16\n---\n\n## Summary\n\nRows stream.\n", "notes.md");

        Assert.Equal("# Session Handoff: Billing export 2026-02-16\n\n**Date**: 2026-02-16\n**Time**: 00:00:00\n\n## Session Summary\n\nRows stream.\n", once);
        Assert.Equal(once, Convert(once, "notes.md"));
    }

    [Fact]
    public void A_heading_date_that_conversion_brings_into_the_header_s_reach_is_stated_in_the_header()
    {
        // Fifth section, the heading is beyond the header's reach; converted, the empty sections before it are gone and
        // it is the first: its date is read then, even with the section's text written as code. So the converted header
        // states it.
        string markdown = "# Fleet dashboard\n\n## Summary\n\n## Completed Work\n\n## Next Steps\n\n## Blockers\n\n"
            + "## Where things stand (2026-10-05)\n\n**Branch**: elsewhere\n";

        string once = Convert(markdown, "fleet.md");

        Assert.Null(HandoffParser.Parse(markdown, "fleet.md").Date);
        Assert.Equal("# Session Handoff: Fleet dashboard\n\n**Date**: 2026-10-05\n**Time**: 00:00:00\n\n"
            + "## Where things stand (2026-10-05)\n\n```\n**Branch**: elsewhere\n```\n", once);
        Assert.Equal(once, Convert(once, "fleet.md"));
    }

    [Fact]
    public void A_fence_never_closed_is_kept_whole()
    {
        // Markdig ends such a block right after its backticks: the rest of the section was lost, and the emoji after the
        // backticks cut in two (a lone surrogate, which UTF-8 writes as U+FFFD).
        string markdown = "# Session Handoff: x\n\n## Notes\n\n````\U0001F680 **Task 3**\n\n- Fresh branch\n";

        string once = Convert(markdown);

        Assert.Equal("````\U0001F680 **Task 3**\n\n- Fresh branch", HandoffParser.Parse(markdown).OtherSections.Single().Markdown);
        Assert.Equal("# Session Handoff: x\n\n**Date**: 2026-01-02\n**Time**: 03:04:00\n\n## Notes\n\n````\U0001F680 **Task 3**\n\n- Fresh branch\n", once);
        Assert.Equal(once, Convert(System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(once))));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void A_carriage_return_ends_a_line_for_the_nesting_limit_as_for_the_parser(string lineBreak)
    {
        // The parser reads a lone carriage return as a line break: the 200 spaces after it indent a line, which converted
        // is written after a line feed, where the limit refused it.
        string text = "# Session Handoff: x\n\nText" + lineBreak + new string(' ', 200) + "more\n";

        var e = Assert.Throws<HandoffException>(() => HandoffParser.ParseBytes(System.Text.Encoding.UTF8.GetBytes(text), "2026-01-01-0000-x.md"));

        Assert.Equal(HandoffErrorIds.HandoffUnreadable, e.ErrorId);
        Assert.StartsWith("line 4 ", MarkdownLimits.TooDeep(text));
        Assert.StartsWith("line 3 ", MarkdownLimits.TooDeep("a" + lineBreak + lineBreak + new string(' ', 200) + "b"));
    }

    [Fact]
    public void Nesting_deeper_than_the_parser_allows_is_refused_before_parsing()
    {
        string levels = string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', 2 * i) + "- level\n"));
        string quotes = new string('>', 10_000) + " deep\n";

        Assert.Contains("nested more than 128 levels", MarkdownLimits.TooDeep(levels));
        Assert.StartsWith("line 6", MarkdownLimits.TooDeep(levels));
        Assert.Contains("line 1 ", MarkdownLimits.TooDeep(quotes));
        Assert.Null(MarkdownLimits.TooDeep(string.Concat(Enumerable.Range(0, 60).Select(i => new string(' ', 2 * i) + "- level\n"))));
        Assert.Null(MarkdownLimits.TooDeep(new string('>', 127) + " deep"));
        string twoThousand = string.Concat(Enumerable.Range(0, 1_400).Select(i => new string(' ', 2 * i) + "- level\n"));
        var e = Assert.Throws<HandoffException>(() => HandoffParser.ParseBytes(System.Text.Encoding.UTF8.GetBytes(twoThousand), "2026-01-01-0000-deep.md"));
        Assert.Contains("nested more than 128 levels", e.Message);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, e.ErrorId);
    }
}
