#Requires -Version 7.2
<#
.SYNOPSIS
Runs the Pester suite (every *.Tests.ps1 under this folder) against a built HandoffPS module and
writes the counts to a JSON file.

.DESCRIPTION
build.ps1 -Task Test runs this script in a fresh pwsh process after the build, so the test files load
the freshly built dlls. The script imports Pester by full path, sets $env:HANDOFFPS_MODULE_PATH to the
module manifest for the test files to import (and $env:HANDOFFPS_TEST_PACKAGES to the test packages
folder, and $env:HANDOFFPS_PACKAGE_REPOSITORY to -RepositoryPath), runs Invoke-Pester and writes
{ "passed": N, "failed": N, ... } to -ResultPath, where failed counts failed tests, failed blocks
(a failing BeforeAll/AfterAll) and failed containers (a test file that cannot be discovered).
Skipped and not-run tests are not counted as passed.

Exit code: 0 when nothing failed, 1 otherwise.

.EXAMPLE
dotnet pwsh -NoProfile -NonInteractive -File tests/HandoffPS.Tests/Invoke-PesterSuite.ps1 `
    -ModulePath "$PWD/out/HandoffPS/HandoffPS.psd1" `
    -PesterPath "$PWD/.tools/packages/pester/6.2.0/tools/Pester.psd1" `
    -RepositoryPath "$PWD/out/repository" `
    -ResultPath "$PWD/out/pester-counts.json"
#>
[CmdletBinding()]
param(
    # Full path of the built module manifest (out/HandoffPS/HandoffPS.psd1).
    [Parameter(Mandatory)] [string] $ModulePath,
    # Full path of Pester.psd1.
    [Parameter(Mandatory)] [string] $PesterPath,
    # The NuGet packages folder PesterRestore.csproj was restored into (other versions of HandoffPS's
    # dependencies for the isolation test). Default: the folder that holds pester/<version>/tools/Pester.psd1.
    [string] $PackagesPath,
    # The local folder repository that build.ps1 published the HandoffPS package into (for the install test).
    [string] $RepositoryPath,
    # Where to write the JSON counts.
    [Parameter(Mandatory)] [string] $ResultPath,
    # Test files or folders to run; defaults to this script's folder (recursively).
    [string[]] $TestPath = @($PSScriptRoot)
)

# Deliberately no Set-StrictMode and the default $ErrorActionPreference around Invoke-Pester: the
# test files run in this session, and must see the same defaults as a user's session would.
$ErrorActionPreference = 'Stop'

$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$PesterPath = (Resolve-Path -LiteralPath $PesterPath).ProviderPath
$ResultPath = [IO.Path]::GetFullPath($ResultPath, (Get-Location).ProviderPath)
$resultDir = Split-Path -Parent $ResultPath
if (-not (Test-Path -LiteralPath $resultDir)) {
    $null = New-Item -ItemType Directory -Path $resultDir -Force
}
if (Test-Path -LiteralPath $ResultPath) {
    Remove-Item -LiteralPath $ResultPath -Force
}

if (-not (Get-ChildItem -LiteralPath $TestPath -Recurse -File -Filter '*.Tests.ps1')) {
    # Nothing to run is not a failure of this script: the counts say 0 and build.ps1 judges.
    Write-Host "No *.Tests.ps1 file under: $($TestPath -join ', ')"
    [ordered]@{ passed = 0; failed = 0; total = 0; result = 'NoTests' } |
        ConvertTo-Json | Set-Content -LiteralPath $ResultPath -Encoding utf8NoBOM
    exit 0
}

Import-Module -Name $PesterPath -Force
$env:HANDOFFPS_MODULE_PATH = $ModulePath
if (-not $PackagesPath) { $PackagesPath = Split-Path (Split-Path (Split-Path (Split-Path $PesterPath))) }
$env:HANDOFFPS_TEST_PACKAGES = (Resolve-Path -LiteralPath $PackagesPath).ProviderPath
if ($RepositoryPath) { $env:HANDOFFPS_PACKAGE_REPOSITORY = (Resolve-Path -LiteralPath $RepositoryPath).ProviderPath }

Write-Host "Pester $((Get-Module Pester).Version) on PowerShell $($PSVersionTable.PSVersion); module under test: $ModulePath"

$config = New-PesterConfiguration
$config.Run.Path = $TestPath
$config.Run.PassThru = $true
$config.Run.Exit = $false
$config.Run.Throw = $false
$config.Output.Verbosity = 'Detailed'

$ErrorActionPreference = 'Continue'
$result = Invoke-Pester -Configuration $config
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

if ($null -eq $result) {
    throw 'Invoke-Pester returned no result object.'
}

$counts = [ordered]@{
    passed           = [int]$result.PassedCount
    failed           = [int]$result.FailedCount + [int]$result.FailedBlocksCount + [int]$result.FailedContainersCount
    failedTests      = [int]$result.FailedCount
    failedBlocks     = [int]$result.FailedBlocksCount
    failedContainers = [int]$result.FailedContainersCount
    skipped          = [int]$result.SkippedCount
    notRun           = [int]$result.NotRunCount
    total            = [int]$result.TotalCount
    result           = [string]$result.Result
}
$counts | ConvertTo-Json | Set-Content -LiteralPath $ResultPath -Encoding utf8NoBOM

if ($counts.failed -gt 0) { exit 1 }
exit 0
