using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Drafts;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Writes or refreshes the draft handoff of a session, from the session's task list and git, without a model.</summary>
/// <include file='../Help/New-HandoffDraft.xml' path='doc/*'/>
[Cmdlet(VerbsCommon.New, "HandoffDraft", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = Help.HelpLinks.Hooks)]
[OutputType(typeof(Handoff))]
public sealed class NewHandoffDraftCommand : HandoffProjectCommand
{
    /// <summary>The session's id: the draft is session-handoffs/drafts/{Session}.md. Default: 'manual'.</summary>
    [Parameter]
    public string? Session { get; set; }

    /// <summary>The session's Claude Code transcript (JSON lines): the latest TodoWrite call is the session's task list. Without it, or when it cannot be read, the draft is written from git alone, with a warning.</summary>
    [Parameter]
    [Alias("Transcript")]
    public string? TranscriptPath { get; set; }

    protected override void EndProcessing()
    {
        foreach (HandoffProject project in Projects().Take(1))
        {
            string? transcript = TranscriptPath is null ? null : GetUnresolvedProviderPathFromPSPath(TranscriptPath);
            TranscriptTasks tasks = TranscriptReader.ReadTasks(transcript);
            if (TranscriptPath is not null && tasks.Warning is not null)
            {
                WriteWarning(tasks.Warning);
            }

            var errors = new List<HandoffException>();
            DraftPlan plan;
            try
            {
                plan = HandoffDraft.Plan(project, Session, tasks.Tasks, DateTime.Now, errors);
            }
            catch (HandoffException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex));
                return;
            }

            errors.ForEach(e => WriteError(ErrorRecords.From(e)));
            plan.Notes.ToList().ForEach(WriteVerbose);
            plan.Warnings.Distinct(StringComparer.Ordinal).ToList().ForEach(WriteWarning);
            if (!ShouldProcess($"Writing draft '{plan.FilePath}':{Environment.NewLine}{plan.Content}", $"Write draft '{plan.FilePath}'?", "New-HandoffDraft"))
            {
                return;
            }

            try
            {
                plan.Write();
                WriteObject(HandoffStore.Read(plan.FilePath).Handoff);
            }
            catch (HandoffException ex)
            {
                WriteError(ErrorRecords.From(ex));
            }
        }
    }
}
