using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary><c>handoff latest</c>: the latest handoff (as <c>Get-Handoff -Latest</c>): its file as written, or the object as JSON.</summary>
public static class LatestCommand
{
    public static Command Create(CliContext cli)
    {
        var branch = CommonOptions.Branch("Only handoffs of branches matching this pattern (* and ? wildcards, case-insensitive).");
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("latest", "Print the latest handoff (as Get-Handoff -Latest): the file as written, or --json.") { branch, path, json };
        command.SetAction(parse =>
        {
            HandoffProject project = cli.Project(parse.GetValue(path));
            var errors = new List<HandoffException>();
            IReadOnlyList<Handoff> all = CommonOptions.Filter(HandoffStore.ReadAll(project.Folder, errors), h => h.Branch, parse.GetValue(branch));
            cli.Report(errors);
            Handoff? latest = all.Count == 0 ? null : all[^1];
            if (parse.GetValue(json))
            {
                cli.WriteJson(latest);
            }
            else if (latest?.Path is string file)
            {
                cli.Out.Write(File.ReadAllText(file));
            }
            else
            {
                cli.Error.WriteLine($"handoff: no handoffs in {project.Folder}.");
            }

            return cli.Done();
        });
        return command;
    }
}
