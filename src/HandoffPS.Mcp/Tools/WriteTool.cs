using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary>
/// <c>handoff_write</c>: writes a handoff with New-Handoff's parameters, through the same <see cref="HandoffRequest"/>
/// and <see cref="HandoffPlan"/>, so both write the same file. Unlike New-Handoff, the latest handoff is carried
/// forward unless <c>carryForward</c> is false (there is no pipeline to pass it), and nothing is ever overwritten
/// (no -Force): a taken name is the <c>HandoffExists</c> error.
/// </summary>
internal sealed partial class WriteTool : HandoffTool
{
    public const string ToolName = "handoff_write";

    private const string Schema = """
        {"type":"object","properties":{
        "description":{"type":"string","description":"Brief title; names the file"},
        "summary":{"type":"string"},
        "completed":{"type":"array","items":{"type":"string"}},
        "nextPriority":{"type":"array","items":{"type":"string"},"description":"'Title (reason)', in order"},
        "blocker":{"type":"array","items":{"type":"string"},"description":"'Category: text' or 'text'"},
        "decision":{"type":"array","items":{"type":"string"}},
        "keyFile":{"type":"array","items":{"type":"string"},"description":"'path - description'"},
        "reference":{"type":"array","items":{"type":"string"}},
        "resolvedBlocker":{"type":"array","items":{"type":"string"},"description":"Carried blockers now resolved"},
        "carryForward":{"type":"boolean","description":"Carry over the latest handoff's open items (default true)"},
        "fromGit":{"type":"boolean","description":"Add commits and changed files since the latest"},
        "since":{"type":"string","format":"date-time","description":"With fromGit: start here"},
        "branch":{"type":"string"},
        "author":{"type":"string"},
        "agent":{"type":"string"},
        "date":{"type":"string","format":"date-time","description":"Session time (default now)"},
        "updateIndex":{"type":"boolean","description":"Refresh session-handoffs/README.md"}},
        "required":["description"],"additionalProperties":false}
        """;

    public WriteTool(ServedProject project)
        : base(project, ToolName, "Write this session's handoff (never overwrites); returns its path and content.", Schema, readOnly: false)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        string description = arguments.String("description")!;
        if (PathTraversal().IsMatch(description))
        {
            throw new HandoffException("InvalidDescription", HandoffErrorKind.InvalidArgument,
                $"The description '{description}' looks like a path ('..'). A description names the session, such as 'auth refactor'; the file name is made from it.",
                description);
        }

        HandoffProject project = Project.Resolve();
        var errors = new List<HandoffException>();
        var warnings = new List<string>();
        var notes = new List<string>();
        Handoff? previous = arguments.Has("carryForward") && !arguments.Bool("carryForward")
            ? null
            : HandoffStore.Latest(project.Folder, errors);
        var request = new HandoffRequest
        {
            Draft = Draft(description, arguments),
            Previous = previous,
            ResolvedBlockers = arguments.Strings("resolvedBlocker"),
            FromGit = arguments.Bool("fromGit"),
            Since = arguments.Date("since"),
            Agent = arguments.String("agent"),
        };

        HandoffPlan plan = request.Plan(project, Project.Now(), errors, warnings, notes);

        EnsureInFolder(plan.FilePath, project.Folder);
        Handoff written = plan.Write(force: false);
        if (arguments.Bool("updateIndex"))
        {
            HandoffIndexResult index = HandoffIndex.Update(project.Folder);
            errors.AddRange(index.Errors);
        }

        var result = new Written(plan.FilePath, written, warnings.Distinct(StringComparer.Ordinal).ToArray());
        return ToolResults.Structured(result, ToolResults.Notes(errors));
    }

    /// <summary>The explicit values, in the string forms New-Handoff documents ('Title (reason)', 'Category: text', 'path - description').</summary>
    private static Handoff Draft(string description, ToolArguments a) => new()
    {
        Description = description,
        Date = a.Date("date"),
        Branch = a.String("branch"),
        Author = a.String("author"),
        Summary = a.String("summary"),
        CompletedWork = Lines(a.Strings("completed")),
        NextPriorities = Lines(a.Strings("nextPriority")).Select((p, i) => Priority.FromText(i + 1, p)).ToArray(),
        Blockers = Lines(a.Strings("blocker")).Select(Blocker.FromText).ToArray(),
        Decisions = Lines(a.Strings("decision")),
        KeyFiles = Lines(a.Strings("keyFile")).Select(KeyFile.FromText).Where(k => k.Path.Length > 0).ToArray(),
        References = Lines(a.Strings("reference")),
    };

    private static string[] Lines(string[]? values) =>
        (values ?? Array.Empty<string>()).Select(TextRules.SingleLine).Where(s => s.Length > 0).ToArray();

    /// <summary>The file name comes from a slug, so this cannot fail; it is checked all the same before anything is written.</summary>
    internal static void EnsureInFolder(string file, string folder)
    {
        string full = Path.GetFullPath(file);
        string expected = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!string.Equals(Path.GetDirectoryName(full), expected, StringComparison.Ordinal))
        {
            throw new HandoffException("InvalidDescription", HandoffErrorKind.InvalidArgument,
                $"The handoff would be written to '{full}', outside the handoff folder '{expected}'. Nothing was written.", file);
        }
    }

    /// <summary>A '..' path segment: '../x', 'x/..', '..\x'.</summary>
    [GeneratedRegex(@"(^|[/\\])\.\.([/\\]|$)")]
    private static partial Regex PathTraversal();

    /// <summary>What handoff_write returns: where the file is, the handoff as read back from it, and what git could not tell.</summary>
    internal sealed record Written(string Path, Handoff Handoff, string[] Warnings);
}
