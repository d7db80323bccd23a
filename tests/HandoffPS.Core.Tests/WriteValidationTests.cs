using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

/// <summary>
/// New-Handoff never writes a file it cannot read back, and never leaves one behind: values that cannot make a readable
/// handoff are refused before anything is written, with an error id, and a retry with good values writes.
/// </summary>
public class WriteValidationTests
{
    private static readonly DateTime When = new(2026, 1, 2, 3, 4, 5);

    private static HandoffPlan Plan(TempFolder t, Handoff draft) => HandoffPlan.Create(HandoffProject.Resolve(t.Path, t.Path), draft);

    public static TheoryData<string, string> Unreadable => new()
    {
        { new string('>', 128) + " deep", "nested more than 128 levels" },
        { string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', 2 * i) + "- level\n")), "nested more than 128 levels" },
        { "before\0after", "NUL character" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_summary_the_reader_could_not_take_is_refused_before_writing_and_a_retry_writes(string summary, string why)
    {
        using var t = new TempFolder();

        var e = Assert.Throws<HandoffException>(() => Plan(t, new Handoff { Description = "deep", Date = When, Summary = summary }));

        Assert.Equal(HandoffErrorIds.InvalidHandoffInput, e.ErrorId);
        Assert.Equal(HandoffErrorKind.InvalidArgument, e.Kind);
        Assert.Contains(why, e.Message);
        Assert.Contains("nothing was written", e.Message);
        Assert.False(Directory.Exists(HandoffStore.FolderFor(t.Path)));

        Handoff written = Plan(t, new Handoff { Description = "deep", Date = When, Summary = "fine" }).Write(force: false);
        Assert.Equal("fine", written.Summary);
    }

    [Theory]
    [InlineData("Description")]
    [InlineData("Summary")]
    [InlineData("Completed")]
    [InlineData("Blocker")]
    [InlineData("KeyFile")]
    public void A_lone_surrogate_in_any_value_is_InvalidHandoffInput_not_a_raw_message(string where)
    {
        using var t = new TempFolder();
        const string bad = "half \uD83D of a rocket";
        var draft = new Handoff { Description = where == "Description" ? bad : "x", Date = When };
        switch (where)
        {
            case "Summary": draft.Summary = bad; break;
            case "Completed": draft.CompletedWork = new[] { "ok", bad }; break;
            case "Blocker": draft.Blockers = new[] { new Blocker(null, bad) }; break;
            case "KeyFile": draft.KeyFiles = new[] { new KeyFile("a.cs", bad) }; break;
        }

        var e = Assert.Throws<HandoffException>(() => Plan(t, draft));

        Assert.Equal(HandoffErrorIds.InvalidHandoffInput, e.ErrorId);
        Assert.Equal($"The {where} value holds a lone UTF-16 surrogate (U+D83D, half of a character) at character 6: it is not text and cannot be written. Remove it; nothing was written.", e.Message);
        Assert.False(Directory.Exists(HandoffStore.FolderFor(t.Path)));
    }

    [Fact]
    public void A_handoff_over_the_size_limit_is_HandoffTooLarge_and_not_written()
    {
        using var t = new TempFolder();

        var e = Assert.Throws<HandoffException>(() => Plan(t, new Handoff { Description = "big", Date = When, Summary = new string('x', HandoffLimits.MaxFileBytes) }));

        Assert.Equal(HandoffErrorIds.HandoffTooLarge, e.ErrorId);
        Assert.Equal(HandoffErrorKind.LimitsExceeded, e.Kind);
        Assert.False(Directory.Exists(HandoffStore.FolderFor(t.Path)));
    }

    [Theory]
    [InlineData("مراجعة الكود", "مراجعة-الكود")]
    [InlineData("日本語のメモ", "日本語のメモ")]
    [InlineData("Привет Мир", "привет-мир")]
    [InlineData("नमस्ते दुनिया", "नमस्ते-दुनिया")]
    [InlineData("日本語 notes", "notes")]
    public void A_description_in_any_script_names_its_file(string description, string slug)
    {
        using var t = new TempFolder();

        Handoff written = Plan(t, new Handoff { Description = description, Date = When }).Write(force: false);

        Assert.Equal(slug, HandoffFileName.Slugify(description));
        Assert.Equal($"2026-01-02-0304-{slug}.md", Path.GetFileName(written.Path));
        Assert.Equal(description, written.Description);
    }

    [Fact]
    public void A_long_description_without_spaces_is_cut_between_whole_characters()
    {
        string slug = HandoffFileName.Slugify(string.Concat(Enumerable.Repeat("𠀋語", 40)));

        Assert.True(slug.Length <= HandoffFileName.MaxSlugLength);
        Assert.True(HandoffFileName.IsValidText(slug));
        Assert.Equal(-1, HandoffFileName.FirstLoneSurrogate(slug));
    }

    [UnixFact]
    public void A_handoff_folder_linked_outside_the_project_is_written_through_with_a_warning()
    {
        using var t = new TempFolder();
        using var elsewhere = new TempFolder();
        string project = Directory.CreateDirectory(Path.Combine(t.Path, "project")).FullName;
        Directory.CreateSymbolicLink(HandoffStore.FolderFor(project), elsewhere.Path);
        Directory.CreateDirectory(Path.Combine(project, "shared"));

        HandoffPlan plan = HandoffPlan.Create(HandoffProject.Resolve(project, project), new Handoff { Description = "linked", Date = When });

        Assert.Contains(plan.Warnings, w => w.Contains($"is a symbolic link to '{elsewhere.Path}', outside the project", StringComparison.Ordinal));
        plan.Write(force: false);
        Assert.True(File.Exists(Path.Combine(elsewhere.Path, "2026-01-02-0304-linked.md")));

        // A link that stays inside the project is no surprise.
        Directory.Delete(HandoffStore.FolderFor(project));
        Directory.CreateSymbolicLink(HandoffStore.FolderFor(project), Path.Combine(project, "shared"));
        Assert.DoesNotContain(HandoffPlan.Create(HandoffProject.Resolve(project, project), new Handoff { Description = "inside", Date = When }).Warnings,
            w => w.Contains("symbolic link", StringComparison.Ordinal));
    }
}
