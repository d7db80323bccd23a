using System.Text;
using HandoffPS.Core;

namespace HandoffPS.Core.Tests;

public class HandoffIndexTests
{
    private const string Folder = "/p/session-handoffs";

    private static Handoff H(string stamp, string description, string? branch = "main", int blockers = 0, string? top = null) => new()
    {
        Date = DateTime.ParseExact(stamp, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        FileName = HandoffFileName.ForDescription(DateTime.ParseExact(stamp, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), description),
        Path = Folder + "/" + HandoffFileName.ForDescription(DateTime.ParseExact(stamp, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), description),
        Description = description,
        Branch = branch,
        Blockers = Enumerable.Range(1, blockers).Select(i => new Blocker(null, $"blocker {i}")).ToArray(),
        NextPriorities = top is null ? Array.Empty<Priority>() : new[] { Priority.FromText(1, top), new Priority(2, "second") },
    };

    private static Handoff[] Three() => new[]
    {
        H("2025-10-27 09:30", "Feature Implementation", blockers: 2, top: "Add data visualization charts (Chart.js integration)"),
        H("2025-10-28 16:10", "Charts spike", branch: "feat/charts", blockers: 1, top: "Pick a chart library"),
        H("2025-10-29 11:05", "Auth refactor", top: "Security review (before release)"),
    };

    [Fact]
    public void Renders_a_header_and_a_table_newest_first()
    {
        string index = HandoffIndex.Render(Three(), Folder);

        Assert.Equal(
            "# Session Handoffs\n" +
            "\n" +
            "The session handoffs of this project, newest first. Each one carries a work session's state to the next session.\n" +
            "\n" +
            "This file is written by `Update-HandoffIndex` (HandoffPS) from the handoffs in this folder: edit them, not it.\n" +
            "\n" +
            "| Date | Time | Description | Branch | Open blockers | Top priority |\n" +
            "| --- | --- | --- | --- | ---: | --- |\n" +
            "| 2025-10-29 | 11:05 | [Auth refactor](2025-10-29-1105-auth-refactor.md) | main | 0 | Security review |\n" +
            "| 2025-10-28 | 16:10 | [Charts spike](2025-10-28-1610-charts-spike.md) | feat/charts | 1 | Pick a chart library |\n" +
            "| 2025-10-27 | 09:30 | [Feature Implementation](2025-10-27-0930-feature-implementation.md) | main | 2 | Add data visualization charts |\n",
            index);
    }

    [Fact]
    public void Is_the_same_for_every_input_order_and_lists_a_file_once()
    {
        Handoff[] three = Three();
        string expected = HandoffIndex.Render(three, Folder);
        int[][] orders = { new[] { 0, 1, 2 }, new[] { 2, 1, 0 }, new[] { 1, 0, 2 }, new[] { 2, 0, 1 } };
        foreach (int[] order in orders)
        {
            Assert.Equal(expected, HandoffIndex.Render(order.Select(i => three[i]), Folder));
        }

        Assert.Equal(expected, HandoffIndex.Render(three.Concat(three), Folder));
    }

    [Fact]
    public void Adding_a_handoff_only_adds_its_row()
    {
        Handoff[] three = Three();
        string[] before = HandoffIndex.Render(three, Folder).Split('\n');
        string[] after = HandoffIndex.Render(three.Append(H("2025-10-28 09:00", "Parallel work", branch: "feat/other")), Folder).Split('\n');

        Assert.Equal(before.Length + 1, after.Length);
        string[] added = after.Except(before).ToArray();
        Assert.Single(added);
        Assert.StartsWith("| 2025-10-28 | 09:00 | [Parallel work]", added[0]);
        Assert.Equal(before, after.Where(l => l != added[0]));
    }

    [Fact]
    public void Escapes_cells_so_that_a_pipe_never_makes_a_column()
    {
        Handoff h = H("2025-10-29 11:05", "a | b", branch: "feat/x|y", top: "Use `a|b` or *c* <d> [e] snake_case _x_");

        string row = HandoffIndex.Render(new[] { h }, Folder).Split('\n')[^2];

        Assert.Equal(@"| 2025-10-29 | 11:05 | [a \| b](2025-10-29-1105-a-b.md) | feat/x\|y | 0 | Use \`a\|b\` or \*c\* \<d\> \[e\] snake_case \_x\_ |", row);
        // Unescaped pipes delimit exactly the 6 cells.
        Assert.Equal(7, row.Select((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count(b => b));
    }

    [Fact]
    public void Writes_urls_and_mail_addresses_as_autolinks()
    {
        Handoff h = H("2025-10-29 11:05", "links", top: "Read https://example.com/a?b=1, then mail ada@example.com.");

        string row = HandoffIndex.Render(new[] { h }, Folder).Split('\n')[^2];

        Assert.EndsWith("| Read <https://example.com/a?b=1>, then mail <ada@example.com>. |", row);
    }

    [Fact]
    public void Writes_an_empty_cell_as_one_space()
    {
        var h = new Handoff { Description = "bare", FileName = "bare.md", Path = Folder + "/bare.md" };

        string row = HandoffIndex.Render(new[] { h }, Folder).Split('\n')[^2];

        Assert.Equal("| | | [bare](bare.md) | | 0 | |", row);
    }

    [Fact]
    public void Url_encodes_relative_links()
    {
        var h = new Handoff
        {
            Description = "spaces",
            Date = new DateTime(2025, 1, 2, 3, 4, 0),
            FileName = "2025-01-02-0304 my notes (v2).md",
            Path = Folder + "/2025-01-02-0304 my notes (v2).md",
        };
        var elsewhere = new Handoff { Description = "other", Date = new DateTime(2025, 1, 1), FileName = "2025-01-01-x.md", Path = "/p/archive/2025-01-01-x.md" };

        string index = HandoffIndex.Render(new[] { h, elsewhere }, Folder);

        Assert.Contains("[spaces](2025-01-02-0304%20my%20notes%20%28v2%29.md)", index);
        Assert.Contains("[other](../archive/2025-01-01-x.md)", index);
    }

    [Fact]
    public void Says_so_when_there_is_no_handoff()
    {
        string index = HandoffIndex.Render(Array.Empty<Handoff>(), Folder);

        Assert.StartsWith("# Session Handoffs\n", index);
        Assert.EndsWith("\n\nNo handoffs yet: `New-Handoff` writes the first one.\n", index);
        Assert.DoesNotContain("|", index);
    }

    [Fact]
    public void Update_writes_once_then_changes_nothing_and_check_follows_new_handoffs()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(temp.Path, HandoffStore.FolderName);
        Write(folder, Three()[0]);
        Write(folder, Three()[1]);

        Assert.False(HandoffIndex.Check(folder).IsCurrent);
        HandoffIndexResult first = HandoffIndex.Update(folder);
        Assert.True(first.Changed);
        Assert.Equal("Created", first.Status);
        Assert.Equal(2, first.HandoffCount);
        byte[] bytes = File.ReadAllBytes(first.Path);
        DateTime written = File.GetLastWriteTimeUtc(first.Path);

        HandoffIndexResult second = HandoffIndex.Update(folder);
        Assert.False(second.Changed);
        Assert.Equal("Unchanged", second.Status);
        Assert.Equal(bytes, File.ReadAllBytes(first.Path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(first.Path));
        Assert.True(HandoffIndex.Check(folder).IsCurrent);

        Write(folder, Three()[2]);
        Assert.False(HandoffIndex.Check(folder).IsCurrent);
        Assert.Equal("Stale", HandoffIndex.Check(folder).Status);
        Assert.Equal("Updated", HandoffIndex.Update(folder).Status);
        Assert.True(HandoffIndex.Check(folder).IsCurrent);

        // UTF-8 without BOM, LF only, the rendering of what is on disk.
        byte[] now = File.ReadAllBytes(first.Path);
        Assert.NotEqual((byte)0xEF, now[0]);
        Assert.DoesNotContain((byte)'\r', now);
        Assert.Equal(HandoffIndex.Check(folder).Content, Encoding.UTF8.GetString(now));
    }

    [Fact]
    public void Leaves_unreadable_files_out_and_reports_them()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(temp.Path, HandoffStore.FolderName);
        Write(folder, Three()[0]);
        File.WriteAllBytes(Path.Combine(folder, "2025-10-30-0900-broken.md"), new byte[] { 0xFF, 0xFE, 0x00, 0x41 });

        HandoffIndexResult result = HandoffIndex.Update(folder);

        Assert.Equal(1, result.HandoffCount);
        HandoffException error = Assert.Single(result.Errors);
        Assert.Equal("HandoffUnreadable", error.ErrorId);
        Assert.DoesNotContain("broken", File.ReadAllText(result.Path));
    }

    [Fact]
    public void Never_replaces_a_readme_that_is_not_an_index_without_force()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(temp.Path, HandoffStore.FolderName);
        Write(folder, Three()[0]);
        string readme = Path.Combine(folder, "README.md");
        File.WriteAllText(readme, "# Our notes\n\nHand-written.\n");

        HandoffIndexResult check = HandoffIndex.Check(folder);
        Assert.True(check.IsForeign);
        HandoffException ex = Assert.Throws<HandoffException>(() => HandoffIndex.Update(folder));
        Assert.Equal("IndexNotOwned", ex.ErrorId);
        Assert.Equal("# Our notes\n\nHand-written.\n", File.ReadAllText(readme));

        Assert.True(HandoffIndex.Update(folder, force: true).Changed);
        Assert.False(HandoffIndex.Check(folder).IsForeign);
    }

    private static void Write(string folder, Handoff h)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, h.FileName!), HandoffRenderer.Render(h));
    }
}
