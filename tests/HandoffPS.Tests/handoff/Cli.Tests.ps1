# The handoff command against the cmdlets: the same files, the same text, the same error ids, and its exit codes.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    function Get-Bytes([string] $Folder) {
        $file = Get-ChildItem -LiteralPath (Join-Path $Folder 'session-handoffs') -Filter '2026-*.md' | Sort-Object Name | Select-Object -Last 1
        [IO.File]::ReadAllBytes($file.FullName)
    }

    function New-TwinRepos {
        # Two repositories with the same history: git facts (branch, commit, author) match byte for byte.
        $a = New-TestGitRepo
        $b = New-TestFolder
        Remove-Item -LiteralPath $b -Recurse -Force
        Invoke-TestGit -Path ([IO.Path]::GetTempPath()) -Arguments 'clone', '-q', $a, $b | Out-Null
        Invoke-TestGit -Path $b -Arguments 'config', 'user.name', 'Test User' | Out-Null
        $a, (Invoke-TestGit -Path $b -Arguments 'rev-parse', '--show-toplevel' | Select-Object -First 1)
    }

    function Add-TwinCommit([string] $A, [string] $B) {
        Add-Content -LiteralPath (Join-Path $A 'ws.js') -Value 'socket'
        Invoke-TestGit -Path $A -Arguments 'add', 'ws.js' | Out-Null
        Invoke-TestGit -Path $A -Arguments 'commit', '-q', '-m', 'feat(ws): reconnect with backoff' | Out-Null
        Invoke-TestGit -Path $B -Arguments 'pull', '-q', '--ff-only' | Out-Null
    }
}

Describe 'handoff and the cmdlets' {
    BeforeEach {
        $a, $b = New-TwinRepos
    }

    AfterEach {
        Remove-TestFolder $a
        Remove-TestFolder $b
    }

    It 'write byte-identical handoffs for the same values' {
        New-Handoff -Path $a -Description 'Feature Implementation' -Summary 'Built the dashboard.' -Date '2026-11-22 09:30' `
            -Completed 'Created Dashboard component (src/components/Dashboard.vue)', 'Added responsive layout' `
            -NextPriority 'Add data visualization charts (Chart.js integration)', 'Implement real-time updates' `
            -Blocker 'Performance: Token refresh taking 500ms', 'Unclear whether the API is versioned' `
            -Decision 'Using JWT (not session cookies)' -KeyFile 'auth/tokens.py - Token generation' -Reference 'JWT spec: RFC 7519' | Out-Null

        $r = Invoke-HandoffCli -WorkingDirectory $b -Arguments @('new', 'Feature Implementation', '--summary', 'Built the dashboard.', '--date', '2026-11-22 09:30',
            '--completed', 'Created Dashboard component (src/components/Dashboard.vue)', '--completed', 'Added responsive layout',
            '--next', 'Add data visualization charts (Chart.js integration)', '--next', 'Implement real-time updates',
            '--blocker', 'Performance: Token refresh taking 500ms', '--blocker', 'Unclear whether the API is versioned',
            '--decision', 'Using JWT (not session cookies)', '--key-file', 'auth/tokens.py - Token generation', '--reference', 'JWT spec: RFC 7519')

        $r.ExitCode | Should -Be 0
        $r.Output.Trim() | Should -Be (Join-Path $b 'session-handoffs' '2026-11-22-0930-feature-implementation.md')
        Get-Bytes $b | Should -Be (Get-Bytes $a)
    }

    It 'write byte-identical handoffs from git and carried forward from the previous one' {
        foreach ($root in $a, $b) {
            New-Handoff -Path $root -Description 'Day one' -Date '2026-11-21 17:00' -NextPriority 'Add charts', 'Security review (before release)' -Blocker 'Security: token TTL not agreed', 'CI: flaky runner' | Out-Null
        }
        Add-TwinCommit $a $b

        Get-Handoff -Path $a -Latest | New-Handoff -Path $a -Description 'Day two' -Date '2026-11-22 18:00' -FromGit -Completed 'Added charts' -ResolvedBlocker 'CI' -WarningAction SilentlyContinue | Out-Null
        $r = Invoke-HandoffCli -WorkingDirectory $b -Arguments 'new', 'Day two', '--date', '2026-11-22 18:00', '--from-git', '--completed', 'Added charts', '--carry-forward', '--resolved-blocker', 'CI'

        $r.ExitCode | Should -Be 0
        Get-Bytes $b | Should -Be (Get-Bytes $a)
        (Get-Handoff -Path $b -Latest).CompletedWork | Should -Be @('Added charts', 'feat(ws): reconnect with backoff')
        (Get-Handoff -Path $b -Latest).NextPriorities.Title | Should -Be 'Security review'
        (Get-Handoff -Path $b -Latest).Blockers.Category | Should -Be 'Security'
    }

    It 'finish a draft into byte-identical handoffs, and remove it' {
        foreach ($root in $a, $b) {
            New-Handoff -Path $root -Description 'Day one' -Date '2026-11-21 17:00' -NextPriority 'Add charts' | Out-Null
        }
        Add-TwinCommit $a $b
        foreach ($root in $a, $b) {
            New-HandoffDraft -Path $root -Session 's1' -WarningAction SilentlyContinue | Out-Null
        }

        New-Handoff -Path $a -FromDraft -Description 'Sockets' -Summary 'Reconnects now back off.' -Date '2026-11-22 19:00' -WarningAction SilentlyContinue | Out-Null
        $r = Invoke-HandoffCli -WorkingDirectory $b -Arguments 'new', 'Sockets', '--from-draft', '--summary', 'Reconnects now back off.', '--date', '2026-11-22 19:00'

        $r.ExitCode | Should -Be 0
        Get-Bytes $b | Should -Be (Get-Bytes $a)
        (Get-Handoff -Path $b -Latest).CompletedWork | Should -Be 'feat(ws): reconnect with backoff'
        Test-Path -LiteralPath (Join-Path $a 'session-handoffs' 'drafts' 's1.md') | Should -BeFalse
        Test-Path -LiteralPath (Join-Path $b 'session-handoffs' 'drafts' 's1.md') | Should -BeFalse
    }

    It 'print the same context text' {
        New-Handoff -Path $a -Description 'Day one' -Date '2026-11-21 17:00' -NextPriority 'Add charts' -Blocker 'Security: token TTL not agreed' | Out-Null

        $r = Invoke-HandoffCli -WorkingDirectory $a -Arguments 'context'

        $r.ExitCode | Should -Be 0
        $r.Output.TrimEnd("`n") | Should -Be (Get-HandoffContext -Path $a)
        (Invoke-HandoffCli -WorkingDirectory $a -Arguments 'context', '--json').Output | ConvertFrom-Json |
            Select-Object -ExpandProperty Description | Should -Be 'Day one'
    }
}

