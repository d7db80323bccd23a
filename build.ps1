#Requires -Version 7.2
<#
.SYNOPSIS
Builds, tests or demonstrates the HandoffPS module.

.DESCRIPTION
Build: publishes src/HandoffPS into out/HandoffPS (cleaned first), copies the module manifest there,
and generates MAML help (out/HandoffPS/en-US/HandoffPS.dll-Help.xml) with tools/New-MamlHelp.ps1.

Test: Build, then the xunit suite (dotnet test, trx results in out/TestResults), then the Pester suite
(tests/HandoffPS.Tests, in a fresh pwsh, Pester 6.2.0 restored from NuGet into .tools/packages), then the
Markdown lint: markdownlint-cli2 (pinned in tools/markdownlint/package-lock.json, installed with npm ci
into .tools/node) over one freshly written sample of every kind of file HandoffPS writes
(tools/markdownlint/New-MarkdownSamples.ps1, into out/markdown-samples), each sample one test. Node.js and
npm are required: without them the lint fails, it is never skipped. Ends with the line
"Tests: N passed, N failed" (xunit, Pester and the lint added up) and exits 1 when a test failed, when a
runner failed without counting a failure (a build error, say), or when any of the three ran no test.

Demo: Build, then writes a handoff for the current git repository with New-Handoff and reads it back
with Get-Handoff, in a fresh pwsh.

Mutate: mutation testing of HandoffPS.Core with Stryker.NET (pinned in dotnet-tools.json) and the xunit
project (tools/stryker/stryker-config.json). Prints a table per file, the score and every surviving or
uncovered mutant; the HTML and JSON reports are left in out/mutation. Not part of Test: a whole run takes
about half an hour on a 2-core machine. -Mutate narrows it to some files (Stryker globs, relative to
src/HandoffPS.Core), for a quick loop on one area.

Fuzz: the adversarial run, long: -Count mutated handoffs (100,000 by default; seeded with -Seed, 14 by default,
so input N is the same everywhere) from the project's fixtures and both shared corpora, through the reader, the
linter (real token counts), Measure-Handoff's count, the next-session context and the converter, twice. Prints the
figures (tried / survived / failed) and every failure with the input's recipe; fails on a crash (an exception other
than the documented HandoffUnreadable and HandoffTooLarge), a hang, an input slower than 0.5 s + 1 s per MB of it, or
a converted text that converts to another. The test task runs the same fuzzer on 1,500 inputs.

Stress: racing writers (20 for one name and 20 each with its own, 6 rounds; 10 updating the index at once, 18 rounds)
and a writer of a 2 MB handoff killed with SIGKILL -Count times (400 by default). Prints the figures. The test task
runs the same with small counts.

.EXAMPLE
dotnet tool restore
dotnet pwsh -NoProfile -File ./build.ps1 -Task Test

.EXAMPLE
dotnet pwsh -NoProfile -File ./build.ps1 -Task Fuzz -Count 100000

.EXAMPLE
dotnet pwsh -NoProfile -File ./build.ps1 -Task Mutate -Mutate '**/HandoffStore.cs'
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Mutate', 'Fuzz', 'Stress')]
    [string] $Task = 'Build',

    # Fuzz: how many mutated handoffs (default 100,000). Stress: how many kills (default 400).
    [ValidateRange(1, [int]::MaxValue)]
    [int] $Count,

    # Fuzz: the seed of the run (default 14); input N of a seed is the same on every machine.
    [int] $Seed = 14,

    # Mutate only: Stryker globs of the files to mutate (default: all of HandoffPS.Core).
    [string[]] $Mutate = @(),

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
# Native commands report failure through $LASTEXITCODE, checked after each one.
$PSNativeCommandUseErrorActionPreference = $false

# In a log (CI), no colour escape codes: NO_COLOR is honoured by pwsh, Pester and the children.
if ([Console]::IsOutputRedirected -and -not $env:NO_COLOR) {
    $env:NO_COLOR = '1'
    $PSStyle.OutputRendering = 'PlainText'
}

$RepoRoot = $PSScriptRoot
$OutDir = Join-Path $RepoRoot 'out'
$ModuleDir = Join-Path $OutDir 'HandoffPS'
$ManifestPath = Join-Path $ModuleDir 'HandoffPS.psd1'
$PesterVersion = '6.2.0'
$PackagesDir = Join-Path $RepoRoot '.tools' 'packages'
$PesterManifest = Join-Path $PackagesDir 'pester' $PesterVersion 'tools' 'Pester.psd1'
$MarkdownlintDir = Join-Path $RepoRoot 'tools' 'markdownlint'
$NodeDir = Join-Path $RepoRoot '.tools' 'node'

