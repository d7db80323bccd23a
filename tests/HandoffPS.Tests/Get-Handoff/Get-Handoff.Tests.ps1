BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
}

Describe 'Get-Handoff' {
    BeforeAll {
        $repo = New-TestGitRepo
        Push-Location $repo
        $null = New-Handoff -Description 'first on main' -Date '2025-10-27 09:30' -NextPriority 'Write tests (coverage)' -Blocker 'CI: flaky'
        Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', '-b', 'feat/ui'
        $null = New-Handoff -Description 'ui work' -Date '2025-10-28 08:15' -Completed 'Dashboard'
        Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', 'main'
        $null = New-Handoff -Description 'second on main' -Date '2025-10-29 17:00' -NextPriority 'Ship it', 'Write docs'
        Set-Content -LiteralPath (Join-Path $repo 'session-handoffs' 'README.md') -Value '# Index'
    }

    AfterAll {
        Pop-Location
        Remove-TestFolder $repo
    }

    It 'reads the current project oldest first and skips README.md' {
        $all = Get-Handoff
        $all.Description | Should -Be @('first on main', 'ui work', 'second on main')
        $all[0] | Should -BeOfType 'HandoffPS.Core.Model.Handoff'
    }

    It 'pipes into Where-Object Branch -eq main' {
        (Get-Handoff | Where-Object Branch -eq main).Description | Should -Be @('first on main', 'second on main')
    }

    It '-Latest gives the newest only, and its priorities expand' {
        $latest = Get-Handoff -Latest
        $latest.Description | Should -Be 'second on main'
        (Get-Handoff -Latest | Select-Object -ExpandProperty NextPriorities).Title | Should -Be @('Ship it', 'Write docs')
    }

    It 'filters by -Branch and -Description wildcards' {
        (Get-Handoff -Branch 'feat/*').Description | Should -Be 'ui work'
        (Get-Handoff -Description '*ON MAIN').Description | Should -Be @('first on main', 'second on main')
        (Get-Handoff -Branch main -Latest).Description | Should -Be 'second on main'
    }

    It 'filters by -Since and -Until' {
        (Get-Handoff -Since '2025-10-28').Description | Should -Be @('ui work', 'second on main')
        (Get-Handoff -Until '2025-10-28 08:15').Description | Should -Be @('first on main', 'ui work')
    }

    It 'takes files from Get-ChildItem through the pipeline' {
        $files = Get-ChildItem (Join-Path $repo 'session-handoffs') -Filter '2025-*.md'
        ($files | Get-Handoff).Count | Should -Be 3
    }

    It 'reads a project root, the folder and a wildcard path' {
        (Get-Handoff -Path $repo).Count | Should -Be 3
        (Get-Handoff -Path (Join-Path $repo 'session-handoffs')).Count | Should -Be 3
        (Get-Handoff -Path (Join-Path $repo 'session-handoffs' '*-on-main.md')).Count | Should -Be 2
    }

    It 'reads a file named explicitly even when it is not named like a handoff' {
        $h = Get-Handoff -LiteralPath (Join-Path $repo 'session-handoffs' 'README.md')
        $h.Description | Should -Be 'Index'
    }

    It 'reports a missing path as PathNotFound' {
        $null = Get-Handoff -Path (Join-Path $repo 'nope.md') -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'PathNotFound,*'
    }

    It 'converts to clean JSON: the model''s properties only, no recursion' {
        $json = Get-Handoff | ConvertTo-Json -Depth 5 -WarningVariable w
        $w | Should -BeNullOrEmpty
        $objects = $json | ConvertFrom-Json
        $objects[0].PSObject.Properties.Name | Should -Be @('Path', 'FileName', 'Description', 'Date', 'TimeZone', 'Offset', 'Branch', 'Commit', 'Author', 'Summary', 'CompletedWork', 'NextPriorities', 'Blockers', 'Decisions', 'KeyFiles', 'References', 'Fields', 'Ref', 'OtherSections')
        $objects[0].NextPriorities[0].PSObject.Properties.Name | Should -Be @('Rank', 'Title', 'Reason', 'Details')
        $objects[0].Blockers[0].PSObject.Properties.Name | Should -Be @('Category', 'Text')
        $json | Should -Not -Match 'PSPath|PSParentPath|PSProvider|BaseObject|Ticks'
    }

    It 'converts to JSON with the handoff values' {
        $json = Get-Handoff -Latest | ConvertTo-Json -Depth 5 | ConvertFrom-Json
        $json.Description | Should -Be 'second on main'
        $json.NextPriorities[1].Title | Should -Be 'Write docs'
    }

    It 'skips the index session-handoffs/README.md in a wildcard and in piped files, with a verbose line' {
        $null = Update-HandoffIndex -Force -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        try {
            $byWildcard = @(Get-Handoff -Path (Join-Path $repo 'session-handoffs' '*.md') -Verbose 4>&1)
            $byPipe = @(Get-ChildItem -Path (Join-Path $repo 'session-handoffs' '*.md') | Get-Handoff)

            $byWildcard | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] } | ForEach-Object Description | Should -Be @('first on main', 'ui work', 'second on main')
            $byPipe.Description | Should -Be @('first on main', 'ui work', 'second on main')
            ($byWildcard | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Contain "Skipped '$(Join-Path $repo 'session-handoffs' 'README.md')': the handoff index (Update-HandoffIndex), not a handoff."
        }
        finally {
            Set-Content -LiteralPath (Join-Path $repo 'session-handoffs' 'README.md') -Value '# Index'
        }
    }

    It 'completes -Branch with git branches and branches named in handoffs, quoting spaces' {
        Invoke-TestGit -Path $repo -Arguments 'branch', 'only-in-git'
        $null = New-Handoff -Description 'odd branch' -Branch 'release notes' -Date '2025-10-30 09:00'
        try {
            $line = 'Get-Handoff -Branch '
            $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

            $completions.CompletionText | Should -Be @('feat/ui', 'main', 'only-in-git', "'release notes'")
            ($completions | Where-Object CompletionText -eq "'release notes'").ListItemText | Should -Be 'release notes'

            $line = 'New-Handoff -Description x -Branch fe'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('feat/ui')
        }
        finally {
            Remove-Item -LiteralPath (Join-Path $repo 'session-handoffs' '2025-10-30-0900-odd-branch.md')
            Invoke-TestGit -Path $repo -Arguments 'branch', '-D', 'only-in-git' | Out-Null
        }
    }

    It 'completes -Description with existing descriptions, quoted' {
        $line = 'Get-Handoff -Description sec'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @("'second on main'")
    }

    It 'has a list view that reads like the file' {
        $text = Get-Handoff -Description 'second on main' | Format-List | Out-String -Width 200
        $text | Should -Match 'Description\s+: second on main'
        $text | Should -Match 'Date\s+: 2025-10-29 17:00:00'
        $text | Should -Match 'NextPriorities\s+: 1\. Ship it\s+2\. Write docs'
    }

    It 'shows a table with date, branch, counts and description' {
        $table = Get-Handoff | Format-Table | Out-String -Width 200
        $table | Should -Match 'Date\s+Branch\s+Done\s+Next\s+Blocked\s+Description'
        $table | Should -Match '2025-10-29 17:00\s+main\s+0\s+2\s+0\s+second on main'
    }
}

