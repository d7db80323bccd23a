BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    # A fixed text whose o200k_base count, 51, was derived once with js-tiktoken 1.0.21 (OpenAI's tiktoken ported
    # to JavaScript), independently of Microsoft.ML.Tokenizers:
    #   node -e 'const {getEncoding} = require("js-tiktoken"); console.log(getEncoding("o200k_base").encode(text).length)'
    # Words (17), lines (6) and characters (154) are counted by hand: 5+2+2+2+6 words, the title, a blank line and
    # 4 header lines.
    $script:HeaderText = "# Session Handoff: Feature Implementation`n`n**Date**: 2025-10-27`n**Time**: 09:30:00`n**Branch**: feat/user-dashboard`n**Author**: Claude Code + Ada Lovelace`n"
}

Describe 'Measure-Handoff' {
    BeforeAll {
        $root = New-TestFolder
        $folder = Join-Path $root 'session-handoffs'
        $null = New-Item -ItemType Directory -Path $folder
        $headerFile = Join-Path $folder '2025-10-27-0930-feature-implementation.md'
        [IO.File]::WriteAllText($headerFile, $HeaderText)
        # 300 times '認証 ': 900 characters and 900 tokens (js-tiktoken, as above). A characters/4 guess says 225.
        $bigFile = Join-Path $folder '2025-10-28-0900-big.md'
        [IO.File]::WriteAllText($bigFile, "# Session Handoff: big`n`n**Date**: 2025-10-28`n**Time**: 09:00:00`n**Author**: Ada`n`n## Session Summary`n`n$('認証 ' * 300)`n")
    }

    AfterAll {
        Remove-TestFolder $root
    }

    It 'returns Tokens, Words, Lines and Characters with the handoff''s Path and Description' {
        $m = Measure-Handoff -LiteralPath $headerFile

        $m | Should -BeOfType 'HandoffPS.Core.Context.HandoffMeasure'
        $m.Tokens | Should -Be 51
        $m.Words | Should -Be 17
        $m.Lines | Should -Be 6
        $m.Characters | Should -Be 154
        $m.Characters | Should -Be $HeaderText.Length
        $m.Path | Should -Be $headerFile
        $m.Description | Should -Be 'Feature Implementation'
        $m.Date | Should -Be ([datetime]'2025-10-27 09:30')
    }

    It 'agrees with Measure-Object on words and characters' {
        $m = Measure-Handoff -LiteralPath $bigFile
        $text = [IO.File]::ReadAllText($bigFile)
        $mo = $text | Measure-Object -Word -Character
        $m.Words | Should -Be $mo.Words
        $m.Characters | Should -Be $mo.Characters
        # 940 tokens and 1002 characters, derived with js-tiktoken as above.
        $m.Tokens | Should -Be 940
        $m.Characters | Should -Be 1002
    }

    It 'takes handoffs from Get-Handoff, files from Get-ChildItem, a folder, and the current project' {
        (Get-Handoff -Path $root | Measure-Handoff).Tokens | Should -Be @(51, 940)
        (Measure-Handoff -Path $folder).Tokens | Should -Be @(51, 940)
        (Get-ChildItem -LiteralPath $folder -Filter *.md | Measure-Handoff).Description | Should -Be @('Feature Implementation', 'big')
        Push-Location $root
        try {
            (Measure-Handoff).Path | Should -Be @($headerFile, $bigFile)
        }
        finally {
            Pop-Location
        }
    }

    It 'measures a handoff that was not read from a file as New-Handoff would write it' {
        $h = Get-Handoff -LiteralPath $headerFile
        $h.Path = $null
        $m = $h | Measure-Handoff
        $m.Path | Should -BeNullOrEmpty
        # The header file is canonical: rendered again, it is the same 154 characters and 51 tokens.
        $m.Characters | Should -Be 154
        $m.Tokens | Should -Be 51
    }

    It 'reports a file it cannot read as one error and measures the others' {
        $bad = Join-Path $folder '2025-10-29-0900-bad.md'
        [IO.File]::WriteAllBytes($bad, [byte[]](0xFF, 0xFE, 0x00, 0x41))
        try {
            $measures = Measure-Handoff -Path $folder -ErrorVariable errors -ErrorAction SilentlyContinue
            $measures.Count | Should -Be 2
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -BeLike 'HandoffUnreadable*'
        }
        finally {
            Remove-Item -LiteralPath $bad
        }
    }

    It 'shows a table of the sizes' {
        $table = Measure-Handoff -Path $folder | Format-Table | Out-String -Width 120
        $table | Should -Match 'Date\s+Tokens\s+Words\s+Lines\s+Characters\s+Description'
        $table | Should -Match '2025-10-27 09:30\s+51\s+17\s+6\s+154 Feature Implementation'
    }

    Context 'Test-Handoff uses the same tokenizer' {
        It 'flags a handoff over the default budget of 600 that a characters/4 guess would pass' {
            $finding = Test-Handoff -LiteralPath $bigFile | Where-Object RuleName -eq 'HandoffLength'
            $finding | Should -Not -BeNullOrEmpty
            $finding.Message | Should -Match 'is 940 tokens \(o200k_base\); the budget is 600\.'
        }

        It 'measures against -TokenBudget' {
            Test-Handoff -LiteralPath $headerFile -TokenBudget 51 | Where-Object RuleName -eq 'HandoffLength' | Should -BeNullOrEmpty
            (Test-Handoff -LiteralPath $headerFile -TokenBudget 50 | Where-Object RuleName -eq 'HandoffLength').Message |
                Should -Match 'is 51 tokens \(o200k_base\); the budget is 50\.'
        }
    }

    Context 'loading the tokenizer' {
        It 'Get-Handoff alone does not load Microsoft.ML.Tokenizers; Measure-Handoff does, once' {
            $script = @'
$ErrorActionPreference = 'Stop'
Import-Module $env:HANDOFFPS_MODULE_PATH
$loaded = { @([AppDomain]::CurrentDomain.GetAssemblies().GetName().Name -like 'Microsoft.ML.Tokenizers*').Count }
$null = Get-Handoff -Path $env:HANDOFFPS_TEST_ROOT
$null = Get-Help Measure-Handoff
$null = Get-Command -Module HandoffPS
"afterGetHandoff=$(& $loaded)"
$null = Measure-Handoff -Path $env:HANDOFFPS_TEST_ROOT
"afterMeasure=$(& $loaded)"
$first = [HandoffPS.Core.Context.TokenCounter]::LoadTime
$null = Measure-Handoff -Path $env:HANDOFFPS_TEST_ROOT
"sameLoad=$($first -eq [HandoffPS.Core.Context.TokenCounter]::LoadTime)"
'@
            $output = Invoke-FreshPwsh -Command $script -Environment @{ HANDOFFPS_TEST_ROOT = $root }

            $output | Should -Contain 'afterGetHandoff=0'
            $output | Should -Contain 'afterMeasure=2'
            $output | Should -Contain 'sameLoad=True'
        }
    }
}