function Write-Step {
    param([string] $Message)
    Write-Host ''
    Write-Host "==> $Message"
}

function Invoke-Native {
    # Runs a native command, streaming its output to the console, and returns its exit code.
    # Throws on a non-zero exit code unless -AllowFailure is given.
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [switch] $AllowFailure,
        # What to print instead of the arguments (for an encoded command).
        [string] $Display
    )
    if (-not $Display) { $Display = "$FilePath $($ArgumentList -join ' ')" }
    Write-Host "> $Display"
    & $FilePath @ArgumentList | Out-Host
    $code = $LASTEXITCODE
    if ($code -ne 0 -and -not $AllowFailure) {
        throw "'$Display' failed with exit code $code."
    }
    $code
}

function Invoke-Pwsh {
    # Runs a script file in a fresh pwsh (the local dotnet tool), so that no module dll stays loaded
    # in this process. Returns the exit code.
    param(
        [Parameter(Mandatory)] [string] $File,
        [string[]] $ArgumentList = @(),
        [switch] $AllowFailure
    )
    Invoke-Native -FilePath 'dotnet' -ArgumentList (@('pwsh', '-NoProfile', '-NonInteractive', '-File', $File) + $ArgumentList) -AllowFailure:$AllowFailure
}

function Invoke-Build {
    Write-Step "Build ($Configuration)"
    if (Test-Path -LiteralPath $ModuleDir) {
        Remove-Item -LiteralPath $ModuleDir -Recurse -Force
    }
    $null = Invoke-Native dotnet @('publish', (Join-Path $RepoRoot 'src' 'HandoffPS'), '-c', $Configuration, '-o', $ModuleDir, '--nologo')

    Copy-Item -LiteralPath (Join-Path $RepoRoot 'HandoffPS.psd1') -Destination $ModuleDir
    # pwsh does not read deps.json (the module initializer resolves libgit2 itself).
    Get-ChildItem -LiteralPath $ModuleDir -Filter '*.deps.json' | Remove-Item -Force

    # The XML documentation file is the source of the MAML help.
    $xmlDoc = Join-Path $ModuleDir 'HandoffPS.xml'
    if (-not (Test-Path -LiteralPath $xmlDoc)) {
        $fallback = Get-ChildItem -Path (Join-Path $RepoRoot 'src' 'HandoffPS' 'bin' $Configuration '*' 'HandoffPS.xml') -ErrorAction SilentlyContinue |
            Sort-Object LastWriteTime -Descending | Select-Object -First 1
        if (-not $fallback) { throw 'HandoffPS.xml (XML documentation) not found: is GenerateDocumentationFile on?' }
        Copy-Item -LiteralPath $fallback.FullName -Destination $xmlDoc
    }

    Write-Step 'Help (MAML)'
    $helpFile = Join-Path $ModuleDir 'en-US' 'HandoffPS.dll-Help.xml'
    $null = Invoke-Pwsh -File (Join-Path $RepoRoot 'tools' 'New-MamlHelp.ps1') -ArgumentList @(
        '-ModulePath', $ManifestPath, '-XmlDocPath', $xmlDoc, '-OutputPath', $helpFile)
    # Conceptual help (about_ topics) is written by hand in docs/.
    Copy-Item -Path (Join-Path $RepoRoot 'docs' 'about_*.help.txt') -Destination (Join-Path $ModuleDir 'en-US')

    Write-Host "Module: $ModuleDir"
}

function Get-TrxCounts {
    # Sums ResultSummary/Counters over the trx files: error, timeout and aborted count as failed.
    param([string] $Folder)
    $passed = 0; $failed = 0; $files = 0
    foreach ($trx in Get-ChildItem -LiteralPath $Folder -Filter '*.trx' -Recurse -ErrorAction SilentlyContinue) {
        $files++
        $xml = [xml](Get-Content -LiteralPath $trx.FullName -Raw)
        $counters = $xml.DocumentElement.SelectSingleNode("/*[local-name()='TestRun']/*[local-name()='ResultSummary']/*[local-name()='Counters']")
        if (-not $counters) { throw "No ResultSummary/Counters in $($trx.FullName)." }
        $get = { param($name) if ($counters.HasAttribute($name)) { [int]$counters.GetAttribute($name) } else { 0 } }
        $passed += & $get 'passed'
        $failed += (& $get 'failed') + (& $get 'error') + (& $get 'timeout') + (& $get 'aborted')
    }
    [pscustomobject]@{ Passed = $passed; Failed = $failed; Files = $files }
}

