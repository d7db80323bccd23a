using System.Text;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

public class HandoffStoreTests
{
    [Fact]
    public void Writes_utf8_without_bom_and_leaves_no_temporary_file()
    {
        using var t = new TempFolder();
        string path = Path.Combine(HandoffStore.FolderFor(t.Path), "2025-10-27-0930-x.md");

        HandoffStore.WriteAtomic(path, "# Session Handoff: é ✅\n", force: false);

        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetBytes("# Session Handoff: é ✅\n"), bytes);
        Assert.Equal(new[] { path }, Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Never_overwrites_without_force_and_leaves_the_file_byte_identical()
    {
        using var t = new TempFolder();
        string path = Path.Combine(t.Path, "2025-10-27-0930-x.md");
        HandoffStore.WriteAtomic(path, "first\n", force: false);

        var ex = Assert.Throws<HandoffException>(() => HandoffStore.WriteAtomic(path, "second\n", force: false));

        Assert.Equal("HandoffExists", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.ResourceExists, ex.Kind);
        Assert.Equal("first\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(t.Path));
    }

    [Fact]
    public void Force_replaces_the_file()
    {
        using var t = new TempFolder();
        string path = Path.Combine(t.Path, "2025-10-27-0930-x.md");
        HandoffStore.WriteAtomic(path, "first\n", force: false);

        HandoffStore.WriteAtomic(path, "second\n", force: true);

        Assert.Equal("second\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(t.Path));
    }

    [Fact]
    public void Enumerates_only_handoff_names_in_name_order()
    {
        using var t = new TempFolder();
        foreach (string name in new[] { "2025-10-28-0815-c.md", "README.md", "2025-10-27-1445-b.md", "notes.txt", "2025-10-27-0930-a.md", ".2025-10-27-0930-a.md.1234.tmp" })
        {
            File.WriteAllText(Path.Combine(t.Path, name), "x");
        }

        var names = HandoffStore.EnumerateFiles(t.Path).Select(Path.GetFileName);

        Assert.Equal(new[] { "2025-10-27-0930-a.md", "2025-10-27-1445-b.md", "2025-10-28-0815-c.md" }, names);
    }

    [Fact]
    public void Creates_missing_folders_on_the_way()
    {
        using var t = new TempFolder();
        string path = Path.Combine(t.Path, "a", "b", "session-handoffs", "2025-10-27-0930-x.md");

        HandoffStore.WriteAtomic(path, "x\n", force: false);

        Assert.Equal("x\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_a_write_error()
    {
        using var t = new TempFolder();
        string blocker = Path.Combine(t.Path, "file.txt");
        File.WriteAllText(blocker, "not a folder");
        string folder = Path.Combine(blocker, "session-handoffs");

        var ex = Assert.Throws<HandoffException>(() => HandoffStore.WriteAtomic(Path.Combine(folder, "2025-10-27-0930-x.md"), "x\n", force: false));

        Assert.Equal("HandoffWriteFailed", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.WriteError, ex.Kind);
        Assert.Equal(folder, ex.Target);
        Assert.StartsWith($"Cannot create the folder '{folder}': ", ex.Message);
        Assert.NotNull(ex.InnerException);
        Assert.Equal(new[] { blocker }, Directory.GetFileSystemEntries(t.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_target_that_cannot_be_replaced_is_a_write_error_and_leaves_no_temporary_file(bool force)
    {
        using var t = new TempFolder();
        string path = Path.Combine(t.Path, "2025-10-27-0930-x.md");
        Directory.CreateDirectory(Path.Combine(path, "inside"));

        var ex = Assert.Throws<HandoffException>(() => HandoffStore.WriteAtomic(path, "x\n", force));

        Assert.Equal("HandoffWriteFailed", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.WriteError, ex.Kind);
        Assert.Equal(path, ex.Target);
        Assert.StartsWith($"Cannot write the handoff '{path}': ", ex.Message);
        Assert.Equal(new[] { path }, Directory.GetFileSystemEntries(t.Path));
        Assert.True(Directory.Exists(Path.Combine(path, "inside")));
    }

    [Fact]
    public void The_exists_error_names_the_file_and_the_way_out()
    {
        using var t = new TempFolder();
        string path = Path.Combine(t.Path, "2025-10-27-0930-x.md");
        File.WriteAllText(path, "first\n");

        var ex = Assert.Throws<HandoffException>(() => HandoffStore.WriteAtomic(path, "second\n", force: false));

        Assert.Equal(path, ex.Target);
        Assert.Null(ex.InnerException);
        Assert.Equal($"The handoff '{path}' already exists. It was left untouched; use -Force to replace it, or another -Description or -Date.", ex.Message);
    }

    [Fact]
    public void Writes_through_a_hidden_temporary_file_in_the_same_folder_that_takes_the_final_name_when_complete()
    {
        using var t = new TempFolder();
        string path = Path.Combine(t.Path, "2025-10-27-0930-x.md");
        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var watcher = new FileSystemWatcher(t.Path) { IncludeSubdirectories = false };
        watcher.Renamed += (_, e) => events.Enqueue($"renamed {e.OldName} -> {e.Name}");
        watcher.Created += (_, e) => events.Enqueue($"created {e.Name}");
        watcher.Deleted += (_, e) => events.Enqueue($"deleted {e.Name}");
        watcher.EnableRaisingEvents = true;

        HandoffStore.WriteAtomic(path, "content\n", force: false);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!events.Any(e => e.EndsWith(" 2025-10-27-0930-x.md", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        // The first name to appear is the hidden temporary file; the final name appears once, as a whole file
        // (a hard link on Unix, a rename on Windows), and the temporary name is gone afterwards.
        string[] seen = events.ToArray();
        Assert.Matches(@"^created \.2025-10-27-0930-x\.md\.[0-9a-f]{8}\.tmp$", seen[0]);
        string temp = seen[0]["created ".Length..];
        Assert.Single(seen, e => e is "created 2025-10-27-0930-x.md" || e == $"renamed {temp} -> 2025-10-27-0930-x.md");
        Assert.Equal(new[] { "2025-10-27-0930-x.md" }, Directory.GetFileSystemEntries(t.Path).Select(Path.GetFileName));
        Assert.Equal("content\n", File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(t.Path, "*", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public void Of_concurrent_writers_without_force_exactly_one_wins_and_the_others_get_handoff_exists()
    {
        using var t = new TempFolder();
        const int writers = 8;
        const int rounds = 40;
        for (int round = 0; round < rounds; round++)
        {
            string path = Path.Combine(t.Path, $"2025-10-27-09{round:00}-race.md");
            var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
            var winners = new System.Collections.Concurrent.ConcurrentBag<int>();
            using var start = new Barrier(writers);
            Thread[] threads = Enumerable.Range(0, writers).Select(i => new Thread(() =>
            {
                string content = new string((char)('a' + i), 4096) + "\n";
                start.SignalAndWait();
                try
                {
                    HandoffStore.WriteAtomic(path, content, force: false);
                    winners.Add(i);
                }
                catch (HandoffException ex)
                {
                    errors.Add(ex.ErrorId);
                }
            })).ToArray();
            foreach (Thread th in threads)
            {
                th.Start();
            }

            foreach (Thread th in threads)
            {
                th.Join();
            }

            int winner = Assert.Single(winners);
            Assert.Equal(Enumerable.Repeat("HandoffExists", writers - 1), errors);
            Assert.Equal(new string((char)('a' + winner), 4096) + "\n", File.ReadAllText(path));
        }

        Assert.Equal(rounds, Directory.GetFileSystemEntries(t.Path).Length);
    }

    [Fact]
    public void Enumerating_a_missing_folder_gives_nothing()
    {
        using var t = new TempFolder();

        Assert.Empty(HandoffStore.EnumerateFiles(Path.Combine(t.Path, "missing")));
    }

    [Fact]
    public void Enumerates_same_minute_files_by_name_and_ignores_subfolders()
    {
        using var t = new TempFolder();
        Directory.CreateDirectory(Path.Combine(t.Path, "archive"));
        foreach (string name in new[] { "2025-10-27-0930-b.md", "2025-10-27-0930-a.md", "archive/2025-10-26-0900-old.md", "2025-10-27-0930-c.txt" })
        {
            File.WriteAllText(Path.Combine(t.Path, name), "x");
        }

        Assert.Equal(
            new[] { Path.Combine(t.Path, "2025-10-27-0930-a.md"), Path.Combine(t.Path, "2025-10-27-0930-b.md") },
            HandoffStore.EnumerateFiles(t.Path));
    }

    [Fact]
    public void Enumerates_handoffs_whatever_the_case_of_their_extension()
    {
        using var t = new TempFolder();
        File.WriteAllText(Path.Combine(t.Path, "2025-10-27-0930-a.MD"), "x");
        File.WriteAllText(Path.Combine(t.Path, "2025-10-27-1000-b.md"), "x");

        Assert.Equal(new[] { "2025-10-27-0930-a.MD", "2025-10-27-1000-b.md" }, HandoffStore.EnumerateFiles(t.Path).Select(Path.GetFileName));
    }

    private static string Canonical(string description, string date, string time) =>
        $"# Session Handoff: {description}\n\n**Date**: {date}\n**Time**: {time}\n";

    [Fact]
    public void Latest_is_the_newest_file()
    {
        using var t = new TempFolder();
        File.WriteAllText(Path.Combine(t.Path, "2025-10-27-0930-first.md"), Canonical("First", "2025-10-27", "09:30:00"));
        File.WriteAllText(Path.Combine(t.Path, "2025-10-28-0815-second.md"), Canonical("Second", "2025-10-28", "08:15:00"));
        File.WriteAllText(Path.Combine(t.Path, "2025-10-28-0815-third.md"), Canonical("Third", "2025-10-28", "08:15:00"));

        var errors = new List<HandoffException>();
        Handoff? latest = HandoffStore.Latest(t.Path, errors);

        Assert.Empty(errors);
        Assert.NotNull(latest);
        Assert.Equal("Third", latest.Description);
        Assert.Equal(Path.Combine(t.Path, "2025-10-28-0815-third.md"), latest.Path);
    }

    [Fact]
    public void Latest_skips_an_unreadable_newest_file()
    {
        using var t = new TempFolder();
        File.WriteAllText(Path.Combine(t.Path, "2025-10-27-0930-first.md"), Canonical("First", "2025-10-27", "09:30:00"));
        File.WriteAllText(Path.Combine(t.Path, "2025-10-28-0815-second.md"), Canonical("Second", "2025-10-28", "08:15:00"));
        File.WriteAllBytes(Path.Combine(t.Path, "2025-10-29-1000-broken.md"), new byte[] { 0xFF, 0xFE, 0x00, 0x41 });
        File.WriteAllText(Path.Combine(t.Path, "2025-10-29-1100-nul.md"), "# Session Handoff: x\0\n");

        var errors = new List<HandoffException>();
        Assert.Equal("Second", HandoffStore.Latest(t.Path, errors)?.Description);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Latest_is_null_when_nothing_can_be_read()
    {
        using var t = new TempFolder();
        var errors = new List<HandoffException>();
        Assert.Null(HandoffStore.Latest(Path.Combine(t.Path, "missing"), errors));
        Assert.Null(HandoffStore.Latest(t.Path, errors));
        Assert.Empty(errors);

        File.WriteAllBytes(Path.Combine(t.Path, "2025-10-29-1000-broken.md"), new byte[] { 0xFF, 0xFE, 0x00, 0x41 });

        Assert.Null(HandoffStore.Latest(t.Path, errors));
        Assert.Single(errors);
    }

    [Fact]
    public void The_handoff_folder_is_session_handoffs_under_the_root()
    {
        Assert.Equal("session-handoffs", HandoffStore.FolderName);
        Assert.Equal(Path.Combine("root", "session-handoffs"), HandoffStore.FolderFor("root"));
    }

    [Fact]
    public void Latest_is_the_newest_by_header_not_by_name()
    {
        using var t = new TempFolder();
        // Named newest, but its header says it is the older session.
        File.WriteAllText(Path.Combine(t.Path, "2025-10-29-0900-named-newest.md"), "# Session Handoff: named newest\n\n**Date**: 2025-10-27\n**Time**: 09:00:00\n");
        File.WriteAllText(Path.Combine(t.Path, "2025-10-28-0900-dated-newest.md"), "# Session Handoff: dated newest\n\n**Date**: 2025-10-30\n**Time**: 09:00:00\n");
        var errors = new List<HandoffException>();

        Handoff? latest = HandoffStore.Latest(t.Path, errors);

        Assert.Equal("dated newest", latest?.Description);
        Assert.Equal(new[] { "named newest", "dated newest" }, HandoffStore.ReadAll(t.Path, errors).Select(h => h.Description));
        Assert.Empty(errors);
    }

    [Fact]
    public void An_unreadable_file_is_one_HandoffUnreadable_error_and_does_not_hide_the_others()
    {
        using var t = new TempFolder();
        File.WriteAllText(Path.Combine(t.Path, "2025-10-27-0900-good.md"), "# Session Handoff: good\n");
        string bad = Path.Combine(t.Path, "2025-10-30-0900-bad.md");
        File.WriteAllBytes(bad, new byte[] { 0xFF, 0xFE, 0x00, 0x41 });
        var errors = new List<HandoffException>();

        Handoff? latest = HandoffStore.Latest(t.Path, errors);

        Assert.Equal("good", latest?.Description);
        HandoffException error = Assert.Single(errors);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, error.ErrorId);
        Assert.Equal(HandoffErrorKind.ReadError, error.Kind);
        Assert.Equal(bad, error.Target);
        Assert.Equal(HandoffErrorIds.HandoffUnreadable, Assert.Throws<HandoffException>(() => HandoffStore.Read(bad)).ErrorId);
    }

    [Fact]
    public void Latest_of_a_missing_folder_is_null_without_error()
    {
        using var t = new TempFolder();
        var errors = new List<HandoffException>();

        Assert.Null(HandoffStore.Latest(Path.Combine(t.Path, "missing"), errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void ReadAll_leaves_out_a_file_it_cannot_read_and_names_it_in_the_errors()
    {
        using var temp = new TempFolder();
        File.WriteAllText(System.IO.Path.Combine(temp.Path, "2026-01-02-1000-good.md"), "# Session Handoff: Good\n\n**Date**: 2026-01-02\n**Time**: 10:00:00\n");
        string bad = System.IO.Path.Combine(temp.Path, "2026-01-03-1000-bad.md");
        File.WriteAllBytes(bad, new byte[] { 0x23, 0x20, 0xFF, 0xFE, 0x0A });
        var errors = new List<HandoffException>();

        IReadOnlyList<Handoff> handoffs = HandoffStore.ReadAll(temp.Path, errors);

        Assert.Equal(new[] { "Good" }, handoffs.Select(h => h.Description));
        HandoffException error = Assert.Single(errors);
        Assert.Equal("HandoffUnreadable", error.ErrorId);
        Assert.Contains(bad, error.Message, StringComparison.Ordinal);
    }
}
