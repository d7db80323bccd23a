using System.Text;
using HandoffPS.Core;

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
}
