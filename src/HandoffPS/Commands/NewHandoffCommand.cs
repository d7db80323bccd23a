using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Series;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Writes a session handoff: a timestamped Markdown file in the project's session-handoffs folder.</summary>
/// <remarks>
/// <para>New-Handoff writes one handoff file, YYYY-MM-DD-HHMM-{description}.md, in the session-handoffs folder at the project root, following the session handoff template exactly, then outputs the handoff as read back from the file.</para>
/// <para>The project root is -Path when given; otherwise the root of the git work tree that holds the current location, or the current location outside git. Branch and Author come from git (Author is '{Agent} + {user.name}'). Git is a source of facts, never a reason to fail: without a repository the handoff is still written, without a Branch line, and a warning says why.</para>
/// <para>The file is written to a temporary file in the same folder and moved into place, so no reader sees half a file. An existing handoff is never replaced unless -Force is given (error HandoffExists). New-Handoff never prompts, so it is safe in profile scripts; -WhatIf shows the whole file it would write.</para>
/// <para>Single-line values have their line breaks folded to spaces and are trimmed. Values are Markdown: backticks and emphasis are kept as written. So that the file passes markdownlint, a bare URL or e-mail address is written in angle brackets and a '&lt;' that would open an HTML tag gets a backslash; Get-Handoff gives both back as they were given.</para>
/// <para>Inside a repository the header also records the commit HEAD is at (**Commit**: 12 hex digits), so that the next handoff knows where "since" starts. -FromGit fills Completed Work and Key Files from git since the previous handoff.</para>
/// <para>Piped a previous handoff (Get-Handoff -Latest | New-Handoff ...), it carries forward that handoff's priorities that no -Completed item matches (by the significant words of the title) and its blockers not named by -ResolvedBlocker. Explicit values come first and nothing appears twice.</para>
/// </remarks>
/// <example>
/// <code>New-Handoff -Description 'auth refactor' -Summary 'Moved token checks into middleware.' -Completed 'JWT tokens', '15 unit tests' -NextPriority 'Optimize token refresh (500ms today)'</code>
/// <para>Writes session-handoffs/2025-10-27-0930-auth-refactor.md (with the current date and time) and outputs it as a Handoff object.</para>
/// </example>
/// <example>
/// <code>New-Handoff 'Feature Implementation' -NextPriority @{ Title = 'Implement real-time updates'; Reason = 'users asked'; Details = 'WebSocket connection', 'Fallback to polling' } -Blocker 'Performance: Token refresh taking 500ms', 'Unclear whether the API is versioned' -KeyFile 'auth/tokens.py - Token generation'</code>
/// <para>Priorities, blockers and key files can be strings in their short form ('Title (reason)', 'Category: text', 'path - description') or hashtables/objects with the same property names as the output.</para>
/// </example>
/// <example>
/// <code>New-Handoff -Description 'late notes' -Date '2025-10-27 18:00' -WhatIf</code>
/// <para>Shows the path and the complete Markdown that would be written for a backfilled handoff, and writes nothing.</para>
/// </example>
/// <example>
/// <code>Get-Handoff -Latest | New-Handoff -Description 'auth refactor, day 2' -Completed 'Optimized token refresh' -ResolvedBlocker 'Performance'</code>
/// <para>Starts from the previous handoff: its priorities that no Completed item matches, and its blockers except the Performance one, are carried over after the explicit values.</para>
/// </example>
/// <example>
/// <code>New-Handoff -Description 'end of day' -FromGit -NextPriority 'Review the parser changes'</code>
/// <para>Completed Work lists the commits since the previous handoff (from its Commit line, else its time; the last 24 hours for a first handoff), and Key Files the files changed since then, committed or not, with '+added −deleted'.</para>
/// </example>
/// <example>
/// <code>New-Handoff -Description 'release prep' -Summary 'Tagged the RC.' -UpdateIndex</code>
/// <para>Writes the handoff, then refreshes session-handoffs/README.md, the index of all handoffs.</para>
/// </example>
/// <example>
/// <code>New-Handoff -Description 'end of day' -Summary 'Wrap-up.' -ErrorAction SilentlyContinue -WarningAction SilentlyContinue</code>
/// <para>For a profile script: never prompts and never overwrites; if a handoff with this name already exists this minute, nothing is written.</para>
/// </example>
[Cmdlet(VerbsCommon.New, "Handoff", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PathSet)]
[OutputType(typeof(Handoff))]
public sealed class NewHandoffCommand : PSCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    /// <summary>A brief description of the session. It becomes the title and, as a slug, the file name.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Description { get; set; } = string.Empty;

    /// <summary>Two or three sentences on what the session accomplished.</summary>
    [Parameter]
    public string? Summary { get; set; }

    /// <summary>Deliverables of the session, one per item. Each is written as a '- ✅' line.</summary>
    [Parameter]
    public string[]? Completed { get; set; }

    /// <summary>What needs to happen next, in order. A string 'Title (reason)', or a hashtable/object with Title, Reason and Details.</summary>
    [Parameter]
    public object[]? NextPriority { get; set; }

    /// <summary>Open issues. A string 'Category: text' or plain 'text', or a hashtable/object with Category and Text.</summary>
    [Parameter]
    public object[]? Blocker { get; set; }

    /// <summary>Decisions made in the session, for the Context section.</summary>
    [Parameter]
    public string[]? Decision { get; set; }

    /// <summary>Files the next session should look at. A string 'path - description', or a hashtable/object with Path and Description.</summary>
    [Parameter]
    public object[]? KeyFile { get; set; }

    /// <summary>References (specifications, documents, links) for the Context section.</summary>
    [Parameter]
    public string[]? Reference { get; set; }

    /// <summary>The branch to record. Default: the current git branch.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(Completers.BranchCompleter))]
    public string? Branch { get; set; }

    /// <summary>The author to record. Default: '{Agent} + {git user.name}'.</summary>
    [Parameter]
    public string? Author { get; set; }

    /// <summary>The agent named in the default Author. Default: 'Claude Code'.</summary>
    [Parameter]
    public string Agent { get; set; } = HandoffPlan.DefaultAgent;

    /// <summary>The session's date and time, for backfilling. Default: now. Stored to the second, in local time.</summary>
    [Parameter]
    public DateTime? Date { get; set; }

    /// <summary>The project: its root, its session-handoffs folder or a handoff file in it. Wildcards are allowed; they must match one folder. Default: the git work-tree root of the current location, else the current location.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Alias("ProjectRoot")]
    [SupportsWildcards]
    public string? Path { get; set; }

    /// <summary>Like -Path, but taken exactly as typed (no wildcards).</summary>
    [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true)]
    [Alias("PSPath", "LP")]
    public string? LiteralPath { get; set; }

    /// <summary>Replace an existing handoff with the same file name.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>The previous handoff, usually piped from Get-Handoff -Latest. Its priorities not completed now and its blockers not resolved now are carried over, after the explicit ones.</summary>
    [Parameter(ValueFromPipeline = true)]
    [Alias("InputObject")]
    public Handoff? Previous { get; set; }

    /// <summary>Blockers of the previous handoff that this session resolved, by category, text or the start of the text; they are not carried over.</summary>
    [Parameter]
    public string[]? ResolvedBlocker { get; set; }

    /// <summary>Add what git knows since the previous handoff: one Completed item per commit (its subject) and Key Files for the files changed, committed or not, ranked by lines changed (at most 15). Explicit values come first.</summary>
    [Parameter]
    public SwitchParameter FromGit { get; set; }

    /// <summary>With -FromGit: where "since" starts instead of the previous handoff. Without a previous handoff the default is the last 24 hours.</summary>
    [Parameter]
    public DateTime? Since { get; set; }

    /// <summary>After writing, refresh the index session-handoffs/README.md (as Update-HandoffIndex does).</summary>
    [Parameter]
    public SwitchParameter UpdateIndex { get; set; }

    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    private Handoff? _previous;

    protected override void ProcessRecord()
    {
        // Several piped handoffs: the latest (HandoffOrder) is the previous one.
        if (Previous is not null && (_previous is null || HandoffOrder.Instance.Compare(Previous, _previous) >= 0))
        {
            _previous = Previous;
        }
    }

    protected override void EndProcessing()
    {
        HandoffPlan plan;
        try
        {
            var draft = new Handoff
            {
                Description = Description,
                Date = Date,
                Branch = Branch,
                Author = Author,
                Summary = Summary,
                CompletedWork = InputConverter.ToLines(Completed),
                NextPriorities = InputConverter.ToPriorities(NextPriority),
                Blockers = InputConverter.ToBlockers(Blocker),
                Decisions = InputConverter.ToLines(Decision),
                KeyFiles = InputConverter.ToKeyFiles(KeyFile),
                References = InputConverter.ToLines(Reference),
            };
            if (Project() is not HandoffProject project)
            {
                return;
            }

            if (FromGit)
            {
                draft = AddFromGit(draft, project);
            }

            if (_previous is not null)
            {
                draft = CarryForward.Apply(draft, _previous, ResolvedBlocker);
            }

            plan = HandoffPlan.Create(project, draft, Agent);
        }
        catch (HandoffException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex));
            return;
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(ErrorRecords.Create("InvalidHandoffInput", ErrorCategory.InvalidArgument, ex.Message, null, ex));
            return;
        }

        foreach (string warning in plan.Warnings)
        {
            Warn(warning);
        }

        string whatIf = $"Writing session handoff '{plan.FilePath}':{Environment.NewLine}{plan.Content}";
        if (!ShouldProcess(whatIf, $"Write session handoff '{plan.FilePath}'?", "New-Handoff"))
        {
            return;
        }

        try
        {
            WriteObject(plan.Write(Force));
        }
        catch (HandoffException ex)
        {
            WriteError(ErrorRecords.From(ex));
            return;
        }

        if (UpdateIndex)
        {
            RefreshIndex(System.IO.Path.GetDirectoryName(plan.FilePath)!);
        }
    }

    private void RefreshIndex(string folder)
    {
        try
        {
            HandoffIndexResult result = HandoffIndex.Update(folder);
            foreach (HandoffException error in result.Errors)
            {
                WriteError(ErrorRecords.From(error));
            }

            WriteVerbose(result.ToString());
        }
        catch (HandoffException ex)
        {
            WriteError(ErrorRecords.From(ex));
        }
    }

    private Handoff AddFromGit(Handoff draft, HandoffProject project)
    {
        Handoff? previous = _previous;
        if (previous is null)
        {
            var errors = new List<HandoffException>();
            previous = HandoffStore.Latest(project.Folder, errors);
            foreach (HandoffException error in errors)
            {
                WriteError(ErrorRecords.From(error));
            }
        }

        GitChanges changes = GitHistory.SinceHandoff(project.Root, previous, Since, DateTime.Now);
        foreach (string warning in changes.Warnings)
        {
            Warn(warning);
        }

        WriteVerbose($"From git since {changes.Since}: {changes.Commits.Count} commit(s), {changes.Files.Count} file(s) changed.");
        return HandoffPS.Core.Git.FromGit.Apply(draft, changes);
    }

    /// <summary>Writes each warning once, even when git's history and git's facts report the same cause.</summary>
    private void Warn(string warning)
    {
        if (_warned.Add(warning))
        {
            WriteWarning(warning);
        }
    }

    /// <summary>
    /// The one project to write to: -Path (its wildcards must match one folder) or -LiteralPath, else the current
    /// project; null after an error (PathNotFound, or AmbiguousPath for a wildcard that matches several).
    /// </summary>
    private HandoffProject? Project()
    {
        var projects = ProjectInput.Resolve(this, Path is null ? null : new[] { Path }, LiteralPath is null ? null : new[] { LiteralPath }).ToList();
        if (projects.Count > 1)
        {
            ThrowTerminatingError(ErrorRecords.Create("AmbiguousPath", ErrorCategory.InvalidArgument,
                $"-Path '{Path}' matches {projects.Count} folders; a handoff is written to one project. Name one, or use -LiteralPath.", Path));
        }

        return projects.FirstOrDefault();
    }
}
