BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
}

Describe 'New-Handoff' {
    BeforeEach {
        $repo = New-TestGitRepo
        Push-Location $repo
    }

    AfterEach {
        Pop-Location
        Remove-TestFolder $repo
    }

    It 'writes the exact file name and seed-exact content, with Branch and Author from git' {
        $h = New-Handoff -Description 'Feature Implementation' -Date '2025-10-27 09:30:00' -Summary 'Built the dashboard.' `
            -Completed 'Created Dashboard component (src/components/Dashboard.vue)', 'Added responsive layout' `
            -NextPriority 'Add data visualization charts (Chart.js integration)', @{ Title = 'Implement real-time updates'; Details = 'WebSocket connection' } `
            -Blocker 'Performance: Token refresh taking 500ms', 'Unclear whether the API is versioned' `
            -Decision 'Using JWT (not session cookies)' -KeyFile 'auth/tokens.py - Token generation' -Reference 'JWT spec: RFC 7519'

        $expectedPath = Join-Path $repo 'session-handoffs' '2025-10-27-0930-feature-implementation.md'
        $h.Path | Should -Be $expectedPath
        $h.FileName | Should -Be '2025-10-27-0930-feature-implementation.md'
        $bytes = [IO.File]::ReadAllBytes($expectedPath)
        $bytes[0] | Should -Be ([byte][char]'#')  # no BOM
        $text = [Text.Encoding]::UTF8.GetString($bytes)
        $text | Should -Be (@(
                '# Session Handoff: Feature Implementation'
                ''
                '**Date**: 2025-10-27'
                '**Time**: 09:30:00'
                '**Branch**: main'
                "**Commit**: $((Invoke-TestGit -Path $repo -Arguments 'rev-parse', 'HEAD').Substring(0, 12))"
                '**Author**: Claude Code + Test User'
                ''
                '## Session Summary'
                ''
                'Built the dashboard.'
                ''
                '## Completed Work'
                ''
                '- ✅ Created Dashboard component (src/components/Dashboard.vue)'
                '- ✅ Added responsive layout'
                ''
                '## Next Priorities'
                ''
                '1. **Add data visualization charts** (Chart.js integration)'
                ''
                '2. **Implement real-time updates**'
                '   - WebSocket connection'
                ''
                '## Blockers/Questions'
                ''
                '- **Performance**: Token refresh taking 500ms'
                '- Unclear whether the API is versioned'
                ''
                '## Context for Next Session'
                ''
                '**Decisions Made**:'
                ''
                '- Using JWT (not session cookies)'
                ''
                '**Key Files**:'
                ''
                '- `auth/tokens.py` - Token generation'
                ''
                '**References**:'
                ''
                '- JWT spec: RFC 7519'
                '') -join "`n")
    }

    It 'outputs the handoff as read back, with every value equal to what was given' {
        $h = New-Handoff 'auth refactor' -Summary "Two`nlines." -Completed 'JWT tokens' -NextPriority @{ Title = 'Optimize'; Reason = 'slow'; Details = 'a', 'b' } `
            -Blocker @{ Category = 'Security'; Text = 'TTL unclear' } -KeyFile @{ Path = 'src/a.cs'; Description = 'entry' } -Branch 'feat/x' -Author 'Grace' -Date '2026-01-02 03:04:05'

        $h | Should -BeOfType 'HandoffPS.Core.Model.Handoff'
        $h.Description | Should -Be 'auth refactor'
        $h.Date | Should -Be ([datetime]'2026-01-02 03:04:05')
        $h.Branch | Should -Be 'feat/x'
        $h.Author | Should -Be 'Grace'
        $h.Summary | Should -Be "Two`nlines."
        $h.CompletedWork | Should -Be @('JWT tokens')
        $h.NextPriorities[0].Title | Should -Be 'Optimize'
        $h.NextPriorities[0].Reason | Should -Be 'slow'
        $h.NextPriorities[0].Details | Should -Be @('a', 'b')
        $h.Blockers[0].Category | Should -Be 'Security'
        $h.Blockers[0].Text | Should -Be 'TTL unclear'
        $h.KeyFiles[0].Path | Should -Be 'src/a.cs'
        $h.KeyFiles[0].Description | Should -Be 'entry'
    }

    It 'loads libgit2 through the module resolver and takes the branch from the repository' {
        Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', '-b', 'feat/user-dashboard'

        $h = New-Handoff -Description 'branch check' -WarningVariable warnings

        $h.Branch | Should -Be 'feat/user-dashboard'
        $warnings | Should -BeNullOrEmpty
    }

    It 'writes at the work-tree root when run from a subfolder' {
        $sub = New-Item -ItemType Directory -Path (Join-Path $repo 'src' 'deep')
        Push-Location $sub
        try {
            $h = New-Handoff -Description 'from a subfolder'
        }
        finally {
            Pop-Location
        }

        Split-Path $h.Path -Parent | Should -Be (Join-Path $repo 'session-handoffs')
    }

    It '-WhatIf writes nothing and shows the whole file' {
        $transcript = Join-Path (New-TestFolder) 'whatif.txt'
        $null = Start-Transcript -LiteralPath $transcript
        try {
            $result = New-Handoff -Description 'dry run' -Summary 'Nothing written.' -WhatIf
        }
        finally {
            $null = Stop-Transcript
        }

        $result | Should -BeNullOrEmpty
        Test-Path (Join-Path $repo 'session-handoffs') | Should -BeFalse
        $shown = Get-Content -Raw -LiteralPath $transcript
        $shown | Should -Match 'What if: Writing session handoff .*dry-run\.md'
        $shown | Should -Match '# Session Handoff: dry run'
        $shown | Should -Match '## Session Summary'
        Remove-TestFolder (Split-Path $transcript)
    }

    It 'refuses the same name twice with HandoffExists and leaves the first file byte-identical' {
        $first = New-Handoff -Description 'same name' -Summary 'first' -Date '2025-10-27 09:30'
        $before = [IO.File]::ReadAllBytes($first.Path)

        $second = New-Handoff -Description 'same name' -Summary 'second' -Date '2025-10-27 09:30:40' -ErrorVariable err -ErrorAction SilentlyContinue

        $second | Should -BeNullOrEmpty
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffExists,*'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        [IO.File]::ReadAllBytes($first.Path) | Should -Be $before
        (Get-ChildItem -Force (Join-Path $repo 'session-handoffs')).Name | Should -Be @('2025-10-27-0930-same-name.md')
    }

    It '-Force replaces an existing handoff' {
        $first = New-Handoff -Description 'same name' -Summary 'first' -Date '2025-10-27 09:30'

        $second = New-Handoff -Description 'same name' -Summary 'second' -Date '2025-10-27 09:30' -Force

        $second.Path | Should -Be $first.Path
        $second.Summary | Should -Be 'second'
        (Get-Content -Raw $first.Path) | Should -Match 'second'
    }

    It 'fails clearly with InvalidDescription when the description has nothing usable' {
        { New-Handoff -Description '🚀🔥' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidDescription,*'
        Test-Path (Join-Path $repo 'session-handoffs') | Should -BeFalse
    }

    It 'keeps a hostile description inside session-handoffs' {
        $h = New-Handoff -Description '../../etc/passwd' -Date '2025-10-27 09:30'

        $h.Path | Should -Be (Join-Path $repo 'session-handoffs' '2025-10-27-0930-etc-passwd.md')
    }

    It 'never prompts in a non-interactive session, even with ConfirmPreference at Medium' {
        $h = & {
            $ConfirmPreference = 'Medium'
            New-Handoff -Description 'no prompt'
        }
        $h.FileName | Should -Match 'no-prompt\.md$'
    }

    It '-UpdateIndex refreshes session-handoffs/README.md after writing' {
        $h = New-Handoff -Description 'indexed' -Date '2025-10-27 09:30' -UpdateIndex -NextPriority 'Ship it'

        $index = Join-Path $repo 'session-handoffs' 'README.md'
        Test-Path -LiteralPath $index | Should -BeTrue
        Get-Content -Raw -LiteralPath $index | Should -Match ([regex]::Escape("]($($h.FileName))"))
        Get-Content -Raw -LiteralPath $index | Should -Match 'Ship it'
        Update-HandoffIndex -Path $repo -Check | Should -BeTrue
    }

    It '-UpdateIndex leaves a README.md that is not an index untouched, with an error' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $repo 'session-handoffs')
        Set-Content -LiteralPath (Join-Path $folder 'README.md') -Value '# Our notes'

        $h = New-Handoff -Description 'not our readme' -UpdateIndex -ErrorVariable err -ErrorAction SilentlyContinue

        Test-Path -LiteralPath $h.Path | Should -BeTrue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'IndexNotOwned,*'
        Get-Content -Raw -LiteralPath (Join-Path $folder 'README.md') | Should -Be "# Our notes$([Environment]::NewLine)"
    }

    It 'writes into -Path when given' {
        $other = New-TestFolder
        try {
            $h = New-Handoff -Description 'elsewhere' -Path $other -WarningAction SilentlyContinue
            Split-Path $h.Path -Parent | Should -Be (Join-Path $other 'session-handoffs')
        }
        finally {
            Remove-TestFolder $other
        }
    }

    It 'fails with PathNotFound for a -Path that does not exist, and writes nothing' {
        { New-Handoff -Description 'x' -Path (Join-Path $repo 'missing') -ErrorAction Stop } | Should -Throw -ErrorId 'PathNotFound,*'
        Join-Path $repo 'missing' | Should -Not -Exist
    }

    It 'rejects a priority object without a Title with InvalidHandoffInput' {
        { New-Handoff -Description 'x' -NextPriority @{ Reason = 'no title' } -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidHandoffInput,*'
    }
}

