using System.Text;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Template;

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

    private const string Header =
        "# Session Handoffs\n" +
        "\n" +
        "The session handoffs of this project, newest first. Each one carries a work session's state to the next session.\n" +
        "\n" +
        "This file is written by `Update-HandoffIndex` (HandoffPS) from the handoffs in this folder: edit them, not it.\n" +
        "\n" +
        "| Date | Time | Description | Branch | Open blockers | Top priority |\n" +
        "| --- | --- | --- | --- | ---: | --- |\n";

    private const string ThreeRows =
        "| 2025-10-29 | 11:05 | [Auth refactor](2025-10-29-1105-auth-refactor.md) | main | 0 | Security review |\n" +
        "| 2025-10-28 | 16:10 | [Charts spike](2025-10-28-1610-charts-spike.md) | feat/charts | 1 | Pick a chart library |\n" +
        "| 2025-10-27 | 09:30 | [Feature Implementation](2025-10-27-0930-feature-implementation.md) | main | 2 | Add data visualization charts |\n";

    [Fact]
    public void Is_the_same_for_every_input_order_and_lists_a_file_once()
    {
        Handoff[] three = Three();
        int[][] orders = { new[] { 0, 1, 2 }, new[] { 2, 1, 0 }, new[] { 1, 0, 2 }, new[] { 2, 0, 1 }, new[] { 0, 2, 1 }, new[] { 1, 2, 0 } };
        foreach (int[] order in orders)
        {
            Assert.Equal(Header + ThreeRows, HandoffIndex.Render(order.Select(i => three[i]), Folder));
        }

        Assert.Equal(Header + ThreeRows, HandoffIndex.Render(three.Concat(three), Folder));
    }

    [Fact]
    public void Same_minute_handoffs_are_ordered_by_file_name_whatever_the_input_order()
    {
        Handoff alpha = H("2025-10-29 11:05", "Alpha work");
        Handoff beta = H("2025-10-29 11:05", "Beta work");
        const string expected = Header +
            "| 2025-10-29 | 11:05 | [Beta work](2025-10-29-1105-beta-work.md) | main | 0 | |\n" +
            "| 2025-10-29 | 11:05 | [Alpha work](2025-10-29-1105-alpha-work.md) | main | 0 | |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { alpha, beta }, Folder));
        Assert.Equal(expected, HandoffIndex.Render(new[] { beta, alpha }, Folder));
    }

    [Fact]
    public void Same_minute_handoffs_without_a_path_are_ordered_by_file_name()
    {
        var a = new Handoff { Description = "one", Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-a.md" };
        var b = new Handoff { Description = "two", Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-b.md" };
        const string expected = Header +
            "| 2025-10-29 | 11:05 | two | | 0 | |\n" +
            "| 2025-10-29 | 11:05 | one | | 0 | |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { a, b }, Folder));
        Assert.Equal(expected, HandoffIndex.Render(new[] { b, a }, Folder));
    }

    [Fact]
    public void Same_minute_handoffs_with_the_same_file_name_are_ordered_by_path()
    {
        var here = new Handoff { Description = "here", Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-x.md", Path = Folder + "/2025-10-29-1105-x.md" };
        var archived = new Handoff { Description = "archived", Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-x.md", Path = "/p/archive/2025-10-29-1105-x.md" };
        const string expected = Header +
            "| 2025-10-29 | 11:05 | [here](2025-10-29-1105-x.md) | | 0 | |\n" +
            "| 2025-10-29 | 11:05 | [archived](../archive/2025-10-29-1105-x.md) | | 0 | |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { here, archived }, Folder));
        Assert.Equal(expected, HandoffIndex.Render(new[] { archived, here }, Folder));
    }

    [Fact]
    public void A_same_minute_handoff_without_file_name_comes_after_a_named_one()
    {
        var named = new Handoff { Description = "named", Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-a.md" };
        var unnamed = new Handoff { Description = "unnamed", Date = new DateTime(2025, 10, 29, 11, 5, 0) };
        const string expected = Header +
            "| 2025-10-29 | 11:05 | named | | 0 | |\n" +
            "| 2025-10-29 | 11:05 | unnamed | | 0 | |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { named, unnamed }, Folder));
        Assert.Equal(expected, HandoffIndex.Render(new[] { unnamed, named }, Folder));
    }

    [Fact]
    public void A_same_minute_handoff_without_path_comes_after_one_with_the_same_file_name_and_a_path()
    {
        var onDisk = new Handoff { Description = "on disk", Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-x.md", Path = Folder + "/2025-10-29-1105-x.md" };
        var draft = new Handoff { Description = "draft", Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-x.md" };
        const string expected = Header +
            "| 2025-10-29 | 11:05 | [on disk](2025-10-29-1105-x.md) | | 0 | |\n" +
            "| 2025-10-29 | 11:05 | draft | | 0 | |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { onDisk, draft }, Folder));
        Assert.Equal(expected, HandoffIndex.Render(new[] { draft, onDisk }, Folder));
    }

    [Fact]
    public void Same_minute_handoffs_without_file_are_ordered_by_description()
    {
        var b = new Handoff { Description = "beta", Date = new DateTime(2025, 10, 29, 11, 5, 0) };
        var a = new Handoff { Description = "alpha", Date = new DateTime(2025, 10, 29, 11, 5, 0) };
        const string expected = Header +
            "| 2025-10-29 | 11:05 | alpha | | 0 | |\n" +
            "| 2025-10-29 | 11:05 | beta | | 0 | |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { a, b }, Folder));
        Assert.Equal(expected, HandoffIndex.Render(new[] { b, a }, Folder));
    }

    [Fact]
    public void Orders_by_date_before_description_and_puts_undated_handoffs_last()
    {
        var older = new Handoff { Description = "alpha", Date = new DateTime(2025, 10, 28, 8, 0, 0) };
        var newer = new Handoff { Description = "zulu", Date = new DateTime(2025, 10, 29, 8, 0, 0) };
        var undated = new Handoff { Description = "aardvark" };
        const string expected = Header +
            "| 2025-10-29 | 08:00 | zulu | | 0 | |\n" +
            "| 2025-10-28 | 08:00 | alpha | | 0 | |\n" +
            "| | | aardvark | | 0 | |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { undated, older, newer }, Folder));
        Assert.Equal(expected, HandoffIndex.Render(new[] { newer, undated, older }, Folder));
    }

    [Fact]
    public void Lists_a_file_once_by_its_full_path_and_skips_null_entries()
    {
        Handoff h = H("2025-10-29 11:05", "Auth refactor", top: "Security review");
        Handoff same = H("2025-10-29 11:05", "Auth refactor", top: "Security review");
        same.Path = "/p/other/../session-handoffs/2025-10-29-1105-auth-refactor.md";
        const string expected = Header +
            "| 2025-10-29 | 11:05 | [Auth refactor](2025-10-29-1105-auth-refactor.md) | main | 0 | Security review |\n";

        Assert.Equal(expected, HandoffIndex.Render(new[] { h, null!, same }, Folder));
    }

    [Fact]
    public void Handoffs_without_a_path_are_all_listed()
    {
        var a = new Handoff { Description = "same", Date = new DateTime(2025, 10, 29, 11, 5, 0) };
        var b = new Handoff { Description = "same", Date = new DateTime(2025, 10, 29, 11, 5, 0) };

        Assert.Equal(Header + "| 2025-10-29 | 11:05 | same | | 0 | |\n| 2025-10-29 | 11:05 | same | | 0 | |\n", HandoffIndex.Render(new[] { a, b }, Folder));
    }

    [Fact]
    public void A_handoff_without_description_is_named_by_its_file_else_untitled()
    {
        var byFile = new Handoff { Date = new DateTime(2025, 10, 29, 11, 5, 0), FileName = "2025-10-29-1105-notes.md", Path = Folder + "/2025-10-29-1105-notes.md" };
        var nothing = new Handoff { Date = new DateTime(2025, 10, 28, 11, 5, 0) };
        var nothingWithPath = new Handoff { Date = new DateTime(2025, 10, 27, 11, 5, 0), Path = Folder + "/2025-10-27-1105.md" };

        Assert.Equal(
            Header +
            "| 2025-10-29 | 11:05 | [2025-10-29-1105-notes.md](2025-10-29-1105-notes.md) | | 0 | |\n" +
            "| 2025-10-28 | 11:05 | (untitled) | | 0 | |\n" +
            "| 2025-10-27 | 11:05 | [(untitled)](2025-10-27-1105.md) | | 0 | |\n",
            HandoffIndex.Render(new[] { nothing, nothingWithPath, byFile }, Folder));
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

        Assert.Equal(
            "# Session Handoffs\n" +
            "\n" +
            "The session handoffs of this project, newest first. Each one carries a work session's state to the next session.\n" +
            "\n" +
            "This file is written by `Update-HandoffIndex` (HandoffPS) from the handoffs in this folder: edit them, not it.\n" +
            "\n" +
            "No handoffs yet: `New-Handoff` writes the first one.\n",
            index);
        Assert.Equal(index, HandoffIndex.Render(new Handoff[] { null! }, Folder));
    }

    [Fact]
    public void Render_rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => HandoffIndex.Render(null!, Folder));
        Assert.Throws<ArgumentNullException>(() => HandoffIndex.Render(Array.Empty<Handoff>(), null!));
    }

    [Theory]
    [InlineData("back\\slash ~strike~", @"back\\slash \~strike\~")]
    [InlineData("_lead", @"\_lead")]
    [InlineData("trail_", @"trail\_")]
    [InlineData("a _b", @"a \_b")]
    [InlineData("a_ b", @"a\_ b")]
    [InlineData("snake_case v1_2", "snake_case v1_2")]
    [InlineData("_", @"\_")]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("see http://a.example/x and ftp://b.example/y.", "see <http://a.example/x> and <ftp://b.example/y>.")]
    [InlineData("https://example.com/a_b*c", "<https://example.com/a_b*c>")]
    [InlineData("mail bob@example.org", "mail <bob@example.org>")]
    [InlineData("   ", "")]
    public void Cells_are_one_line_escaped_with_autolinks(string value, string expected)
    {
        Assert.Equal(expected, HandoffIndexMarkdown.Cell(value));
    }

    [Fact]
    public void Cell_of_null_is_empty()
    {
        Assert.Equal(string.Empty, HandoffIndexMarkdown.Cell(null));
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
        Assert.Equal(Header + ThreeRows, Encoding.UTF8.GetString(now));
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

    private const string AlphaFile = "2025-10-27-0930-alpha.md";

    private const string AlphaText =
        "# Session Handoff: Alpha\n" +
        "\n" +
        "**Date**: 2025-10-27\n" +
        "**Time**: 09:30:00\n" +
        "**Branch**: main\n" +
        "\n" +
        "## Next Priorities\n" +
        "\n" +
        "1. **Ship it**\n" +
        "\n" +
        "## Blockers/Questions\n" +
        "\n" +
        "- **CI**: flaky\n";

    private const string AlphaIndex = Header +
        "| 2025-10-27 | 09:30 | [Alpha](2025-10-27-0930-alpha.md) | main | 1 | Ship it |\n";

    private static string AlphaFolder(TempFolder temp)
    {
        string folder = Path.Combine(temp.Path, HandoffStore.FolderName);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, AlphaFile), AlphaText);
        return folder;
    }

    [Fact]
    public void Check_of_a_folder_without_index_reports_it_missing_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);

        HandoffIndexResult check = HandoffIndex.Check(folder);

        Assert.Equal(Path.Combine(folder, "README.md"), check.Path);
        Assert.Equal(AlphaIndex, check.Content);
        Assert.Equal(1, check.HandoffCount);
        Assert.False(check.Existed);
        Assert.False(check.IsCurrent);
        Assert.False(check.IsForeign);
        Assert.False(check.Changed);
        Assert.Empty(check.Errors);
        Assert.Equal("Missing", check.Status);
        Assert.Equal($"Missing: {Path.Combine(folder, "README.md")} (1 handoffs)", check.ToString());
        Assert.False(File.Exists(check.Path));
    }

    [Fact]
    public void Check_resolves_a_relative_looking_folder_to_its_full_path()
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);
        Directory.CreateDirectory(Path.Combine(temp.Path, "other"));

        HandoffIndexResult check = HandoffIndex.Check(Path.Combine(temp.Path, "other", "..", HandoffStore.FolderName));

        Assert.Equal(Path.Combine(folder, "README.md"), check.Path);
        Assert.Equal(AlphaIndex, check.Content);
    }

    [Fact]
    public void Check_and_update_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => HandoffIndex.Check(null!));
        Assert.Throws<ArgumentNullException>(() => HandoffIndex.Apply(null!));
    }

    [Fact]
    public void Update_creates_the_index_with_the_expected_bytes()
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);

        HandoffIndexResult result = HandoffIndex.Update(folder);

        Assert.True(result.Changed);
        Assert.False(result.Existed);
        Assert.Equal("Created", result.Status);
        Assert.Equal($"Created: {Path.Combine(folder, "README.md")} (1 handoffs)", result.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes(AlphaIndex), File.ReadAllBytes(Path.Combine(folder, "README.md")));
    }

    [Fact]
    public void Path_for_is_readme_in_the_folder()
    {
        Assert.Equal(Path.Combine("some", "folder", "README.md"), HandoffIndex.PathFor(Path.Combine("some", "folder")));
    }

    [Fact]
    public void A_stale_index_is_replaced_without_force()
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);
        string readme = Path.Combine(folder, "README.md");
        File.WriteAllText(readme, "# Session Handoffs\n\nold table\n");

        HandoffIndexResult check = HandoffIndex.Check(folder);
        Assert.True(check.Existed);
        Assert.False(check.IsCurrent);
        Assert.False(check.IsForeign);
        Assert.Equal("Stale", check.Status);

        HandoffIndexResult result = HandoffIndex.Apply(check);

        Assert.Equal("Updated", result.Status);
        Assert.True(result.Changed);
        Assert.Equal(AlphaIndex, File.ReadAllText(readme));
    }

    [Theory]
    [InlineData("# Session Handoffs   \nold\n")]
    [InlineData("\uFEFF# Session Handoffs\nold\n")]
    public void An_index_with_trailing_spaces_or_a_bom_on_its_title_is_still_an_index(string content)
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);
        File.WriteAllBytes(Path.Combine(folder, "README.md"), Encoding.UTF8.GetBytes(content));

        Assert.False(HandoffIndex.Check(folder).IsForeign);
        Assert.Equal("Updated", HandoffIndex.Update(folder).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Session Handoffs of another tool\n")]
    [InlineData("Notes\n# Session Handoffs\n")]
    public void A_readme_whose_first_line_is_not_the_title_is_foreign(string content)
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);
        string readme = Path.Combine(folder, "README.md");
        File.WriteAllText(readme, content);

        HandoffIndexResult check = HandoffIndex.Check(folder);
        Assert.True(check.IsForeign);
        HandoffException ex = Assert.Throws<HandoffException>(() => HandoffIndex.Apply(check));

        Assert.Equal("IndexNotOwned", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.ResourceExists, ex.Kind);
        Assert.Contains(readme, ex.Message);
        Assert.Contains("'# Session Handoffs'", ex.Message);
        Assert.Equal(content, File.ReadAllText(readme));

        HandoffIndexResult forced = HandoffIndex.Apply(check, force: true);
        Assert.Equal("Updated", forced.Status);
        Assert.Equal(AlphaIndex, File.ReadAllText(readme));
    }

    [Fact]
    public void A_readme_that_cannot_be_read_is_neither_current_nor_an_index()
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);
        string readme = Path.Combine(folder, "README.md");
        File.CreateSymbolicLink(readme, Path.Combine(temp.Path, "gone.md"));

        HandoffIndexResult check = HandoffIndex.Check(folder);

        Assert.True(check.Existed);
        Assert.False(check.IsCurrent);
        Assert.True(check.IsForeign);
        Assert.Equal("IndexNotOwned", Assert.Throws<HandoffException>(() => HandoffIndex.Apply(check)).ErrorId);
        Assert.Equal("Updated", HandoffIndex.Apply(check, force: true).Status);
        Assert.Equal(AlphaIndex, File.ReadAllText(readme));
    }

    [Fact]
    public void The_same_text_with_a_bom_is_not_current()
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);
        File.WriteAllBytes(Path.Combine(folder, "README.md"), new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(AlphaIndex)).ToArray());

        HandoffIndexResult check = HandoffIndex.Check(folder);

        Assert.False(check.IsCurrent);
        Assert.False(check.IsForeign);
        Assert.Equal("Stale", check.Status);
    }

    [Fact]
    public void Apply_of_a_current_index_writes_nothing()
    {
        using var temp = new TempFolder();
        string folder = AlphaFolder(temp);
        string readme = Path.Combine(folder, "README.md");
        File.WriteAllText(readme, AlphaIndex);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(readme, old);

        HandoffIndexResult check = HandoffIndex.Check(folder);
        Assert.True(check.IsCurrent);
        Assert.False(check.IsForeign);
        Assert.Equal("Unchanged", check.Status);

        HandoffIndexResult result = HandoffIndex.Apply(check, force: true);

        Assert.False(result.Changed);
        Assert.Equal("Unchanged", result.Status);
        Assert.Equal(old, File.GetLastWriteTimeUtc(readme));
    }

    [Fact]
    public void Not_owned_error_names_the_file()
    {
        HandoffException ex = HandoffIndex.NotOwned("/p/session-handoffs/README.md");

        Assert.Equal("IndexNotOwned", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.ResourceExists, ex.Kind);
        Assert.Equal("/p/session-handoffs/README.md", ex.Target);
        Assert.Equal(
            "'/p/session-handoffs/README.md' exists and is not a handoff index (its first line is not '# Session Handoffs'). It was left untouched; use -Force to replace it.",
            ex.Message);
    }

    private static void Write(string folder, Handoff h)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, h.FileName!), HandoffRenderer.Render(h));
    }

    [Theory]
    [InlineData("README.md", "# Session Handoffs\n\n| a |\n", true)]
    [InlineData("readme.MD", "# Session Handoffs\n", true)]
    [InlineData("README.md", "# Session Handoffs   \r\nrest", true)]
    [InlineData("README.md", "\uFEFF# Session Handoffs\n", true)]
    [InlineData("README.md", "# Session Handoffs of 2026\n", false)]
    [InlineData("README.md", "# Project\n# Session Handoffs\n", false)]
    [InlineData("README.md", "", false)]
    [InlineData("INDEX.md", "# Session Handoffs\n", false)]
    [InlineData("README.md.bak", "# Session Handoffs\n", false)]
    public void An_index_file_is_a_readme_of_any_case_whose_first_line_is_the_index_title(string name, string content, bool index)
    {
        using var temp = new TempFolder();
        string file = System.IO.Path.Combine(temp.Path, name);
        File.WriteAllText(file, content, new UTF8Encoding(false));

        Assert.Equal(index, HandoffIndex.IsIndexFile(file));
    }

    [Fact]
    public void A_readme_that_is_missing_or_a_folder_is_no_index()
    {
        using var temp = new TempFolder();
        Assert.False(HandoffIndex.IsIndexFile(System.IO.Path.Combine(temp.Path, "README.md")));
        Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "sub", "README.md"));
        Assert.False(HandoffIndex.IsIndexFile(System.IO.Path.Combine(temp.Path, "sub", "README.md")));
    }
}
