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
    public void Resolves_a_project_root_to_its_handoff_folder()
    {
        using var t = new TempFolder();
        Assert.Equal(t.Path, HandoffStore.ResolveFolder(t.Path));

        Directory.CreateDirectory(HandoffStore.FolderFor(t.Path));

        Assert.Equal(Path.Combine(t.Path, "session-handoffs"), HandoffStore.ResolveFolder(t.Path));
    }
}
