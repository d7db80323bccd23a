# The README is tested: every PowerShell example runs, in order, in a fresh pwsh with a fresh home folder and a
# fixed git user (Invoke-ReadmeExamples.ps1), and what each one prints must be what the README shows under it,
# once commit hashes and ages are set aside (ConvertTo-ComparableOutput). A README that drifts from the code fails.
# After a deliberate change of output, a maintainer refreshes the output blocks with
#   dotnet pwsh -NoProfile -File tests/HandoffPS.Tests/Readme/Invoke-ReadmeExamples.ps1 -Update -ReadmePath README.md `
#       -ModulePath out/HandoffPS/HandoffPS.psd1 -WorkPath <an empty folder> -ResultPath out/readme.json
# and reviews the diff.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'ReadmeBlocks.ps1')
    $readme = Join-Path $PSScriptRoot '..' '..' '..' 'README.md'
    $examples = @(Get-ReadmeBlocks -Path $readme | Where-Object { $_.Kind -eq 'powershell' -and $_.Info -notmatch '\bnorun\b' } |
        ForEach-Object { @{ Line = $_.Line; Section = $_.Section; First = ($_.Code -split "`n")[0] } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    . (Join-Path $PSScriptRoot 'ReadmeBlocks.ps1')
    $readme = (Resolve-Path (Join-Path $PSScriptRoot '..' '..' '..' 'README.md')).ProviderPath
    $blocks = @(Get-ReadmeBlocks -Path $readme)
    $work = New-TestFolder
    $resultPath = Join-Path $work 'readme-results.json'
    $homeFolder = New-Item -ItemType Directory -Path (Join-Path $work 'home')
    $runner = Join-Path $PSScriptRoot 'Invoke-ReadmeExamples.ps1'
    $watch = [Diagnostics.Stopwatch]::StartNew()
    # The home folder is HOME from the start (else the runner starts itself again with it).
    $environment = @{ HOME = $homeFolder.FullName; USERPROFILE = $homeFolder.FullName; XDG_CONFIG_HOME = $homeFolder.FullName; GIT_CONFIG_NOSYSTEM = '1' }
    $log = Invoke-FreshPwsh -Environment $environment -Command "& '$runner' -ReadmePath '$readme' -ModulePath '$($env:HANDOFFPS_MODULE_PATH)' -WorkPath '$($homeFolder.FullName)' -ResultPath '$resultPath'"
    Write-Host ("README examples ran in {0:N1} s." -f $watch.Elapsed.TotalSeconds)
    if (-not (Test-Path -LiteralPath $resultPath)) { throw "The README examples did not run: $($log -join [Environment]::NewLine)" }
    $results = @{}
    foreach ($r in (Get-Content -Raw -LiteralPath $resultPath | ConvertFrom-Json)) { $results[[int]$r.Line] = $r }
}

AfterAll {
    Remove-TestFolder $work
}

Describe 'The README' {
    It 'marks its examples the documented way: every output block follows an example, norun only under Install' {
        for ($i = 0; $i -lt $blocks.Count; $i++) {
            $b = $blocks[$i]
            if ($b.Kind -eq 'output') {
                $i | Should -BeGreaterThan 0
                $blocks[$i - 1].Kind | Should -Be 'powershell' -Because "the output block at line $($b.Line) shows an example's output"
                $blocks[$i - 1].Info | Should -Not -Match '\bnorun\b'
                $b.AfterBlankLinesOnly | Should -BeTrue -Because "the output block at line $($b.Line) must follow its example directly"
            }
            if ($b.Info -match '\bnorun\b') {
                $b.Section | Should -Be 'Install' -Because "the norun block at line $($b.Line) is not run"
            }
        }
        @($blocks | Where-Object Kind -eq 'output').Count | Should -BeGreaterThan 20
    }

    It 'runs the example at line <Line> (<Section>: <First>) and prints what the README shows' -ForEach $examples {
        $r = $results[$Line]
        $r | Should -Not -BeNullOrEmpty -Because 'every example runs'
        if ($null -ne $r.Expected) {
            ConvertTo-ComparableOutput $r.Actual | Should -BeExactly (ConvertTo-ComparableOutput $r.Expected) -Because "README line $($r.Output) shows the output of the example at line $Line"
        } else {
            # An example without an output block must not fail either.
            $r.Actual | Should -Not -Match '(?m)^(\w+-\w+|Error|ParseError|Exception): ' -Because "the example at line $Line shows no output, so it must print no error"
        }
    }
}
