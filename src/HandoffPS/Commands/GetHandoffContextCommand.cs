using System;
using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Context;
using HandoffPS.Core.Git;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Gets what the next session should read first: the latest handoff's essentials, open blockers and staleness, within a token budget.</summary>
/// <remarks>
/// <para>Get-HandoffContext writes the text an agent or a person needs at the start of a session, for the current git branch: the latest handoff on that branch (its description, date and file), a staleness line (how long ago it was written), its summary, its next priorities with their details, every open blocker with how long it has been open (the handoff's own, then those still open on the latest handoffs of other existing branches), its decisions, key files and references, and a list of earlier handoffs. When no handoff is on the branch, it shows the latest handoff of the project and says so. -Branch names another branch.</para>
/// <para>The text stays within -MaxTokens (1,000 by default), counted with the o200k_base tokenizer, as Measure-Handoff does. When it would be longer, items are left out, least valuable first: earlier handoffs (oldest first), blockers of other branches, references, details of priorities (lowest priority first), key files, decisions, the priorities after the first (from the end), the summary, and how long each of the handoff's own blockers has been open. The first priority and the handoff's own open blockers stay longest: from about 150 tokens up they are always there, a long blocker text shortened (ending with '…') if it must be. The last line always says what was left out ('Left out: nothing.' when nothing was): how many of each kind, or the kinds alone when the counts would push out the first priority or a blocker, or how many items when the budget leaves no room for any content.</para>
/// <para>The project is -Path or -LiteralPath (a project root, its session-handoffs folder or a handoff file in it), else the current project; one context per project. The latest handoff is the newest by the handoff's own timestamp (header Date and Time), else the one in its file name, then by file name: the one Get-Handoff -Latest gives. A handoff file that cannot be read is one non-terminating error (HandoffUnreadable); the context is built from the others.</para>
/// <para>With no handoff in the project it outputs one line saying so, and no error: a session-start hook never fails for a new project.</para>
/// <para>-Format Json outputs the same content as indented JSON, and -AsObject as a HandoffContext object (Text, Tokens, Description, Date, Branch, Age, Summary, NextPriorities, OpenBlockers, Decisions, KeyFiles, References, EarlierHandoffs, LeftOut...), holding only what the text holds.</para>
/// <para>As a Claude Code SessionStart hook, in .claude/settings.json: {"hooks": {"SessionStart": [{"hooks": [{"type": "command", "command": "pwsh -NoProfile -Command \"Import-Module HandoffPS; Get-HandoffContext\""}]}]}}. What the command prints is added to the session's context.</para>
/// </remarks>
/// <example>
/// <code>Get-HandoffContext</code>
/// <para>The context for the current branch, within 1,000 tokens.</para>
/// </example>
/// <example>
/// <code>Get-HandoffContext -MaxTokens 300</code>
/// <para>A shorter context: the least valuable items are left out, and the last line says which.</para>
/// </example>
/// <example>
/// <code>Get-HandoffContext -Branch main -Format Json</code>
/// <para>The context of main's latest handoff as JSON, for a hook or a script.</para>
/// </example>
/// <example>
/// <code>(Get-HandoffContext -AsObject).OpenBlockers | Format-Table</code>
/// <para>The open blockers the context lists, as objects.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "HandoffContext", DefaultParameterSetName = TextSet)]
[OutputType(typeof(string), ParameterSetName = new[] { TextSet })]
[OutputType(typeof(HandoffContext), ParameterSetName = new[] { ObjectSet })]
public sealed class GetHandoffContextCommand : HandoffProjectCommand
{
    private const string TextSet = "Text";
    private const string ObjectSet = "Object";

    private readonly List<HandoffProject> _projects = new();

    /// <summary>The branch whose latest handoff to show. Default: the current git branch; outside git, the latest handoff of the project.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(Completers.BranchCompleter))]
    public string? Branch { get; set; }

    /// <summary>The most tokens (o200k_base) the output may have. Default: 1000. At least 50.</summary>
    [Parameter]
    [ValidateRange(HandoffContextOptions.MinimumMaxTokens, int.MaxValue)]
    public int MaxTokens { get; set; } = HandoffContextOptions.DefaultMaxTokens;

    /// <summary>Text (the default): the context as text. Json: the structured context as indented JSON.</summary>
    [Parameter(ParameterSetName = TextSet)]
    [ValidateSet("Text", "Json", IgnoreCase = true)]
    public string Format { get; set; } = "Text";

    /// <summary>Output a HandoffContext object instead of text.</summary>
    [Parameter(ParameterSetName = ObjectSet, Mandatory = true)]
    public SwitchParameter AsObject { get; set; }

    protected override void ProcessRecord() => _projects.AddRange(Projects());

    protected override void EndProcessing()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (HandoffProject project in _projects)
        {
            if (done.Add(project.Root))
            {
                Write(project);
            }
        }
    }

    private void Write(HandoffProject project)
    {
        string root = project.Root;
        GitFacts git = project.Git;
        string? branch = MyInvocation.BoundParameters.ContainsKey(nameof(Branch)) ? Branch : git.Branch;
        var options = new HandoffContextOptions
        {
            MaxTokens = MaxTokens,
            Branch = string.IsNullOrEmpty(branch) ? null : branch,
            Now = DateTime.Now,
            ProjectRoot = root,
            LiveBranches = git.IsRepository ? GitFacts.Branches(root) : null,
            // The staleness line's commit and file counts: see HandoffStaleness.CountChangesSince.
            ChangesSince = latest => HandoffStaleness.CountChangesSince(root, latest),
        };

        HandoffContext context;
        try
        {
            context = HandoffContextBuilder.Build(System.Linq.Enumerable.ToList(HandoffFiles.ReadFolder(this, project.Folder)), options);
        }
        catch (HandoffException ex)
        {
            ThrowTerminatingError(ErrorRecords.From(ex));
            return;
        }

        WriteVerbose($"{context.Tokens} of {context.MaxTokens} tokens; left out: {(context.LeftOut.Length == 0 ? "nothing" : string.Join("; ", context.LeftOut))}.");
        if (AsObject)
        {
            WriteObject(context);
        }
        else if (string.Equals(Format, "Json", StringComparison.OrdinalIgnoreCase))
        {
            WriteObject(context.ToJson());
        }
        else
        {
            WriteObject(context.Text);
        }
    }
}
