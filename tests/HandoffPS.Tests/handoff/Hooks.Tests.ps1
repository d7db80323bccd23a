# The hooks as an agent runs them: the handoff command as a process, the hook input (JSON) on its standard input.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
    $script:Transcripts = Join-Path $PSScriptRoot '..' '..' 'HandoffPS.Core.Tests' 'Fixtures' 'transcripts'
    $script:Session = '5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93'

    function New-SessionRepo {
        # A repository with a previous handoff (at its first commit) and one commit of work since.
        $repo = New-TestGitRepo
        $head = (Invoke-TestGit -Path $repo -Arguments 'rev-parse', 'HEAD' | Select-Object -First 1).Substring(0, 12)
        $null = New-Item -ItemType Directory -Path (Join-Path $repo 'session-handoffs')
        Set-Content -LiteralPath (Join-Path $repo 'session-handoffs' '2026-11-29-1700-charts-spike.md') -NoNewline -Value (
            "# Session Handoff: Charts spike`n`n**Date**: 2026-11-29`n**Time**: 17:00:00`n**Branch**: main`n**Commit**: $head`n`n" +
            "## Next Priorities`n`n1. **Security review** (before release)`n`n## Blockers/Questions`n`n- **Security**: token TTL not agreed`n")
        $null = New-Item -ItemType Directory -Path (Join-Path $repo 'src')
        Set-Content -LiteralPath (Join-Path $repo 'src' 'ws.js') -Value 'export const socket = 1;'
        Invoke-TestGit -Path $repo -Arguments 'add', '-A' | Out-Null
        Invoke-TestGit -Path $repo -Arguments 'commit', '-q', '-m', 'feat(ws): stream updates over WebSocket' | Out-Null
        $repo
    }

    function Get-Draft([string] $Repo, [string] $Id = $script:Session) {
        Get-Handoff -LiteralPath (Join-Path $Repo 'session-handoffs' 'drafts' "$Id.md")
    }
}