Describe 'New-Handoff -FromGit' {
    BeforeEach {
        $repo = New-TestGitRepo
        Push-Location $repo
    }

    AfterEach {
        Pop-Location
        Remove-TestFolder $repo
    }

    It 'lists the commits and changed files since the previous handoff''s commit, explicit values first' {
        $first = New-Handoff -Description 'first' -Date '2025-10-27 09:00'
        $first.Commit | Should -Be (Invoke-TestGit -Path $repo -Arguments 'rev-parse', 'HEAD').Substring(0, 12)
        1..5 | ForEach-Object { "line $_" } | Set-Content -LiteralPath (Join-Path $repo 'parser.cs')
        Invoke-TestGit -Path $repo -Arguments 'add', '-A' | Out-Null
        Invoke-TestGit -Path $repo -Arguments '-c', 'user.email=t@e', 'commit', '-q', '-m', 'feat: parser' | Out-Null
        'one' | Set-Content -LiteralPath (Join-Path $repo 'notes.txt')

        $second = New-Handoff -Description 'second' -Date '2025-10-27 18:00' -FromGit -Completed 'Reviewed the plan' -KeyFile 'docs/plan.md - the plan'

        $second.CompletedWork | Should -Be @('Reviewed the plan', 'feat: parser')
        $second.KeyFiles.Path | Should -Be @('docs/plan.md', 'parser.cs', 'notes.txt')
        $second.KeyFiles[1].Description | Should -Be "+5 $([char]0x2212)0"
        Get-Content -Raw -LiteralPath $second.Path | Should -Match '- `parser.cs` - \+5 −0'
    }

    It 'warns once and falls back to the time when the previous commit is gone' {
        $folder = Join-Path $repo 'session-handoffs'
        $null = New-Item -ItemType Directory -Path $folder
        Set-Content -LiteralPath (Join-Path $folder '2000-01-01-0900-old.md') -Value "# Session Handoff: old`n`n**Date**: 2000-01-01`n**Time**: 09:00:00`n**Commit**: 0123456789ab`n"

        $h = New-Handoff -Description 'after a rebase' -FromGit -WarningVariable warnings -WarningAction SilentlyContinue

        @($warnings | Where-Object { "$_" -match '0123456789ab' }).Count | Should -Be 1
        $h.CompletedWork | Should -Be @('Initial commit')
    }

    It 'takes -Since for a first handoff' {
        $h = New-Handoff -Description 'since tomorrow' -FromGit -Since (Get-Date).AddDays(1)
        $h.CompletedWork | Should -BeNullOrEmpty
    }
}

