#Requires -Version 7.2
<#
.SYNOPSIS
Benchmark: what HandoffPS costs at every prompt and on big folders, as ratios measured in one run.

.DESCRIPTION
Builds, in a temporary folder, everything it measures:
  - a repository with 5,000 commits since its latest handoff and 1,000 handoff files (git fast-import), and
    one with 50,000 commits since it;
  - folders of 10, 1,000 and 10,000 canonical handoff files (the shape New-Handoff writes).
Then measures, each figure the median of -Runs runs (at least 5), alternating what is compared:
  - profile cost: a fresh `pwsh -NoProfile -c "Import-Module HandoffPS; Get-HandoffStatus"` minus a fresh
    `pwsh -NoProfile -c exit`, in the big repository and in this repository (with Import-Module alone too), beside
    PowerShell's own floor for any module: a fresh pwsh that imports a module with nothing in it and prints one
    object of ten properties;
  - Get-HandoffStatus, warm (module imported, one call made), at 5,000 and 50,000 commits since;
  - Get-Handoff -Latest at 1,000 and 10,000 files, against listing the folder's names plus -Latest at 10 files;
  - Get-Handoff over 10,000 files, streamed (each object let go as the next comes, as `Measure-Command` or a
    pipeline into `Where-Object` does), against [IO.File]::ReadAllText of the same files in the same process; and,
    for information, both kept whole in a variable;
  - the peak working set of a fresh pwsh running Get-Handoff | Measure-Object at 10,000 files against 1,000.
Prints one table: each figure, its goal and whether it holds. No figure is written anywhere else.

Run after ./build.ps1 (./build.ps1 -Task Bench does both):
  dotnet pwsh -NoProfile -File ./bench/Performance.Benchmark.ps1
