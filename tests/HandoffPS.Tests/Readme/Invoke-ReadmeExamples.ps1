#Requires -Version 7.4
<#
.SYNOPSIS
Runs every PowerShell example of the README in order, as a new user would, and records what each one printed.

.DESCRIPTION
The README marks its examples in a simple way (README, "How the README is tested"):
  - a ```powershell block is an example: it runs, in the order of the README, in one session;
  - an ```output block right after it (only blank lines between) is what that example prints;
  - a ```powershell norun block is not run (the install lines under '## Install', which the install test runs).
Other blocks (sh, json, markdown) are not run.

This script is run in a fresh pwsh by Readme.Tests.ps1. It makes -WorkPath the home folder (HOME), with a fixed git
user (Ada Lovelace) in its .gitconfig (running itself again in a fresh pwsh for that) and commit dates that
advance a minute per git command, puts the built module's folder first on PSModulePath (so that
'Import-Module HandoffPS' works by name), sets the culture to en-US, and starts in that home folder. Each top-level
statement of an example runs on its own (as at a prompt), and its output is rendered as the console would: objects
through Out-String -Width 300 (no line is wrapped), errors as 'Command: message', warnings as 'WARNING: message'.
The home folder is written as /home/ada in what is recorded.

It writes a JSON array to -ResultPath: one entry per block (Line, Kind, Code, Expected, Actual). With -Update it also
rewrites each output block of the README with what its example printed (for a maintainer, after a change of
behaviour; review the diff).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ReadmePath,
    # The built module's manifest (out/HandoffPS/HandoffPS.psd1); its folder's parent goes on PSModulePath.
    [Parameter(Mandatory)] [string] $ModulePath,
    # An empty folder to use as the home folder (HOME).
    [Parameter(Mandatory)] [string] $WorkPath,
    [Parameter(Mandatory)] [string] $ResultPath,
    [switch] $Update
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'ReadmeBlocks.ps1')

$ReadmePath = (Resolve-Path -LiteralPath $ReadmePath).ProviderPath
$__blocks = @(Get-ReadmeBlocks -Path $ReadmePath)

# The reader's machine: a home folder with a fixed git user, HandoffPS found by name, en-US. libgit2 and pwsh read
# the home folder when the process starts, so this script runs itself again in a fresh pwsh whose HOME it is.
$__home = (Resolve-Path -LiteralPath $WorkPath).ProviderPath
@"
[user]
	name = Ada Lovelace
	email = ada@example.com
[init]
	defaultBranch = main
[commit]
	gpgsign = false
[advice]
	detachedHead = false
"@ | Set-Content -LiteralPath (Join-Path $__home '.gitconfig')
if ([IO.Path]::GetFullPath($HOME).TrimEnd('/', '\') -ne $__home.TrimEnd('/', '\')) {
    foreach ($name in 'HOME', 'USERPROFILE', 'XDG_CONFIG_HOME') { [Environment]::SetEnvironmentVariable($name, $__home) }
    $env:GIT_CONFIG_NOSYSTEM = '1'
    $__host = [Environment]::ProcessPath
    [string[]] $__prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($__host) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
    [string[]] $__arguments = @('-ReadmePath', $ReadmePath, '-ModulePath', $ModulePath, '-WorkPath', $__home, '-ResultPath', $ResultPath)
    if ($Update) { $__arguments += '-Update' }
    & $__host @__prefix -NoProfile -NonInteractive -File $PSCommandPath @__arguments
    exit $LASTEXITCODE
}
$env:PSModulePath = (Split-Path (Split-Path (Resolve-Path -LiteralPath $ModulePath).ProviderPath)) + [IO.Path]::PathSeparator + $env:PSModulePath
[cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('en-US')
[cultureinfo]::CurrentUICulture = [cultureinfo]::GetCultureInfo('en-US')
$PSStyle.OutputRendering = 'PlainText'
$ProgressPreference = 'SilentlyContinue'
Set-Location -LiteralPath $__home

# Fixed dates for the commits too: each git command of an example runs a minute after the previous one, from
# 2026-11-21 17:00 UTC, so that the same README gives the same commits, hashes and handoff files every time.
$__gitClock = [datetimeoffset]::new(2026, 11, 21, 17, 0, 0, [timespan]::Zero)
$__gitPath = (Get-Command git -CommandType Application -ErrorAction Stop | Select-Object -First 1).Source
function git {
    $script:__gitClock = $script:__gitClock.AddMinutes(1)
    $env:GIT_AUTHOR_DATE = $env:GIT_COMMITTER_DATE = $script:__gitClock.ToString('yyyy-MM-ddTHH:mm:sszzz')
    & $__gitPath @args
}

function ConvertTo-ExampleText {
    # Renders what one statement wrote as the console shows it.
    param([object[]] $Items)
    $lines = [System.Collections.Generic.List[string]]::new()
    $pending = [System.Collections.Generic.List[object]]::new()
    $flush = {
        if ($pending.Count) {
            foreach ($l in (($pending | Out-String -Width 300) -split "\r?\n")) { $lines.Add($l) }
            $pending.Clear()
        }
    }
    foreach ($item in $Items) {
        switch ($item) {
            { $_ -is [System.Management.Automation.ErrorRecord] } {
                & $flush
                $name = if ($_.InvocationInfo.MyCommand) { $_.InvocationInfo.MyCommand.Name } else { 'Error' }
                $lines.Add("${name}: $($_.Exception.Message)")
                break
            }
            { $_ -is [System.Management.Automation.WarningRecord] } { & $flush; $lines.Add("WARNING: $($_.Message)"); break }
            { $_ -is [System.Management.Automation.VerboseRecord] } { & $flush; $lines.Add("VERBOSE: $($_.Message)"); break }
            { $_ -is [System.Management.Automation.InformationRecord] } { & $flush; $lines.Add("$($_.MessageData)"); break }
            default { $pending.Add($_) }
        }
    }
    & $flush
    $lines
}

$__results = [System.Collections.Generic.List[object]]::new()
# The examples run as at a prompt: with the default error action, in this script's scope (variables persist
# from one example to the next; this script's own variables start with '__').
$ErrorActionPreference = 'Continue'
for ($__i = 0; $__i -lt $__blocks.Count; $__i++) {
    $__block = $__blocks[$__i]
    if ($__block.Kind -ne 'powershell' -or $__block.Info -match '\bnorun\b') { continue }
    $__expected = if ($__i + 1 -lt $__blocks.Count -and $__blocks[$__i + 1].Kind -eq 'output' -and $__blocks[$__i + 1].AfterBlankLinesOnly) { $__blocks[$__i + 1] } else { $null }
    $__text = [System.Collections.Generic.List[string]]::new()
    $__tokens = $null; $__parseErrors = $null
    $__ast = [System.Management.Automation.Language.Parser]::ParseInput($__block.Code, [ref] $__tokens, [ref] $__parseErrors)
    if ($__parseErrors) {
        $__text.Add("ParseError: $($__parseErrors[0].Message)")
    } else {
        foreach ($__statement in $__ast.EndBlock.Statements) {
            $__items = try {
                . ([scriptblock]::Create($__statement.Extent.Text)) *>&1
            } catch {
                $_
            }
            foreach ($__l in (ConvertTo-ExampleText @($__items))) { $__text.Add($__l) }
        }
    }
    $__actual = Format-ExampleOutput ($__text -join "`n") -HomePath $__home
    $__results.Add([pscustomobject]@{
        Line     = $__block.Line
        Kind     = $__block.Info
        Code     = $__block.Code
        Expected = if ($__expected) { $__expected.Code } else { $null }
        Actual   = $__actual
        Output   = if ($__expected) { $__expected.Line } else { $null }
    })
}

# What the examples registered (the profile recipe's PowerShell.Exiting handler) must not run when this
# process exits: it would act on whatever project the location is in.
Get-EventSubscriber | Unregister-Event -Force
Get-Job | Remove-Job -Force
Set-Location -LiteralPath $__home
$__results | ConvertTo-Json -Depth 3 | Set-Content -LiteralPath $ResultPath -Encoding utf8NoBOM

if ($Update) {
    $__lines = [System.Collections.Generic.List[string]](Get-Content -LiteralPath $ReadmePath)
    # From the end, so that earlier line numbers stay valid.
    foreach ($__r in ($__results | Where-Object Output | Sort-Object Output -Descending)) {
        $__start = $__r.Output   # the ```output fence line (1-based)
        $__end = $__start
        while ($__lines[$__end] -notmatch '^```\s*$') { $__end++ }
        $__lines.RemoveRange($__start, $__end - $__start)
        $__lines.InsertRange($__start, [string[]]($__r.Actual -split "`n"))
    }
    [IO.File]::WriteAllText($ReadmePath, (($__lines -join "`n") + "`n"), [Text.UTF8Encoding]::new($false))
}
