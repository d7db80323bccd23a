using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Series;

namespace HandoffPS.Core.Tests;

public class HandoffOrderTests
{
    private static Handoff At(string fileName, DateTime? date, string description) =>
        new() { FileName = fileName, Path = "/p/" + fileName, Date = date, Description = description };

    [Fact]
    public void Orders_by_the_handoffs_own_timestamp_not_by_the_name()
    {
        Handoff namedNewest = At("2025-10-29-0900-a.md", new DateTime(2025, 10, 27, 9, 0, 0), "named newest");
        Handoff datedNewest = At("2025-10-28-0900-b.md", new DateTime(2025, 10, 30, 9, 0, 0), "dated newest");

        Assert.Equal(new[] { "named newest", "dated newest" }, HandoffOrder.Sort(new[] { datedNewest, namedNewest }).Select(h => h.Description));
        Assert.Same(datedNewest, HandoffOrder.Latest(new[] { namedNewest, datedNewest }));
        Assert.True(HandoffOrder.Instance.Compare(namedNewest, datedNewest) < 0);
    }

    [Fact]
    public void Falls_back_to_the_timestamp_in_the_file_name()
    {
        Handoff fromName = At("20251101-0800-compact.md", null, "from name");
        Handoff dated = At("2025-10-31-0900-x.md", new DateTime(2025, 10, 31, 9, 0, 0), "dated");

        Assert.Equal(new DateTime(2025, 11, 1, 8, 0, 0), HandoffOrder.Timestamp(fromName));
        Assert.Same(fromName, HandoffOrder.Latest(new[] { fromName, dated }));
    }

    [Fact]
    public void Breaks_ties_by_the_name_timestamp_then_the_file_name_then_keeps_the_given_order()
    {
        var when = new DateTime(2025, 10, 27, 9, 30, 0);
        Handoff b = At("2025-10-27-0930-b.md", when, "b");
        Handoff a = At("2025-10-27-0930-a.md", when, "a");
        Handoff first = new() { FileName = "same.md", Date = when, Description = "first" };
        Handoff second = new() { FileName = "same.md", Date = when, Description = "second" };

        Assert.Equal(new[] { "first", "second", "a", "b" }, HandoffOrder.Sort(new[] { b, first, a, second }).Select(h => h.Description));
        Assert.Equal(0, HandoffOrder.Instance.Compare(first, second));
        Assert.True(HandoffOrder.Instance.Compare(first, a) < 0);
        Assert.True(HandoffOrder.Instance.Compare(b, a) > 0);
    }

    [Fact]
    public void With_equal_header_times_the_earlier_name_timestamp_comes_first_even_when_its_name_sorts_later()
    {
        var when = new DateTime(2025, 10, 27, 9, 30, 0);
        // By ordinal, "2025-10-28-…" < "20251027-…"; by the names' timestamps, 27 October 10:00 is earlier.
        Handoff later = At("2025-10-28-0900-later.md", when, "later");
        Handoff earlier = At("20251027-1000-earlier.md", when, "earlier");

        Assert.Equal(new[] { "earlier", "later" }, HandoffOrder.Sort(new[] { later, earlier }).Select(h => h.Description));
        Assert.True(HandoffOrder.Instance.Compare(later, earlier) > 0);
        Assert.True(HandoffOrder.Instance.Compare(earlier, later) < 0);
    }

    [Fact]
    public void An_undated_handoff_is_never_the_latest()
    {
        Handoff undated = At("notes.md", null, "undated");
        Handoff dated = At("2000-01-01-0000-old.md", new DateTime(2000, 1, 1), "old");

        Assert.Null(HandoffOrder.Timestamp(undated));
        Assert.Equal(new[] { "undated", "old" }, HandoffOrder.Sort(new[] { dated, undated }).Select(h => h.Description));
        Assert.True(HandoffOrder.Instance.Compare(null, undated) < 0);
        Assert.Null(HandoffOrder.Latest(Array.Empty<Handoff>()));
    }

    [Fact]
    public void The_series_and_the_index_use_the_same_order()
    {
        Handoff namedNewest = At("2025-10-29-0900-a.md", new DateTime(2025, 10, 27, 9, 0, 0), "named newest");
        Handoff datedNewest = At("2025-10-28-0900-b.md", new DateTime(2025, 10, 30, 9, 0, 0), "dated newest");

        Assert.Same(datedNewest, HandoffSeries.Order(new[] { datedNewest, namedNewest })[^1]);
        string index = HandoffIndex.Render(new[] { namedNewest, datedNewest }, "/p");
        Assert.True(index.IndexOf("dated newest", StringComparison.Ordinal) < index.IndexOf("named newest", StringComparison.Ordinal));
    }

    [Fact]
    public void Nulls_among_the_handoffs_are_passed_over_by_latest_and_sort()
    {
        Handoff older = At("2025-10-27-0900-a.md", null, "older");
        Handoff newer = At("2025-10-28-0900-b.md", null, "newer");

        Assert.Same(newer, HandoffOrder.Latest(new[] { null!, newer, null!, older, null! }));
        Assert.Null(HandoffOrder.Latest(new Handoff[] { null!, null! }));
        Assert.Equal(new[] { "older", "newer" }, HandoffOrder.Sort(new[] { null!, newer, older }).Select(h => h.Description));
    }

    [Fact]
    public void Without_a_file_name_the_timestamp_is_read_from_the_paths_name_and_without_either_there_is_none()
    {
        Assert.Equal(new DateTime(2025, 10, 28, 9, 0, 0), HandoffOrder.Timestamp(new Handoff { Path = "/p/2025-10-28-0900-b.md", Description = "x" }));
        Assert.Null(HandoffOrder.Timestamp(new Handoff { Description = "no name, no path" }));
    }
}
