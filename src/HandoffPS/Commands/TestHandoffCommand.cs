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
/// <remarks>
/// <para>Test-Handoff returns one HandoffDiagnostic per finding, in the manner of PSScriptAnalyzer: RuleName, Severity (Error, Warning or Information), Message, Line and Path. A handoff written by New-Handoff has no findings.</para>
/// <para>Rules: HandoffFileName (YYYY-MM-DD-HHMM-description.md), HandoffTitle ('# Session Handoff: ...'), HandoffHeaderField and HandoffFieldFormat (Date YYYY-MM-DD, Time HH:MM:SS, Branch in a git project, Author, written '**Name**: value'), HandoffTimestampMismatch (file name against header), HandoffSectionMissing, HandoffSectionOrder and HandoffSectionName (the template's sections, in order, by name), HandoffUnknownSection, HandoffListShape ('- ✅' items, numbered priorities, '**Category**:' blockers), HandoffKeyFileMissing (key files that do not exist under the project root), HandoffLength (more tokens than -TokenBudget, 600 by default, the template's budget; counted with the o200k_base tokenizer, as Measure-Handoff does) and HandoffEncoding (BOM, CRLF, final newline).</para>
/// <para>With -Quiet it returns a single bool for all input: true when there is no Error or Warning finding. Information findings never fail it. Use it in CI and pre-commit hooks.</para>
/// <para>Without -Path or -LiteralPath it checks the current project's handoffs. The project root, for key files, is the file's project (the folder above session-handoffs, else the file's folder), unless -ProjectRoot names another project (a root, its handoff folder or a file in it, taken literally). A -ProjectRoot that does not exist is one PathNotFound error and nothing is checked.</para>
/// </remarks>
/// <example>
/// <code>Test-Handoff ./session-handoffs/2025-10-27-0930-feature-implementation.md</code>
/// <para>Lists the findings for one file as a table: severity, line, rule and message.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem ./session-handoffs/*.md | Test-Handoff | Group-Object RuleName | Sort-Object Count -Descending</code>
/// <para>Which rules the project's handoffs break most.</para>
/// </example>
/// <example>
/// <code>if (-not (Get-Handoff -Latest | Test-Handoff -Quiet)) { throw 'The latest handoff does not follow the template.' }</code>
/// <para>A CI or pre-commit check.</para>
/// </example>
/// <example>
/// <code>Test-Handoff -Path ./session-handoffs -Severity Warning, Error</code>
/// <para>Every handoff of the folder, warnings and errors only.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Test, "Handoff", DefaultParameterSetName = PathSet)]
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
        var options = new HandoffLintOptions
        {
            ProjectRoot = project.Root,
            ExpectBranch = project.Git.IsRepository,
            TokenBudget = TokenBudget,
            CountTokens = TokenCounter.Count,
        };

        foreach (HandoffDiagnostic finding in HandoffLinter.Lint(document, options))
        {
            if (finding.Severity != DiagnosticSeverity.Information)
            {
                _passed = false;
            }

            if (!Quiet && (Severity is null || Severity.Contains(finding.Severity)))
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
