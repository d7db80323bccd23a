using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary>
/// <c>handoff new</c>: writes a handoff, as <c>New-Handoff</c> does and through the same <see cref="HandoffRequest"/>,
/// so that the same values give the same bytes.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliContext cli)
    {
        var description = new Argument<string?>("description")
        {
            Description = "A brief description of the session: the title and, as a slug, the file name. Optional with --from-draft.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var summary = new Option<string?>("--summary", "-s") { Description = "Two or three sentences on what the session accomplished.", HelpName = "text" };
        var completed = CommonOptions.Many("--completed", "A deliverable of the session (repeat the option for each).", "text");
        var next = CommonOptions.Many("--next", "What needs to happen next, in order: 'Title (reason)' (repeat for each).", "text");
        var blocker = CommonOptions.Many("--blocker", "An open issue: 'Category: text' or 'text' (repeat for each).", "text");
        var decision = CommonOptions.Many("--decision", "A decision made in the session (repeat for each).", "text");
        var keyFile = CommonOptions.Many("--key-file", "A file to look at: 'path - description' (repeat for each).", "text");
        var reference = CommonOptions.Many("--reference", "A reference: a specification, a document, a link (repeat for each).", "text");
        var branch = new Option<string?>("--branch") { Description = "The branch to record. Default: the current git branch.", HelpName = "name" };
        var author = new Option<string?>("--author") { Description = "The author to record. Default: '{agent} + {git user.name}'.", HelpName = "name" };
        var agent = new Option<string?>("--agent") { Description = "The agent named in the default author. Default: 'Claude Code'.", HelpName = "name" };
        var date = new Option<string?>("--date") { Description = "The session's date and time, for backfilling (e.g. '2026-11-22 09:30'). Default: now.", HelpName = "date" };
        var force = new Option<bool>("--force", "-f") { Description = "Replace an existing handoff with the same file name." };
        var fromGit = new Option<bool>("--from-git") { Description = "Add the commits and changed files since the previous handoff (as New-Handoff -FromGit); the latest handoff's open work is carried forward too, unless --no-carry-forward." };
        var noCarry = new Option<bool>("--no-carry-forward") { Description = "With --from-git: carry nothing forward from the latest handoff (it still sets where 'since' starts)." };
        var since = new Option<string?>("--since") { Description = "With --from-git: where 'since' starts instead of the previous handoff.", HelpName = "date" };
        var carry = new Option<bool>("--carry-forward") { Description = "Start from the latest handoff: carry over its priorities not completed now and its blockers not resolved (as 'Get-Handoff -Latest | New-Handoff')." };
        var resolved = CommonOptions.Many("--resolved-blocker", "With --carry-forward: a blocker of the previous handoff resolved in this session (category, text or its start).", "text");
        var fromDraft = new Option<bool>("--from-draft") { Description = "Finish a draft (session-handoffs/drafts/): its items follow the values given here; the draft is removed once the handoff is written." };
        var session = new Option<string?>("--session") { Description = "With --from-draft: the session whose draft to finish. Default: the newest draft.", HelpName = "id" };
        var updateIndex = new Option<bool>("--update-index") { Description = "After writing, refresh the index session-handoffs/README.md." };
        var whatIf = new Option<bool>("--what-if") { Description = "Print the file that would be written, and write nothing." };
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();

        var command = new Command("new", "Write a session handoff (as New-Handoff).")
        {
            description, summary, completed, next, blocker, decision, keyFile, reference, branch, author, agent, date, force,
            fromGit, noCarry, since, carry, resolved, fromDraft, session, updateIndex, whatIf, path, json,
        };

        command.SetAction(parse =>
        {
            HandoffProject project = cli.Project(parse.GetValue(path));
            var errors = new List<HandoffException>();
            string? title = parse.GetValue(description);
            bool finishing = parse.GetValue(fromDraft);
            if (string.IsNullOrWhiteSpace(title) && !finishing)
            {
                throw new UsageException("A description is required (handoff new 'what the session was'), unless --from-draft finishes a draft.");
            }

            var request = new HandoffRequest
            {
                Draft = new Handoff
                {
                    Description = title ?? string.Empty,
                    Date = Date(parse.GetValue(date), "--date"),
                    Branch = parse.GetValue(branch),
                    Author = parse.GetValue(author),
                    Summary = parse.GetValue(summary),
                    CompletedWork = Lines(parse.GetValue(completed)),
                    NextPriorities = Lines(parse.GetValue(next)).Select((t, i) => Priority.FromText(i + 1, t)).Where(p => p.Title.Length > 0).ToArray(),
                    Blockers = Lines(parse.GetValue(blocker)).Select(Blocker.FromText).Where(b => b.Text.Length > 0).ToArray(),
                    Decisions = Lines(parse.GetValue(decision)),
                    KeyFiles = Lines(parse.GetValue(keyFile)).Select(KeyFile.FromText).Where(k => k.Path.Length > 0).ToArray(),
                    References = Lines(parse.GetValue(reference)),
                },
                FinishDraft = finishing,
                DraftSession = parse.GetValue(session),
                Previous = parse.GetValue(carry) ? HandoffStore.Latest(project.Folder, errors) : null,
                ResolvedBlockers = parse.GetValue(resolved),
                FromGit = parse.GetValue(fromGit),
                NoCarryForward = parse.GetValue(noCarry),
                Since = Date(parse.GetValue(since), "--since"),
                Agent = parse.GetValue(agent),
            };

            var warnings = new List<string>();
            var notes = new List<string>();
            HandoffPlan plan = request.Plan(project, DateTime.Now, errors, warnings, notes);

            cli.Report(errors);
            cli.Warn(warnings);
            if (parse.GetValue(whatIf))
            {
                cli.Out.WriteLine($"What if: Writing session handoff '{plan.FilePath}':");
                cli.Out.Write(plan.Content);
                return cli.Done();
            }

            Handoff written = plan.Write(parse.GetValue(force));

            if (parse.GetValue(updateIndex))
            {
                HandoffIndexResult result = HandoffIndex.Update(System.IO.Path.GetDirectoryName(plan.FilePath)!);
                cli.Report(result.Errors);
            }

            if (parse.GetValue(json))
            {
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

    internal static string[] Lines(string[]? values) =>
        (values ?? Array.Empty<string>()).Select(TextRules.SingleLine).Where(s => s.Length > 0).ToArray();

    /// <summary>A date as PowerShell converts a string to [datetime] (the invariant culture).</summary>
    internal static DateTime? Date(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTime result))
        {
            return result;
        }

        throw new UsageException($"{option} '{value}' is not a date and time (e.g. '2026-11-22 09:30').");
    }
}