Describe 'handoff exit codes and errors' {
    BeforeAll {
        $repo = New-TestGitRepo
    }

    AfterAll {
        Remove-TestFolder $repo
    }

    It 'status exits 3 when a handoff is due and 0 when not, and -q prints nothing' {
        $due = Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'status', '-q'
        New-Handoff -Path $repo -Description 'Now' | Out-Null
        $notDue = Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'status'

        $due.ExitCode | Should -Be 3
        $due.Output | Should -BeNullOrEmpty
        $notDue.ExitCode | Should -Be 0
        $notDue.Output | Should -BeLike 'Not due: *'
        ((Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'status', '--json').Output | ConvertFrom-Json).IsDue | Should -BeFalse
    }

    It 'a wrong command line exits 2, an error 1 with the error id the cmdlets give' {
        (Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'no-such-command').ExitCode | Should -Be 2
        $bare = Invoke-HandoffCli -WorkingDirectory $repo
        $bare.ExitCode | Should -Be 2
        $bare.Output | Should -Match 'Usage:'
        (Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'context', '--max-tokens', '3').ExitCode | Should -Be 2
        $missing = Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'latest', '--path', 'no/such/folder'
        $exists = Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'new', 'Now', '--date', (Get-Handoff -Path $repo -Latest).Date.ToString('yyyy-MM-dd HH:mm:ss')
        $noDraft = Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'new', '--from-draft', '--session', 'nobody'

        $missing.ExitCode | Should -Be 1
        $missing.Error | Should -Match '\(PathNotFound\)'
        $exists.ExitCode | Should -Be 1
        $exists.Error | Should -Match '\(HandoffExists\)'
        $noDraft.ExitCode | Should -Be 1
        $noDraft.Error | Should -Match '\(DraftNotFound\)'
    }

    It 'every reading command writes JSON with --json' -ForEach @(
        @{ Command = 'latest' }, @{ Command = 'blockers' }, @{ Command = 'priorities' }, @{ Command = 'lint' }, @{ Command = 'index' }
    ) {
        $r = Invoke-HandoffCli -WorkingDirectory $repo -Arguments $Command, '--json'

        $r.ExitCode | Should -BeIn 0, 3
        { $r.Output | ConvertFrom-Json } | Should -Not -Throw
    }
}
