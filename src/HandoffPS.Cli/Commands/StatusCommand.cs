using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary>
/// <c>handoff status</c>: whether a handoff is due (as <c>Get-HandoffStatus</c>). Exit code 0 when none is due and 3
/// when one is, so a prompt or a script can test it: <c>handoff status -q || echo 'handoff due'</c>.
/// </summary>
public static class StatusCommand
{
    public static Command Create(CliContext cli)
    {
        var maxAge = new Option<string?>("--max-age")
        {
            Description = "How old the latest handoff may get while there is work since it: hours ('8', '1.5h'), minutes ('90m'), days ('2d') or a time span ('08:00:00'). Default: 8 hours.",
            HelpName = "age",
        };
        var minCommits = new Option<int>("--min-commits")
        {
            Description = "How many commits on another branch than the latest handoff's make a handoff due.",
            DefaultValueFactory = _ => HandoffStatus.DefaultMinCommits,
            HelpName = "n",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing; only the exit code answers (0 not due, 3 due)." };
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("status", "Tell whether a handoff is due (as Get-HandoffStatus). Exit code 0: not due; 3: due.") { maxAge, minCommits, quiet, path, json };
        command.SetAction(parse =>
        {
            HandoffProject project = cli.Project(parse.GetValue(path));
            if (parse.GetValue(minCommits) < 1)
            {
                throw new UsageException("--min-commits must be at least 1.");
            }

            var errors = new List<HandoffException>();
            Handoff? latest = HandoffStore.Latest(project.Folder, errors);
            cli.Report(errors);
            HandoffStatus status = HandoffStatus.Evaluate(project, latest, DateTime.Now, Age(parse.GetValue(maxAge)), parse.GetValue(minCommits), errors.Count);
            if (parse.GetValue(json))
            {
                cli.WriteJson(status);
            }
            else if (!parse.GetValue(quiet))
            {
                cli.Out.WriteLine((status.IsDue ? "Due: " : "Not due: ") + status.Reason);
                if (latest is not null)
                {
                    string when = latest.Date?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "undated";
                    cli.Out.WriteLine($"Latest handoff: {when} {latest.Description} ({CliContext.Display(latest.Path ?? string.Empty, project.Root)})");
                }
            }

            return cli.Done(status.IsDue ? ExitCodes.CheckFailed : ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>'8' or '8h' hours, '90m' minutes, '2d' days, or a time span '08:00:00'.</summary>
    internal static TimeSpan? Age(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string v = value.Trim().ToLowerInvariant();
        (string number, double unit) = v[^1] switch
        {
            'h' => (v[..^1], 60.0),
            'm' => (v[..^1], 1.0),
            'd' => (v[..^1], 24 * 60.0),
            _ => (v, 60.0),
        };
        if (!v.Contains(':', StringComparison.Ordinal) && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) && n >= 0)
        {
            return TimeSpan.FromMinutes(n * unit);
        }

        if (TimeSpan.TryParse(v, CultureInfo.InvariantCulture, out TimeSpan span) && span >= TimeSpan.Zero)
        {
            return span;
        }

        throw new UsageException($"--max-age '{value}' is not an age: use hours ('8'), '90m', '2d' or '08:00:00'.");
    }
}
