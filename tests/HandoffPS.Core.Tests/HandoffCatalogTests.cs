using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

/// <summary>
/// Handoff files put in order from their headers (<see cref="HandoffCatalog"/>), read in full only as needed, and
/// streamed in that order with reads ahead (<see cref="ReadAhead"/>); a file's remembered date follows the file.
/// </summary>
public class HandoffCatalogTests
{
    private static string Canonical(string description, DateTime date) =>
        $"# Session Handoff: {description}\n\n**Date**: {date:yyyy-MM-dd}\n**Time**: {date:HH:mm:ss}\n**Branch**: main\n\n## Completed Work\n\n- ✅ {description}\n";

    /// <summary>Writes a handoff named for <paramref name="named"/> whose header says <paramref name="dated"/>, written long enough ago to be remembered.</summary>
    private static string Write(string folder, string description, DateTime named, DateTime dated)
    {
        string path = Path.Combine(folder, $"{named:yyyy-MM-dd-HHmm}-{description}.md");
        File.WriteAllText(path, Canonical(description, dated));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        return path;
    }

    [Fact]
    public void Many_files_whose_headers_disagree_with_their_names_come_out_in_header_order_streamed()
    {
        using var t = new TempFolder();
        var start = new DateTime(2026, 1, 1, 9, 0, 0);
        var random = new Random(12);
        var dates = Enumerable.Range(0, 120).Select(i => start.AddMinutes(random.Next(0, 100000))).ToList();
        for (int i = 0; i < dates.Count; i++)
        {
            Write(t.Path, "h" + i, start.AddHours(i), dates[i]);
        }

        var errors = new List<HandoffException>();
        HandoffCatalog catalog = HandoffCatalog.OfFolder(t.Path, errors);
        List<Handoff> read = catalog.Read().Select(r => r.Handoff!).ToList();

        Assert.Empty(errors);
        Assert.Equal(120, catalog.Count);
        Assert.Equal(HandoffOrder.Sort(read).Select(h => h.FileName), read.Select(h => h.FileName));
        Assert.Equal(dates.OrderBy(d => d), read.Select(h => h.Date!.Value));
        Assert.Equal(read[^1].FileName, catalog.Latest(errors)!.Handoff!.FileName);
        Assert.Equal(read.Select(h => h.Path), catalog.Files);
    }

    /// <summary>Handoffs "oldest", "middle" and "newest" on three days; the paths of the last two.</summary>
    private static (string Middle, string Newest) ThreeDays(string folder)
    {
        var day = new DateTime(2026, 1, 1, 9, 0, 0);
        Write(folder, "oldest", day, day);
        return (Write(folder, "middle", day.AddDays(1), day.AddDays(1)), Write(folder, "newest", day.AddDays(2), day.AddDays(2)));
    }

    [Fact]
    public void Latest_reads_from_the_newest_down_until_one_matches_and_passes_over_unreadable_files()
    {
        using var t = new TempFolder();
        (_, string newest) = ThreeDays(t.Path);
        var errors = new List<HandoffException>();
        HandoffCatalog catalog = HandoffCatalog.OfFolder(t.Path, errors);

        Assert.Equal("middle", catalog.Latest(errors, h => h.Description != "newest")!.Handoff!.Description);
        Assert.Null(catalog.Latest(errors, _ => false));
        Assert.Empty(errors);

        // Unreadable after the catalog was made: one error, and the next newest comes out.
        File.WriteAllBytes(newest, new byte[] { 0xFF, 0xFE, 0x00 });
        Assert.Equal("middle", catalog.Latest(errors)!.Handoff!.Description);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, Assert.Single(errors).ErrorId);
    }

    [Fact]
    public void Latest_passes_over_an_unreadable_file_below_the_newest_too_and_names_it()
    {
        using var t = new TempFolder();
        (string middle, _) = ThreeDays(t.Path);
        var errors = new List<HandoffException>();
        HandoffCatalog catalog = HandoffCatalog.OfFolder(t.Path, errors);
        File.WriteAllBytes(middle, new byte[] { 0xFF, 0xFE, 0x00 });

        Assert.Equal("oldest", catalog.Latest(errors, h => h.Description != "newest")!.Handoff!.Description);
        HandoffException error = Assert.Single(errors);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, error.ErrorId);
        Assert.Contains(middle, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_changed_in_place_is_ordered_by_its_new_header()
    {
        using var t = new TempFolder();
        var day = new DateTime(2026, 1, 1, 9, 0, 0);
        Write(t.Path, "first", day, day);
        string second = Write(t.Path, "second", day.AddDays(1), day.AddDays(1));
        var errors = new List<HandoffException>();
        Assert.Equal("second", HandoffStore.Latest(t.Path, errors)?.Description);

        // Same length, a header moved back a year, a new write time: the header is read again.
        File.WriteAllText(second, Canonical("second", day.AddDays(1).AddYears(-1)));
        File.SetLastWriteTimeUtc(second, DateTime.UtcNow.AddMinutes(-30));

        Assert.Equal("first", HandoffStore.Latest(t.Path, errors)?.Description);
        Assert.Equal(new[] { "second", "first" }, HandoffStore.ReadAll(t.Path, errors).Select(h => h.Description));
        Assert.Empty(errors);
    }

    [Fact]
    public void Files_named_one_by_one_keep_their_order_on_equal_keys_and_unreadable_ones_are_errors_in_order()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var day = new DateTime(2026, 1, 1, 9, 0, 0);
        string inA = Write(a.Path, "same", day, day);
        string inB = Write(b.Path, "same", day, day);
        string bad1 = Path.Combine(a.Path, "2026-01-03-0900-bad.md");
        string bad2 = Path.Combine(b.Path, "2026-01-02-0900-bad.md");
        File.WriteAllBytes(bad1, new byte[] { 0xFF });
        File.WriteAllBytes(bad2, new byte[] { 0xFF });
        var errors = new List<HandoffException>();

        HandoffCatalog one = HandoffCatalog.Of(new[] { bad1, inB, bad2, inA }, errors);

        Assert.Equal(new[] { bad1, bad2 }, errors.Select(e => e.Target));
        Assert.Equal(new[] { inB, inA }, one.Files);
        Assert.Equal(inA, one.Latest(errors)!.Handoff!.Path);
        Assert.Equal(new[] { inA, inB }, HandoffCatalog.Concat(new[] { HandoffCatalog.Of(new[] { inA }, errors), HandoffCatalog.Of(new[] { inB }, errors) }).Files);
    }

    [Fact]
    public void Read_ahead_keeps_the_order_whatever_the_time_each_item_takes_and_stops_with_its_caller()
    {
        var items = Enumerable.Range(0, 200).ToArray();
        int started = 0;
        int Slow(int i)
        {
            Interlocked.Increment(ref started);
            Thread.Sleep(i % 7 == 0 ? 3 : 0);
            return i * 2;
        }

        Assert.Equal(items.Select(i => i * 2), ReadAhead.Map(items, Slow));

        started = 0;
        Assert.Equal(new[] { 0, 2, 4 }, ReadAhead.Map(items, Slow).Take(3));
        Thread.Sleep(50);
        Assert.True(started <= 3 + ReadAhead.Window, $"{started} items were mapped for 3 taken.");
    }
}
