using System.Collections.Generic;
using System.CommandLine;
using HandoffPS.Core.Context;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary>
/// <c>handoff context</c>: what the next session reads first, within a token budget; the same text as
/// <c>Get-HandoffContext</c>. The text is fitted with <see cref="TokenBound.Within"/>, which creates the tokenizer
/// only when the context must be trimmed; <c>--json</c> reports exact token counts, so it always creates it.
/// </summary>
public static class ContextCommand
{
    public static Command Create(CliContext cli)
    {
        var branch = CommonOptions.Branch("The branch whose latest handoff to show. Default: the current git branch; outside git, the project's latest handoff.");
        var maxTokens = new Option<int>("--max-tokens", "-t")
        {
            Description = $"The most tokens (o200k_base) the output may have; at least {HandoffContextOptions.MinimumMaxTokens}.",
            DefaultValueFactory = _ => HandoffContextOptions.DefaultMaxTokens,
            HelpName = "n",
        };
        maxTokens.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < HandoffContextOptions.MinimumMaxTokens)
            {
                r.AddError($"--max-tokens must be at least {HandoffContextOptions.MinimumMaxTokens}.");
            }
        });
        var path = CommonOptions.Path();
        var json = CommonOptions.Json();
        var command = new Command("context", "Print what the next session should read first, within a token budget (as Get-HandoffContext).") { branch, maxTokens, path, json };
        command.SetAction(parse =>
        {
            HandoffProject project = cli.Project(parse.GetValue(path));
            int budget = parse.GetValue(maxTokens);
            bool asJson = parse.GetValue(json);
            var errors = new List<HandoffException>();
            HandoffContext context = ProjectContext.Build(project, parse.GetValue(branch), budget, errors, asJson ? null : TokenBound.Within(budget));
            cli.Report(errors);
            cli.Out.WriteLine(asJson ? context.ToJson() : context.Text);
            return cli.Done();
        });
        return command;
    }
}