Describe 'handoff hooks run' {
    BeforeEach {
        $repo = New-SessionRepo
    }

    AfterEach {
        Remove-TestFolder $repo
    }

    It '<Event> writes the draft from the latest task list of the transcript and git, and exits 0 silently' -ForEach @(
        @{ Event = 'PreCompact'; Name = 'pre-compact' }
        @{ Event = 'Stop'; Name = 'stop' }
        @{ Event = 'SessionEnd'; Name = 'session-end' }
    ) {
        $json = New-HookInput -Event $Event -Cwd (Join-Path $repo 'src') -TranscriptPath (Join-Path $script:Transcripts 'session.jsonl')

        $r = Invoke-HandoffCli -Arguments 'hooks', 'run', $Name -InputText $json -WorkingDirectory ([IO.Path]::GetTempPath())

        $r.ExitCode | Should -Be 0
        $r.Output | Should -BeNullOrEmpty
        $r.Error | Should -BeNullOrEmpty
        $draft = Get-Draft $repo
        $draft.CompletedWork | Should -Be @('Add Chart.js to the dashboard', 'Stream updates over WebSocket', 'feat(ws): stream updates over WebSocket')
        $draft.NextPriorities.Title | Should -Be @('Write tests for the chart component', 'Reconnect with backoff when the socket drops', 'Security review')
        $draft.NextPriorities[0].Reason | Should -Be 'in progress'
        $draft.Blockers.Text | Should -Be 'token TTL not agreed'
        $draft.KeyFiles.Path | Should -Be 'src/ws.js'
        $draft.Summary | Should -BeLike 'TO BE WRITTEN:*'
        $draft.Fields['Session'] | Should -Be $script:Session
        Write-Host "    $Event hook: $($r.Milliseconds) ms (process, wall; not asserted)"
    }

    It 'takes the event from the hook input when the command names none' {
        $json = New-HookInput -Event 'Stop' -Cwd $repo -TranscriptPath (Join-Path $script:Transcripts 'session.jsonl')

        $r = Invoke-HandoffCli -Arguments 'hooks', 'run' -InputText $json

        $r.ExitCode | Should -Be 0
        (Get-Draft $repo).NextPriorities.Count | Should -Be 3
    }

    It 'uses the latest whole task list when the last line is truncated, and says so on standard error' {
        $json = New-HookInput -Event 'Stop' -Cwd $repo -TranscriptPath (Join-Path $script:Transcripts 'truncated.jsonl')

        $r = Invoke-HandoffCli -Arguments 'hooks', 'run', 'stop' -InputText $json

        $r.ExitCode | Should -Be 0
        $r.Error | Should -Match 'could not be read'
        (Get-Draft $repo).NextPriorities[0].Title | Should -Be 'Write tests for the chart component'
    }

    It 'writes the draft from git alone, with a warning, when there is no transcript' {
        $json = New-HookInput -Event 'SessionEnd' -Cwd $repo -TranscriptPath (Join-Path $repo 'no-such.jsonl')

        $r = Invoke-HandoffCli -Arguments 'hooks', 'run', 'session-end' -InputText $json

        $r.ExitCode | Should -Be 0
        $r.Error | Should -Match 'git alone'
        $draft = Get-Draft $repo
        $draft.CompletedWork | Should -Be @('feat(ws): stream updates over WebSocket')
        $draft.Description | Should -Be 'feat(ws): stream updates over WebSocket'
    }

    It 'finds the latest task list at the end of a 50 MB transcript' {
        $big = Join-Path $repo 'big.jsonl'
        $filler = '{"type":"user","message":{"role":"user","content":[{"type":"tool_result","content":"' + ('x' * 4000) + '"}]}}' + "`n"
        $todo = '{"type":"assistant","message":{"role":"assistant","content":[{"type":"tool_use","name":"TodoWrite","input":{"todos":[{"content":"Profile the hook","status":"in_progress"}]}}]}}' + "`n"
        $stream = [IO.File]::Create($big)
        try {
            $block = [Text.Encoding]::UTF8.GetBytes($filler * 256)
            while ($stream.Length -lt 50MB) { $stream.Write($block, 0, $block.Length) }
            $bytes = [Text.Encoding]::UTF8.GetBytes($todo + $filler)
            $stream.Write($bytes, 0, $bytes.Length)
        } finally {
            $stream.Dispose()
        }
        $json = New-HookInput -Event 'Stop' -Cwd $repo -TranscriptPath $big

        $r = Invoke-HandoffCli -Arguments 'hooks', 'run', 'stop' -InputText $json

        $r.ExitCode | Should -Be 0
        (Get-Item -LiteralPath $big).Length | Should -BeGreaterOrEqual 50MB
        (Get-Draft $repo).NextPriorities[0].Title | Should -Be 'Profile the hook'
        Write-Host "    Stop hook with a 50 MB transcript: $($r.Milliseconds) ms (process, wall; not asserted)"
    }

    It 'SessionStart prints the context as JSON with additionalContext, the pending draft first' {
        $null = Invoke-HandoffCli -Arguments 'hooks', 'run', 'stop' -InputText (New-HookInput -Event 'Stop' -Cwd $repo -TranscriptPath (Join-Path $script:Transcripts 'session.jsonl'))

        $r = Invoke-HandoffCli -Arguments 'hooks', 'run', 'session-start' -InputText (New-HookInput -Event 'SessionStart' -Cwd $repo -SessionId 'next-session')

        $r.ExitCode | Should -Be 0
        $out = $r.Output | ConvertFrom-Json
        $out.hookSpecificOutput.hookEventName | Should -Be 'SessionStart'
        $context = $out.hookSpecificOutput.additionalContext
        $context | Should -BeLike "Pending handoff draft: session-handoffs/drafts/$($script:Session).md, a draft of an earlier session*"
        $context | Should -Match '# Handoff context: main'
        $context | Should -Match ([regex]::Escape('1. **Security review** (before release)'))
        Write-Host "    SessionStart hook: $($r.Milliseconds) ms (process, wall; not asserted)"
    }

    It 'never fails the agent: bad input, an unknown event and an unwritable draft all exit 0 with a message' {
        $r1 = Invoke-HandoffCli -Arguments 'hooks', 'run', 'stop' -InputText 'not json' -WorkingDirectory $repo
        $r2 = Invoke-HandoffCli -Arguments 'hooks', 'run', 'no-such-event' -InputText '{}' -WorkingDirectory $repo
        Remove-Item -LiteralPath (Join-Path $repo 'session-handoffs' 'drafts') -Recurse -Force -ErrorAction SilentlyContinue
        Set-Content -LiteralPath (Join-Path $repo 'session-handoffs' 'drafts') -Value 'a file in the way'
        $r3 = Invoke-HandoffCli -Arguments 'hooks', 'run', 'stop' -InputText (New-HookInput -Event 'Stop' -Cwd $repo)

        $r1.ExitCode, $r2.ExitCode, $r3.ExitCode | Should -Be @(0, 0, 0)
        $r1.Error | Should -Match 'not valid JSON'
        $r2.Error | Should -Match "unknown hook event 'no-such-event'"
        $r3.Error | Should -Match 'the Stop hook failed'
    }
}

