BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
    $script:Corpus = Get-RealHandoffsFolder
}

Describe 'Test-Handoff' {
    BeforeAll {
        $repo = New-TestGitRepo
        $null = New-Item -ItemType Directory -Path (Join-Path $repo 'auth')
        Set-Content -LiteralPath (Join-Path $repo 'auth' 'tokens.py') -Value '# tokens'
        $fresh = New-Handoff -Description 'Feature Implementation' -Path $repo -Summary 'Built the dashboard.' `
            -Completed 'Created Dashboard component' -NextPriority 'Add charts (Chart.js integration)' `
            -Blocker 'Performance: Token refresh taking 500ms' -Decision 'Using JWT' -KeyFile 'auth/tokens.py - Token generation'
    }

    AfterAll {
        Remove-TestFolder $repo
    }

    It 'finds nothing in a fresh New-Handoff file, and -Quiet is true' {
        Test-Handoff -LiteralPath $fresh.Path | Should -BeNullOrEmpty
        Test-Handoff -LiteralPath $fresh.Path -Quiet | Should -BeTrue
    }

    It 'checks the current project''s handoffs when no path is given' {
        Push-Location $repo
        try {
            Test-Handoff | Should -BeNullOrEmpty
            Test-Handoff -Quiet | Should -BeTrue
        }
        finally {
            Pop-Location
        }
    }

    It 'refuses a handoff that is not a file on disk with HandoffHasNoFile' {
        $unsaved = [HandoffPS.Core.Model.Handoff]@{ Description = 'in memory' }
        $result = $unsaved | Test-Handoff -Quiet -ErrorVariable err -ErrorAction SilentlyContinue
        $result | Should -BeFalse
        $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffHasNoFile,*'
    }

    It 'takes handoffs from Get-Handoff and files from Get-ChildItem' {
        (Get-Handoff -Path $repo | Test-Handoff -Quiet) | Should -BeTrue
        (Get-ChildItem (Join-Path $repo 'session-handoffs') -Filter *.md | Test-Handoff -Quiet) | Should -BeTrue
    }

    It 'reports a key file that does not exist under the project root' {
        $h = New-Handoff -Description 'missing key file' -Path $repo -Date '2025-01-01 10:00' -Summary 's' -Completed 'c' -NextPriority 'n' -KeyFile 'src/gone.cs - removed'

        $finding = Test-Handoff -LiteralPath $h.Path -Severity Warning, Error

        $finding.RuleName | Should -Be 'HandoffKeyFileMissing'
        $finding.Severity | Should -Be 'Warning'
        $finding.Line | Should -Be ((Get-Content -LiteralPath $h.Path).IndexOf('- `src/gone.cs` - removed') + 1)
        $finding.Path | Should -Be $h.Path
        Test-Handoff -LiteralPath $h.Path -Quiet | Should -BeFalse
    }

    It 'is false with -Quiet on a real hand-written handoff, and its findings carry line numbers' {
        $file = Join-Path $script:Corpus 'Ravenight13__simple-task-tracker-mcp__2025-11-03-0636-expanded-detail-pages-complete.md'

        Test-Handoff -LiteralPath $file -Quiet | Should -BeFalse

        $findings = Test-Handoff -LiteralPath $file
        $findings | Should -Not -BeNullOrEmpty
        $findings | ForEach-Object { $_ | Should -BeOfType 'HandoffPS.Core.Model.HandoffDiagnostic' }
        ($findings | Where-Object RuleName -eq 'HandoffFieldFormat' | Where-Object Severity -eq Warning | Where-Object Message -match '06:36 AM').Line | Should -Be 4
        ($findings | Where-Object RuleName -eq 'HandoffSectionName' | Select-Object -First 1).Line | Should -Be 9
        $findings.Line | ForEach-Object { $_ | Should -BeGreaterThan 0 }
    }

    It 'filters by -Severity' {
        $file = Join-Path $script:Corpus 'Ravenight13__simple-task-tracker-mcp__2025-11-03-0636-expanded-detail-pages-complete.md'
        $info = Test-Handoff -LiteralPath $file -Severity Information
        $info | Should -Not -BeNullOrEmpty
        $info.Severity | Select-Object -Unique | Should -Be 'Information'
    }

    It 'reports an unreadable file as HandoffUnreadable and -Quiet is false' {
        $bad = Join-Path $repo 'session-handoffs' '2025-01-02-1000-bad.md'
        [IO.File]::WriteAllBytes($bad, [byte[]](0xFF, 0xFE, 0x00))
        try {
            $result = Test-Handoff -LiteralPath $bad -Quiet -ErrorVariable err -ErrorAction SilentlyContinue
            $result | Should -BeFalse
            $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffUnreadable,*'
        }
        finally {
            Remove-Item -LiteralPath $bad
        }
    }

    It 'shows findings as a table grouped by file' {
        $file = Join-Path $script:Corpus 'jjsnawder__CC-JS_claude-swap__2026-09-06-1610-warmup-live-trial.md'
        $text = Test-Handoff -LiteralPath $file | Format-Table | Out-String -Width 200
        $text | Should -Match 'Path: .*warmup-live-trial\.md'
        $text | Should -Match 'Severity\s+Line\s+RuleName\s+Message'
    }
}

Describe 'Get-Handoff over the real-handoffs corpus' {
    It 'gives one object per file and no error' {
        $files = Get-ChildItem -LiteralPath $script:Corpus -Filter *.md | Where-Object Name -ne 'SOURCES.md'
        $files.Count | Should -BeGreaterOrEqual 40

        $handoffs = $files | Get-Handoff -ErrorVariable err

        $err | Should -BeNullOrEmpty
        $handoffs.Count | Should -Be $files.Count
        ($handoffs | Where-Object { -not $_.Date }).Count | Should -Be 0
    }
}
