using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using HandoffPS.Core.Model;
using HandoffPS.Core.Series;

namespace HandoffPS.Cli.Commands;

/// <summary><c>handoff priorities</c>: the latest handoff's next priorities, or with <c>--all</c> plan versus done over the series (as <c>Get-HandoffPriority</c>).</summary>
public static class PrioritiesCommand
{
    public static Command Create(CliContext cli)
    {
        var all = new Option<bool>("--all", "-a") { Description = "Every handoff's priorities, each measured against the next handoff: Done, CarriedOver, Dropped or Pending." };
        var branch = CommonOptions.Branch("Only handoffs of branches matching this pattern (* and ? wildcards).");
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("priorities", "List the next priorities, or plan versus done with --all (as Get-HandoffPriority).") { all, branch, path, json };
        command.SetAction(parse =>
        {
            IReadOnlyList<Handoff> series = BlockersCommand.Series(cli, parse.GetValue(path), parse.GetValue(branch));
            IReadOnlyList<PriorityRecord> records = parse.GetValue(all) ? HandoffSeries.AllPriorities(series) : HandoffSeries.LatestPriorities(series);
            if (parse.GetValue(json))
            {
                cli.WriteJson(records);
                return cli.Done();
            }

            string? plan = null;
            foreach (PriorityRecord r in records)
            {
                if (parse.GetValue(all) && r.Path != plan)
                {
                    plan = r.Path;
                    cli.Out.WriteLine($"Plan of {r.Date?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {r.Description}{(r.Branch is null ? string.Empty : " [" + r.Branch + "]")}:");
                }

                string status = r.Status is null ? string.Empty : $" [{r.Status}{(r.MatchedBy is null ? string.Empty : ": " + r.MatchedBy)}]";
                cli.Out.WriteLine($"{r.Rank}. {r}{status}");
            }

            return cli.Done();
        });
        return command;
    }
}