Describe 'A session that crashes' {
    BeforeAll {
        $repo = New-SessionRepo
    }

    AfterAll {
        Remove-TestFolder $repo
    }

    It 'leaves its draft whole after kill -9 of the writer, and the next SessionStart names it' {
        $inputFile = Join-Path $repo 'hook-input.json'
        Set-Content -LiteralPath $inputFile -Value (New-HookInput -Event 'Stop' -Cwd $repo -TranscriptPath (Join-Path $script:Transcripts 'session.jsonl'))
        $draftPath = Join-Path $repo 'session-handoffs' 'drafts' "$($script:Session).md"
        # A session refreshing its draft over and over, killed (SIGKILL, the whole process tree) at an arbitrary moment.
        $info = [Diagnostics.ProcessStartInfo]::new('bash')
        $info.ArgumentList.Add('-c')
        $info.ArgumentList.Add('while true; do "$0" hooks run stop < "$1"; done')
        $info.ArgumentList.Add((Get-HandoffCliPath))
        $info.ArgumentList.Add($inputFile)
        $info.UseShellExecute = $false
        $info.RedirectStandardError = $true
        $writer = [Diagnostics.Process]::Start($info)
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (-not (Test-Path -LiteralPath $draftPath) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            $first = (Get-Item -LiteralPath $draftPath).LastWriteTimeUtc
            while ((Get-Item -LiteralPath $draftPath).LastWriteTimeUtc -eq $first -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
            Start-Sleep -Milliseconds (Get-Random -Minimum 0 -Maximum 300)
        } finally {
            $writer.Kill($true)
            $writer.WaitForExit()
        }

        $text = [IO.File]::ReadAllText($draftPath)
        $text | Should -Match '\n$'
        $text | Should -Match "\*\*Session\*\*: $($script:Session)"
        $text | Should -Match '## Next Priorities'
        $draft = Get-Handoff -LiteralPath $draftPath
        $draft.CompletedWork.Count | Should -Be 3
        $draft.Blockers.Count | Should -Be 1
        (Get-ChildItem -LiteralPath (Split-Path $draftPath) -Filter '*.md').Name | Should -Be "$($script:Session).md"

        $r = Invoke-HandoffCli -Arguments 'hooks', 'run', 'session-start' -InputText (New-HookInput -Event 'SessionStart' -Cwd $repo -SessionId 'after-the-crash')

        $r.ExitCode | Should -Be 0
        ($r.Output | ConvertFrom-Json).hookSpecificOutput.additionalContext | Should -BeLike "Pending handoff draft: session-handoffs/drafts/$($script:Session).md*"
    }
}
