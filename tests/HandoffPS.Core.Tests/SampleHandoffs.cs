using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>Shared fixtures: the DESIGN.md sample as an object and as the file it must render to.</summary>
internal static class SampleHandoffs
{
    public const string CanonicalFileName = "2025-10-27-0930-feature-implementation.md";

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string CanonicalText => File.ReadAllText(FixturePath(CanonicalFileName));

    public static Handoff DesignSample() => new()
    {
        Description = "Feature Implementation",
        Date = new DateTime(2025, 10, 27, 9, 30, 0),
        Branch = "feat/user-dashboard",
        Author = "Claude Code + Ada Lovelace",
        Summary = "Completed initial implementation of the dashboard.",
        CompletedWork = new[]
        {
            "Created Dashboard component (src/components/Dashboard.vue)",
            "Added responsive layout (mobile + desktop)",
        },
        NextPriorities = new[]
        {
            new Priority(1, "Add data visualization charts", "Chart.js integration", new[] { "File: src/components/Charts.vue" }),
            new Priority(2, "Implement real-time updates"),
        },
        Blockers = new[]
        {
            new Blocker("Performance", "Token refresh taking 500ms (investigate database query)"),
            new Blocker(null, "Unclear whether the API is versioned"),
        },
        Decisions = new[] { "Using JWT (not session cookies) for stateless auth" },
        KeyFiles = new[] { new KeyFile("auth/tokens.py", "Token generation/validation logic") },
        References = new[] { "JWT spec: RFC 7519" },
    };
}
