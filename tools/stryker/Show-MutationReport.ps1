<#
.SYNOPSIS
Prints the score and the surviving mutants of a Stryker.NET JSON report.

.DESCRIPTION
Reads mutation-report.json (mutation-testing-elements schema) and prints, per mutated file, the
killed, survived and uncovered mutants; then the totals, the mutation score over every testable
mutant, the score over covered mutants only (the figure the project's target is set on), and one
line per surviving or uncovered mutant (file:line, mutator, replacement), so that each can be
killed by a test or explained as equivalent.
Returns the covered score as a number, or nothing when no mutant was tested.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ReportPath,
    # Print the surviving mutants (and the uncovered ones) one per line.
    [switch] $ListSurvivors
)

$ErrorActionPreference = 'Stop'
$report = Get-Content -LiteralPath $ReportPath -Raw | ConvertFrom-Json -AsHashtable
$root = [string]$report['projectRoot']

$killedStates = 'Killed', 'Timeout'
$rows = foreach ($path in ($report['files'].Keys | Sort-Object)) {
    $mutants = @($report['files'][$path]['mutants'])
    $name = if ($root -and $path.StartsWith($root)) { $path.Substring($root.Length).TrimStart('/', '\') } else { $path }
    [pscustomobject]@{
        File       = $name
        Killed     = @($mutants | Where-Object { $_['status'] -in $killedStates }).Count
        Survived   = @($mutants | Where-Object { $_['status'] -eq 'Survived' }).Count
        NoCoverage = @($mutants | Where-Object { $_['status'] -eq 'NoCoverage' }).Count
        Ignored    = @($mutants | Where-Object { $_['status'] -in 'Ignored', 'CompileError' }).Count
        Mutants    = $mutants
    }
}

$rows | Where-Object { $_.Killed + $_.Survived + $_.NoCoverage -gt 0 } |
    Select-Object File, Killed, Survived, NoCoverage,
        @{ Name = 'Covered%'; Expression = { if ($_.Killed + $_.Survived) { [math]::Round(100.0 * $_.Killed / ($_.Killed + $_.Survived), 1) } else { $null } } } |
    Format-Table -AutoSize | Out-String -Width 200 | Write-Host

$killed = ($rows | Measure-Object Killed -Sum).Sum
$survived = ($rows | Measure-Object Survived -Sum).Sum
$uncovered = ($rows | Measure-Object NoCoverage -Sum).Sum
$testable = $killed + $survived + $uncovered
$score = if ($testable) { 100.0 * $killed / $testable } else { 0 }
$covered = if ($killed + $survived) { 100.0 * $killed / ($killed + $survived) } else { 0 }

if ($ListSurvivors) {
    Write-Host 'Surviving and uncovered mutants (file:line mutator -> replacement):'
    foreach ($row in $rows) {
        foreach ($m in $row.Mutants | Where-Object { $_['status'] -in 'Survived', 'NoCoverage' } | Sort-Object { $_['location']['start']['line'] }) {
            $replacement = ([string]$m['replacement']) -replace '\s+', ' '
            if ($replacement.Length -gt 90) { $replacement = $replacement.Substring(0, 87) + '...' }
            Write-Host ("  {0,-10} {1}:{2} {3} -> {4}" -f $m['status'], $row.File, $m['location']['start']['line'], $m['mutatorName'], $replacement)
        }
    }
}

Write-Host ('Mutants: {0} testable, {1} killed, {2} survived, {3} not covered by any test' -f $testable, $killed, $survived, $uncovered)
if ($testable -eq 0) {
    # A run narrowed by -Mutate or -Since to code with no mutant has no score; 0 % would read as a failure.
    Write-Host 'Mutation score: none (no mutant was tested)'
    return $null
}

Write-Host ('Mutation score: {0:N1} % of testable mutants, {1:N1} % of covered mutants killed' -f $score, $covered)
$covered