function Install-Markdownlint {
    # Installs the pinned markdownlint-cli2 into .tools/node with `npm ci` (exactly the versions of
    # tools/markdownlint/package-lock.json), unless that lock file is already installed there.
    # Returns the path of its command-line script.
    foreach ($tool in 'node', 'npm') {
        if (-not (Get-Command $tool -CommandType Application -ErrorAction SilentlyContinue)) {
            throw "'$tool' is not on PATH: the Markdown lint of the test task needs Node.js and npm."
        }
    }
    $lock = Join-Path $MarkdownlintDir 'package-lock.json'
    $installedLock = Join-Path $NodeDir 'package-lock.json'
    $cli = Join-Path $NodeDir 'node_modules' 'markdownlint-cli2' 'markdownlint-cli2-bin.mjs'
    $current = (Test-Path -LiteralPath $installedLock) -and (Test-Path -LiteralPath $cli) -and
        ((Get-FileHash -LiteralPath $lock).Hash -eq (Get-FileHash -LiteralPath $installedLock).Hash)
    if (-not $current) {
        if (Test-Path -LiteralPath $NodeDir) { Remove-Item -LiteralPath $NodeDir -Recurse -Force }
        $null = New-Item -ItemType Directory -Path $NodeDir -Force
        Copy-Item -LiteralPath (Join-Path $MarkdownlintDir 'package.json'), $lock -Destination $NodeDir
        $null = Invoke-Native npm @('ci', '--prefix', $NodeDir, '--no-audit', '--no-fund', '--loglevel', 'error')
        if (-not (Test-Path -LiteralPath $cli)) { throw "npm ci succeeded but $cli is missing." }
    }
    $cli
}

function Invoke-MarkdownLint {
    # Writes the samples with the built module in a fresh pwsh, then lints each one: one test per file.
    $passed = 0; $failed = 0; $problems = [System.Collections.Generic.List[string]]::new()
    try {
        $cli = Install-Markdownlint
        $samples = Join-Path $OutDir 'markdown-samples'
        $samplesExit = Invoke-Pwsh -AllowFailure -File (Join-Path $MarkdownlintDir 'New-MarkdownSamples.ps1') -ArgumentList @(
            '-ModulePath', $ManifestPath, '-OutputPath', $samples)
        if ($samplesExit -ne 0) {
            $problems.Add("Writing the Markdown samples failed (exit code $samplesExit).")
            $failed++
        }
        $config = Join-Path $MarkdownlintDir '.markdownlint-cli2.jsonc'
        foreach ($file in Get-ChildItem -LiteralPath $samples -Filter '*.md' -File -ErrorAction SilentlyContinue | Sort-Object Name) {
            # ':' makes markdownlint-cli2 take the argument as a literal path, not a glob.
            $code = Invoke-Native -AllowFailure node @($cli, '--config', $config, (':' + $file.FullName))
            if ($code -eq 0) { $passed++ } else { $failed++; Write-Host "FAILED: markdownlint $($file.Name)" }
        }
    }
    catch {
        $problems.Add("The Markdown lint could not run: $($_.Exception.Message)")
        $failed++
    }
    [pscustomobject]@{ Passed = $passed; Failed = $failed; Problems = $problems }
}

