#Requires -Version 7.2
<#
.SYNOPSIS
Benchmark: New-Handoff -FromGit against `git log <last>..HEAD --name-only`, in the same run.

.DESCRIPTION
Builds a repository of -Commits commits (default 20,000) with git fast-import, records a previous handoff
at the commit -Since commits (default 200) before HEAD, then times, alternately, -Runs times each:
  - New-Handoff -FromGit (module already imported: the cost a profile script pays per call), and
  - git log <last>..HEAD --name-only, run as a process (what a shell script would do).
It prints the medians and their ratio, and the median of Get-HandoffStatus (a profile script's check). A second, short repository (-Since * 2 commits, same commits since
the handoff) shows whether the cost follows the commits since the handoff or the length of history.

Run after ./build.ps1:  dotnet pwsh -NoProfile -File ./bench/FromGit.Benchmark.ps1
#>
[CmdletBinding()]
param(
    [int] $Commits = 20000,
    [int] $Since = 200,
    [int] $Runs = 15,
    [string] $ModulePath = (Join-Path $PSScriptRoot '..' 'out' 'HandoffPS' 'HandoffPS.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module (Resolve-Path $ModulePath).ProviderPath -Force

function New-BenchRepo([int] $Total) {
    $path = Join-Path ([IO.Path]::GetTempPath()) ("handoffps-bench-" + [guid]::NewGuid().ToString('N').Substring(0, 8))
    $null = New-Item -ItemType Directory -Path $path
    & git -C $path init -q -b main
    & git -C $path config user.name 'Bench'
    & git -C $path config user.email 'bench@example.com'
    $sb = [Text.StringBuilder]::new()
    $start = [DateTimeOffset]::Now.AddDays(-30).ToUnixTimeSeconds()
    for ($i = 1; $i -le $Total; $i++) {
        $when = $start + $i * 60
        # The same 200 files in every repository, so that the two work trees are alike and only history differs.
        $file = "src/module$($i % 20)/file$([Math]::Floor(($i % 200) / 20)).txt"
        $body = "change $i`n"
        $msg = "feat: change number $i"
        [void]$sb.Append("commit refs/heads/main`nmark :$i`ncommitter Bench <bench@example.com> $when +0000`n")
        [void]$sb.Append("data $([Text.Encoding]::UTF8.GetByteCount($msg))`n$msg`n")
        if ($i -gt 1) { [void]$sb.Append("from :$($i - 1)`n") }
        [void]$sb.Append("M 100644 inline $file`ndata $([Text.Encoding]::UTF8.GetByteCount($body))`n$body`n")
    }
    $stream = Join-Path $path 'import.txt'
    [IO.File]::WriteAllText($stream, $sb.ToString())
    Get-Content -Raw $stream | & git -C $path fast-import --quiet
    Remove-Item $stream
    & git -C $path checkout -q -f main
    $path
}

# Returns the previous handoff as read by Get-Handoff; it is piped to New-Handoff, which starts from it.
function Set-PreviousHandoff([string] $Repo, [int] $Back) {
    $sha = (& git -C $Repo rev-parse "HEAD~$Back").Trim()
    $folder = Join-Path $Repo 'session-handoffs'
    $null = New-Item -ItemType Directory -Force -Path $folder
    $date = [DateTime]::Now.AddDays(-1)
    Set-Content -LiteralPath (Join-Path $folder ($date.ToString('yyyy-MM-dd-HHmm') + '-previous.md')) -NoNewline -Value (
        "# Session Handoff: previous`n`n**Date**: $($date.ToString('yyyy-MM-dd'))`n**Time**: $($date.ToString('HH:mm:ss'))`n**Branch**: main`n**Commit**: $($sha.Substring(0, 12))`n")
    Get-Handoff -Path $folder -Latest
}

function Measure-Median([scriptblock] $Action) {
    $times = foreach ($n in 1..$Runs) {
        $sw = [Diagnostics.Stopwatch]::StartNew()
        & $Action | Out-Null
        $sw.Stop()
        $sw.Elapsed.TotalMilliseconds
    }
    ($times | Sort-Object)[[int][Math]::Floor($Runs / 2)]
}

function Measure-Repo([string] $Repo, $Previous) {
    $Last = $Previous.Commit
    $date = [DateTime]::Now.AddDays(1)
    # Get-HandoffStatus first, while the previous handoff is still the latest (200 commits since it).
    $null = Get-HandoffStatus -Path $Repo
    $status = Measure-Median { Get-HandoffStatus -Path $Repo }
    # Warm-up: load libgit2 and JIT once, outside the timings.
    $null = $Previous | New-Handoff -Description 'bench' -Path $Repo -FromGit -Date $date -Force
    $null = & git -C $Repo log "$Last..HEAD" --name-only
    $handoff = Measure-Median { $Previous | New-Handoff -Description 'bench' -Path $Repo -FromGit -Date $date -Force -WarningAction SilentlyContinue }
    $gitLog = Measure-Median { & git -C $Repo log "$Last..HEAD" --name-only }
    $h = Get-Handoff -LiteralPath (Join-Path $Repo 'session-handoffs' ($date.ToString('yyyy-MM-dd-HHmm') + '-bench.md'))
    [pscustomobject]@{
        CommitsInRepo       = [int](& git -C $Repo rev-list --count HEAD)
        CommitsSince        = [int](& git -C $Repo rev-list --count "$Last..HEAD")
        CompletedItems      = $h.CompletedWork.Count
        KeyFiles            = $h.KeyFiles.Count
        'New-Handoff (ms)'  = [Math]::Round($handoff, 1)
        'git log (ms)'      = [Math]::Round($gitLog, 1)
        Ratio               = [Math]::Round($handoff / $gitLog, 2)
        'Get-HandoffStatus (ms)' = [Math]::Round($status, 1)
    }
}

$sw = [Diagnostics.Stopwatch]::StartNew()
$big = New-BenchRepo $Commits
$small = New-BenchRepo ($Since * 2)
Write-Host ("Built repositories of {0} and {1} commits in {2:0.0} s" -f $Commits, ($Since * 2), $sw.Elapsed.TotalSeconds)
try {
    $results = @(
        Measure-Repo $big (Set-PreviousHandoff $big $Since)
        Measure-Repo $small (Set-PreviousHandoff $small $Since)
    )
    $results | Format-Table -AutoSize | Out-String -Width 220 | Write-Host
    $scale = $results[0].'New-Handoff (ms)' / $results[1].'New-Handoff (ms)'
    Write-Host ("New-Handoff -FromGit with {0} commits since the handoff: {1:0.00}x the time of git log in the {2}-commit repository; {3:0.00}x its own time in the {4}-commit repository." -f $Since, $results[0].Ratio, $Commits, $scale, ($Since * 2))
}
finally {
    Remove-Item -Recurse -Force $big, $small
}
