using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Writes a session handoff: a timestamped Markdown file in the project's session-handoffs folder.</summary>
/// <include file='../Help/New-Handoff.xml' path='doc/*'/>
[Cmdlet(VerbsCommon.New, "Handoff", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PathSet, HelpUri = Help.HelpLinks.Writing)]
[OutputType(typeof(Handoff))]
public sealed class NewHandoffCommand : HandoffContentCommand
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";
    private const string FromDraftSet = "FromDraft";

    /// <summary>A brief description of the session. It becomes the title and, as a slug, the file name. With -FromDraft: default, the draft's title.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = LiteralPathSet)]
    [Parameter(Position = 0, ParameterSetName = FromDraftSet)]
    [ValidateNotNullOrEmpty]
    public string Description { get; set; } = string.Empty;

    /// <summary>Finish a draft of session-handoffs/drafts (written by New-HandoffDraft or the agent hooks): its items follow the values given here, its title and summary are used when none is given, and the draft is removed once the handoff is written.</summary>
    [Parameter(Mandatory = true, ParameterSetName = FromDraftSet)]
    public SwitchParameter FromDraft { get; set; }

    /// <summary>With -FromDraft: the session whose draft to finish. Default: the newest draft.</summary>
    [Parameter(ParameterSetName = FromDraftSet)]
    public string? Session { get; set; }

    /// <summary>The project: its root, its session-handoffs folder or a handoff file in it. Wildcards are allowed; they must match one folder. Default: the git work-tree root of the current location, else the current location.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = FromDraftSet)]
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
    [ArgumentCompleter(typeof(Completers.ResolvedBlockerCompleter))]
    public string[]? ResolvedBlocker { get; set; }

    /// <summary>Add what git knows since the previous handoff: one Completed item per commit (its subject) and Key Files for the files changed, committed or not, ranked by lines changed (at most 15; past 1,000 untracked files their lines are not counted, see about_HandoffPS). Explicit values come first. Without a piped handoff, the project's latest handoff is the previous one: its open blockers and unfinished priorities are carried forward too, as if it had been piped in (see -NoCarryForward).</summary>
    [Parameter]
    public SwitchParameter FromGit { get; set; }

    /// <summary>Carry nothing forward from the previous handoff, piped or (with -FromGit) the project's latest: the new handoff holds only the values given here and, with -FromGit, what git says.</summary>
    [Parameter]
    public SwitchParameter NoCarryForward { get; set; }

    /// <summary>With -FromGit: where "since" starts instead of the previous handoff. Without a previous handoff the default is the last 24 hours.</summary>
    [Parameter]
    public DateTime? Since { get; set; }

    /// <summary>After writing, refresh the index session-handoffs/README.md (as Update-HandoffIndex does).</summary>
    [Parameter]
    public SwitchParameter UpdateIndex { get; set; }

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
        if (ProjectInput.ResolveOne(this, Path, LiteralPath) is not HandoffProject project)
        {
            return;
        }

        var errors = new List<HandoffException>();
        var warnings = new List<string>();
        var notes = new List<string>();
        HandoffPlan plan;
        try
        {
            plan = Request().Plan(project, DateTime.Now, errors, warnings, notes);
        }
        catch (HandoffException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex));
            return;
        }

        errors.ForEach(e => WriteError(ErrorRecords.From(e)));
        notes.ForEach(WriteVerbose);
        warnings.Distinct(StringComparer.Ordinal).ToList().ForEach(WriteWarning);
        string whatIf = $"Writing session handoff '{plan.FilePath}':{Environment.NewLine}{plan.Content}";
        if (!ShouldProcess(whatIf, $"Write session handoff '{plan.FilePath}'?", "New-Handoff"))
        {
            return;
        }

        try
        {
            WriteObject(plan.Write(Force));
            if (UpdateIndex)
            {
                HandoffIndexResult result = HandoffIndex.Update(System.IO.Path.GetDirectoryName(plan.FilePath)!);
                result.Errors.ToList().ForEach(e => WriteError(ErrorRecords.From(e)));
                WriteVerbose(result.ToString());
            }
        }
        catch (HandoffException ex)
        {
            WriteError(ErrorRecords.From(ex));
        }
    }

    private HandoffRequest Request() => new()
    {
        Draft = Draft(Description),
        FinishDraft = FromDraft,
        DraftSession = Session,
        Previous = _previous,
        ResolvedBlockers = ResolvedBlocker,
        FromGit = FromGit,
        NoCarryForward = NoCarryForward,
        Since = Since,
        Agent = Agent,
    };
}
