using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// How a priority line people write becomes a title and a reason: a bold title before a dash is the title and the
/// rest its reason; a bold label before a colon is as often a rank ("**Immediate**:") as a title, so the line is the
/// title, without its bold marks. Seen in real handoffs, where the title kept its stars before.
/// </summary>
public class PriorityLinesTests
{
    private static Priority Read(string line)
    {
        Handoff h = HandoffParser.Parse($"# Session Handoff: x\n\n**Date**: 2026-01-02\n\n## Next Priorities\n\n1. {line}\n", "2026-01-02-0000-x.md");
        return Assert.Single(h.NextPriorities);
    }

    [Theory]
    [InlineData("**FIX Inngest trigger** - Something blocking webhook delivery", "FIX Inngest trigger", "Something blocking webhook delivery")]
    [InlineData("**Run migrations** — 0002_add_shipping_json.py not yet applied", "Run migrations", "0002_add_shipping_json.py not yet applied")]
    [InlineData("**Phase 4: Confidence scheduling** – integrate confidence head", "Phase 4: Confidence scheduling", "integrate confidence head")]
    [InlineData("**Finish the PDF layout** (page breaks in long tables)", "Finish the PDF layout", "page breaks in long tables")]
    [InlineData("**Immediate**: Simplify the calculator", "Immediate: Simplify the calculator", null)]
    [InlineData("**Populate OpenRouter Config:** Add more models", "Populate OpenRouter Config: Add more models", null)]
    [InlineData("**Rewrite yahoo-eod.ts** to Bronze v2.0", "**Rewrite yahoo-eod.ts** to Bronze v2.0", null)]
    [InlineData("**a-b**-c", "**a-b**-c", null)]
    [InlineData("Fix auth - urgent", "Fix auth - urgent", null)]
    [InlineData("**Label**:", "**Label**:", null)]
    public void A_bold_lead_is_the_title_before_a_dash_and_part_of_it_before_a_colon(string line, string title, string? reason)
    {
        Priority p = Read(line);

        Assert.Equal(title, p.Title);
        Assert.Equal(reason, p.Reason);
    }

    [Theory]
    [InlineData("**FIX Inngest trigger** - Something blocking webhook delivery")]
    [InlineData("**Immediate**: Simplify the calculator")]
    public void What_is_read_is_written_in_the_canonical_shape_and_read_back_the_same(string line)
    {
        Handoff h = HandoffParser.Parse($"# Session Handoff: x\n\n**Date**: 2026-01-02\n**Time**: 10:00:00\n\n## Next Priorities\n\n1. {line}\n", "2026-01-02-1000-x.md");
        Priority first = Assert.Single(h.NextPriorities);

        Priority again = Assert.Single(HandoffParser.Parse(HandoffRenderer.Render(h), "2026-01-02-1000-x.md").NextPriorities);

        Assert.Equal(first.Title, again.Title);
        Assert.Equal(first.Reason, again.Reason);
    }
}
