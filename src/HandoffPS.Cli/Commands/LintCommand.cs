using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HandoffPS.Core.Context;
using HandoffPS.Core.Lint;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli.Commands;

/// <summary><c>handoff lint</c>: checks handoff files against the template (as <c>Test-Handoff</c>). Exit code 3 on any Error or Warning finding.</summary>
public static class LintCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("path")
        {
            Description = "Handoff files, handoff folders or project roots. Default: the current project's handoffs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var tokenBudget = new Option<int>("--token-budget")
        {
            Description = "The token budget of the length rule (o200k_base tokens).",
            DefaultValueFactory = _ => HandoffLinter.DefaultTokenBudget,
            HelpName = "n",
        };
        var json = CommonOptions.Json();
        var command = new Command("lint", "Check handoffs against the template (as Test-Handoff). Exit code 3 on any Error or Warning.") { files, tokenBudget, json };
        command.SetAction(parse =>
        {
            var findings = new List<HandoffDiagnostic>();
            var projects = new Dictionary<string, HandoffProject>(StringComparer.Ordinal);
            foreach (string file in Files(cli, parse.GetValue(files)))
            {
                HandoffDocument document;
                try
                {
                    document = HandoffStore.Read(file);
                }
                catch (HandoffException ex)
                {
                    cli.Report(ex);
                    continue;
                }

                string folder = Path.GetDirectoryName(file) ?? file;
                if (!projects.TryGetValue(folder, out HandoffProject? project))
                {
                    project = HandoffProject.Resolve(file, folder);
                    projects[folder] = project;
                }

                findings.AddRange(HandoffLinter.Lint(document, new HandoffLintOptions
                {
                    ProjectRoot = project.Root,
                    ExpectBranch = project.Git.IsRepository,
                    TokenBudget = parse.GetValue(tokenBudget),
                    CountTokens = TokenCounter.Count,
                }));
            }

            if (parse.GetValue(json))
            {
                cli.WriteJson(findings);
            }
            else
            {
                foreach (HandoffDiagnostic f in findings)
                {
                    cli.Out.WriteLine(f.ToString());
                }
            }

            bool failed = findings.Any(f => f.Severity != nameof(DiagnosticSeverity.Information));
            return cli.Done(failed ? ExitCodes.CheckFailed : ExitCodes.Ok);
        });
        return command;
    }

    private static IEnumerable<string> Files(CliContext cli, string[]? paths)
    {
        if (paths is null || paths.Length == 0)
        {
            return HandoffStore.EnumerateFiles(cli.Project(null).Folder);
        }

        var files = new List<string>();
        foreach (string p in paths)
        {
            string full = Path.GetFullPath(p, cli.CurrentDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                try
                {
                    files.AddRange(HandoffStore.EnumerateFiles(HandoffProject.Resolve(full, cli.CurrentDirectory).Folder));
                }
                catch (HandoffException ex)
                {
                    cli.Report(ex);
                }
            }
        }

        return files.Distinct(StringComparer.Ordinal);
    }
}
