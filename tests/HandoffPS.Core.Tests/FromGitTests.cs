using HandoffPS.Core.Git;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

public class FromGitTests
{
    private static readonly DateTimeOffset T0 = new(2025, 10, 27, 9, 0, 0, TimeSpan.Zero);

    private static GitChanges Changes(IEnumerable<string> subjects, IEnumerable<FileChange> files) =>
        new(subjects.Select((s, i) => new GitCommitInfo($"sha{i}", s, T0.AddMinutes(i))).ToArray(), files.ToArray(), 0, "x", Array.Empty<string>());

    /// <summary><paramref name="count"/> files, most lines first: f01 has the most.</summary>
    private static FileChange[] Ranked(int count) =>
        Enumerable.Range(1, count).Select(i => new FileChange($"f{i:00}.cs", 100 - i, 0, false)).ToArray();

    [Theory]
    [InlineData(14, 14)]
    [InlineData(15, 15)]
    [InlineData(16, 15)]
    public void At_most_15_key_files_come_from_git_the_first_ones_in_rank_order(int changed, int listed)
    {
        Handoff h = FromGit.Apply(new Handoff { Description = "d" }, Changes(Array.Empty<string>(), Ranked(changed)));

        Assert.Equal(15, FromGit.MaxKeyFiles);
        Assert.Equal(Enumerable.Range(1, listed).Select(i => $"f{i:00}.cs"), h.KeyFiles.Select(k => k.Path));
    }

    [Fact]
    public void Explicit_key_files_do_not_use_up_the_15_and_are_not_repeated_whatever_their_slashes()
    {
        var draft = new Handoff { Description = "d", KeyFiles = new[] { new KeyFile("src\\f03.cs", "mine"), new KeyFile("other.md") } };
        FileChange[] files = Ranked(17).Select(f => f with { Path = "src/" + f.Path }).ToArray();

        Handoff h = FromGit.Apply(draft, Changes(Array.Empty<string>(), files));

        Assert.Equal(2 + 15, h.KeyFiles.Length);
        Assert.Equal(new[] { "src\\f03.cs", "other.md", "src/f01.cs", "src/f02.cs", "src/f04.cs" }, h.KeyFiles.Take(5).Select(k => k.Path));
        Assert.Equal("src/f16.cs", h.KeyFiles[^1].Path);
        Assert.Equal("mine", h.KeyFiles[0].Description);
    }

    [Fact]
    public void Files_with_the_same_lines_keep_the_order_git_ranked_them_in_and_are_described_by_their_counts()
    {
        var files = new[] { new FileChange("z.cs", 3, 2, false), new FileChange("a.cs", 5, 0, true), new FileChange("m.cs", 0, 5, false) };

        Handoff h = FromGit.Apply(new Handoff { Description = "d" }, Changes(Array.Empty<string>(), files));

        Assert.Equal(new[] { "z.cs", "a.cs", "m.cs" }, h.KeyFiles.Select(k => k.Path));
        Assert.Equal(new[] { "+3 \u22122", "+5 \u22120", "+0 \u22125" }, h.KeyFiles.Select(k => k.Description));
    }

    [Fact]
    public void Commit_subjects_follow_explicit_items_once_each_ignoring_case_and_spacing()
    {
        var draft = new Handoff { Description = "d", CompletedWork = new[] { "Fix  the\nlexer" } };
        string[] subjects = { "feat: parser", "fix the LEXER", "feat: parser", "FEAT: Parser", "docs: readme" };

        Handoff h = FromGit.Apply(draft, Changes(subjects, Array.Empty<FileChange>()));

        Assert.Equal(new[] { "Fix  the\nlexer", "feat: parser", "docs: readme" }, h.CompletedWork);
    }

    [Fact]
    public void Subjects_that_differ_only_by_a_dotless_i_are_different_items()
    {
        // Lower-casing keeps 'ı' and 'i' apart; upper-casing would merge them (both become 'I').
        var draft = new Handoff { Description = "d", CompletedWork = new[] { "fix it" } };

        Handoff h = FromGit.Apply(draft, Changes(new[] { "fıx ıt" }, Array.Empty<FileChange>()));

        Assert.Equal(new[] { "fix it", "fıx ıt" }, h.CompletedWork);
    }

    [Fact]
    public void The_draft_is_left_as_it_was_and_the_other_values_are_copied()
    {
        var draft = new Handoff { Description = "keep me", Summary = "s", CompletedWork = new[] { "a" }, KeyFiles = new[] { new KeyFile("k.cs") } };

        Handoff h = FromGit.Apply(draft, Changes(new[] { "b" }, new[] { new FileChange("f.cs", 1, 0, false) }));

        Assert.NotSame(draft, h);
        Assert.Equal(new[] { "a" }, draft.CompletedWork);
        Assert.Equal(new[] { "k.cs" }, draft.KeyFiles.Select(k => k.Path));
        Assert.Equal(new[] { "a", "b" }, h.CompletedWork);
        Assert.Equal(new[] { "k.cs", "f.cs" }, h.KeyFiles.Select(k => k.Path));
        Assert.Equal(("keep me", "s"), (h.Description, h.Summary));
    }

    [Fact]
    public void Nothing_from_git_leaves_the_explicit_values()
    {
        var draft = new Handoff { Description = "d", CompletedWork = new[] { "a" }, KeyFiles = new[] { new KeyFile("k.cs") } };

        Handoff h = FromGit.Apply(draft, GitChanges.None("x", "w"));

        Assert.Equal(new[] { "a" }, h.CompletedWork);
        Assert.Equal(new[] { "k.cs" }, h.KeyFiles.Select(k => k.Path));
    }

    [Fact]
    public void A_missing_draft_or_changes_is_an_argument_error()
    {
        Assert.Equal("draft", Assert.Throws<ArgumentNullException>(() => FromGit.Apply(null!, GitChanges.None("x", "w"))).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => FromGit.Apply(new Handoff(), null!)).ParamName);
    }
}

public class GitChangesTests
{
    [Fact]
    public void None_has_no_commits_files_or_uncommitted_files_and_the_one_warning()
    {
        GitChanges none = GitChanges.None("2025-10-27 09:30", "why");

        Assert.Empty(none.Commits);
        Assert.Empty(none.Files);
        Assert.Equal(0, none.UncommittedFiles);
        Assert.Equal("2025-10-27 09:30", none.Since);
        Assert.Equal(new[] { "why" }, none.Warnings);
    }

    [Fact]
    public void The_constructor_keeps_every_value()
    {
        var commits = new[] { new GitCommitInfo("abc", "s", DateTimeOffset.UnixEpoch) };
        var files = new[] { new FileChange("f", 1, 2, true) };
        var warnings = new[] { "w1", "w2" };

        var changes = new GitChanges(commits, files, 7, "commit abc", warnings);

        Assert.Same(commits, changes.Commits);
        Assert.Same(files, changes.Files);
        Assert.Equal(7, changes.UncommittedFiles);
        Assert.Equal("commit abc", changes.Since);
        Assert.Same(warnings, changes.Warnings);
    }

    [Theory]
    [InlineData(0, 0, 0, "+0 \u22120")]
    [InlineData(120, 30, 150, "+120 \u221230")]
    [InlineData(0, 7, 7, "+0 \u22127")]
    [InlineData(4, 4, 8, "+4 \u22124")]
    public void A_file_change_ranks_by_added_plus_deleted_and_reads_plus_minus(int added, int deleted, int lines, string summary)
    {
        var f = new FileChange("p", added, deleted, false);

        Assert.Equal(lines, f.Lines);
        Assert.Equal(summary, f.Summary);
    }
}
