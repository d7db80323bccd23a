BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    # Someone's own settings: another hook on Stop, permissions, an unknown key, two-space indentation.
    $script:Existing = @'
{
  "permissions": { "allow": ["Bash(npm test)"] },
  "hooks": {
    "Stop": [ { "hooks": [ { "type": "command", "command": "notify-send done" } ] } ]
  },
  "futureSetting": {"a": [1, 2.50, "\u00e9"]}
}
'@ + "`n"
}

Describe 'Install-HandoffHook and Uninstall-HandoffHook' {
    BeforeEach {
        $project = New-TestFolder
        $settings = Join-Path $project '.claude' 'settings.json'
        $null = New-Item -ItemType Directory -Path (Split-Path $settings)
        [IO.File]::WriteAllText($settings, $script:Existing)
    }

    AfterEach {
        Remove-TestFolder $project
    }

    It 'installs the four hooks, keeps every other setting, and uninstalls back to the same bytes' {
        $status = Install-HandoffHook -Path $project

        $status | Should -BeOfType 'HandoffPS.Core.Hooks.HookInstallation'
        $status.IsComplete | Should -BeTrue
        $json = Get-Content -LiteralPath $settings -Raw | ConvertFrom-Json -AsHashtable
        $json.hooks.Stop.Count | Should -Be 2
        $json.hooks.Stop[0].hooks[0].command | Should -Be 'notify-send done'
        $json.hooks.SessionStart[0].matcher | Should -Be 'startup|resume|clear|compact'
        $json.hooks.SessionStart[0].hooks[0].command | Should -Be 'handoff hooks run session-start'
        $json.permissions.allow | Should -Be 'Bash(npm test)'
        Get-Content -LiteralPath $settings -Raw | Should -Match ([regex]::Escape('"futureSetting": {"a": [1, 2.50, "\u00e9"]}'))

        Install-HandoffHook -Path $project | Out-Null
        $twice = [IO.File]::ReadAllText($settings)
        Uninstall-HandoffHook -Path $project | Out-Null

        ($twice | ConvertFrom-Json -AsHashtable).hooks.SessionStart.Count | Should -Be 1
        [IO.File]::ReadAllText($settings) | Should -BeExactly $script:Existing
    }

    It '-WhatIf shows the file and writes nothing' {
        $transcript = Join-Path (New-TestFolder) 'whatif.txt'
        $null = Start-Transcript -LiteralPath $transcript
        try {
            $result = Install-HandoffHook -Path $project -WhatIf
        }
        finally {
            $null = Stop-Transcript
        }

        $result | Should -BeNullOrEmpty
        [IO.File]::ReadAllText($settings) | Should -BeExactly $script:Existing
        Get-Content -Raw -LiteralPath $transcript | Should -Match '(?s)What if: .*handoff hooks run session-start'
        Remove-TestFolder (Split-Path $transcript)
    }

    It 'refuses a file that is not valid JSON with InvalidSettings, and leaves it untouched' {
        [IO.File]::WriteAllText($settings, '{ "hooks": { "Stop": [ }')

        Install-HandoffHook -Path $project -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $err[0].FullyQualifiedErrorId | Should -BeLike 'InvalidSettings,*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
        [IO.File]::ReadAllText($settings) | Should -BeExactly '{ "hooks": { "Stop": [ }'
    }

    It 'handoff hooks install, status and uninstall do the same from the command line' {
        $install = Invoke-HandoffCli -WorkingDirectory $project -Arguments 'hooks', 'install'
        $status = Invoke-HandoffCli -WorkingDirectory $project -Arguments 'hooks', 'status', '--json'
        $whatIf = Invoke-HandoffCli -WorkingDirectory $project -Arguments 'hooks', 'uninstall', '--what-if'
        $afterWhatIf = [IO.File]::ReadAllText($settings)
        $uninstall = Invoke-HandoffCli -WorkingDirectory $project -Arguments 'hooks', 'uninstall'
        $missing = Invoke-HandoffCli -WorkingDirectory $project -Arguments 'hooks', 'status'
        [IO.File]::WriteAllText($settings, 'not json')
        $invalid = Invoke-HandoffCli -WorkingDirectory $project -Arguments 'hooks', 'install'

        $install.ExitCode | Should -Be 0
        $install.Output | Should -Match 'Added SessionStart, PreCompact, Stop, SessionEnd'
        $status.ExitCode | Should -Be 0
        ($status.Output | ConvertFrom-Json).IsComplete | Should -BeTrue
        $whatIf.Output | Should -Match 'What if'
        $afterWhatIf | Should -Match 'hooks run stop'
        $uninstall.ExitCode | Should -Be 0
        [IO.File]::ReadAllText($settings) | Should -Not -Be 'x'
        $missing.ExitCode | Should -Be 3
        $invalid.ExitCode | Should -Be 1
        $invalid.Error | Should -Match '\(InvalidSettings\)'
        [IO.File]::ReadAllText($settings) | Should -BeExactly 'not json'
    }

    It 'with -Scope User writes the user settings ($env:CLAUDE_CONFIG_DIR)' {
        $env:CLAUDE_CONFIG_DIR = Join-Path $project 'user-config'
        try {
            $status = Install-HandoffHook -Scope User

            $status.Path | Should -Be (Join-Path $project 'user-config' 'settings.json')
            $status.IsComplete | Should -BeTrue
            [IO.File]::ReadAllText($settings) | Should -BeExactly $script:Existing
        } finally {
            Remove-Item Env:CLAUDE_CONFIG_DIR
        }
    }
}
