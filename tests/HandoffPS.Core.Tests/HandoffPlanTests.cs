using HandoffPS.Core;

namespace HandoffPS.Core.Tests;

public class HandoffPlanTests
{
    [Fact]
    public void In_a_repository_the_plan_targets_the_work_tree_root_with_git_facts()
    {
        using var repo = TempFolder.GitRepo();
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "src")).FullName;
        var draft = new Handoff { Description = "Auth refactor", Date = new DateTime(2025, 10, 27, 9, 30, 15, 500) };

        HandoffPlan plan = HandoffPlan.Create(draft, null, sub);

        Assert.Equal(Path.Combine(repo.Path, "session-handoffs", "2025-10-27-0930-auth-refactor.md"), plan.FilePath);
        Assert.Equal("main", plan.Handoff.Branch);
        Assert.Equal("Claude Code + Ada Lovelace", plan.Handoff.Author);
        Assert.Equal(new DateTime(2025, 10, 27, 9, 30, 15), plan.Handoff.Date);
        Assert.Contains("**Time**: 09:30:15\n**Branch**: main\n", plan.Content);
        Assert.False(File.Exists(plan.FilePath));
    }

    [Fact]
    public void Outside_git_the_plan_uses_the_current_folder_and_has_no_branch()
    {
        using var t = new TempFolder();
        var draft = new Handoff { Description = "notes", Date = new DateTime(2025, 1, 2, 3, 4, 5) };

        HandoffPlan plan = HandoffPlan.Create(draft, null, t.Path, agent: "Codex");

        Assert.Equal(Path.Combine(t.Path, "session-handoffs", "2025-01-02-0304-notes.md"), plan.FilePath);
        Assert.Null(plan.Handoff.Branch);
        Assert.Equal("Codex", plan.Handoff.Author);
        Assert.DoesNotContain("**Branch**", plan.Content);
        Assert.NotEmpty(plan.Warnings);
    }

    [Fact]
    public void Explicit_branch_and_author_win_over_git()
    {
        using var repo = TempFolder.GitRepo();
        var draft = new Handoff { Description = "x", Branch = "release/1.0", Author = "Grace Hopper" };

        HandoffPlan plan = HandoffPlan.Create(draft, repo.Path, "/");

        Assert.Equal("release/1.0", plan.Handoff.Branch);
        Assert.Equal("Grace Hopper", plan.Handoff.Author);
    }

    [Fact]
    public void Write_then_read_back_equals_the_plan()
    {
        using var t = new TempFolder();
        Handoff sample = SampleHandoffs.DesignSample();
        HandoffPlan plan = HandoffPlan.Create(sample, t.Path, t.Path, readGit: _ => GitFacts.Read(t.Path));

        Handoff back = plan.Write(force: false);

        Assert.Equal(plan.Content, File.ReadAllText(plan.FilePath));
        Assert.Equal(HandoffRenderer.Render(plan.Handoff), HandoffRenderer.Render(back));
        Assert.Equal(plan.FilePath, back.Path);
    }

    [Fact]
    public void Invalid_description_fails_before_anything_is_written()
    {
        using var t = new TempFolder();

        var ex = Assert.Throws<HandoffException>(() => HandoffPlan.Create(new Handoff { Description = "🚀🚀" }, t.Path, t.Path));

        Assert.Equal("InvalidDescription", ex.ErrorId);
        Assert.Empty(Directory.GetFileSystemEntries(t.Path));
    }
}
