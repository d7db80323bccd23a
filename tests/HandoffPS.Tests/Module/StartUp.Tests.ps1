BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')

    # The assemblies a fresh pwsh has loaded after $Command (the module imported first), one name a line.
    function Get-LoadedAfter([string] $Command) {
        $script = "Import-Module '$($env:HANDOFFPS_MODULE_PATH)'; $Command | Out-Null; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name"
        Invoke-FreshPwsh -Command $script
    }

    function New-CanonicalHandoff([string] $Folder, [string] $Name, [string] $Date) {
        $null = New-Item -ItemType Directory -Force -Path $Folder
        $text = "# Session Handoff: $Name`n`n**Date**: $Date`n**Time**: 09:30:00`n**Branch**: main`n`n## Session Summary`n`nDone.`n`n## Completed Work`n`n- ✅ One thing`n`n## Next Priorities`n`n1. **Next thing** (soon)`n   - Detail`n"
        [IO.File]::WriteAllText((Join-Path $Folder "$Date-0930-$Name.md"), $text)
    }
}

Describe 'Start-up: what the module loads, and when' {
    BeforeAll {
        $outside = New-TestFolder
        New-CanonicalHandoff -Folder (Join-Path $outside 'session-handoffs') -Name 'first' -Date '2026-01-02'
        New-CanonicalHandoff -Folder (Join-Path $outside 'session-handoffs') -Name 'second' -Date '2026-01-03'
        $repo = New-TestGitRepo
        New-CanonicalHandoff -Folder (Join-Path $repo 'session-handoffs') -Name 'in-repo' -Date '2026-01-04'
    }

    AfterAll {
        Remove-TestFolder $outside
        Remove-TestFolder $repo
    }

    It 'reads canonical handoffs outside git without loading Markdig, the git library or the tokenizer' {
        $loaded = Get-LoadedAfter "Get-Handoff -Path '$outside'; Get-Handoff -Path '$outside' -Latest"

        $loaded | Should -Contain 'HandoffPS.Core'
        $loaded | Should -Not -Contain 'Markdig'
        $loaded | Should -Not -Contain 'LibGit2Sharp'
        $loaded | Should -Not -Contain 'Microsoft.ML.Tokenizers'
        $loaded | Should -Not -Contain 'YamlDotNet'
    }

    It 'answers Get-HandoffStatus in a repository with the git library and without Markdig' {
        $loaded = Get-LoadedAfter "Get-HandoffStatus -Path '$repo'"

        $loaded | Should -Contain 'LibGit2Sharp'
        $loaded | Should -Not -Contain 'Markdig'
        $loaded | Should -Not -Contain 'Microsoft.ML.Tokenizers'
    }

    It 'reads what New-Handoff writes, -Latest and status, without loading Markdig' {
        $written = New-TestGitRepo
        try {
            $null = Invoke-FreshPwsh -Command "Import-Module '$($env:HANDOFFPS_MODULE_PATH)'; New-Handoff -Path '$written' -Description 'Written by the module' -Summary 'Done.' -Completed 'one', 'two' -NextPriority 'first', 'second' -Blocker 'a question'"
            @(Get-ChildItem -LiteralPath (Join-Path $written 'session-handoffs') -Filter '*.md').Count | Should -Be 1

            $loaded = Get-LoadedAfter "Get-Handoff -Path '$written' -Latest; Get-HandoffStatus -Path '$written'"

            $loaded | Should -Contain 'HandoffPS.Core'
            $loaded | Should -Not -Contain 'Markdig'
        }
        finally {
            Remove-TestFolder $written
        }
    }

    It 'loads Markdig for a handoff written by hand' {
        $file = Join-Path $outside 'session-handoffs' '2026-01-05-0930-by-hand.md'
        Set-Content -LiteralPath $file -Value "# Notes`n`nDate: 2026-01-05`n`n## Next Steps`n`n* first"
        try {
            $loaded = Get-LoadedAfter "Get-Handoff -LiteralPath '$file'"
            $loaded | Should -Contain 'Markdig'
        }
        finally {
            Remove-Item -LiteralPath $file
        }
    }
}
