#Requires -Version 7.2
<#
.SYNOPSIS
Benchmark: the MCP server's cold start, from starting its process to the first tool result.

.DESCRIPTION
Publishes the handoff command (src/HandoffPS.Cli, ReadyToRun for this machine's runtime identifier) into
out/bench/handoff, whose `handoff mcp` is the server, then, -Runs times for each tool of -Tool: starts a new server process for -Project, sends
initialize, waits for its answer, sends notifications/initialized and one tools/call, and stops the clock when the
call's result arrives. The process is then ended by closing its input. One run per tool before the measured ones is
left out (it fills the disk cache after the build). Prints each run, the median per tool, and the median of the
server's own CPU time up to that result (on a busy machine the wall time says more about the other processes than about the server;
the CPU time does not), against -BudgetMs.

Not a test: it prints, it never fails on a slow run.

.EXAMPLE
dotnet pwsh -NoProfile -File ./bench/Mcp.Benchmark.ps1

.EXAMPLE
dotnet pwsh -NoProfile -File ./bench/Mcp.Benchmark.ps1 -Tool handoff_status,handoff_list -Runs 11 -Project ~/src/my-app
#>
[CmdletBinding()]
param(
    # The tools to call first, each in its own series of runs.
    [string[]] $Tool = @('handoff_context', 'handoff_latest'),

    [ValidateRange(5, 1000)]
    [int] $Runs = 7,

    # The project served (default: this repository, with its own handoffs and git history).
    [string] $Project = (Join-Path $PSScriptRoot '..'),

    # Measure the executable already in out/bench/handoff.
    [switch] $NoBuild,

    [int] $BudgetMs = 500
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
# With -File, 'a,b' arrives as one string.
$Tool = @($Tool | ForEach-Object { $_ -split ',' } | Where-Object { $_ })
$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..')).ProviderPath
$Project = (Resolve-Path $Project).ProviderPath
$OutDir = Join-Path $RepoRoot 'out' 'bench' 'handoff'

if (-not $NoBuild) {
    $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    Write-Host "Publishing the server (Release, ReadyToRun, $rid) into $OutDir"
    & dotnet publish (Join-Path $RepoRoot 'src' 'HandoffPS.Cli') -c Release -r $rid --self-contained false `
        -p:PublishReadyToRun=true -o $OutDir --nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "dotnet publish failed with exit code $LASTEXITCODE." }
}

$server = @('handoff', 'handoff.exe') | ForEach-Object { Join-Path $OutDir $_ } | Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
if (-not $server) { throw "No server executable in ${OutDir}: run without -NoBuild." }

function Send-Line([System.Diagnostics.Process] $Process, [string] $Json) {
    $Process.StandardInput.WriteLine($Json)
    $Process.StandardInput.Flush()
}

function Read-Response([System.Diagnostics.Process] $Process, [int] $Id) {
    # Skips notifications; a closed output or a 60 s wait is a failed run.
    while ($true) {
        $task = $Process.StandardOutput.ReadLineAsync()
        if (-not $task.Wait(60000)) { throw "No answer to request $Id within 60 s." }
        $line = $task.Result
        if ($null -eq $line) { throw "The server closed its output before answering request $Id." }
        $message = $line | ConvertFrom-Json
        if ($message.PSObject.Properties['id'] -and $message.id -eq $Id) { return $message }
    }
}

# One cold start: process start to the first tool result. Returns the wall and CPU times in milliseconds.
function Measure-ColdStart([string] $Name) {
    $info = [System.Diagnostics.ProcessStartInfo]::new($server)
    $info.ArgumentList.Add('mcp')
    $info.ArgumentList.Add('--project')
    $info.ArgumentList.Add($Project)
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $process = [System.Diagnostics.Process]::Start($info)
    try {
        $null = $process.StandardError.ReadToEndAsync()
        Send-Line $process '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}'
        $null = Read-Response $process 1
        Send-Line $process '{"jsonrpc":"2.0","method":"notifications/initialized"}'
        Send-Line $process ('{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"' + $Name + '","arguments":{}}}')
        $result = Read-Response $process 2
        $watch.Stop()
        if ($result.PSObject.Properties['error'] -or ($result.result.PSObject.Properties['isError'] -and $result.result.isError)) {
            throw "$Name failed: $($result | ConvertTo-Json -Depth 10 -Compress)"
        }
        # Read while the process runs (the CPU time of an exited process is not available everywhere).
        $process.Refresh()
        $cpu = $process.TotalProcessorTime.TotalMilliseconds
        $process.StandardInput.Close()
        if (-not $process.WaitForExit(30000)) { $process.Kill() }
        [pscustomobject]@{ WallMs = $watch.Elapsed.TotalMilliseconds; CpuMs = $cpu }
    } finally {
        if (-not $process.HasExited) { $process.Kill() }
        $process.Dispose()
    }
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[[int][Math]::Floor($n / 2)] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

Write-Host "Server: $server"
Write-Host "Project: $Project"
Write-Host "Processors: $([Environment]::ProcessorCount); load average: $(if (Test-Path /proc/loadavg) { (Get-Content /proc/loadavg).Split(' ')[0..2] -join ' ' } else { 'n/a' })"
$summary = foreach ($name in $Tool) {
    $null = Measure-ColdStart $name
    $times = foreach ($i in 1..$Runs) { Measure-ColdStart $name }
    Write-Host ("{0}: wall {1} ms; server CPU {2} ms" -f $name,
        (($times | ForEach-Object { [Math]::Round($_.WallMs) }) -join ', '),
        (($times | ForEach-Object { [Math]::Round($_.CpuMs) }) -join ', '))
    $wall = Get-Median $times.WallMs
    [pscustomobject]@{
        Tool          = $name
        Runs          = $Runs
        MedianWallMs  = [Math]::Round($wall)
        MedianCpuMs   = [Math]::Round((Get-Median $times.CpuMs))
        WithinBudget  = $wall -le $BudgetMs
    }
}
$summary | Format-Table -AutoSize | Out-Host
Write-Host "Cold start to the first tool result, median of $Runs runs; budget $BudgetMs ms."
