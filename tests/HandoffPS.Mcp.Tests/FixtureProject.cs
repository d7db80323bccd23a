using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Mcp.Tests;

/// <summary>
/// A project in a temporary folder (not a git repository) with a series of three handoffs, written through the core as
/// New-Handoff writes them: an auth blocker resolved after the first, an Infra blocker open in all three, priorities
/// done, carried over and dropped.
/// </summary>
internal sealed class FixtureProject : IDisposable
{
    public FixtureProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "handoffps-mcp-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
        Write(new Handoff
        {
            Description = "API design",
            Date = new DateTime(2025, 3, 1, 9, 0, 0),
            Branch = "main",
            Summary = "Sketched the public API.",
            CompletedWork = ["Sketched endpoints"],
            NextPriorities = [Priority.FromText(1, "Write the API spec (review on Friday)"), Priority.FromText(2, "Set up CI"), Priority.FromText(3, "Try GraphQL")],
            Blockers = [Blocker.FromText("Infra: staging database is down"), Blocker.FromText("Unclear who owns auth")],
        });
        Write(new Handoff
        {
            Description = "API spec",
            Date = new DateTime(2025, 3, 2, 10, 0, 0),
            Branch = "feature/api",
            Summary = "Wrote the spec.",
            CompletedWork = ["Write the API spec"],
            NextPriorities = [Priority.FromText(1, "Set up CI"), Priority.FromText(2, "Add rate limiting")],
            Blockers = [Blocker.FromText("Infra: staging database is down")],
        });
        Write(new Handoff
        {
            Description = "CI setup",
            Date = new DateTime(2025, 3, 3, 11, 0, 0),
            Branch = "main",
            Summary = "CI runs on every push.",
            CompletedWork = ["Set up CI"],
            NextPriorities = [Priority.FromText(1, "Add rate limiting (abuse reports)")],
            Blockers = [Blocker.FromText("Infra: staging database is down"), Blocker.FromText("Perf: login takes 2 s")],
            Decisions = ["GitHub Actions, not Jenkins"],
            KeyFiles = [KeyFile.FromText(".github/workflows/ci.yml - the pipeline")],
            References = ["RFC 6585 (429 Too Many Requests)"],
        });
    }

    public string Root { get; }

    public string Folder => Path.Combine(Root, HandoffStore.FolderName);

    /// <summary>The project as the core (and so the cmdlets) resolve it.</summary>
    public HandoffProject Project => HandoffProject.Resolve(Root, Root);

    public string LatestFile => Path.Combine(Folder, "2025-03-03-1100-ci-setup.md");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Write(Handoff draft) => HandoffPlan.Create(Project, draft).Write(force: false);
}
