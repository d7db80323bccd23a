BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    # The three README sessions, written in the given order into a new repository.
    function New-IndexFixture {
        param([int[]] $Order = @(0, 1, 2))
        $repo = New-TestGitRepo
        $sessions = @(
            @{ Description = 'Feature Implementation'; Date = '2025-10-27 09:30'; Branch = 'main'; NextPriority = 'Add data visualization charts (Chart.js integration)', 'Implement real-time updates'; Blocker = 'Performance: Token refresh taking 500ms', 'Unclear whether the API is versioned' }
            @{ Description = 'Charts spike'; Date = '2025-10-28 16:10'; Branch = 'feat/charts'; NextPriority = 'Pick a chart library | bundle size'; Blocker = 'Design: colour palette not chosen' }
            @{ Description = 'Auth refactor'; Date = '2025-10-29 11:05'; Branch = 'main'; NextPriority = 'Security review (before release)' }
        )
        foreach ($i in $Order) {
            $s = $sessions[$i]
            $null = New-Handoff -Path $repo @s
        }
        $repo
    }
}

Describe 'Update-HandoffIndex' {
    BeforeAll {
        $repo = New-IndexFixture
        $folder = Join-Path $repo 'session-handoffs'
        $index = Join-Path $folder 'README.md'
    }

    AfterAll {
        Remove-TestFolder $repo
    }

    It 'writes session-handoffs/README.md: a header, then a table with the newest handoff first' {
        Update-HandoffIndex -Path $repo -InformationVariable info 6>$null

        $lines = Get-Content -LiteralPath $index
        $lines[0] | Should -Be '# Session Handoffs'
        $table = $lines | Where-Object { $_ -like '|*' }
        $table[0] | Should -Be '| Date | Time | Description | Branch | Open blockers | Top priority |'
        $table[1] | Should -Be '| --- | --- | --- | --- | ---: | --- |'
        $table[2] | Should -Be '| 2025-10-29 | 11:05 | [Auth refactor](2025-10-29-1105-auth-refactor.md) | main | 0 | Security review |'
        $table[3] | Should -Be '| 2025-10-28 | 16:10 | [Charts spike](2025-10-28-1610-charts-spike.md) | feat/charts | 1 | Pick a chart library \| bundle size |'
        $table[4] | Should -Be '| 2025-10-27 | 09:30 | [Feature Implementation](2025-10-27-0930-feature-implementation.md) | main | 2 | Add data visualization charts |'
        $table.Count | Should -Be 5
        "$info" | Should -BeLike "Created: '$index' lists 3 handoffs."
    }

    It 'links each row to a file that exists' {
        foreach ($link in [regex]::Matches((Get-Content -LiteralPath $index -Raw), '\]\(([^)]+)\)')) {
            Join-Path $folder ([uri]::UnescapeDataString($link.Groups[1].Value)) | Should -Exist
        }
    }

    It 'is idempotent: a second run writes nothing and says that nothing changed' {
        $bytes = [IO.File]::ReadAllBytes($index)
        $written = (Get-Item -LiteralPath $index).LastWriteTimeUtc
        Start-Sleep -Milliseconds 20

        $result = Update-HandoffIndex -Path $repo -PassThru -InformationVariable info 6>$null

        $result.Status | Should -Be 'Unchanged'
        $result.Changed | Should -BeFalse
        "$info" | Should -BeLike "Unchanged: *nothing was written."
        [IO.File]::ReadAllBytes($index) | Should -Be $bytes
        (Get-Item -LiteralPath $index).LastWriteTimeUtc | Should -Be $written
    }

    It 'gives the same bytes whatever order the handoffs were written in' {
        $other = New-IndexFixture -Order 2, 0, 1
        try {
            Update-HandoffIndex -Path $other 6>$null
            $otherIndex = Join-Path $other 'session-handoffs' 'README.md'
            [IO.File]::ReadAllBytes($otherIndex) | Should -Be ([IO.File]::ReadAllBytes($index))
        }
        finally {
            Remove-TestFolder $other
        }
    }

    It '-Check is false after a new handoff and true after the update, and writes nothing' {
        Update-HandoffIndex -Path $repo -Check | Should -BeTrue
        $null = New-Handoff -Path $repo -Description 'Later session' -Date '2025-10-30 08:00' -Branch main
        $before = [IO.File]::ReadAllBytes($index)

        Update-HandoffIndex -Path $repo -Check | Should -BeFalse
        [IO.File]::ReadAllBytes($index) | Should -Be $before

        $result = Update-HandoffIndex -Path $repo -PassThru 6>$null
        $result.Status | Should -Be 'Updated'
        $result.HandoffCount | Should -Be 4
        Update-HandoffIndex -Path $repo -Check | Should -BeTrue
        (Get-Content -LiteralPath $index | Where-Object { $_ -like '| 2025-*' })[0] | Should -BeLike '| 2025-10-30 | 08:00 | `[Later session`](2025-10-30-0800-later-session.md) | main | 0 | |'
    }

    It 'adds only the new handoff''s row, so two branches conflict at most on the rows they add' {
        $before = Get-Content -LiteralPath $index
        $null = New-Handoff -Path $repo -Description 'Parallel work' -Date '2025-10-28 09:00' -Branch 'feat/other'
        Update-HandoffIndex -Path $repo 6>$null
        $after = Get-Content -LiteralPath $index

        $diff = Compare-Object $before $after
        $diff.Count | Should -Be 1
        $diff.SideIndicator | Should -Be '=>'
        $diff.InputObject | Should -BeLike '| 2025-10-28 | 09:00 | `[Parallel work`]*'
    }

    It '-Check is false when the index is missing' {
        $fresh = New-IndexFixture -Order 0
        try {
            Update-HandoffIndex -Path $fresh -Check | Should -BeFalse
        }
        finally {
            Remove-TestFolder $fresh
        }
    }

    It '-WhatIf writes nothing' {
        $fresh = New-IndexFixture -Order 0
        try {
            Update-HandoffIndex -Path $fresh -WhatIf
            Join-Path $fresh 'session-handoffs' 'README.md' | Should -Not -Exist
        }
        finally {
            Remove-TestFolder $fresh
        }
    }

    It 'works in the current project without -Path, and Get-Handoff does not read the index as a handoff' {
        Push-Location (Join-Path $repo 'session-handoffs')
        try {
            (Update-HandoffIndex -PassThru 6>$null).Path | Should -Be $index
            @(Get-Handoff).Count | Should -Be 5
        }
        finally {
            Pop-Location
        }
    }

    It 'takes handoffs piped from Get-Handoff and writes their folder''s index once' {
        $results = @(Get-Handoff -Path $repo | Update-HandoffIndex -PassThru 6>$null)
        $results.Count | Should -Be 1
        $results[0].Path | Should -Be $index
        $results[0].Status | Should -Be 'Unchanged'
    }

    It 'never replaces a README.md that is not an index without -Force' {
        $fresh = New-IndexFixture -Order 0
        try {
            $readme = Join-Path $fresh 'session-handoffs' 'README.md'
            Set-Content -LiteralPath $readme -Value '# Our own notes'

            Update-HandoffIndex -Path $fresh -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be 'IndexNotOwned,HandoffPS.Commands.UpdateHandoffIndexCommand'
            Get-Content -LiteralPath $readme | Should -Be '# Our own notes'

            (Update-HandoffIndex -Path $fresh -Force -PassThru 6>$null).Status | Should -Be 'Updated'
            (Get-Content -LiteralPath $readme)[0] | Should -Be '# Session Handoffs'
        }
        finally {
            Remove-TestFolder $fresh
        }
    }

    It 'fails clearly for a project without handoffs' {
        $empty = New-TestFolder
        try {
            { Update-HandoffIndex -Path $empty -ErrorAction Stop } | Should -Throw -ErrorId 'HandoffFolderNotFound,HandoffPS.Commands.UpdateHandoffIndexCommand'
            Join-Path $empty 'README.md' | Should -Not -Exist
        }
        finally {
            Remove-TestFolder $empty
        }
    }

    It 'reports an unreadable handoff as one error and indexes the others' {
        $fresh = New-IndexFixture -Order 0, 1
        try {
            $bad = Join-Path $fresh 'session-handoffs' '2025-10-30-0900-bad.md'
            [IO.File]::WriteAllBytes($bad, [byte[]](0xFF, 0xFE, 0x00, 0x41))
            $result = Update-HandoffIndex -Path $fresh -PassThru -ErrorVariable err -ErrorAction SilentlyContinue 6>$null
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffUnreadable*'
            $result.HandoffCount | Should -Be 2
        }
        finally {
            Remove-TestFolder $fresh
        }
    }
}
