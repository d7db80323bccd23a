using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Core.Series;

namespace HandoffPS.Cli.Commands;

/// <summary><c>handoff blockers</c>: the open blockers of the series, or every one, or the resolved ones (as <c>Get-HandoffBlocker</c>).</summary>
public static class BlockersCommand
{
    public static Command Create(CliContext cli)
    {
        var all = new Option<bool>("--all", "-a") { Description = "Every blocker of every handoff, with ResolvedOn where it was resolved." };
        var resolved = new Option<bool>("--resolved") { Description = "The blockers that appeared and then went away, with ResolvedOn." };
        var category = CommonOptions.Many("--category", "Only blockers whose category matches (* and ? wildcards; repeat for several).", "pattern");
        var branch = CommonOptions.Branch("Only handoffs of branches matching this pattern (* and ? wildcards).");
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("blockers", "List the open blockers and how long each has been open (as Get-HandoffBlocker).") { all, resolved, category, branch, path, json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(all) && parse.GetValue(resolved))
            {
                throw new HandoffException("AllAndResolved", HandoffErrorKind.InvalidArgument,
                    "--all and --resolved cannot be used together: --all already lists every blocker, with ResolvedOn where it was resolved.");
            }

            IReadOnlyList<Handoff> series = Series(cli, parse.GetValue(path), parse.GetValue(branch));
            IReadOnlyList<BlockerRecord> records = parse.GetValue(all) ? HandoffSeries.AllBlockers(series)
                : parse.GetValue(resolved) ? HandoffSeries.ResolvedBlockers(series)
                : HandoffSeries.OpenBlockers(series);
            string[]? categories = parse.GetValue(category);
            if (categories is { Length: > 0 })
            {
                records = records.Where(r => categories.Any(c => CommonOptions.Like(r.Category ?? string.Empty, c))).ToArray();
            }

            if (parse.GetValue(json))
            {
                cli.WriteJson(records);
                return cli.Done();
            }

            foreach (BlockerRecord r in records)
            {
                string since = r.FirstSeen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
                string end = r.ResolvedOn is { } on ? $", resolved {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty;
                string sessions = r.SessionsOpen == 1 ? "1 session" : $"{r.SessionsOpen} sessions";
                cli.Out.WriteLine($"- {r} (since {since}, {sessions}{end}{(r.Branch is null ? string.Empty : ", " + r.Branch)})");
            }

            return cli.Done();
        });
        return command;
    }

    /// <summary>The project's handoffs of the branches matching <paramref name="branch"/>, in series order; unreadable files reported.</summary>
    internal static IReadOnlyList<Handoff> Series(CliContext cli, string? path, string? branch)
    {
        HandoffProject project = cli.Project(path);
        var errors = new List<HandoffException>();
        IReadOnlyList<Handoff> handoffs = HandoffStore.ReadAll(project.Folder, errors);
        cli.Report(errors);
        return HandoffSeries.Order(CommonOptions.Filter(handoffs, h => h.Branch, branch));
    }
}
