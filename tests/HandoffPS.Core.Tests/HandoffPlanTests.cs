using HandoffPS.Core.Git;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

public class HandoffPlanTests
{
    [Fact]
    public void In_a_repository_the_plan_targets_the_work_tree_root_with_git_facts()
    {
        using var repo = TempFolder.GitRepo();
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "src")).FullName;
        var draft = new Handoff { Description = "Auth refactor", Date = new DateTime(2025, 10, 27, 9, 30, 15, 500) };

        HandoffPlan plan = Plan(draft, null, sub);

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

        HandoffPlan plan = Plan(draft, null, t.Path, agent: "Codex");

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

        HandoffPlan plan = Plan(draft, repo.Path, "/");

        Assert.Equal("release/1.0", plan.Handoff.Branch);
        Assert.Equal("Grace Hopper", plan.Handoff.Author);
    }

    [Fact]
    public void Write_then_read_back_equals_the_plan()
    {
        using var t = new TempFolder();
        Handoff sample = SampleHandoffs.DesignSample();
        HandoffPlan plan = Plan(sample, t.Path, t.Path, readGit: _ => GitFacts.Read(t.Path));

        Handoff back = plan.Write(force: false);

        Assert.Equal(plan.Content, File.ReadAllText(plan.FilePath));
        Assert.Equal(HandoffRenderer.Render(plan.Handoff), HandoffRenderer.Render(back));
        Assert.Equal(plan.FilePath, back.Path);
    }

    [Fact]
    public void Invalid_description_fails_before_anything_is_written()
    {
        using var t = new TempFolder();

        var ex = Assert.Throws<HandoffException>(() => Plan(new Handoff { Description = "🚀🚀" }, t.Path, t.Path));

        Assert.Equal("InvalidDescription", ex.ErrorId);
        Assert.Empty(Directory.GetFileSystemEntries(t.Path));
    }
    [Fact]
    public void Records_twelve_digits_of_head_and_leaves_the_draft_untouched()
    {
        using var repo = TempFolder.GitRepo();
        string head = repo.Git("rev-parse", "HEAD").Trim();
        var draft = new Handoff
        {
            Description = "  Auth\nrefactor ",
            Date = new DateTime(2025, 10, 27, 9, 30, 0),
            Path = "/elsewhere/old.md",
            FileName = "old.md",
            Branch = "  ",
            Author = " ",
        };

        HandoffPlan plan = Plan(draft, repo.Path, repo.Path, agent: "  ");

        Assert.Equal(12, HandoffPlan.CommitLength);
        Assert.Equal(head[..12], plan.Handoff.Commit);
        Assert.Null(plan.Handoff.Path);
        Assert.Null(plan.Handoff.FileName);
        Assert.Equal("Auth refactor", plan.Handoff.Description);
        Assert.Equal("main", plan.Handoff.Branch);
        Assert.Equal("Claude Code + Ada Lovelace", plan.Handoff.Author);
        Assert.Equal(Path.Combine(repo.Path, "session-handoffs"), Path.GetDirectoryName(plan.FilePath));
        Assert.Empty(plan.Warnings);
        Assert.Equal(
            "# Session Handoff: Auth refactor\n\n**Date**: 2025-10-27\n**Time**: 09:30:00\n**Branch**: main\n" +
            $"**Commit**: {head[..12]}\n**Author**: Claude Code + Ada Lovelace\n",
            plan.Content);

        Assert.Equal("  Auth\nrefactor ", draft.Description);
        Assert.Equal("/elsewhere/old.md", draft.Path);
        Assert.Equal("old.md", draft.FileName);
        Assert.Null(draft.Commit);
    }

    [Fact]
    public void The_agent_is_combined_with_the_git_user()
    {
        using var repo = TempFolder.GitRepo();

        HandoffPlan plan = Plan(new Handoff { Description = "x" }, repo.Path, repo.Path, agent: "Codex");

        Assert.Equal("Codex + Ada Lovelace", plan.Handoff.Author);
        Assert.Equal("Claude Code", HandoffPlan.DefaultAgent);
    }

    [Fact]
    public void An_unborn_head_has_no_commit_line()
    {
        using var repo = TempFolder.GitRepo(withCommit: false);

        HandoffPlan plan = Plan(new Handoff { Description = "x", Date = new DateTime(2025, 1, 2, 3, 4, 5) }, null, repo.Path);

        Assert.Null(plan.Handoff.Commit);
        Assert.DoesNotContain("**Commit**", plan.Content);
        Assert.Equal("main", plan.Handoff.Branch);
    }

    [Fact]
    public void An_explicit_project_folder_inside_a_repository_is_the_root()
    {
        using var repo = TempFolder.GitRepo();
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "tools", "app")).FullName;
        var draft = new Handoff { Description = "x", Date = new DateTime(2025, 1, 2, 3, 4, 5) };

        HandoffPlan plan = Plan(draft, Path.Combine(repo.Path, "tools", "..", "tools", "app"), "/");

        Assert.Equal(Path.Combine(sub, "session-handoffs", "2025-01-02-0304-x.md"), plan.FilePath);
        Assert.Equal("main", plan.Handoff.Branch);
    }

    [Fact]
    public void Without_a_date_the_plan_is_for_now_to_the_second()
    {
        using var t = new TempFolder();
        DateTime before = DateTime.Now.AddSeconds(-1);

        HandoffPlan plan = Plan(new Handoff { Description = "x" }, t.Path, t.Path);

        DateTime date = plan.Handoff.Date!.Value;
        Assert.InRange(date, before, DateTime.Now);
        Assert.Equal(0, date.Millisecond);
        Assert.Equal(0, date.Ticks % TimeSpan.TicksPerSecond);
        Assert.Equal(DateTimeKind.Unspecified, date.Kind);
    }

    [Fact]
    public void A_utc_date_is_written_in_local_time()
    {
        using var t = new TempFolder();
        var utc = new DateTime(2025, 10, 27, 9, 30, 15, 250, DateTimeKind.Utc);
        DateTime local = TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.Local);

        HandoffPlan plan = Plan(new Handoff { Description = "x", Date = utc }, t.Path, t.Path);

        Assert.Equal(new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second), plan.Handoff.Date);
        Assert.Equal(DateTimeKind.Unspecified, plan.Handoff.Date!.Value.Kind);
    }

    [Fact]
    public void Write_never_replaces_without_force()
    {
        using var t = new TempFolder();
        var draft = new Handoff { Description = "x", Date = new DateTime(2025, 1, 2, 3, 4, 5) };
        HandoffPlan first = Plan(draft, t.Path, t.Path, agent: "A");
        first.Write(force: false);
        HandoffPlan second = Plan(draft, t.Path, t.Path, agent: "B");

        Assert.Equal("HandoffExists", Assert.Throws<HandoffException>(() => second.Write(force: false)).ErrorId);
        Assert.Equal("A", HandoffParser.ReadFile(first.FilePath).Author);

        Handoff back = second.Write(force: true);

        Assert.Equal("B", back.Author);
        Assert.Equal(second.Content, File.ReadAllText(second.FilePath));
    }

    [Fact]
    public void Rejects_a_null_draft()
    {
        Assert.Throws<ArgumentNullException>(() => Plan(null!, null, "/"));
    }
    [Fact]
    public void The_given_git_reader_is_used_instead_of_the_folders_own()
    {
        using var repo = TempFolder.GitRepo();
        using var plain = new TempFolder();
        string? asked = null;

        HandoffPlan plan = Plan(new Handoff { Description = "x" }, plain.Path, plain.Path, readGit: p =>
        {
            asked = p;
            return GitFacts.Read(repo.Path);
        });

        Assert.Equal(plain.Path, asked);
        Assert.Equal("main", plan.Handoff.Branch);
        Assert.Equal("Claude Code + Ada Lovelace", plan.Handoff.Author);
        Assert.Equal(Path.Combine(plain.Path, "session-handoffs"), Path.GetDirectoryName(plan.FilePath));
    }

    /// <summary>The plan for the project <paramref name="path"/> names, else the one holding <paramref name="cwd"/>.</summary>
    private static HandoffPlan Plan(Handoff draft, string? path, string cwd, string? agent = null, Func<string, GitFacts>? readGit = null) =>
        HandoffPlan.Create(HandoffProject.Resolve(path, cwd, readGit), draft, agent);
}