#>
[CmdletBinding()]
param(
    [ValidateRange(5, 101)]
    [int] $Runs = 7,
    [string] $ModulePath = (Join-Path $PSScriptRoot '..' 'out' 'HandoffPS' 'HandoffPS.psd1'),
    # The small repository of the profile figures: by default the repository this script is in.
    [string] $SmallRepo = (Join-Path $PSScriptRoot '..'),
    [int] $CommitsSince = 5000,
    [int] $ManyCommitsSince = 50000
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$SmallRepo = (Resolve-Path -LiteralPath $SmallRepo).ProviderPath

# --- A fresh pwsh, started the way this one was -------------------------------------------------------------
# Under `dotnet pwsh` this process is the dotnet host running pwsh.dll; elsewhere it is pwsh itself.
$script:PwshFile = [Environment]::ProcessPath
$script:PwshPrefix = @()
if ([IO.Path]::GetFileNameWithoutExtension($script:PwshFile) -eq 'dotnet') {
    $script:PwshPrefix = @(Join-Path $PSHOME 'pwsh.dll')
}

# What a fresh pwsh prints last: the processor time it used (user and system, all threads), a figure that other
# load on the machine hardly changes, printed beside the wall times.
$script:CpuMark = '@@cpu '
$script:ReportCpu = "; [Console]::Out.Write([Environment]::NewLine + '$($script:CpuMark)' + [Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString([Globalization.CultureInfo]::InvariantCulture))"

function Invoke-FreshPwsh {
    # Runs `pwsh -NoProfile -NonInteractive -Command $Command` in $WorkingDirectory; returns its wall time in ms,
    # the processor time it reported (ms) and its standard output.
    param([string] $Command, [string] $WorkingDirectory)
    $info = [Diagnostics.ProcessStartInfo]::new($script:PwshFile)
    foreach ($a in $script:PwshPrefix + @('-NoProfile', '-NonInteractive', '-Command', ($Command + $script:ReportCpu))) { $info.ArgumentList.Add($a) }
    $info.WorkingDirectory = $WorkingDirectory
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $info.Environment['NO_COLOR'] = '1'
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $process = [Diagnostics.Process]::Start($info)
    $stderr = $process.StandardError.ReadToEndAsync()
    $stdout = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    $watch.Stop()
    if ($process.ExitCode -ne 0 -or $stderr.Result.Trim()) {
        throw "pwsh -Command '$Command' failed (exit code $($process.ExitCode)): $($stderr.Result)"
    }
    $at = $stdout.LastIndexOf($script:CpuMark)
    $cpu = if ($at -ge 0) { [double]::Parse($stdout.Substring($at + $script:CpuMark.Length).Trim(), [Globalization.CultureInfo]::InvariantCulture) } else { [double]::NaN }
    [pscustomobject]@{ Ms = $watch.Elapsed.TotalMilliseconds; Cpu = $cpu; Output = if ($at -ge 0) { $stdout.Substring(0, $at) } else { $stdout } }
}

function Get-Median([double[]] $Values) {
    $sorted = [double[]]($Values | Sort-Object)
    $n = $sorted.Count
    if ($n % 2) { $sorted[($n - 1) / 2] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

function Measure-Alternating {
    # Runs each scriptblock of $Actions once per round, -Runs rounds (after one warm-up round), and returns
    # the median time of each, by name.
    param([System.Collections.Specialized.OrderedDictionary] $Actions, [switch] $NoWarmUp)
    $times = [ordered]@{}
    foreach ($name in $Actions.Keys) { $times[$name] = [Collections.Generic.List[double]]::new() }
    if (-not $NoWarmUp) { foreach ($action in $Actions.Values) { $null = & $action } }
    for ($round = 0; $round -lt $Runs; $round++) {
        foreach ($name in $Actions.Keys) {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $null = & $Actions[$name]
            $watch.Stop()
            $times[$name].Add($watch.Elapsed.TotalMilliseconds)
        }
    }
    $medians = [ordered]@{}
    foreach ($name in $times.Keys) { $medians[$name] = Get-Median $times[$name].ToArray() }
    $medians
}

# --- What is measured ---------------------------------------------------------------------------------------
$Utf8 = [Text.UTF8Encoding]::new($false)

function Get-CanonicalHandoff {
    # The text New-Handoff writes for session $Index at $Date (a fixed, realistic shape; values vary).
    param([int] $Index, [datetime] $Date, [string] $Commit)
    $n = $Index
    @"
# Session Handoff: Session $n on the reporting module

**Date**: $($Date.ToString('yyyy-MM-dd'))
**Time**: $($Date.ToString('HH:mm:ss'))
**Branch**: feat/report-$($n % 7)
**Commit**: $Commit
**Author**: Claude Code + Ada Lovelace

## Session Summary

Session $n moved the report export forward: the CSV writer is done and the PDF layout is half way.
The next session starts from the layout tests.

## Completed Work

- ✅ CSV export of the monthly report (src/report/csv.py)
- ✅ Tests for the column order ($($n % 50) new cases)
- ✅ Fixed the rounding of totals in the summary row

## Next Priorities

1. **Finish the PDF layout** (page breaks in long tables)
   - File: src/report/pdf.py
   - Check the landscape option

2. **Review the export permissions**

## Blockers/Questions

- **Performance**: the export of $($n * 10) rows takes too long (profile the query)
- Unclear whether the totals include refunds

## Context for Next Session

**Decisions Made**:

- CSV uses semicolons for the German locale

**Key Files**:

- ``src/report/csv.py`` - CSV writer
- ``src/report/pdf.py`` - PDF layout

**References**:

- Export spec: docs/export.md

"@ -replace "`r`n", "`n" -replace "`n`n$", "`n"
}

function New-HandoffFolder {
    # Writes $Count canonical handoffs, one hour apart, the newest $NewestDaysAgo days ago; returns the folder.
    param([string] $Folder, [int] $Count, [string] $Commit = '0123456789ab', [double] $NewestDaysAgo = 2)
    $null = New-Item -ItemType Directory -Force -Path $Folder
    $newest = [datetime]::Now.Date.AddDays(-$NewestDaysAgo).AddHours(9)
    for ($i = 1; $i -le $Count; $i++) {
        $date = $newest.AddHours($i - $Count)
        $name = $date.ToString('yyyy-MM-dd-HHmm') + "-session-$i-on-the-reporting-module.md"
        [IO.File]::WriteAllText((Join-Path $Folder $name), (Get-CanonicalHandoff -Index $i -Date $date -Commit $Commit), $Utf8)
    }
    $Folder
}

function Invoke-FastImport {
    param([string] $Repo, [string] $Stream)
    $file = Join-Path $Repo '.import-stream'
    [IO.File]::WriteAllText($file, $Stream, $Utf8)
    $info = [Diagnostics.ProcessStartInfo]::new('git')
    foreach ($a in '-C', $Repo, 'fast-import', '--quiet') { $info.ArgumentList.Add($a) }
    $info.RedirectStandardInput = $true
    $info.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($info)
    $in = [IO.File]::OpenRead($file)
    try { $in.CopyTo($process.StandardInput.BaseStream) } finally { $in.Dispose() }
    $process.StandardInput.Close()
    $process.WaitForExit()
    [IO.File]::Delete($file)
    if ($process.ExitCode -ne 0) { throw "git fast-import failed in $Repo." }
}

function New-BenchRepo {
    # A repository whose latest handoff (one of $Handoffs, committed) records the first commit, followed by
    # $Since commits of work; the work tree is checked out.
    param([string] $Path, [int] $Since, [int] $Handoffs)
    $null = New-Item -ItemType Directory -Path $Path
    & git -C $Path init -q -b main
    & git -C $Path config user.name 'Bench'
    & git -C $Path config user.email 'bench@example.com'
    $start = [DateTimeOffset]::Now.AddDays(-3).ToUnixTimeSeconds()
    $sb = [Text.StringBuilder]::new()
    [void]$sb.Append("commit refs/heads/main`nmark :1`ncommitter Bench <bench@example.com> $start +0000`ndata 5`nstart`n")
    for ($f = 0; $f -lt 200; $f++) {
        [void]$sb.Append("M 100644 inline src/module$($f % 20)/file$([Math]::Floor($f / 20)).txt`ndata 6`nstart`n`n")
    }
    Invoke-FastImport $Path $sb.ToString()
    $base = (& git -C $Path rev-parse main).Trim()

    $folder = New-HandoffFolder -Folder (Join-Path $Path 'session-handoffs') -Count $Handoffs -Commit $base.Substring(0, 12)
    $sb = [Text.StringBuilder]::new()
    [void]$sb.Append("commit refs/heads/main`ncommitter Bench <bench@example.com> $($start + 30) +0000`ndata 13`ndocs: handoff`nfrom refs/heads/main^0`n")
    foreach ($file in [IO.Directory]::GetFiles($folder)) {
        $bytes = [IO.File]::ReadAllBytes($file)
        [void]$sb.Append("M 100644 inline session-handoffs/$([IO.Path]::GetFileName($file))`ndata $($bytes.Length)`n")
        [void]$sb.Append($Utf8.GetString($bytes)).Append("`n")
    }
    for ($i = 1; $i -le $Since; $i++) {
        $when = $start + 60 + $i
        $file = "src/module$($i % 20)/file$([Math]::Floor(($i % 200) / 20)).txt"
        $body = "change $i`n"
        $msg = "feat: change number $i"
        [void]$sb.Append("commit refs/heads/main`ncommitter Bench <bench@example.com> $when +0000`n")
        [void]$sb.Append("data $($msg.Length)`n$msg`n")
        [void]$sb.Append("M 100644 inline $file`ndata $($body.Length)`n$body`n")
    }
    Invoke-FastImport $Path $sb.ToString()
    & git -C $Path checkout -q -f main
    if ($LASTEXITCODE -ne 0) { throw "git checkout failed in $Path." }
    $Path
}

# --- Set-up -------------------------------------------------------------------------------------------------
$temp = Join-Path ([IO.Path]::GetTempPath()) ('handoffps-bench-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
$null = New-Item -ItemType Directory -Path $temp
try {
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $bigRepo = New-BenchRepo -Path (Join-Path $temp 'repo-5k') -Since $CommitsSince -Handoffs 1000
    $hugeRepo = New-BenchRepo -Path (Join-Path $temp 'repo-50k') -Since $ManyCommitsSince -Handoffs 1000
    $folder10 = New-HandoffFolder -Folder (Join-Path $temp 'h10') -Count 10
    $folder1k = New-HandoffFolder -Folder (Join-Path $temp 'h1k') -Count 1000
    $folder10k = New-HandoffFolder -Folder (Join-Path $temp 'h10k') -Count 10000
    Write-Host ("Set up in {0:0.0} s: repositories with {1} and {2} commits since the latest of 1,000 handoffs; folders of 10, 1,000 and 10,000 handoffs. Medians of {3} runs." -f
        $watch.Elapsed.TotalSeconds, $CommitsSince, $ManyCommitsSince, $Runs)

    # --- Profile cost: fresh processes, alternating ---------------------------------------------------------
    $import = "Import-Module '$($ModulePath -replace "'", "''")'"
    # PowerShell's floor: importing a module that holds nothing, then printing one object formatted (the first
    # formatted output of a process), as a profile line of any module would.
    $emptyModule = Join-Path $temp 'EmptyModule' 'EmptyModule.psd1'
    $null = New-Item -ItemType Directory -Path (Split-Path $emptyModule)
    [IO.File]::WriteAllText($emptyModule, "@{ ModuleVersion = '1.0'; GUID = '$([guid]::NewGuid())'; FunctionsToExport = @() }", $Utf8)
    $floor = "Import-Module '$($emptyModule -replace "'", "''")'; [pscustomobject]@{ IsDue = `$true; Reason = 'floor'; CommitsSince = 1; CommitsSinceIsLowerBound = `$false; FilesChanged = 1; Age = [timespan]::FromHours(2); Branch = 'main'; LatestDescription = 'floor'; LatestDate = [datetime]::Now; LatestHandoff = 'none' }"
    Write-Host 'Profile cost (fresh pwsh processes)...'
    $script:CpuTimes = @{}
    $fresh = {
        param($name, $command, $folder)
        $r = Invoke-FreshPwsh -Command $command -WorkingDirectory $folder
        if (-not $script:CpuTimes.ContainsKey($name)) { $script:CpuTimes[$name] = [Collections.Generic.List[double]]::new() }
        $script:CpuTimes[$name].Add($r.Cpu)
        $r.Ms
    }
    $profileCost = Measure-Alternating -Actions ([ordered]@{
            BareBig      = { & $fresh BareBig '$null' $bigRepo }
            StatusBig    = { & $fresh StatusBig "$import; Get-HandoffStatus" $bigRepo }
            BareSmall    = { & $fresh BareSmall '$null' $SmallRepo }
            ImportSmall  = { & $fresh ImportSmall $import $SmallRepo }
            StatusSmall  = { & $fresh StatusSmall "$import; Get-HandoffStatus" $SmallRepo }
            FloorSmall   = { & $fresh FloorSmall $floor $SmallRepo }
        })
    $profileCpu = @{}
    foreach ($name in $script:CpuTimes.Keys) { $profileCpu[$name] = Get-Median $script:CpuTimes[$name].ToArray() }

    # --- In this process: status, -Latest and bulk reads ---------------------------------------------------
    Import-Module $ModulePath -Force
    Write-Host 'Get-HandoffStatus, Get-Handoff -Latest and Get-Handoff (in this process)...'
    $files10k = [IO.Directory]::GetFiles($folder10k, '*.md')
    $status5k = Get-HandoffStatus -Path $bigRepo
    $status50k = Get-HandoffStatus -Path $hugeRepo
    $inProcess = Measure-Alternating -Actions ([ordered]@{
            Status5k   = { Get-HandoffStatus -Path $bigRepo }
            Status50k  = { Get-HandoffStatus -Path $hugeRepo }
            List1k     = { [IO.Directory]::GetFiles($folder1k, '*.md').Count }
            List10k    = { [IO.Directory]::GetFiles($folder10k, '*.md').Count }
            Gci1k      = { @(Get-ChildItem -LiteralPath $folder1k -Name).Count }
            Gci10k     = { @(Get-ChildItem -LiteralPath $folder10k -Name).Count }
            Latest10   = { Get-Handoff -Path $folder10 -Latest }
            Latest1k   = { Get-Handoff -Path $folder1k -Latest }
            Latest10k  = { Get-Handoff -Path $folder10k -Latest }
            ReadAll10k = { foreach ($f in [IO.Directory]::GetFiles($folder10k, '*.md')) { $null = [IO.File]::ReadAllText($f) } }
            Get10k     = { Get-Handoff -Path $folder10k | Out-Null }
            KeptText   = { $kept = foreach ($f in [IO.Directory]::GetFiles($folder10k, '*.md')) { [IO.File]::ReadAllText($f) }; $kept.Count }
            KeptGet    = { $kept = Get-Handoff -Path $folder10k; $kept.Count }
        })
    $latest = Get-Handoff -Path $folder10k -Latest
    if ($latest.FileName -ne [IO.Path]::GetFileName(($files10k | Sort-Object)[-1])) { throw "Get-Handoff -Latest gave $($latest.FileName)." }
    if (@(Get-Handoff -Path $folder1k).Count -ne 1000) { throw 'Get-Handoff did not read 1,000 handoffs.' }

    # --- Peak working set: fresh processes ------------------------------------------------------------------
    Write-Host 'Peak working set (fresh pwsh processes)...'
    $peak = { param($folder) [double](Invoke-FreshPwsh -Command "$import; Get-Handoff -Path '$folder' | Measure-Object | Out-Null; [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64" -WorkingDirectory $temp).Output.Trim() }
    $peakBare = Get-Median @(foreach ($round in 1..$Runs) { [double](Invoke-FreshPwsh -Command '[Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64' -WorkingDirectory $temp).Output.Trim() })
    $peaks = @{ P1k = [Collections.Generic.List[double]]::new(); P10k = [Collections.Generic.List[double]]::new() }
    for ($round = 0; $round -lt $Runs; $round++) {
        $peaks.P1k.Add((& $peak $folder1k))
        $peaks.P10k.Add((& $peak $folder10k))
    }
    $peak1k = Get-Median $peaks.P1k.ToArray()
    $peak10k = Get-Median $peaks.P10k.ToArray()
}
finally {
    Remove-Item -LiteralPath $temp -Recurse -Force -ErrorAction SilentlyContinue
}

# --- The table ----------------------------------------------------------------------------------------------
$costBig = $profileCost.StatusBig - $profileCost.BareBig
$costSmall = $profileCost.StatusSmall - $profileCost.BareSmall
$costImport = $profileCost.ImportSmall - $profileCost.BareSmall
$costFloor = $profileCost.FloorSmall - $profileCost.BareSmall
$latestBase = { param($list) $list + $inProcess.Latest10 }
$gciBase = { param($list) $list + $inProcess.Latest10 }
$rows = @(
    [pscustomobject]@{
        Figure = "profile cost, $CommitsSince commits since, 1,000 handoffs"
        Measured = '+{0:0} ms (bare {1:0} ms; +{2:0} above the floor)' -f $costBig, $profileCost.BareBig, ($costBig - $costFloor)
        Goal = '<= +150 ms'; Met = $costBig -le 150
    }
    [pscustomobject]@{
        Figure = 'profile cost, this repository'
        Measured = '+{0:0} ms (import +{1:0}, status +{2:0}; +{3:0} above the floor)' -f $costSmall, $costImport, ($profileCost.StatusSmall - $profileCost.ImportSmall), ($costSmall - $costFloor)
        Goal = '<= +80 ms'; Met = $costSmall -le 80
    }
    [pscustomobject]@{
        Figure = "PowerShell's floor: import an empty module, print one object"
        Measured = '+{0:0} ms' -f $costFloor
        Goal = '(no goal)'; Met = $null
    }
    [pscustomobject]@{
        Figure = "Get-HandoffStatus, warm, $CommitsSince / $ManyCommitsSince commits since"
        Measured = '{0:0.0} / {1:0.0} ms' -f $inProcess.Status5k, $inProcess.Status50k
        Goal = '<= 20 ms, both'; Met = $inProcess.Status5k -le 20 -and $inProcess.Status50k -le 20
    }
    [pscustomobject]@{
        Figure = 'Get-Handoff -Latest, 1,000 / 10,000 files'
        Measured = '{0:0.0} / {1:0.0} ms = {2:0.00} / {3:0.00} x (names + -Latest at 10: {4:0.0} / {5:0.0} ms)' -f $inProcess.Latest1k, $inProcess.Latest10k,
            ($inProcess.Latest1k / (& $latestBase $inProcess.List1k)), ($inProcess.Latest10k / (& $latestBase $inProcess.List10k)),
            (& $latestBase $inProcess.List1k), (& $latestBase $inProcess.List10k)
        Goal = '<= 2 x'; Met = ($inProcess.Latest1k / (& $latestBase $inProcess.List1k)) -le 2 -and ($inProcess.Latest10k / (& $latestBase $inProcess.List10k)) -le 2
    }
    [pscustomobject]@{
        Figure = 'the same, against listing the names with Get-ChildItem -Name'
        Measured = '{0:0.00} / {1:0.00} x (Get-ChildItem -Name + -Latest at 10: {2:0.0} / {3:0.0} ms)' -f
            ($inProcess.Latest1k / (& $gciBase $inProcess.Gci1k)), ($inProcess.Latest10k / (& $gciBase $inProcess.Gci10k)),
            (& $gciBase $inProcess.Gci1k), (& $gciBase $inProcess.Gci10k)
        Goal = '<= 2 x'; Met = ($inProcess.Latest1k / (& $gciBase $inProcess.Gci1k)) -le 2 -and ($inProcess.Latest10k / (& $gciBase $inProcess.Gci10k)) -le 2
    }
    [pscustomobject]@{
        Figure = 'Get-Handoff, 10,000 files, against ReadAllText'
        Measured = '{0:0.00} x ({1:0} / {2:0} ms)' -f ($inProcess.Get10k / $inProcess.ReadAll10k), $inProcess.Get10k, $inProcess.ReadAll10k
        Goal = '<= 3 x'; Met = ($inProcess.Get10k / $inProcess.ReadAll10k) -le 3
    }
    [pscustomobject]@{
        Figure = 'the same, all 10,000 kept in a variable (both sides)'
        Measured = '{0:0.00} x ({1:0} / {2:0} ms)' -f ($inProcess.KeptGet / $inProcess.KeptText), $inProcess.KeptGet, $inProcess.KeptText
        Goal = '(no goal)'; Met = $null
    }
    [pscustomobject]@{
        Figure = 'peak working set, Get-Handoff | Measure-Object, 10k / 1k files'
        Measured = '{0:0.00} x ({1:0} / {2:0} MB)' -f ($peak10k / $peak1k), ($peak10k / 1MB), ($peak1k / 1MB)
        Goal = '<= 1.3 x'; Met = ($peak10k / $peak1k) -le 1.3
    }
)
Write-Host ''
Write-Host ("Processor time of the fresh processes (medians; little changed by other load): bare pwsh {0:0} ms; in the big repository +{1:0} ms; in this repository +{2:0} ms (import +{3:0})." -f
    $profileCpu.BareBig, ($profileCpu.StatusBig - $profileCpu.BareBig), ($profileCpu.StatusSmall - $profileCpu.BareSmall), ($profileCpu.ImportSmall - $profileCpu.BareSmall))
Write-Host ("Peak working set of a bare pwsh: {0:0} MB." -f ($peakBare / 1MB))
Write-Host "Status at $CommitsSince commits since: CommitsSince $($status5k.CommitsSince), IsDue $($status5k.IsDue). At $($ManyCommitsSince): CommitsSince $($status50k.CommitsSince), IsDue $($status50k.IsDue)."
$rows | Format-Table -AutoSize -Wrap | Out-String -Width 200 | Write-Host
$goals = @($rows | Where-Object { $null -ne $_.Met })
Write-Host "Goals met: $(@($goals | Where-Object Met).Count) of $($goals.Count)."
