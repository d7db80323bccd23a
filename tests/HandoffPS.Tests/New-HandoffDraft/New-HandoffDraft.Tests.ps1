BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
    $script:Transcript = Join-Path $PSScriptRoot '..' '..' 'HandoffPS.Core.Tests' 'Fixtures' 'transcripts' 'session.jsonl'
}

Describe 'New-HandoffDraft' {
    BeforeEach {
        $repo = New-TestGitRepo
    }

    AfterEach {
        Remove-TestFolder $repo
    }

    It 'writes the session draft from the transcript and git, left out of Get-Handoff' {
        $draft = New-HandoffDraft -Path $repo -Session 'abc' -TranscriptPath $script:Transcript

        $draft.Path | Should -Be (Join-Path $repo 'session-handoffs' 'drafts' 'abc.md')
        $draft.Description | Should -Be 'Write tests for the chart component'
        $draft.CompletedWork | Should -Be @('Add Chart.js to the dashboard', 'Stream updates over WebSocket', 'Initial commit')
        $draft.NextPriorities.Title | Should -Be @('Write tests for the chart component', 'Reconnect with backoff when the socket drops')
        $draft.Summary | Should -BeLike 'TO BE WRITTEN:*'
        Get-Handoff -Path $repo | Should -BeNullOrEmpty
    }

    It 'warns and writes from git alone when the transcript is missing; -WhatIf writes nothing' {
        New-HandoffDraft -Path $repo -TranscriptPath (Join-Path $repo 'gone.jsonl') -WarningVariable warned -WarningAction SilentlyContinue | Out-Null
        New-HandoffDraft -Path $repo -Session 'other' -WhatIf

        $warned | Should -Match 'does not exist'
        (Get-ChildItem -LiteralPath (Join-Path $repo 'session-handoffs' 'drafts') -Filter '*.md').Name | Should -Be 'manual.md'
    }

    It 'New-Handoff -FromDraft writes the handoff with the draft''s items and removes the draft' {
        New-HandoffDraft -Path $repo -Session 'abc' -TranscriptPath $script:Transcript | Out-Null

        $handoff = New-Handoff -Path $repo -FromDraft -Summary 'Charts are in.' -NextPriority 'Release' -WarningAction SilentlyContinue

        $handoff.Description | Should -Be 'Write tests for the chart component'
        $handoff.Summary | Should -Be 'Charts are in.'
        $handoff.NextPriorities.Title | Should -Be @('Release', 'Write tests for the chart component', 'Reconnect with backoff when the socket drops')
        $handoff.Fields.Keys | Should -Not -Contain 'Session'
        Test-Path -LiteralPath (Join-Path $repo 'session-handoffs' 'drafts' 'abc.md') | Should -BeFalse
    }

    It 'New-Handoff -FromDraft without a draft is DraftNotFound' {
        { New-Handoff -Path $repo -FromDraft -ErrorAction Stop } | Should -Throw -ErrorId 'DraftNotFound,HandoffPS.Commands.NewHandoffCommand'
    }
}