Describe 'Get-Handoff with a malformed file among good ones' {
    It 'yields one error naming the bad file and all the good objects' {
        $folder = New-TestFolder
        try {
            $dir = New-Item -ItemType Directory -Path (Join-Path $folder 'session-handoffs')
            $null = New-Handoff -Description 'good one' -Path $folder -Date '2025-01-01 10:00' -WarningAction SilentlyContinue
            $null = New-Handoff -Description 'good two' -Path $folder -Date '2025-01-03 10:00' -WarningAction SilentlyContinue
            $bad = Join-Path $dir '2025-01-02-1000-bad.md'
            [IO.File]::WriteAllBytes($bad, [byte[]](0x23, 0x20, 0xFF, 0xFE, 0x00, 0xC3, 0x28))

            $result = Get-Handoff -Path $folder -ErrorVariable err -ErrorAction SilentlyContinue

            $result.Description | Should -Be @('good one', 'good two')
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffUnreadable,*'
            $err[0].TargetObject | Should -Be $bad
            $err[0].Exception.Message | Should -Match ([regex]::Escape($bad))
        }
        finally {
            Remove-TestFolder $folder
        }
    }

    It '-Latest reads every file, since a header may be newer than its name: an unreadable older file is one error' {
        $folder = New-TestFolder
        try {
            [IO.File]::WriteAllBytes((Join-Path (New-Item -ItemType Directory (Join-Path $folder 'session-handoffs')) '2025-01-01-1000-old-bad.md'), [byte[]](0xFF, 0xFE, 0x00))
            $null = New-Handoff -Description 'newest' -Path $folder -Date '2025-01-05 10:00' -WarningAction SilentlyContinue

            $latest = Get-Handoff -Path $folder -Latest -ErrorVariable err -ErrorAction SilentlyContinue

            $latest.Description | Should -Be 'newest'
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffUnreadable,*'
        }
        finally {
            Remove-TestFolder $folder
        }
    }

    It '-Latest skips an unreadable newest file and reports it' {
        $folder = New-TestFolder
        try {
            $null = New-Handoff -Description 'good' -Path $folder -Date '2025-01-01 10:00' -WarningAction SilentlyContinue
            [IO.File]::WriteAllBytes((Join-Path $folder 'session-handoffs' '2025-01-09-1000-bad.md'), [byte[]](0xFF, 0xFE, 0x00))

            $latest = Get-Handoff -Path $folder -Latest -ErrorVariable err -ErrorAction SilentlyContinue

            $latest.Description | Should -Be 'good'
            $err | Should -HaveCount 1
        }
        finally {
            Remove-TestFolder $folder
        }
    }
}

Describe 'Get-Handoff with file names in several styles' {
    It 'orders by the timestamp in the name, so -Latest is the newest whatever the style' {
        $folder = New-TestFolder
        try {
            $dir = New-Item -ItemType Directory -Path (Join-Path $folder 'session-handoffs')
            Set-Content -LiteralPath (Join-Path $dir '2026-03-01-1000-canonical.md') -Value '# Session Handoff: march'
            Set-Content -LiteralPath (Join-Path $dir '20260105-1000-older-compact.md') -Value '# Session Handoff: january 5'
            Set-Content -LiteralPath (Join-Path $dir 'handoff-20260101-120000.md') -Value '# Session Handoff: january 1'

            (Get-Handoff -Path $folder).Description | Should -Be @('january 1', 'january 5', 'march')
            (Get-Handoff -Path $folder -Latest).Description | Should -Be 'march'
        }
        finally {
            Remove-TestFolder $folder
        }
    }
}

Describe 'Get-Handoff in a project with no handoffs' {
    It 'outputs nothing and no error' {
        $folder = New-TestFolder
        Push-Location $folder
        try {
            $result = Get-Handoff -ErrorVariable err
            $result | Should -BeNullOrEmpty
            $err | Should -BeNullOrEmpty
        }
        finally {
            Pop-Location
            Remove-TestFolder $folder
        }
    }
}