Describe 'New-Handoff carry-forward' {
    BeforeAll {
        $repo = New-TestGitRepo
        Push-Location $repo
        $null = New-Handoff -Description 'day one' -Date '2025-10-27 09:30' `
            -NextPriority 'Optimize token refresh (500ms today)', 'Add integration tests', 'Security review' `
            -Blocker 'Performance: Token refresh taking 500ms', 'Security: TTL not agreed'
    }

    AfterAll {
        Pop-Location
        Remove-TestFolder $repo
    }

    It 'carries priorities not completed and blockers not resolved, after the explicit ones' {
        $h = Get-Handoff -Latest | New-Handoff -Description 'day two' -Date '2025-10-28 09:30' `
            -Completed 'Optimized token refresh (500ms -> 40ms)' -NextPriority 'Write release notes' `
            -Blocker 'Docs: no owner' -ResolvedBlocker 'Performance'

        $h.NextPriorities.Title | Should -Be @('Write release notes', 'Add integration tests', 'Security review')
        $h.Blockers.Text | Should -Be @('no owner', 'TTL not agreed')
        Remove-Item -LiteralPath $h.Path
    }

    It 'carries every blocker without -ResolvedBlocker, and nothing twice' {
        $h = Get-Handoff -Latest | New-Handoff -Description 'day two' -Date '2025-10-28 09:30' -Blocker 'Security: TTL not agreed.' -NextPriority 'Add the integration tests'

        $h.Blockers.Text | Should -Be @('TTL not agreed.', 'Token refresh taking 500ms')
        $h.NextPriorities.Title | Should -Be @('Add the integration tests', 'Optimize token refresh', 'Security review')
        Remove-Item -LiteralPath $h.Path
    }

    It 'without piped input writes only what is given' {
        $h = New-Handoff -Description 'day two' -Date '2025-10-28 09:30' -NextPriority 'Only this'

        $h.NextPriorities.Title | Should -Be @('Only this')
        $h.Blockers | Should -BeNullOrEmpty
        Remove-Item -LiteralPath $h.Path
    }

    It 'completes -ResolvedBlocker with the open blockers of the latest handoff' {
        $line = 'New-Handoff -Description x -ResolvedBlocker '
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        $completions.CompletionText | Should -Be @('Performance', 'Security')
        ($completions | Where-Object CompletionText -eq 'Security').ToolTip | Should -BeLike 'Security: TTL not agreed*'
    }

    It '-FromGit without piped input carries the latest handoff''s open work: the end-of-day routine drops nothing' {
        $h = New-Handoff -Description 'end of day' -Date '2025-10-28 18:00' -FromGit -Completed 'Security review done' -Verbose 4>&1 |
            Tee-Object -Variable stream | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }

        $h.NextPriorities.Title | Should -Be @('Optimize token refresh', 'Add integration tests')
        $h.Blockers.Text | Should -Be @('Token refresh taking 500ms', 'TTL not agreed')
        ($stream | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message |
            Should -Contain "Carried forward from '$(Join-Path $repo 'session-handoffs' '2025-10-27-0930-day-one.md')': 2 priority(ies), 2 blocker(s)."
        @(Get-HandoffBlocker -Resolved) | Should -BeNullOrEmpty
        @(Get-HandoffPriority -All | Where-Object Status -eq 'Dropped') | Should -BeNullOrEmpty
        Remove-Item -LiteralPath $h.Path
    }

    It '-NoCarryForward writes only what is given and what git says' {
        $h = New-Handoff -Description 'fresh start' -Date '2025-10-28 18:00' -FromGit -NoCarryForward -NextPriority 'Only this'

        $h.NextPriorities.Title | Should -Be @('Only this')
        $h.Blockers | Should -BeNullOrEmpty
        Remove-Item -LiteralPath $h.Path
    }

    It '-WhatIf shows the whole file with the carried values and writes nothing' {
        $transcript = Join-Path (New-TestFolder) 'whatif.txt'
        $null = Start-Transcript -LiteralPath $transcript
        try {
            Get-Handoff -Latest | New-Handoff -Description 'day three' -Date '2025-10-29 09:30' -WhatIf
        }
        finally {
            $null = Stop-Transcript
        }

        $shown = Get-Content -Raw -LiteralPath $transcript
        $shown | Should -Match '1\. \*\*Optimize token refresh\*\* \(500ms today\)'
        $shown | Should -Match '- \*\*Security\*\*: TTL not agreed'
        Test-Path (Join-Path $repo 'session-handoffs' '2025-10-29-0930-day-three.md') | Should -BeFalse
        Remove-TestFolder (Split-Path $transcript)
    }
}

Describe 'New-Handoff outside git' {
    It 'writes the handoff without a Branch line and warns why' {
        $folder = New-TestFolder
        Push-Location $folder
        try {
            $h = New-Handoff -Description 'no git here' -WarningVariable warnings -WarningAction SilentlyContinue

            $h.Branch | Should -BeNullOrEmpty
            $h.Author | Should -Be 'Claude Code'
            Split-Path $h.Path -Parent | Should -Be (Join-Path $folder 'session-handoffs')
            Get-Content -Raw $h.Path | Should -Not -Match '\*\*Branch\*\*'
            ($warnings -join "`n") | Should -Match 'not inside a git repository'
        }
        finally {
            Pop-Location
            Remove-TestFolder $folder
        }
    }
}
