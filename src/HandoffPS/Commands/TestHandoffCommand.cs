using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Context;
using HandoffPS.Core.Lint;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Checks handoff files against the session handoff template and reports each difference.</summary>
/// <include file='../Help/Test-Handoff.xml' path='doc/*'/>
[Cmdlet(VerbsDiagnostic.Test, "Handoff", DefaultParameterSetName = PathSet, HelpUri = Help.HelpLinks.Lint)]
[OutputType(typeof(HandoffDiagnostic))]
[OutputType(typeof(bool))]
public sealed class TestHandoffCommand : HandoffDocumentCommand
{
    private readonly Dictionary<string, HandoffProject> _projects = new(StringComparer.Ordinal);
    private HandoffProject? _projectRoot;
    private bool _passed = true;
    private bool _stopped;

    /// <summary>The project that key files are relative to, taken literally. Default: each file's project (the folder above session-handoffs, else the file's folder).</summary>
    [Parameter]
    public string? ProjectRoot { get; set; }

    /// <summary>Only findings of these severities.</summary>
    [Parameter]
    public DiagnosticSeverity[]? Severity { get; set; }

    /// <summary>The token budget of the length rule, in o200k_base tokens (the count Measure-Handoff reports). Default: 600, the template's.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int TokenBudget { get; set; } = HandoffLinter.DefaultTokenBudget;

    /// <summary>Return one bool for all input: true when no file has an Error or Warning finding.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    protected override void BeginProcessing()
    {
        if (ProjectRoot is not null)
        {
            _projectRoot = ProjectInput.Resolve(this, null, new[] { ProjectRoot }).FirstOrDefault();
            _stopped = _projectRoot is null;
            _passed = !_stopped;
        }
    }

    protected override void ProcessRecord()
    {
        if (_stopped)
        {
            return;
        }

        foreach (HandoffDocument document in Documents())
        {
            Check(document);
        }

        _passed &= Failures == 0;
    }

    protected override void EndProcessing()
    {
        if (Quiet)
        {
            WriteObject(_passed);
        }
    }

    protected override HandoffDocument? FromUnsaved(Handoff handoff)
    {
        WriteError(ErrorRecords.HandoffHasNoFile(handoff, "nothing to check"));
        return null;
    }

    private void Check(HandoffDocument document)
    {
        HandoffProject project = _projectRoot ?? ProjectOf(document.Handoff.Path!);
        WriteVerbose($"Checking '{document.Handoff.Path}' (project '{project.Root}', {(project.Git.IsRepository ? "a git repository" : "no git repository")}, token budget {TokenBudget}).");
        var options = new HandoffLintOptions
        {
            ProjectRoot = project.Root,
            ExpectBranch = project.Git.IsRepository,
            TokenBudget = TokenBudget,
            CountTokens = TokenCounter.Count,
        };

        foreach (HandoffDiagnostic finding in HandoffLinter.Lint(document, options))
        {
            if (finding.Severity != nameof(DiagnosticSeverity.Information))
            {
                _passed = false;
            }

            if (!Quiet && (Severity is null || Severity.Any(s => s.ToString() == finding.Severity)))
            {
                WriteObject(finding);
            }
        }
    }

    /// <summary>The project of a file, resolved once per folder, so that git is read once per project.</summary>
    private HandoffProject ProjectOf(string file)
    {
        string folder = System.IO.Path.GetDirectoryName(file) ?? file;
        if (!_projects.TryGetValue(folder, out HandoffProject? project))
        {
            project = HandoffProject.Resolve(file, folder);
            _projects[folder] = project;
        }

        return project;
    }
}
