using System.CommandLine;
using System.IO;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary><c>handoff index</c>: writes session-handoffs/README.md, the index of the handoffs (as <c>Update-HandoffIndex</c>).</summary>
public static class IndexCommand
{
    public static Command Create(CliContext cli)
    {
        var check = new Option<bool>("--check") { Description = "Write nothing; exit code 0 when the index is current, 3 when it is stale or missing (for CI)." };
        var force = new Option<bool>("--force", "-f") { Description = "Replace a README.md in the handoff folder that is not a handoff index." };
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("index", "Write the handoff index, session-handoffs/README.md (as Update-HandoffIndex).") { check, force, path, json };
        command.SetAction(parse =>
        {
            HandoffProject project = cli.Project(parse.GetValue(path));
            if (!Directory.Exists(project.Folder))
            {
                throw new HandoffException(HandoffErrorIds.HandoffFolderNotFound, HandoffErrorKind.ObjectNotFound,
                    $"There is no handoff folder at '{project.Folder}', so there is nothing to index. Write a handoff first with 'handoff new'.", project.Folder);
            }

            HandoffIndexResult result = HandoffIndex.Check(project.Folder);
            cli.Report(result.Errors);
            if (parse.GetValue(check))
            {
                Write(cli, result, parse.GetValue(json));
                return cli.Done(result.IsCurrent ? ExitCodes.Ok : ExitCodes.CheckFailed);
            }

            if (!result.IsCurrent)
            {
                if (result.IsForeign && !parse.GetValue(force))
                {
                    throw HandoffIndex.NotOwned(result.Path);
                }

                result = HandoffIndex.Apply(result, parse.GetValue(force));
            }

            Write(cli, result, parse.GetValue(json));
            return cli.Done();
        });
        return command;
    }

    private static void Write(CliContext cli, HandoffIndexResult result, bool json)
    {
        if (json)
        {
            cli.WriteJson(new { result.Status, result.Path, result.HandoffCount, result.IsCurrent, result.Changed });
        }
        else
        {
            cli.Out.WriteLine(result.ToString());
        }
    }
}
