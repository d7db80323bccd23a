BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    function Add-TestCommit([string] $Repo, [string] $Message) {
        Add-Content -LiteralPath (Join-Path $Repo 'work.txt') -Value $Message
        Invoke-TestGit -Path $Repo -Arguments 'add', '-A' | Out-Null
        Invoke-TestGit -Path $Repo -Arguments 'commit', '-q', '-m', $Message | Out-Null
    }
}

Describe 'Get-HandoffStatus' {
    BeforeEach {
        $repo = New-TestGitRepo
    }

    AfterEach {
        Remove-TestFolder $repo
    }

    It 'is due when there is no handoff yet and the repository has work' {
        $status = Get-HandoffStatus -Path $repo

        $status | Should -BeOfType 'HandoffPS.Core.Context.HandoffStatus'
        $status.IsDue | Should -BeTrue
        $status.Reason | Should -Match 'No handoff yet'
        $status.LatestHandoff | Should -BeNullOrEmpty
        $status.ProjectRoot | Should -Be $repo
        $status.Branch | Should -Be 'main'
    }

    It 'is not due right after a handoff, even with the new handoff file uncommitted' {
        $null = New-Handoff -Description 'just now' -Path $repo

        $status = Get-HandoffStatus -Path $repo

        $status.IsDue | Should -BeFalse
        $status.CommitsSince | Should -Be 0
        $status.UncommittedChanges | Should -Be 0
        $status.LatestDescription | Should -Be 'just now'
        $status.AgeHours | Should -BeLessThan (5 / 60)
    }

    It 'is due when there is work since an old handoff, and not when the handoff is recent' {
        $null = New-Handoff -Description 'yesterday' -Path $repo -Date (Get-Date).AddHours(-20)
        Add-TestCommit $repo 'feat: more'
        'dirty' | Set-Content -LiteralPath (Join-Path $repo 'dirty.txt')

        $old = Get-HandoffStatus -Path $repo
        $lenient = Get-HandoffStatus -Path $repo -MaxAge (New-TimeSpan -Hours 24)

        $old.IsDue | Should -BeTrue
        $old.CommitsSince | Should -Be 1
        $old.UncommittedChanges | Should -Be 1
        $old.FilesChangedSince | Should -Be 2
        $old.Reason | Should -Match '1 commit and 1 uncommitted file'
        $lenient.IsDue | Should -BeFalse
    }

    It 'is due after -MinCommits commits on another branch' {
        $null = New-Handoff -Description 'on main' -Path $repo
        Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', '-b', 'feat/x' | Out-Null
        Add-TestCommit $repo 'feat: x'

        $status = Get-HandoffStatus -Path $repo
        $strict = Get-HandoffStatus -Path $repo -MinCommits 2

        $status.BranchChanged | Should -BeTrue
        $status.IsDue | Should -BeTrue
        $status.Reason | Should -Match 'On branch feat/x'
        $strict.IsDue | Should -BeFalse
    }

    It 'takes -Path as the project root, a sub-project of the repository' {
        $sub = New-Item -ItemType Directory -Path (Join-Path $repo 'tools' 'cli')
        $null = New-Handoff -Description 'cli work' -Path $sub

        $status = Get-HandoffStatus -Path $sub

        $status.ProjectRoot | Should -Be $sub.FullName
        $status.LatestDescription | Should -Be 'cli work'
        (Get-HandoffStatus -Path $repo).LatestHandoff | Should -BeNullOrEmpty
    }

    It 'takes handoffs piped from Get-Handoff: their project' {
        $null = New-Handoff -Description 'piped' -Path $repo
        $status = Get-Handoff -Path $repo | Get-HandoffStatus -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $status.LatestDescription | Should -Be 'piped'
    }

    It 'shows the latest date to the minute in its list view, and nothing when there is no handoff' {
        (Get-HandoffStatus -Path $repo | Format-List | Out-String -Width 200) | Should -Match '(?m)^LatestDate\s+:\s*$'
        $folder = New-Item -ItemType Directory -Path (Join-Path $repo 'session-handoffs')
        Set-Content -LiteralPath (Join-Path $folder '2025-10-27-0930-dated.md') -Value "# Session Handoff: dated`n`n**Date**: 2025-10-27`n**Time**: 09:30:41`n"

        $text = Get-HandoffStatus -Path $repo | Format-List | Out-String -Width 200

        $text | Should -Match '(?m)^LatestDate\s+: 2025-10-27 09:30\s*$'
    }

    It 'does not fail on a handoff with digits from another script' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $repo 'session-handoffs')
        Set-Content -LiteralPath (Join-Path $folder '2025-10-27-0930-wide.md') -Value "# Session Handoff: wide`n`n**Date**: ２０２５-１０-２７`n**Time**: １０:３０`n"

        (Get-HandoffStatus -Path $repo -ErrorAction Stop).LatestDate | Should -Be ([datetime]'2025-10-27 09:30')
        $h = New-Handoff -Description 'after wide' -Path $repo -FromGit -ErrorAction Stop
        $h.CompletedWork | Should -Be @('Initial commit')
        $h.KeyFiles.Path | Should -Be @('README.txt')
    }

    It 'answers outside a repository from the age alone' {
        $folder = New-TestFolder
        try {
            (Get-HandoffStatus -Path $folder).IsDue | Should -BeFalse
            $null = New-Handoff -Description 'old' -Path $folder -Date (Get-Date).AddDays(-2) -WarningAction SilentlyContinue
            $status = Get-HandoffStatus -Path $folder
            $status.IsDue | Should -BeTrue
            $status.Branch | Should -BeNullOrEmpty
            $status.Reason | Should -Match 'no git'
        }
        finally {
            Remove-TestFolder $folder
        }
    }

    It 'never prompts and runs the README end-of-day routine' {
        Push-Location $repo
        try {
            if ((Get-HandoffStatus).IsDue) { $h = New-Handoff -Description 'end of day' -FromGit }
            $h.CompletedWork | Should -Be @('Initial commit')
            (Get-HandoffStatus).IsDue | Should -BeFalse
        }
        finally {
            Pop-Location
        }
    }
}