function Invoke-Test {
    Invoke-Build
    $problems = [System.Collections.Generic.List[string]]::new()

    # --- xunit ---------------------------------------------------------------------------------
    Write-Step 'xunit (tests/HandoffPS.Core.Tests)'
    $resultsDir = Join-Path $OutDir 'TestResults'
    if (Test-Path -LiteralPath $resultsDir) { Remove-Item -LiteralPath $resultsDir -Recurse -Force }
    $dotnetTestExit = Invoke-Native -AllowFailure dotnet @(
        'test', (Join-Path $RepoRoot 'tests' 'HandoffPS.Core.Tests'), '-c', $Configuration, '--nologo',
        '--logger', 'trx;LogFileName=HandoffPS.Core.Tests.trx', '--results-directory', $resultsDir)
    $xunit = Get-TrxCounts $resultsDir
    if ($dotnetTestExit -ne 0 -and $xunit.Failed -eq 0) {
        $problems.Add("dotnet test exited with code $dotnetTestExit without a failed test (build error?).")
    }
    if ($xunit.Passed + $xunit.Failed -eq 0) {
        $problems.Add('xunit ran no test.')
    }

    # --- Pester --------------------------------------------------------------------------------
    Write-Step "Pester $PesterVersion (tests/HandoffPS.Tests)"
    if (-not (Test-Path -LiteralPath $PesterManifest)) {
        $null = Invoke-Native dotnet @(
            'restore', (Join-Path $RepoRoot 'tests' 'HandoffPS.Tests' 'PesterRestore' 'PesterRestore.csproj'),
            '--packages', $PackagesDir, '--nologo')
        if (-not (Test-Path -LiteralPath $PesterManifest)) { throw "Pester was restored but $PesterManifest is missing." }
    }
    $countsFile = Join-Path $OutDir 'pester-counts.json'
    if (Test-Path -LiteralPath $countsFile) { Remove-Item -LiteralPath $countsFile -Force }
    $pesterExit = Invoke-Pwsh -AllowFailure -File (Join-Path $RepoRoot 'tests' 'HandoffPS.Tests' 'Invoke-PesterSuite.ps1') -ArgumentList @(
        '-ModulePath', $ManifestPath, '-PesterPath', $PesterManifest, '-ResultPath', $countsFile)
    $pester = [pscustomobject]@{ Passed = 0; Failed = 0 }
    if (Test-Path -LiteralPath $countsFile) {
        $json = Get-Content -LiteralPath $countsFile -Raw | ConvertFrom-Json
        $pester = [pscustomobject]@{ Passed = [int]$json.passed; Failed = [int]$json.failed }
        if ($pesterExit -ne 0 -and $pester.Failed -eq 0) {
            $problems.Add("The Pester run exited with code $pesterExit without a failed test.")
        }
    } else {
        $problems.Add("The Pester run (exit code $pesterExit) wrote no counts.")
    }
    if ($pester.Passed + $pester.Failed -eq 0) {
        $problems.Add('Pester ran no test.')
    }

    # --- Markdown lint -----------------------------------------------------------------------
    Write-Step 'markdownlint-cli2 (every kind of file HandoffPS writes)'
    $lint = Invoke-MarkdownLint
    foreach ($p in $lint.Problems) { $problems.Add($p) }
    if ($lint.Passed + $lint.Failed -eq 0) {
        $problems.Add('The Markdown lint checked no file.')
    }

    # --- Summary -------------------------------------------------------------------------------
    $passed = $xunit.Passed + $pester.Passed + $lint.Passed
    $failed = $xunit.Failed + $pester.Failed + $lint.Failed
    Write-Step 'Summary'
    Write-Host "xunit  - passed: $($xunit.Passed), failed: $($xunit.Failed) (dotnet test exit code $dotnetTestExit)"
    Write-Host "Pester - passed: $($pester.Passed), failed: $($pester.Failed) (exit code $pesterExit)"
    Write-Host "markdownlint - passed: $($lint.Passed), failed: $($lint.Failed) (one sample file each)"
    foreach ($p in $problems) { Write-Host "Problem: $p" }
    # The closing line, read by CI: nothing may be printed after it.
    Write-Host "Tests: $passed passed, $failed failed"
    if ($failed -gt 0 -or $problems.Count -gt 0) { return 1 }
    0
}

