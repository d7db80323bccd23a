using HandoffPS.Core.Context;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests.Context;

/// <summary>The options every front end builds a project's context with (Get-HandoffContext, handoff_context).</summary>
public sealed class ProjectContextOptionsTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 3, 4, 5);

    [Fact]
    public void In_a_repository_the_current_branch_is_shown_unless_a_branch_is_given()
    {
        using TempFolder repo = TempFolder.GitRepo();
        repo.Git("checkout", "-q", "-b", "feature/x");
        HandoffProject project = HandoffProject.Resolve(repo.Path, repo.Path);

        HandoffContextOptions current = ProjectContextOptions.For(project, 300, Now);
        HandoffContextOptions given = ProjectContextOptions.For(project, 300, Now, "main", branchGiven: true);
        HandoffContextOptions whole = ProjectContextOptions.For(project, 300, Now, "", branchGiven: true);

        Assert.Equal("feature/x", current.Branch);
        Assert.Equal("main", given.Branch);
        Assert.Null(whole.Branch);
        Assert.Equal(new[] { "feature/x", "main" }, current.LiveBranches!.Order(StringComparer.Ordinal));
        Assert.Equal(300, current.MaxTokens);
        Assert.Equal(Now, current.Now);
        Assert.Equal(project.Root, current.ProjectRoot);
        Assert.NotNull(current.ChangesSince);
    }

    [Fact]
    public void Outside_git_the_latest_of_the_project_is_shown_and_no_branch_is_live()
    {
        using var folder = new TempFolder();
        HandoffProject project = HandoffProject.Resolve(folder.Path, folder.Path);

        HandoffContextOptions options = ProjectContextOptions.For(project, HandoffContextOptions.DefaultMaxTokens, Now);

        Assert.Null(options.Branch);
        Assert.Null(options.LiveBranches);
    }
}
