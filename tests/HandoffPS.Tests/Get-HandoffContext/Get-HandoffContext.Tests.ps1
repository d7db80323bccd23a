BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    function Get-Tokens([string] $Text) { [HandoffPS.Core.Context.TokenCounter]::Count($Text) }
}

Describe 'Get-HandoffContext' {
    BeforeAll {
        $repo = New-TestGitRepo
        $null = New-Handoff -Path $repo -Description 'Feature Implementation' -Date '2025-10-27 09:30' -Summary 'Built the dashboard.' `
            -NextPriority 'Add charts (Chart.js integration)' -Blocker 'Unclear whether the API is versioned'
        $null = New-Handoff -Path $repo -Description 'Charts spike' -Date '2025-10-28 16:10' -Branch 'feat/charts' `
            -Summary 'Tried two chart libraries.' -NextPriority 'Pick a chart library' -Blocker 'Design: colour palette not chosen'
        $null = New-Handoff -Path $repo -Description 'Auth refactor' -Date '2025-10-29 11:05' `
            -Summary 'Moved token refresh into a background job; refresh now takes under 50ms, measured on the staging database.' `
            -NextPriority @{ Title = 'Security review'; Reason = 'before release'; Details = 'Token TTL with the security team', 'Rotation on use, reuse detection' },
                @{ Title = 'Integration tests'; Details = 'Refresh job under load', 'Clock skew between services' }, 'Write the migration guide' `
            -Blocker 'Security: token TTL not agreed', 'Unclear whether the API is versioned' `
            -Decision 'Refresh tokens rotate on use', 'Access tokens live 15 minutes' `
            -KeyFile 'auth/refresh.py - Background refresh job', 'auth/tokens.py - Token generation' `
            -Reference 'OWASP JWT cheat sheet', 'RFC 7519 (JSON Web Token)'
        $null = Invoke-TestGit -Path $repo -Arguments 'branch', 'feat/charts'
        Push-Location $repo
    }

    AfterAll {
        Pop-Location
        Remove-TestFolder $repo
    }

    It 'shows the latest handoff of the current branch: summary, priorities, open blockers with their age, decisions, key files' {
        $text = Get-HandoffContext

        $text | Should -BeOfType [string]
        $lines = $text -split "`n"
        $lines[0] | Should -Be '# Handoff context: main'
        $lines[1] | Should -Be 'Latest handoff: Auth refactor, 2025-10-29 11:05 on main (session-handoffs/2025-10-29-1105-auth-refactor.md).'
        $lines[2] | Should -Match '^Written \d+ days ago'
        $text | Should -Match "(?m)^## Summary`nMoved token refresh into a background job"
        $text | Should -Match "(?m)^1\. \*\*Security review\*\* \(before release\)`n   - Token TTL with the security team`n   - Rotation on use, reuse detection$"
        $text | Should -Match '(?m)^- \*\*Security\*\*: token TTL not agreed \(open \d+ days, 1 session, since 2025-10-29 11:05\)$'
        $text | Should -Match '(?m)^- Unclear whether the API is versioned \(open \d+ days, 2 sessions, since 2025-10-27 09:30\)$'
        $text | Should -Match '(?m)^- \*\*Design\*\*: colour palette not chosen \(on feat/charts; open \d+ days, 1 session, since 2025-10-28 16:10\)$'
        $text | Should -Match '(?m)^- Refresh tokens rotate on use$'
        $text | Should -Match '(?m)^- `auth/refresh\.py` - Background refresh job$'
        $lines[-1] | Should -Be 'Left out: nothing.'
        Get-Tokens $text | Should -BeLessOrEqual 1000
    }

    It 'counts the commits and changed files since the handoff on the staleness line' {
        $work = New-TestGitRepo
        try {
            $null = New-Handoff -Path $work -Description 'Start' -Date (Get-Date).AddHours(-2) -Summary 'Begun.'
            Set-Content -LiteralPath (Join-Path $work 'a.txt') -Value 'a'
            Set-Content -LiteralPath (Join-Path $work 'b.txt') -Value 'b'
            $null = Invoke-TestGit -Path $work -Arguments 'add', 'a.txt', 'b.txt'
            $null = Invoke-TestGit -Path $work -Arguments 'commit', '-q', '-m', 'two files'
            Set-Content -LiteralPath (Join-Path $work 'c.txt') -Value 'c'

            $context = Get-HandoffContext -Path $work -AsObject

            $context.Staleness | Should -Be 'Written 2 hours ago; since then 1 commit and 3 changed files.'
            $context.CommitsSince | Should -Be 1
            $context.ChangedFilesSince | Should -Be 3
        }
        finally {
            Remove-TestFolder $work
        }
    }

    It 'falls back to the latest handoff of the project, and says so, when the branch has none' {
        $null = Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', '-b', 'feat/new'
        try {
            $text = Get-HandoffContext
            ($text -split "`n")[0] | Should -Be '# Handoff context: feat/new'
            $text | Should -Match "(?m)^No handoff on branch 'feat/new' yet: this is the latest handoff of the project\.$"
            $text | Should -Match 'Latest handoff: Auth refactor'
            (Get-HandoffContext -AsObject).IsFallback | Should -BeTrue
        }
        finally {
            $null = Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', 'main'
        }
    }

    It '-Branch shows another branch' {
        $context = Get-HandoffContext -Branch feat/charts -AsObject
        $context.Description | Should -Be 'Charts spike'
        $context.IsFallback | Should -BeFalse
    }

    It 'never exceeds -MaxTokens, never cuts an item but a blocker''s age, and ends with what was left out' -ForEach @(
        @{ Max = 50 }, @{ Max = 80 }, @{ Max = 120 }, @{ Max = 160 }, @{ Max = 200 }, @{ Max = 250 }, @{ Max = 300 }
    ) {
        $full = Get-HandoffContext -MaxTokens 100000
        Get-Tokens $full | Should -BeGreaterThan $Max
        $fullLines = $full -split "`n"
        $text = Get-HandoffContext -MaxTokens $Max

        Get-Tokens $text | Should -BeLessOrEqual $Max
        $lines = $text -split "`n"
        foreach ($line in $lines[0..($lines.Count - 2)]) {
            # An open blocker may be shown without how long it has been open.
            $whole = @($fullLines | Where-Object { $_ -eq $line -or $_.StartsWith("$line (open ") })
            $whole | Should -Not -BeNullOrEmpty -Because "'$line' is a whole line of the full context, or a blocker without its age"
        }
        $lines[-1] | Should -BeLike "Left out to stay within $Max tokens: *"
    }

    It 'leaves out earlier handoffs, then references, then details of lower priorities, before the priorities' {
        # The order in which items go as the budget shrinks, from the full context down to 50 tokens.
        $full = (Get-HandoffContext -AsObject).Tokens
        $order = [Collections.Generic.List[string]]::new()
        for ($max = $full - 1; $max -ge 50; $max -= 4) {
            $context = Get-HandoffContext -MaxTokens $max -AsObject
            $context.Tokens | Should -BeLessOrEqual $max
            foreach ($item in $context.LeftOut) {
                if (-not $order.Contains($item)) { $order.Add($item) }
            }
        }

        $at = { param($label) $i = $order.FindIndex({ param($x) $x.StartsWith($label) }); $i | Should -BeGreaterOrEqual 0 -Because "'$label' goes out"; $i }
        (& $at 'earlier handoff: 2025-10-27') | Should -BeLessThan (& $at 'earlier handoff: 2025-10-28')
        (& $at 'earlier handoff: 2025-10-28') | Should -BeLessThan (& $at 'blocker on feat/charts')
        (& $at 'blocker on feat/charts') | Should -BeLessThan (& $at 'reference: RFC 7519')
        (& $at 'reference: RFC 7519') | Should -BeLessThan (& $at 'reference: OWASP')
        (& $at 'reference: OWASP') | Should -BeLessThan (& $at 'details of priority: Integration tests')
        (& $at 'details of priority: Integration tests') | Should -BeLessThan (& $at 'details of priority: Security review')
        (& $at 'details of priority: Security review') | Should -BeLessThan (& $at 'key file: auth/tokens.py')
        (& $at 'key file: auth/refresh.py') | Should -BeLessThan (& $at 'decision: Access tokens')
        (& $at 'decision: Refresh tokens') | Should -BeLessThan (& $at 'priority: Write the migration guide')
        (& $at 'priority: Write the migration guide') | Should -BeLessThan (& $at 'priority: Integration tests')
        (& $at 'priority: Integration tests') | Should -BeLessThan (& $at 'summary')
        # The first priority and the open blockers stay longest: the blockers' ages go first.
        (& $at 'summary') | Should -BeLessThan (& $at 'age of blocker: Unclear whether')
        (& $at 'age of blocker: Security') | Should -BeLessThan (& $at 'blocker: Unclear whether')
        (& $at 'blocker: Unclear whether') | Should -BeLessThan (& $at 'blocker: Security')
        (& $at 'blocker: Security') | Should -BeLessThan (& $at 'priority: Security review')
    }

    It 'keeps the first priority and every open blocker when a long summary does not fit' {
        $work = New-TestGitRepo
        try {
            $summary = (1..20 | ForEach-Object { "Batch ${_}: moved the retry handling of charge batch $_ into the queue worker and checked it against the staging ledger." }) -join ' '
            $null = New-Handoff -Path $work -Description 'Payments retry' -Summary $summary `
                -NextPriority 'Rotate the signing keys (before the audit)', 'Replay failed charges', 'Alert on retry storms', 'Document the retry policy',
                    'Remove the legacy cron job', 'Load-test the queue worker', 'Review the ledger schema', 'Clean up feature flags' `
                -Blocker 'Security: token TTL not agreed', 'Unclear whether the payments API keeps idempotency keys across retries'

            foreach ($max in 150, 400) {
                $text = Get-HandoffContext -Path $work -MaxTokens $max
                $lines = $text -split "`n"

                Get-Tokens $text | Should -BeLessOrEqual $max
                $lines | Should -Contain '1. **Rotate the signing keys** (before the audit)'
                @($lines | Where-Object { $_ -like '- **Security**: token TTL not agreed*' }).Count | Should -Be 1
                @($lines | Where-Object { $_ -like '- Unclear whether the payments API keeps idempotency*' }).Count | Should -Be 1
                $lines | Should -Not -Contain '## Summary'
                $lines[-1] | Should -Match "^Left out to stay within $max tokens: .*priorities.*the summary"
            }
        }
        finally {
            Remove-TestFolder $work
        }
    }

    It '-Format Json and -AsObject give the structured context' {
        $json = Get-HandoffContext -Format Json
        $object = $json | ConvertFrom-Json
        $object.Text | Should -Be (Get-HandoffContext)
        $object.Description | Should -Be 'Auth refactor'
        $object.NextPriorities[0].Details | Should -Be @('Token TTL with the security team', 'Rotation on use, reuse detection')
        $object.OpenBlockers.Count | Should -Be 3

        $context = Get-HandoffContext -AsObject
        $context | Should -BeOfType 'HandoffPS.Core.Context.HandoffContext'
        $context.Tokens | Should -Be (Get-Tokens $context.Text)
        ($context | Format-List | Out-String) | Should -Match 'Tokens\s+: \d+ of 1000'
    }

    It 'refuses -MaxTokens below 50' {
        { Get-HandoffContext -MaxTokens 10 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,HandoffPS.Commands.GetHandoffContextCommand'
    }

    It 'prints one clear line and succeeds when there is no handoff' {
        $empty = New-TestGitRepo
        try {
            $text = Get-HandoffContext -Path $empty -ErrorVariable err
            $err | Should -BeNullOrEmpty
            $text | Should -BeLike 'No session handoffs in *: nothing to carry over from an earlier session. Write one at the end of this session with New-Handoff.'
            $text | Should -Not -Match "`n"
        }
        finally {
            Remove-TestFolder $empty
        }
    }

    Context 'the README''s Claude Code SessionStart hook' {
        BeforeAll {
            $readme = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '..' '..' '..' 'README.md')
            $block = [regex]::Matches($readme, '(?s)```json\n(.*?)```') | ForEach-Object { $_.Groups[1].Value } | Where-Object { $_ -match 'SessionStart' } | Select-Object -First 1
            $settings = $block | ConvertFrom-Json
            $hookCommand = $settings.hooks.SessionStart[0].hooks[0].command

            # A 'pwsh' on PATH that starts this very pwsh (under `dotnet pwsh` it is dotnet running pwsh.dll),
            # and the built module on PSModulePath, as after Install-Module.
            $bin = New-TestFolder
            $hostPath = [Environment]::ProcessPath
            $launch = @($hostPath) + @(if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
            if ($IsWindows) {
                $quoted = ($launch | ForEach-Object { '"' + $_ + '"' }) -join ' '
                Set-Content -LiteralPath (Join-Path $bin 'pwsh.cmd') -Value ('@' + $quoted + ' %*')
            }
            else {
                $quoted = ($launch | ForEach-Object { "'" + $_ + "'" }) -join ' '
                $shim = Join-Path $bin 'pwsh'
                Set-Content -LiteralPath $shim -Value ("#!/bin/sh`nexec " + $quoted + ' "$@"')
                & chmod +x $shim
            }

            function Invoke-HookCommand([string] $Folder) {
                $saved = $env:PATH, $env:PSModulePath
                $env:PATH = $bin + [IO.Path]::PathSeparator + $env:PATH
                $env:PSModulePath = (Split-Path (Split-Path $env:HANDOFFPS_MODULE_PATH)) + [IO.Path]::PathSeparator + $env:PSModulePath
                Push-Location $Folder
                try {
                    # As Claude Code runs a command hook: through the shell, in the project folder.
                    if ($IsWindows) { $output = & cmd /c $hookCommand 2>&1 } else { $output = & /bin/sh -c $hookCommand 2>&1 }
                    [pscustomobject]@{ Output = @($output | ForEach-Object { "$_" }); ExitCode = $LASTEXITCODE }
                }
                finally {
                    Pop-Location
                    $env:PATH, $env:PSModulePath = $saved
                }
            }
        }

        AfterAll {
            Remove-TestFolder $bin
        }

        It 'is the documented settings shape and command' {
            $settings.hooks.SessionStart[0].hooks[0].type | Should -Be 'command'
            $hookCommand | Should -Be 'pwsh -NoProfile -Command "Import-Module HandoffPS; Get-HandoffContext"'
        }

        It 'runs in a fresh pwsh and prints the context' {
            $run = Invoke-HookCommand $repo
            $run.ExitCode | Should -Be 0
            $run.Output[0] | Should -Be '# Handoff context: main'
            $run.Output | Should -Contain '## Next priorities'
            $run.Output[-1] | Should -Be 'Left out: nothing.'
        }

        It 'prints one line and exits 0 in a project without handoffs' {
            $empty = New-TestGitRepo
            try {
                $run = Invoke-HookCommand $empty
                $run.ExitCode | Should -Be 0
                $run.Output.Count | Should -Be 1
                $run.Output[0] | Should -BeLike 'No session handoffs in *'
            }
            finally {
                Remove-TestFolder $empty
            }
        }
    }
}
