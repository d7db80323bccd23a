using System;
using System.Collections.Generic;
using System.Management.Automation;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Gets what the next session should read first: the latest handoff's essentials, open blockers and staleness, within a token budget.</summary>
/// <include file='../Help/Get-HandoffContext.xml' path='doc/*'/>
[Cmdlet(VerbsCommon.Get, "HandoffContext", DefaultParameterSetName = TextSet, HelpUri = Help.HelpLinks.Context)]
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
        IReadOnlyList<Handoff> handoffs = HandoffFiles.ReadFolder(this, project.Folder, out int unreadable);
        HandoffContextOptions options = ProjectContextOptions.For(
            project, MaxTokens, DateTime.Now, Branch, MyInvocation.BoundParameters.ContainsKey(nameof(Branch)), unreadableFiles: unreadable);

        HandoffContext context;
        try
        {
            context = HandoffContextBuilder.Build(handoffs, options);
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
