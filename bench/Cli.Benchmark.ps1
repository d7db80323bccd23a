#Requires -Version 7.2
<#
.SYNOPSIS
Benchmark: the handoff command started cold, as a process, the way a shell prompt or an agent hook starts it.

.DESCRIPTION
Makes, in a temporary folder, a project like a real one: a git repository with three handoffs (the README's
webapp), commits and an uncommitted change since the latest, and a Claude Code transcript with several TodoWrite
calls; plus a 50 MB transcript. Then runs each command as a fresh process, -Runs times (at least 5), and prints
the median wall time and the median CPU time (user + system) of each, against its goal:
  - handoff --version                     the floor: the runtime starting, nothing read
  - handoff context, handoff status       goal 250 ms
  - handoff hooks run <event>             goal 300 ms each, with the hook input on standard input
    (session-start, pre-compact, stop, session-end; stop also with the 50 MB transcript)
  - the pwsh SessionStart hook the README showed before (pwsh -NoProfile -Command "Import-Module
    HandoffPS; Get-HandoffContext"), for comparison.
The load average is printed first: on a busy machine the wall times grow, the CPU times much less. No figure is
written anywhere else, and no timing is a test.

Run after ./build.ps1 (which builds out/handoff and out/HandoffPS):
  dotnet pwsh -NoProfile -File ./bench/Cli.Benchmark.ps1
#>
[CmdletBinding()]
param(
    [ValidateRange(5, 101)]
    [int] $Runs = 7,
    [string] $CliPath = (Join-Path $PSScriptRoot '..' 'out' 'handoff' ($IsWindows ? 'handoff.exe' : 'handoff')),
    [string] $ModulePath = (Join-Path $PSScriptRoot '..' 'out' 'HandoffPS' 'HandoffPS.psd1'),
    # Skip the pwsh comparison (it takes a few seconds a run).
    [switch] $NoPwsh
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$CliPath = (Resolve-Path -LiteralPath $CliPath).ProviderPath
$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath

# A fresh pwsh, started the way this one was: under `dotnet pwsh` this process is the dotnet host running pwsh.dll.
$script:PwshFile = [Environment]::ProcessPath
$script:PwshPrefix = @()
if ([IO.Path]::GetFileNameWithoutExtension($script:PwshFile) -eq 'dotnet') {
    $script:PwshPrefix = @(Join-Path $PSHOME 'pwsh.dll')
}

function Invoke-Git([string] $Path, [string[]] $Arguments) {
    $output = & git -C $Path -c user.name='Ada Lovelace' -c user.email=ada@example.com -c commit.gpgsign=false @Arguments 2>&1
    if ($LASTEXITCODE -ne 0) { throw "git $($Arguments -join ' ') failed: $output" }
}

function Measure-Process {
    # Runs a process -Runs times; returns the median wall and CPU milliseconds.
    param([string] $File, [string[]] $Arguments, [string] $WorkingDirectory, [string] $InputText)
    $wall = [Collections.Generic.List[double]]::new()
    $cpu = [Collections.Generic.List[double]]::new()
    # The CPU time of a process that has ended: GNU time writes it to a file (where it exists).
    $timeTool = if (Test-Path -LiteralPath '/usr/bin/time') { '/usr/bin/time' } else { $null }
    $timeFile = Join-Path $temp 'cpu.txt'
    for ($i = 0; $i -lt $Runs; $i++) {
        $info = if ($timeTool) { [Diagnostics.ProcessStartInfo]::new($timeTool) } else { [Diagnostics.ProcessStartInfo]::new($File) }
        if ($timeTool) { foreach ($a in '-o', $timeFile, '-f', '%U %S', $File) { $info.ArgumentList.Add($a) } }
        foreach ($a in $Arguments) { $info.ArgumentList.Add($a) }
        $info.WorkingDirectory = $WorkingDirectory
        $info.RedirectStandardInput = $true
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.UseShellExecute = $false
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $p = [Diagnostics.Process]::Start($info)
        $out = $p.StandardOutput.ReadToEndAsync()
        $err = $p.StandardError.ReadToEndAsync()
        if ($InputText) { $p.StandardInput.Write($InputText) }
        $p.StandardInput.Close()
        $p.WaitForExit()
        $watch.Stop()
        $null = $out.Result, $err.Result
        $wall.Add($watch.Elapsed.TotalMilliseconds)
        if ($timeTool) {
            $u, $s = (Get-Content -LiteralPath $timeFile | Select-Object -Last 1).Split(' ')
            $cpu.Add(([double]$u + [double]$s) * 1000)
        }
        if ($p.ExitCode -notin 0, 3) { throw "$File $($Arguments -join ' ') exited with $($p.ExitCode): $($err.Result)" }
    }
    [pscustomobject]@{ Wall = Get-Median $wall; Cpu = if ($cpu.Count) { Get-Median $cpu } else { [double]::NaN } }
}

function Get-Median([Collections.Generic.List[double]] $Values) {
    $sorted = $Values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[($n - 1) / 2] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

$temp = Join-Path ([IO.Path]::GetTempPath()) ('HandoffPS-CliBench-' + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $temp
try {
    # --- The project: three handoffs, work since the latest, a transcript --------------------------------------
    $repo = Join-Path $temp 'webapp'
    $null = New-Item -ItemType Directory -Path $repo
    Invoke-Git $repo 'init', '-q', '-b', 'main'
    Invoke-Git $repo 'config', 'user.name', 'Ada Lovelace'
    $null = New-Item -ItemType Directory -Path (Join-Path $repo 'src'), (Join-Path $repo 'session-handoffs')
    foreach ($i in 1..20) {
        Set-Content -LiteralPath (Join-Path $repo 'src' "file$i.js") -Value "export const v = $i;"
        Invoke-Git $repo 'add', '-A'
        Invoke-Git $repo 'commit', '-q', '-m', "feat: step $i"
    }
    $pwshImport = "Import-Module '$ModulePath'"
    & $script:PwshFile @script:PwshPrefix -NoProfile -NonInteractive -Command @"
$pwshImport
`$null = New-Handoff -Path '$repo' -Description 'Feature Implementation' -Date '2026-11-22 09:30' -Summary 'Built the dashboard.' -Completed 'Created Dashboard component', 'Added responsive layout' -NextPriority 'Add data visualization charts (Chart.js integration)', 'Implement real-time updates' -Blocker 'Performance: Token refresh taking 500ms', 'Unclear whether the API is versioned' -KeyFile 'auth/tokens.py - Token generation' -WarningAction SilentlyContinue
`$null = New-Handoff -Path '$repo' -Description 'Charts spike' -Date '2026-11-23 16:10' -Branch 'feat/charts' -NextPriority 'Pick a chart library' -WarningAction SilentlyContinue
`$null = Get-Handoff -Path '$repo' -Latest | New-Handoff -Path '$repo' -Description 'Auth refactor' -Date '2026-11-24 11:05' -Completed 'Implemented real-time updates over WebSocket' -NextPriority 'Security review (before release)' -Blocker 'Security: token TTL not agreed' -ResolvedBlocker 'Performance' -WarningAction SilentlyContinue
"@
    if ($LASTEXITCODE) { throw 'Writing the handoffs failed.' }
    foreach ($i in 21..24) {
        Set-Content -LiteralPath (Join-Path $repo 'src' "file$i.js") -Value "export const v = $i;"
        Invoke-Git $repo 'add', '-A'
        Invoke-Git $repo 'commit', '-q', '-m', "feat: after the handoff $i"
    }
    Add-Content -LiteralPath (Join-Path $repo 'src' 'file1.js') -Value '// uncommitted'

    $todo = {
        param($n, $items)
        $todos = ($items | ForEach-Object { '{"content":"' + $_[0] + '","status":"' + $_[1] + '","activeForm":"' + $_[0] + '"}' }) -join ','
        '{"parentUuid":null,"isSidechain":false,"type":"assistant","sessionId":"bench","message":{"id":"msg_' + $n + '","role":"assistant","content":[{"type":"tool_use","id":"toolu_' + $n + '","name":"TodoWrite","input":{"todos":[' + $todos + ']}}]}}'
    }
    $filler = '{"type":"user","message":{"role":"user","content":[{"type":"tool_result","content":"' + ('x' * 4000) + '"}]}}'
    $transcript = Join-Path $temp 'session.jsonl'
    Set-Content -LiteralPath $transcript -Value @(
        (& $todo 1 @(, @('Add charts', 'in_progress'))), $filler,
        (& $todo 2 @(@('Add charts', 'completed'), @('Write chart tests', 'in_progress'), @('Reconnect with backoff', 'pending'))), $filler)
    $big = Join-Path $temp 'big.jsonl'
    $stream = [IO.File]::Create($big)
    try {
        $block = [Text.Encoding]::UTF8.GetBytes(($filler + "`n") * 256)
        $first = [Text.Encoding]::UTF8.GetBytes((& $todo 0 @(, @('Early task', 'completed'))) + "`n")
        $stream.Write($first, 0, $first.Length)
        while ($stream.Length -lt 50MB) { $stream.Write($block, 0, $block.Length) }
        $last = [Text.Encoding]::UTF8.GetBytes((& $todo 3 @(@('Write chart tests', 'completed'), @('Reconnect with backoff', 'in_progress'))) + "`n" + $filler + "`n")
        $stream.Write($last, 0, $last.Length)
    } finally {
        $stream.Dispose()
    }

    function Get-HookInput([string] $Event, [string] $Transcript) {
        [ordered]@{ session_id = 'bench'; transcript_path = $Transcript; cwd = $repo; hook_event_name = $Event; source = 'startup' } | ConvertTo-Json -Compress
    }

    # --- Measure ----------------------------------------------------------------------------------------------
    $load = if (Test-Path -LiteralPath '/proc/loadavg') { (Get-Content -LiteralPath '/proc/loadavg' -Raw).Split(' ')[0..2] -join ' ' } else { 'n/a' }
    Write-Host "handoff cold start: medians of $Runs runs, $([Environment]::ProcessorCount) cores, load average $load"
    $rows = [Collections.Generic.List[object]]::new()
    $add = {
        param([string] $Name, [string] $Goal, $Result)
        $goalMs = if ($Goal) { [double]$Goal } else { $null }
        $rows.Add([pscustomobject]@{
            Measure = $Name
            'Wall ms' = [math]::Round($Result.Wall)
            'CPU ms'  = [math]::Round($Result.Cpu)
            Goal      = if ($goalMs) { "<= $goalMs ms" } else { '' }
            Holds     = if ($goalMs) { if ($Result.Wall -le $goalMs) { 'yes' } else { 'no' } } else { '' }
        })
    }
    & $add 'handoff --version (floor)' $null (Measure-Process $CliPath @('--version') $repo)
    & $add 'handoff context' 250 (Measure-Process $CliPath @('context') $repo)
    & $add 'handoff status' 250 (Measure-Process $CliPath @('status') $repo)
    & $add 'hook session-start' 300 (Measure-Process $CliPath @('hooks', 'run', 'session-start') $repo (Get-HookInput 'SessionStart' $null))
    foreach ($e in 'pre-compact', 'stop', 'session-end') {
        & $add "hook $e" 300 (Measure-Process $CliPath @('hooks', 'run', $e) $repo (Get-HookInput $e $transcript))
    }
    & $add 'hook stop, 50 MB transcript' 300 (Measure-Process $CliPath @('hooks', 'run', 'stop') $repo (Get-HookInput 'Stop' $big))
    & $add 'hook session-start, draft pending' 300 (Measure-Process $CliPath @('hooks', 'run', 'session-start') $repo (Get-HookInput 'SessionStart' $null))
    if (-not $NoPwsh) {
        & $add 'pwsh Import-Module; Get-HandoffContext' $null (Measure-Process $script:PwshFile ($script:PwshPrefix + @('-NoProfile', '-NonInteractive', '-Command', "$pwshImport; Get-HandoffContext")) $repo)
    }
    $rows | Format-Table -AutoSize | Out-Host
}
finally {
    Remove-Item -LiteralPath $temp -Recurse -Force -ErrorAction SilentlyContinue
}
