#Requires -Version 7.2
<#
.SYNOPSIS
Builds, tests or demonstrates the HandoffPS module.

.DESCRIPTION
Build: publishes src/HandoffPS into out/HandoffPS (cleaned first), keeps only the cmdlet assembly beside the
manifest and moves HandoffPS.Core and every dependency (with libgit2's runtimes/) into out/HandoffPS/deps, which
the module's own AssemblyLoadContext loads from; copies the manifest there with ReleaseNotes filled from the
CHANGELOG.md section of its ModuleVersion, and the LICENSE; compiles the assemblies on the start-up path ahead
of time for the .NET this pwsh runs on (ReadyToRun, with crossgen2 restored from NuGet by
tools/readytorun/Crossgen2Restore.csproj; -NoReadyToRun skips it); generates MAML help
(out/HandoffPS/en-US/HandoffPS.dll-Help.xml) with tools/New-MamlHelp.ps1. Then packs
the handoff command (src/HandoffPS.Cli, a .NET tool precompiled for this machine's runtime) into out/packages,
for `dotnet tool install --global --add-source out/packages HandoffPS.Cli`, and leaves it runnable as
out/handoff/handoff.

Package: Build, then stages the module without .pdb and XML documentation files (out/package/HandoffPS),
publishes it with Publish-PSResource into the local folder repository out/repository (in a fresh pwsh with a
temporary PSResourceGet settings folder, so no repository of the caller is read or changed) and prints the
.nupkg's path and size. Install-PSResource HandoffPS -Repository <a repository registered on that folder> then
installs it by name.

Test: Package, then the xunit suites (dotnet test, trx results in out/TestResults): tests/HandoffPS.Core.Tests,
then tests/HandoffPS.Mcp.Tests, which starts the MCP server executable and talks to it through an MCP client.
Then the Pester suite
(tests/HandoffPS.Tests, in a fresh pwsh, Pester 6.2.0 and the isolation test's other Markdig and YamlDotNet
restored from NuGet into .tools/packages; the install test installs the package just published, and the README
test runs every example of README.md), then the
Markdown lint: markdownlint-cli2 (pinned in tools/markdownlint/package-lock.json, installed with npm ci
into .tools/node) over one freshly written sample of every kind of file HandoffPS writes
(tools/markdownlint/New-MarkdownSamples.ps1, into out/markdown-samples), each sample one test. Node.js and
npm are required: without them the lint fails, it is never skipped. Ends with the line
"Tests: N passed, N failed" (both xunit suites, Pester and the lint added up) and exits 1 when a test failed,
when a runner failed without counting a failure (a build error, say), or when any of them ran no test.

Demo: Build, then writes a handoff for the current git repository with New-Handoff and reads it back
with Get-Handoff, in a fresh pwsh.

Bench: Build, then each benchmark of bench/ in a fresh pwsh, medians of -Runs runs (at least 5), each printed
as a table with its goals: Performance.Benchmark.ps1 (the start-up cost of the module in a profile,
Get-HandoffStatus on long histories, Get-Handoff -Latest and bulk reads on big folders, each against a baseline
measured in the same run), Cli.Benchmark.ps1 (the handoff command and its agent hooks started cold, wall and CPU
time) and Mcp.Benchmark.ps1 (the MCP server's cold start to its first tool result). They make their repositories
and folders in a temporary folder and remove them. Not part of Test: no timing is a test.

Mutate: mutation testing of HandoffPS.Core with Stryker.NET (pinned in dotnet-tools.json) and the xunit
project, without its small adversarial run (tools/stryker/stryker-config.json). Prints a table per file, the score and every surviving or
uncovered mutant; the HTML and JSON reports are left in out/mutation. Not part of Test: Stryker starts a
fresh test host for each group of mutants, and a whole run of the core (5,766 mutants in 3,212 groups) takes hours
on a 2-core machine. -Mutate narrows it to some files (Stryker globs, relative to src/HandoffPS.Core), for a quick
loop on one area; -Since <git ref> to the mutants of the source files changed since that ref, and of the code
covered by the test files changed since it (Stryker's diff mode), for a check of a branch before it is merged. The property and exhaustive tests walk a tenth of their cases here (HANDOFFPS_TEST_SCALE).

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
dotnet pwsh -NoProfile -File ./build.ps1 -Task Package

.EXAMPLE
dotnet pwsh -NoProfile -File ./build.ps1 -Task Bench

.EXAMPLE
dotnet pwsh -NoProfile -File ./build.ps1 -Task Fuzz -Count 100000

.EXAMPLE
dotnet pwsh -NoProfile -File ./build.ps1 -Task Mutate -Mutate '**/HandoffStore.cs'
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Demo', 'Bench', 'Mutate', 'Fuzz', 'Stress')]
    [string] $Task = 'Build',

    # Build: leave the assemblies IL only (no ReadyToRun compilation; see Invoke-ReadyToRun).
    [switch] $NoReadyToRun,

    # Bench only: how many runs each figure is the median of.
    [ValidateRange(5, 101)]
    [int] $Runs = 7,

    # Fuzz: how many mutated handoffs (default 100,000). Stress: how many kills (default 400).
    [ValidateRange(1, [int]::MaxValue)]
    [int] $Count,

    # Fuzz: the seed of the run (default 14); input N of a seed is the same on every machine.
    [int] $Seed = 14,

    # Mutate only: Stryker globs of the files to mutate (default: all of HandoffPS.Core).
    [string[]] $Mutate = @(),

    # Mutate only: test only what changed since this git ref (a branch, tag or commit), Stryker's diff mode.
    [string] $Since,

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
$CliDir = Join-Path $OutDir 'handoff'
$PackagesOutDir = Join-Path $OutDir 'packages'
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

    Copy-ModuleManifest -Destination $ManifestPath
    Copy-Item -LiteralPath (Join-Path $RepoRoot 'LICENSE') -Destination $ModuleDir
    # pwsh does not read deps.json (the module's load context resolves libgit2 itself).
    Get-ChildItem -LiteralPath $ModuleDir -Filter '*.deps.json' | Remove-Item -Force
    if (-not $NoReadyToRun) { Invoke-ReadyToRun }

    # Only the cmdlet assembly stays beside the manifest: the core and every third-party dependency go to
    # deps/, from where the module's own AssemblyLoadContext loads them (src/HandoffPS/Loading), so that
    # another module's versions of them never meet HandoffPS's in the default context.
    $depsDir = Join-Path $ModuleDir 'deps'
    $null = New-Item -ItemType Directory -Path $depsDir
    Get-ChildItem -LiteralPath $ModuleDir -File |
        Where-Object { $_.Extension -in '.dll', '.pdb', '.xml' -and $_.BaseName -ne 'HandoffPS' } |
        Move-Item -Destination $depsDir
    Move-Item -LiteralPath (Join-Path $ModuleDir 'runtimes') -Destination $depsDir

    # The XML documentation file is the source of the MAML help.
    $xmlDoc = Join-Path $ModuleDir 'HandoffPS.xml'
    if (-not (Test-Path -LiteralPath $xmlDoc)) {
        $fallback = Get-ChildItem -Path (Join-Path $RepoRoot 'src' 'HandoffPS' 'bin' $Configuration '*' 'HandoffPS.xml') -ErrorAction SilentlyContinue |
            Sort-Object LastWriteTime -Descending | Select-Object -First 1
        if (-not $fallback) { throw 'HandoffPS.xml (XML documentation) not found: is GenerateDocumentationFile on?' }
        Copy-Item -LiteralPath $fallback.FullName -Destination $xmlDoc
    }

    Write-Step 'Help (MAML)'
    # Conceptual help (about_ topics) is written by hand in docs/; the MAML help links to it.
    $null = New-Item -ItemType Directory -Path (Join-Path $ModuleDir 'en-US') -Force
    Copy-Item -Path (Join-Path $RepoRoot 'docs' 'about_*.help.txt') -Destination (Join-Path $ModuleDir 'en-US')
    $helpFile = Join-Path $ModuleDir 'en-US' 'HandoffPS.dll-Help.xml'
    $null = Invoke-Pwsh -File (Join-Path $RepoRoot 'tools' 'New-MamlHelp.ps1') -ArgumentList @(
        '-ModulePath', $ManifestPath, '-XmlDocPath', $xmlDoc, '-OutputPath', $helpFile)

    Write-Host "Module: $ModuleDir"
    Invoke-CliBuild
}

function Invoke-CliBuild {
    # The handoff command: `dotnet pack` publishes it for this machine's runtime (ReadyToRun) and makes the tool
    # packages; the published folder is also copied to out/handoff, to run without installing.
    Write-Step "The handoff command ($Configuration)"
    foreach ($dir in $CliDir, $PackagesOutDir) {
        if (Test-Path -LiteralPath $dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
    }
    $project = Join-Path $RepoRoot 'src' 'HandoffPS.Cli'
    # A published folder from an earlier build could hold files this one no longer has.
    Get-ChildItem -Path (Join-Path $project 'bin' $Configuration 'net10.0' '*' 'publish') -Directory -ErrorAction SilentlyContinue |
        Remove-Item -Recurse -Force
    $null = Invoke-Native dotnet @('pack', $project, '-c', $Configuration, '-o', $PackagesOutDir, '--nologo')
    $published = Get-ChildItem -Path (Join-Path $project 'bin' $Configuration 'net10.0' '*' 'publish') -Directory -ErrorAction SilentlyContinue |
        Sort-Object LastWriteTime -Descending | Select-Object -First 1
    if (-not $published) { throw "dotnet pack left no published folder under $project/bin/$Configuration/net10.0/<runtime>/publish." }
    Copy-Item -Path $published.FullName -Destination $CliDir -Recurse
    Write-Host "Tool packages: $PackagesOutDir (dotnet tool install --global --add-source $PackagesOutDir HandoffPS.Cli)"
    Write-Host "Command: $(Join-Path $CliDir 'handoff')"
}

function Get-ReleaseNotes {
    # The CHANGELOG.md section of a version: the lines under '## <version>' up to the next '## ' heading.
    param([Parameter(Mandatory)] [string] $Version)
    $lines = Get-Content -LiteralPath (Join-Path $RepoRoot 'CHANGELOG.md')
    $start = [array]::FindIndex([string[]]$lines, [Predicate[string]] { param($l) $l -match "^## $([regex]::Escape($Version))(\s|$)" })
    if ($start -lt 0) { throw "CHANGELOG.md has no '## $Version' section: write the release notes of ModuleVersion $Version." }
    $section = [Collections.Generic.List[string]]::new()
    for ($i = $start + 1; $i -lt $lines.Count -and $lines[$i] -notmatch '^## '; $i++) { $section.Add($lines[$i]) }
    ($section -join "`n").Trim()
}

function Copy-ModuleManifest {
    # Copies HandoffPS.psd1 (the source of truth) with ReleaseNotes filled from CHANGELOG.md.
    param([Parameter(Mandatory)] [string] $Destination)
    $source = Join-Path $RepoRoot 'HandoffPS.psd1'
    $version = (Import-PowerShellDataFile -LiteralPath $source).ModuleVersion
    $notes = Get-ReleaseNotes -Version $version
    if ($notes -match "(?m)^'@") { throw "The release notes of $version may not start a line with '@." }
    $text = Get-Content -LiteralPath $source -Raw
    $filled = $text -replace "(?m)^(\s*ReleaseNotes\s*=\s*)''", ('$1' + "@'`n" + $notes.Replace('$', '$$') + "`n'@")
    if ($filled -eq $text) { throw "HandoffPS.psd1 has no empty ReleaseNotes = '' to fill." }
    [IO.File]::WriteAllText($Destination, $filled, [Text.UTF8Encoding]::new($false))
}

function Invoke-Package {
    # Stages the built module without .pdb and XML documentation files, publishes it with Publish-PSResource
    # into a local folder repository (out/repository) and returns the .nupkg. PSResourceGet runs in a fresh pwsh
    # whose settings folder is a temporary one: the caller's registered repositories are neither read nor changed.
    Invoke-Build
    Write-Step 'Package (Publish-PSResource into a local folder repository)'
    $stage = Join-Path $OutDir 'package' 'HandoffPS'
    $repository = Join-Path $OutDir 'repository'
    foreach ($folder in (Split-Path $stage), $repository) {
        if (Test-Path -LiteralPath $folder) { Remove-Item -LiteralPath $folder -Recurse -Force }
        $null = New-Item -ItemType Directory -Path $folder -Force
    }
    Copy-Item -LiteralPath $ModuleDir -Destination (Split-Path $stage) -Recurse
    # Debug symbols, and the compiler's XML documentation (<assembly>.xml beside <assembly>.dll; MAML help stays).
    Get-ChildItem -LiteralPath $stage -Recurse -File | Where-Object {
        $_.Extension -eq '.pdb' -or ($_.Extension -eq '.xml' -and (Test-Path -LiteralPath ([IO.Path]::ChangeExtension($_.FullName, '.dll'))))
    } | Remove-Item -Force

    $settings = Join-Path $OutDir 'psresourceget-settings'
    if (Test-Path -LiteralPath $settings) { Remove-Item -LiteralPath $settings -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $settings
    $publish = @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name HandoffPSLocal -Uri '$repository' -Trusted
Publish-PSResource -Path '$stage' -Repository HandoffPSLocal
"@
    $saved = @{ XDG_DATA_HOME = $env:XDG_DATA_HOME; LOCALAPPDATA = $env:LOCALAPPDATA }
    try {
        $env:XDG_DATA_HOME = $settings; $env:LOCALAPPDATA = $settings
        $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($publish))
        $null = Invoke-Native dotnet @('pwsh', '-NoProfile', '-NonInteractive', '-OutputFormat', 'Text', '-EncodedCommand', $encoded) -Display 'dotnet pwsh -NoProfile -NonInteractive -EncodedCommand <Register-PSResourceRepository; Publish-PSResource>'
    } finally {
        $env:XDG_DATA_HOME = $saved.XDG_DATA_HOME; $env:LOCALAPPDATA = $saved.LOCALAPPDATA
        Remove-Item -LiteralPath $settings -Recurse -Force -ErrorAction SilentlyContinue
    }
    $package = Get-ChildItem -LiteralPath $repository -Filter 'HandoffPS.*.nupkg' | Select-Object -First 1
    if (-not $package) { throw "Publish-PSResource wrote no HandoffPS .nupkg into $repository." }
    Write-Host ("Package: {0} ({1:N1} MB, {2:N0} bytes)" -f $package.FullName, ($package.Length / 1MB), $package.Length)
    $package
}

function Invoke-ReadyToRun {
    # Compiles the assemblies on the start-up path ahead of time (ReadyToRun) for the runtime this pwsh runs on and
    # the platform of this machine: the module's own, LibGit2Sharp and Markdig. The assemblies keep their IL, built
    # for net8.0: a pwsh on another major version of .NET, or on another platform, ignores the native code and
    # compiles the IL as it would without it. (Code compiled against the net8.0 framework is not used by .NET 10,
    # so crossgen2 is given the framework this pwsh runs on.) A failure here leaves the IL as it is, with a warning.
    $version = [Environment]::Version.ToString(3)
    $rid = [Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    Write-Step "ReadyToRun for .NET $version on $rid"
    try {
        $null = Invoke-Native dotnet @('restore', (Join-Path $RepoRoot 'tools' 'readytorun' 'Crossgen2Restore.csproj'),
            '--packages', $PackagesDir, "-p:Crossgen2Rid=$rid", "-p:Crossgen2Version=$version", '--nologo')
        $tools = Join-Path $PackagesDir "microsoft.netcore.app.crossgen2.$rid" $version 'tools'
        $crossgen = Get-ChildItem -LiteralPath $tools -File | Where-Object { $_.BaseName -eq 'crossgen2' -and $_.Extension -in '', '.exe' } | Select-Object -First 1
        if (-not $crossgen) { throw "crossgen2 is not in $tools." }
        $os = if ($IsWindows) { 'windows' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
        $arch = [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
        $framework = [Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()
        $compiled = Join-Path $OutDir 'readytorun'
        $null = New-Item -ItemType Directory -Path $compiled -Force
        foreach ($name in 'HandoffPS', 'HandoffPS.Core', 'LibGit2Sharp', 'Markdig') {
            $assembly = Join-Path $ModuleDir "$name.dll"
            $target = Join-Path $compiled "$name.dll"
            # A response file: pwsh would expand the wildcards of the references itself.
            $rsp = Join-Path $compiled "$name.rsp"
            @($assembly, '-o', $target, '-O', "--targetos:$os", "--targetarch:$arch",
                '-r', (Join-Path $framework '*.dll'), '-r', (Join-Path $ModuleDir '*.dll'),
                '-r', (Join-Path $PSHOME 'System.Management.Automation.dll')) | Set-Content -LiteralPath $rsp
            $null = Invoke-Native $crossgen.FullName @("@$rsp") -Display "crossgen2 $name.dll (.NET $version, $os-$arch)"
            Move-Item -LiteralPath $target -Destination $assembly -Force
        }
        Remove-Item -LiteralPath $compiled -Recurse -Force
    }
    catch {
        Write-Warning "ReadyToRun compilation was skipped; the module's assemblies stay IL only: $($_.Exception.Message)"
    }
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
    $package = Invoke-Package
    $problems = [System.Collections.Generic.List[string]]::new()

    # --- xunit ---------------------------------------------------------------------------------
    # The core's suite, then the MCP server's (end to end through an MCP client against the real server process).
    $resultsDir = Join-Path $OutDir 'TestResults'
    if (Test-Path -LiteralPath $resultsDir) { Remove-Item -LiteralPath $resultsDir -Recurse -Force }
    $xunit = [pscustomobject]@{ Passed = 0; Failed = 0 }
    $dotnetTestExits = @()
    foreach ($project in 'HandoffPS.Core.Tests', 'HandoffPS.Mcp.Tests') {
        Write-Step "xunit (tests/$project)"
        $projectResults = Join-Path $resultsDir $project
        $exit = Invoke-Native -AllowFailure dotnet @(
            'test', (Join-Path $RepoRoot 'tests' $project), '-c', $Configuration, '--nologo',
            '--logger', "trx;LogFileName=$project.trx", '--results-directory', $projectResults)
        $counts = Get-TrxCounts $projectResults
        $xunit.Passed += $counts.Passed
        $xunit.Failed += $counts.Failed
        $dotnetTestExits += "$project $exit"
        if ($exit -ne 0 -and $counts.Failed -eq 0) {
            $problems.Add("dotnet test $project exited with code $exit without a failed test (build error?).")
        }
        if ($counts.Passed + $counts.Failed -eq 0) {
            $problems.Add("xunit ran no test in $project.")
        }
    }
    $dotnetTestExit = $dotnetTestExits -join ', '

    # --- Pester --------------------------------------------------------------------------------
    Write-Step "Pester $PesterVersion (tests/HandoffPS.Tests)"
    # Pester, and the other versions of Markdig and YamlDotNet that the isolation test's throwaway module carries.
    $testPackages = @($PesterManifest, (Join-Path $PackagesDir 'markdig' '0.45.0'), (Join-Path $PackagesDir 'yamldotnet' '11.2.1'))
    if ($testPackages | Where-Object { -not (Test-Path -LiteralPath $_) }) {
        $null = Invoke-Native dotnet @(
            'restore', (Join-Path $RepoRoot 'tests' 'HandoffPS.Tests' 'PesterRestore' 'PesterRestore.csproj'),
            '--packages', $PackagesDir, '--nologo')
        foreach ($p in $testPackages) { if (-not (Test-Path -LiteralPath $p)) { throw "The test packages were restored but $p is missing." } }
    }
    $countsFile = Join-Path $OutDir 'pester-counts.json'
    if (Test-Path -LiteralPath $countsFile) { Remove-Item -LiteralPath $countsFile -Force }
    $pesterExit = Invoke-Pwsh -AllowFailure -File (Join-Path $RepoRoot 'tests' 'HandoffPS.Tests' 'Invoke-PesterSuite.ps1') -ArgumentList @(
        '-ModulePath', $ManifestPath, '-PesterPath', $PesterManifest, '-PackagesPath', $PackagesDir, '-RepositoryPath', $package.DirectoryName, '-ResultPath', $countsFile)
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
    Write-Host "xunit  - passed: $($xunit.Passed), failed: $($xunit.Failed) (dotnet test exit codes: $dotnetTestExit)"
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

function Invoke-Bench {
    Invoke-Build
    Write-Step "Bench: bench/Performance.Benchmark.ps1, medians of $Runs runs"
    $null = Invoke-Pwsh -File (Join-Path $RepoRoot 'bench' 'Performance.Benchmark.ps1') -ArgumentList @(
        '-ModulePath', $ManifestPath, '-SmallRepo', $RepoRoot, '-Runs', [string]$Runs)
    Write-Step "Bench: bench/Cli.Benchmark.ps1, medians of $Runs runs"
    $null = Invoke-Pwsh -File (Join-Path $RepoRoot 'bench' 'Cli.Benchmark.ps1') -ArgumentList @(
        '-CliPath', (Join-Path $CliDir ($IsWindows ? 'handoff.exe' : 'handoff')), '-ModulePath', $ManifestPath, '-Runs', [string]$Runs)
    Write-Step "Bench: bench/Mcp.Benchmark.ps1, medians of $Runs runs"
    $null = Invoke-Pwsh -File (Join-Path $RepoRoot 'bench' 'Mcp.Benchmark.ps1') -ArgumentList @('-Runs', [string]$Runs)
}

function Invoke-Mutate {
    Write-Step 'Mutation testing: Stryker.NET over HandoffPS.Core with the xunit suite'
    $outputDir = Join-Path $OutDir 'mutation'
    if (Test-Path -LiteralPath $outputDir) { Remove-Item -LiteralPath $outputDir -Recurse -Force }
    $arguments = @('dotnet-stryker', '--config-file', (Join-Path $RepoRoot 'tools' 'stryker' 'stryker-config.json'),
        '--output', $outputDir, '--concurrency', [string][Environment]::ProcessorCount, '--skip-version-check')
    # From `pwsh -File` (a shell, CI) a list comes as one string: a, b is split at its commas (not those of a {x,y} glob).
    foreach ($glob in $Mutate | ForEach-Object { $_ -split ',(?![^{]*\})' } | ForEach-Object Trim | Where-Object Length) {
        $arguments += @('--mutate', $glob)
    }
    if ($Since) {
        # Stryker takes a branch, a tag or a full commit id (not HEAD~1): the ref is resolved here, and one git does
        # not know is an error before the build, not after it.
        $commit = & git rev-parse --verify --quiet "$Since^{commit}"
        if ($LASTEXITCODE -ne 0 -or -not $commit) { throw "-Since '$Since' is not a commit of this repository." }
        $arguments += "--since:$commit"
    }
    # In a log the progress bar prints nothing until the end: a dot per mutant tested shows how far it is.
    if ([Console]::IsOutputRedirected) { $arguments += @('--reporter', 'dots', '--reporter', 'json', '--reporter', 'html') }
    Push-Location -LiteralPath (Join-Path $RepoRoot 'tests' 'HandoffPS.Core.Tests')
    # Stryker runs every covering test once per mutant: the property and exhaustive walks take a tenth of their
    # cases (tests/HandoffPS.Core.Tests/TestScale.cs); the test task runs them whole.
    $env:HANDOFFPS_TEST_SCALE = '0.1'
    try {
        $watch = [Diagnostics.Stopwatch]::StartNew()
        # Started with the console's own output (not through a pipe, which holds the dots back until a line ends).
        Write-Host "> dotnet $($arguments -join ' ')"
        $start = [Diagnostics.ProcessStartInfo]::new('dotnet')
        foreach ($argument in $arguments) { $start.ArgumentList.Add($argument) }
        $start.UseShellExecute = $false
        $start.WorkingDirectory = (Get-Location).ProviderPath
        $process = [Diagnostics.Process]::Start($start)
        $process.WaitForExit()
        if ($process.ExitCode -ne 0) { throw "Stryker failed with exit code $($process.ExitCode)." }
        Write-Host ("Stryker took {0:N1} min." -f $watch.Elapsed.TotalMinutes)
    } finally {
        Remove-Item Env:HANDOFFPS_TEST_SCALE -ErrorAction SilentlyContinue
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
        'Package' { $null = Invoke-Package }
        'Demo' { Invoke-Demo }
        'Bench' { Invoke-Bench }
        'Mutate' { Invoke-Mutate }
        'Fuzz' { $exitCode = Invoke-Fuzz }
        'Stress' { $exitCode = Invoke-Stress }
    }
} finally {
    Pop-Location
}
exit $exitCode
