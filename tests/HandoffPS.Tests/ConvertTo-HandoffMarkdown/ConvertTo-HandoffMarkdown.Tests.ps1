BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
    $script:Corpus = Get-RealHandoffsFolder
}

Describe 'ConvertTo-HandoffMarkdown' {
    It 'returns the exact bytes of a canonical file' {
        $folder = New-TestFolder
        try {
            $h = New-Handoff -Description 'Round trip' -Path $folder -Summary 'Two' -Completed 'a' -NextPriority 'b (c)' -Blocker 'D: e' -Decision 'f' -KeyFile 'g - h' -Reference 'i' -WarningAction SilentlyContinue
            $bytes = [IO.File]::ReadAllBytes($h.Path)

            $text = Get-Handoff -LiteralPath $h.Path | ConvertTo-HandoffMarkdown

            $text | Should -BeOfType [string]
            [Text.Encoding]::UTF8.GetBytes($text) | Should -Be $bytes
        }
        finally {
            Remove-TestFolder $folder
        }
    }

    It 'migrates a hand-written handoff to the template, keeping unmapped sections' {
        $file = Join-Path $script:Corpus 'jjsnawder__CC-JS_claude-swap__2026-09-06-1610-warmup-live-trial.md'
        $folder = New-TestFolder
        try {
            $target = Join-Path $folder '2026-09-06-1610-warmup-live-trial.md'
            Get-Handoff -LiteralPath $file | ConvertTo-HandoffMarkdown | Set-Content -NoNewline -LiteralPath $target

            $text = Get-Content -Raw -LiteralPath $target
            $text | Should -Match '^# Session Handoff: Warmup live trial'
            $text | Should -Match '\*\*Date\*\*: 2026-09-06\n\*\*Time\*\*: 16:10:00\n'
            $text | Should -Match '## Completed Work'
            $text | Should -Match '## Dead-ends \(do not retry\)'
            $converted = Get-Handoff -LiteralPath $target
            $original = Get-Handoff -LiteralPath $file
            # The file's 'What shipped' and 'Firm decisions this session' bullets, read by hand.
            $converted.CompletedWork | Should -Be @(
                '`~/.claude-swap-backup/settings.json`: `autoswitch.warmupEnabled: true` (operator config, not in repo)'
                'No code changes this session. Branch `jeremy` unchanged at 69ea77d.')
            $converted.Decisions | Should -HaveCount 3
            $converted.Decisions[0] | Should -BeLike 'Jeremy''s workflow is the contract: *'
            $converted.Decisions[2] | Should -Be '`warmupStagger` stays at its default (true, absent from the file).'
            $converted.Decisions | Should -Be $original.Decisions
            (Test-Handoff -LiteralPath $target | Where-Object RuleName -in 'HandoffTitle', 'HandoffFieldFormat', 'HandoffListShape') | Should -BeNullOrEmpty
        }
        finally {
            Remove-TestFolder $folder
        }
    }
}
