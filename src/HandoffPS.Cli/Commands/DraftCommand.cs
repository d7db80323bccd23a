using System;
using System.Collections.Generic;
using System.CommandLine;
using HandoffPS.Core.Drafts;
using HandoffPS.Core.Hooks;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary>
/// <c>handoff draft</c>: writes or refreshes the draft of the current session (as <c>New-HandoffDraft</c>), from
/// the session's task list in its transcript and git since the latest handoff. The agent hooks do the same at
/// PreCompact, Stop and SessionEnd.
/// </summary>
public static class DraftCommand
{
    public static Command Create(CliContext cli)
    {
        var session = new Option<string?>("--session") { Description = $"The session's id: the draft is session-handoffs/drafts/<id>.md. Default: the hook input's session_id, else '{DraftStore.DefaultSessionId}'.", HelpName = "id" };
        var transcript = new Option<string?>("--transcript") { Description = "The session's transcript (JSON lines; the latest TodoWrite call is its task list). Default: the hook input's transcript_path.", HelpName = "file" };
        var stdin = new Option<bool>("--stdin") { Description = "Read the agent's hook input (JSON with session_id, transcript_path, cwd) from standard input." };
        var whatIf = new Option<bool>("--what-if") { Description = "Print the draft that would be written, and write nothing." };
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("draft", "Write or refresh the draft handoff of this session from its task list and git, without a model (as New-HandoffDraft).") { session, transcript, stdin, whatIf, path, json };
        command.SetAction(parse =>
        {
            HookInput input = parse.GetValue(stdin) ? HooksCommand.ReadInput(cli) : HookInput.Empty;
            if (input.Warning is not null)
            {
                cli.Warn(input.Warning);
            }

            HandoffProject project = cli.Project(parse.GetValue(path) ?? input.Cwd);
            TranscriptTasks tasks = TranscriptReader.ReadTasks(parse.GetValue(transcript) ?? input.TranscriptPath);
            if (tasks.Warning is not null)
            {
                cli.Warn(tasks.Warning);
            }

            var errors = new List<HandoffException>();
            DraftPlan plan = HandoffDraft.Plan(project, parse.GetValue(session) ?? input.SessionId, tasks.Tasks, DateTime.Now, errors);
            cli.Report(errors);
            cli.Warn(plan.Warnings);
            if (parse.GetValue(whatIf))
            {
                cli.Out.WriteLine($"What if: Writing draft '{plan.FilePath}':");
                cli.Out.Write(plan.Content);
                return cli.Done();
            }

            plan.Write();
            if (parse.GetValue(json))
            {
                Handoff written = HandoffStore.Read(plan.FilePath).Handoff;
                cli.WriteJson(written);
            }
            else
            {
                cli.Out.WriteLine(plan.FilePath);
            }

            return cli.Done();
        });
        return command;
    }
}