function Invoke-Demo {
    Invoke-Build
    Write-Step 'Demo: New-Handoff, then Get-Handoff, in a fresh pwsh'
    $demo = {
        $ErrorActionPreference = 'Stop'
        Import-Module $env:HANDOFFPS_MODULE_PATH
        $handoff = @{
            Description  = 'HandoffPS demo'
            Summary      = 'Built HandoffPS with build.ps1 and wrote this handoff with New-Handoff.'
            Completed    = 'Published the module to out/HandoffPS', 'Generated MAML help from the XML documentation'
            NextPriority = 'Read this handoff back (Get-Handoff -Latest)', 'Delete the demo handoff (session-handoffs/*-handoffps-demo.md)'
            Blocker      = 'Demo: nothing blocks, this handoff was written by build.ps1 -Task Demo'
        }
        try {
            $null = New-Handoff @handoff
            Write-Host 'New-Handoff wrote the demo handoff.'
        } catch {
            if ($_.FullyQualifiedErrorId -notlike 'HandoffExists*') { throw }
            Write-Host "Note: a handoff named like this one already exists (HandoffExists): $($_.Exception.Message)"
            Write-Host 'Showing what is there instead.'
        }
        Write-Host ''
        Write-Host '--- Get-Handoff -Latest | Format-List'
        Get-Handoff -Latest | Format-List | Out-Host
        Write-Host '--- Get-Handoff | Format-Table'
        Get-Handoff | Format-Table | Out-Host
    }
    $env:HANDOFFPS_MODULE_PATH = $ManifestPath
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($demo.ToString()))
    # -OutputFormat Text: with -EncodedCommand and redirected output pwsh would otherwise write CLIXML.
    $null = Invoke-Native dotnet @('pwsh', '-NoProfile', '-NonInteractive', '-OutputFormat', 'Text', '-EncodedCommand', $encoded) -Display 'dotnet pwsh -NoProfile -NonInteractive -OutputFormat Text -EncodedCommand <demo script>'
}

function Invoke-Mutate {
    Write-Step 'Mutation testing: Stryker.NET over HandoffPS.Core with the xunit suite'
    $outputDir = Join-Path $OutDir 'mutation'
    if (Test-Path -LiteralPath $outputDir) { Remove-Item -LiteralPath $outputDir -Recurse -Force }
    $arguments = @('dotnet-stryker', '--config-file', (Join-Path $RepoRoot 'tools' 'stryker' 'stryker-config.json'),
        '--output', $outputDir, '--concurrency', [string][Environment]::ProcessorCount, '--skip-version-check')
    foreach ($glob in $Mutate) { $arguments += @('--mutate', $glob) }
    Push-Location -LiteralPath (Join-Path $RepoRoot 'tests' 'HandoffPS.Core.Tests')
    try {
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $null = Invoke-Native dotnet $arguments
        Write-Host ("Stryker took {0:N1} min." -f $watch.Elapsed.TotalMinutes)
    } finally {
        Pop-Location
    }
    $report = Get-ChildItem -LiteralPath $outputDir -Filter 'mutation-report.json' -Recurse | Select-Object -First 1
    if (-not $report) { throw "Stryker wrote no mutation-report.json under $outputDir." }
    $null = & (Join-Path $RepoRoot 'tools' 'stryker' 'Show-MutationReport.ps1') -ReportPath $report.FullName -ListSurvivors
    Write-Host "Reports: $($report.Directory.FullName)"
}

function Invoke-Adversarial {
    # Builds and runs tests/HandoffPS.Adversarial (Release) with the given arguments; returns its exit code.
    param([string[]] $ArgumentList)
    $project = Join-Path $RepoRoot 'tests' 'HandoffPS.Adversarial'
    $null = Invoke-Native dotnet @('build', $project, '-c', 'Release', '--nologo', '-v', 'quiet')
    $dll = Join-Path $project 'bin' 'Release' 'net10.0' 'HandoffPS.Adversarial.dll'
    Invoke-Native -AllowFailure dotnet (@($dll) + $ArgumentList)
}

function Invoke-Fuzz {
    $n = if ($Count) { $Count } else { 100000 }
    Write-Step "Fuzz: $n mutated handoffs (seed $Seed)"
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $code = Invoke-Adversarial @('fuzz', '--count', [string]$n, '--seed', [string]$Seed)
    Write-Host ("Fuzz took {0:N1} min." -f $watch.Elapsed.TotalMinutes)
    $code
}

function Invoke-Stress {
    $n = if ($Count) { $Count } else { 400 }
    Write-Step "Stress: racing writers, index updates, and $n writes killed with SIGKILL"
    Invoke-Adversarial @('stress', '--kills', [string]$n)
}

Push-Location -LiteralPath $RepoRoot
try {
    # `dotnet pwsh` (the fresh processes below) needs the local tool; restoring is a no-op when present.
    $null = Invoke-Native dotnet @('tool', 'restore')
    $exitCode = 0
    switch ($Task) {
        'Build' { Invoke-Build }
        'Test' { $exitCode = Invoke-Test }
        'Demo' { Invoke-Demo }
        'Mutate' { Invoke-Mutate }
        'Fuzz' { $exitCode = Invoke-Fuzz }
        'Stress' { $exitCode = Invoke-Stress }
    }
} finally {
    Pop-Location
}
exit $exitCode
