using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Tests;

public class HandoffProjectTests
{
    [Fact]
    public void Without_a_path_the_root_is_the_work_tree_root_and_git_is_not_read()
    {
        using var repo = TempFolder.GitRepo();
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "src", "deep")).FullName;
        int reads = 0;

        HandoffProject project = HandoffProject.Resolve(null, sub, p => { reads++; return GitFacts.Read(p); });

        Assert.Equal(Path.GetFullPath(repo.Path), project.Root);
        Assert.Equal(Path.Combine(project.Root, "session-handoffs"), project.Folder);
        Assert.Equal(0, reads);
        Assert.Equal("main", project.Git.Branch);
        Assert.Equal("main", project.Git.Branch);
        Assert.Equal(1, reads);
    }

    [Fact]
    public void Without_a_path_outside_git_the_root_is_the_current_directory()
    {
        using var t = new TempFolder();

        HandoffProject project = HandoffProject.Resolve(null, t.Path + Path.DirectorySeparatorChar);

        Assert.Equal(t.Path, project.Root);
        Assert.Equal(Path.Combine(t.Path, "session-handoffs"), project.Folder);
    }

    [Fact]
    public void A_path_is_taken_as_given_a_sub_project_stays_itself()
    {
        using var repo = TempFolder.GitRepo();
        string sub = Directory.CreateDirectory(Path.Combine(repo.Path, "tools", "cli")).FullName;

        HandoffProject project = HandoffProject.Resolve(Path.Combine("tools", "cli"), repo.Path);

        Assert.Equal(sub, project.Root);
        Assert.Equal(Path.Combine(sub, "session-handoffs"), project.Folder);
        Assert.True(project.Git.IsRepository);
    }

    [Fact]
    public void A_handoff_folder_or_a_file_in_it_names_the_project_above()
    {
        using var t = new TempFolder();
        string folder = Directory.CreateDirectory(Path.Combine(t.Path, "session-handoffs")).FullName;
        string file = Path.Combine(folder, "2025-10-27-0930-x.md");
        File.WriteAllText(file, "# Session Handoff: x\n");

        foreach (string path in new[] { t.Path, folder, folder + Path.DirectorySeparatorChar, file })
        {
            HandoffProject project = HandoffProject.Resolve(path, "/");
            Assert.Equal(t.Path, project.Root);
            Assert.Equal(folder, project.Folder);
        }
    }

    [Fact]
    public void A_folder_of_loose_handoffs_is_its_own_handoff_folder()
    {
        using var t = new TempFolder();
        string file = Path.Combine(t.Path, "2025-10-27-0930-x.md");
        File.WriteAllText(file, "# Session Handoff: x\n");

        Assert.Equal(t.Path, HandoffProject.Resolve(t.Path, "/").Folder);
        Assert.Equal(t.Path, HandoffProject.Resolve(file, "/").Folder);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_PathNotFound()
    {
        using var t = new TempFolder();

        var ex = Assert.Throws<HandoffException>(() => HandoffProject.Resolve("missing", t.Path));

        Assert.Equal(HandoffErrorIds.PathNotFound, ex.ErrorId);
        Assert.Equal(HandoffErrorKind.ObjectNotFound, ex.Kind);
        Assert.Equal("missing", ex.Target);
    }

    [Fact]
    public void The_plan_writes_into_the_resolved_handoff_folder()
    {
        using var t = new TempFolder();
        string folder = Directory.CreateDirectory(Path.Combine(t.Path, "session-handoffs")).FullName;
        HandoffProject project = HandoffProject.Resolve(folder, "/", _ => GitFacts.Read(t.Path));

        HandoffPlan plan = HandoffPlan.Create(project, new Handoff { Description = "x", Date = new DateTime(2025, 10, 27, 9, 30, 0) });

        Assert.Equal(Path.Combine(folder, "2025-10-27-0930-x.md"), plan.FilePath);
    }
}
