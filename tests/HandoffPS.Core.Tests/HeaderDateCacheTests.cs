using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The process-wide cache of header dates: what it remembers, and that it starts again empty past its capacity. Runs
/// alone: it fills the cache that every other reading test shares.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public class HeaderDateCacheTests
{
    private static readonly DateTime Written = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private static readonly DateTime Read = Written.AddMinutes(1);

    [Fact]
    public void A_file_is_remembered_while_its_length_and_write_time_are_the_same()
    {
        DateTime? date = new DateTime(2026, 1, 2);
        HeaderDateCache.Add("/cache-test/a.md", 10, Written, date, Read);

        Assert.True(HeaderDateCache.TryGet("/cache-test/a.md", 10, Written, out DateTime? found));
        Assert.Equal(date, found);
        Assert.False(HeaderDateCache.TryGet("/cache-test/a.md", 11, Written, out _));
        Assert.False(HeaderDateCache.TryGet("/cache-test/a.md", 10, Written.AddTicks(1), out _));
        Assert.False(HeaderDateCache.TryGet("/cache-test/A.md", 10, Written, out _));
    }

    [Fact]
    public void A_file_written_within_the_settle_time_before_it_was_read_is_not_remembered()
    {
        HeaderDateCache.Add("/cache-test/fresh.md", 10, Written, null, Written + HeaderDateCache.Settle - TimeSpan.FromTicks(1));
        Assert.False(HeaderDateCache.TryGet("/cache-test/fresh.md", 10, Written, out _));

        HeaderDateCache.Add("/cache-test/settled.md", 10, Written, null, Written + HeaderDateCache.Settle);
        Assert.True(HeaderDateCache.TryGet("/cache-test/settled.md", 10, Written, out _));
    }

    [Fact]
    public void Past_its_capacity_the_cache_starts_again_with_the_newest_entry()
    {
        // Whatever other tests left in it, one more than the capacity of new entries empties it at least once after
        // the first of them was added.
        for (int i = 0; i <= HeaderDateCache.Capacity; i++)
        {
            HeaderDateCache.Add("/cache-test/cap/" + i, 1, Written, null, Read);
        }

        Assert.False(HeaderDateCache.TryGet("/cache-test/cap/0", 1, Written, out _));
        Assert.True(HeaderDateCache.TryGet("/cache-test/cap/" + HeaderDateCache.Capacity, 1, Written, out _));
    }
}
