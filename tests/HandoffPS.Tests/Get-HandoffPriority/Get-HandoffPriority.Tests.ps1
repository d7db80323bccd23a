BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    . (Join-Path $PSScriptRoot '..' 'HandoffSeriesFixture.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
}

Describe 'Get-HandoffPriority' {
    BeforeAll {
        $repo = New-HandoffSeriesFixture
        $folder = Join-Path $repo 'session-handoffs'
        $h1 = [datetime]'2025-11-03 09:00'
        $h5 = [datetime]'2025-11-07 17:00'
        Push-Location $repo

        function Get-StatusLine([object[]] $Records) {
            # 'Title=Status' for each record, in order, to compare a whole series at once.
            ($Records | ForEach-Object { "$($_.Title)=$($_.Status)" }) -join '; '
        }
    }

    AfterAll {
        Pop-Location
        Remove-TestFolder $repo
    }

    Context 'the latest handoff''s priorities (the default)' {
        It 'returns Rank, Title, Reason, Details with the handoff''s Date, Branch and Path, not measured' {
            $latest = @(Get-HandoffPriority)
            $latest.Count | Should -Be 2
            $latest[0] | Should -BeOfType 'HandoffPS.Core.Series.PriorityRecord'
            # (not $latest.Rank: an array has a Rank property of its own)
            $latest | ForEach-Object Rank | Should -Be @(1, 2)
            $latest.Title | Should -Be @('Release 1.0', 'Publish to NuGet')
            $latest[0].Date | Should -Be $h5
            $latest[0].Branch | Should -Be 'main'
            $latest[0].Description | Should -Be 'release prep'
            $latest[0].Path | Should -Be (Join-Path $folder '2025-11-07-1700-release-prep.md')
            $latest | Where-Object { $null -ne $_.Status } | Should -BeNullOrEmpty
        }

        It 'keeps the reason and the details' {
            $publish = Get-HandoffPriority | Where-Object Rank -eq 2
            $publish.Reason | Should -Be 'after sign-off'
            $publish.Details | Should -Be @('API key in the vault', 'Tag v1.0')
            $review = Get-Handoff | Where-Object Description -eq 'token work' | Get-HandoffPriority | Where-Object Rank -eq 2
            $review.Title | Should -Be 'Security review'
            $review.Reason | Should -Be 'before release'
        }

        It 'shows the list under its handoff' {
            $text = Get-HandoffPriority | Out-String -Width 160
            $text | Should -Match 'Plan of: 2025-11-07 17:00  release prep  \[main\]'
            $text | Should -Match 'Rank\s+Title\s+Reason\s+Details'
            $text | Should -Match '1\s+Release 1\.0'
            $text | Should -Match '2\s+Publish to NuGet\s+after sign-off\s+API key in the vault; Tag v1\.0'
        }
    }

    Context '-All: plan against done' {
        BeforeAll {
            $all = @(Get-HandoffPriority -All)
        }

        It 'measures every priority of handoff N against handoff N+1' {
            Get-StatusLine $all | Should -Be (@(
                    'Optimize token refresh=Done', 'Add integration tests=Dropped', 'Write API docs=CarriedOver',
                    'Write the API docs=Dropped', 'Security review=CarriedOver',
                    'Finish charts=Dropped', 'Security review=Done',
                    'Release 1.0=CarriedOver', 'Fix login bug=Dropped',
                    'Release 1.0=Pending', 'Publish to NuGet=Pending') -join '; ')
        }

        It 'Done: a completed item of the next handoff matches the title, and MatchedBy names it' {
            $all[0].Status | Should -Be 'Done'
            $all[0].Status | Should -BeOfType [string]
            $all[0].MatchedBy | Should -Be 'Optimized token refresh (500ms -> 40ms)'
            $all[0].Reason | Should -Be '500ms today'
            $all[0].Date | Should -Be $h1
            $all[6].MatchedBy | Should -Be 'Reviewed security'
        }

        It 'CarriedOver: the title reappears among the next handoff''s priorities' {
            $all[2].Status | Should -Be 'CarriedOver'
            $all[2].MatchedBy | Should -Be 'Write the API docs'
            $all[7].MatchedBy | Should -Be 'Release 1.0'
        }

        It 'Dropped: near misses do not count as done' {
            $all[1].Title | Should -Be 'Add integration tests'
            $all[1].Status | Should -Be 'Dropped'
            $all[1].MatchedBy | Should -BeNullOrEmpty
            $all[8].Title | Should -Be 'Fix login bug'
            $all[8].Status | Should -Be 'Dropped'
        }

        It 'Pending: the latest handoff has no next one yet' {
            ($all | Where-Object Status -eq 'Pending').Date | Should -Be @($h5, $h5)
        }

        It 'groups by status' {
            $counts = @{}
            Get-HandoffPriority -All | Group-Object Status | ForEach-Object { $counts[$_.Name] = $_.Count }
            $counts.Done | Should -Be 2
            $counts.CarriedOver | Should -Be 3
            $counts.Dropped | Should -Be 4
            $counts.Pending | Should -Be 2
        }

        It 'reads like a report: one group per handoff, with rank, status, title and what matched' {
            $report = Get-HandoffPriority -All | Out-String -Width 160
            $report | Should -Match 'Plan of: 2025-11-03 09:00  kickoff  \[main\]'
            $report | Should -Match 'Plan of: 2025-11-05 14:30  charts spike  \[feat/charts\]'
            $report | Should -Match 'Rank\s+Status\s+Title\s+Next session'
            $report | Should -Match '1\s+Done\s+Optimize token refresh\s+completed: Optimized token refresh \(500ms -> 40ms\)'
            $report | Should -Match '3\s+CarriedOver\s+Write API docs\s+planned again: Write the API docs'
            $report | Should -Match '2\s+Dropped\s+Add integration tests\s+not mentioned'
            $report | Should -Match '2\s+Pending\s+Publish to NuGet\s+no next handoff yet'
            ([regex]::Matches($report, 'Plan of:')).Count | Should -Be 5
        }
    }

    Context 'the series: -Branch, piped handoffs, -Path' {
        It '-Branch restricts the series: N+1 is the next handoff of that branch' {
            $main = @(Get-HandoffPriority -All -Branch main)
            Get-StatusLine $main | Should -Be (@(
                    'Optimize token refresh=Done', 'Add integration tests=Dropped', 'Write API docs=CarriedOver',
                    'Write the API docs=Dropped', 'Security review=Done',
                    'Release 1.0=CarriedOver', 'Fix login bug=Dropped',
                    'Release 1.0=Pending', 'Publish to NuGet=Pending') -join '; ')
            $main[4].MatchedBy | Should -Be 'Reviewed security'
        }

        It 'measures piped handoffs like -All' {
            $piped = @(Get-Handoff -Branch main | Get-HandoffPriority)
            Get-StatusLine $piped | Should -Be (@(
                    'Optimize token refresh=Done', 'Add integration tests=Dropped', 'Write API docs=CarriedOver',
                    'Write the API docs=Dropped', 'Security review=Done',
                    'Release 1.0=CarriedOver', 'Fix login bug=Dropped',
                    'Release 1.0=Pending', 'Publish to NuGet=Pending') -join '; ')
            (Get-Handoff | Sort-Object Date -Descending | Get-HandoffPriority)[0].Status | Should -Be 'Done'
        }

        It 'measures a single piped handoff as Pending: nothing after it was given' {
            (Get-Handoff -Latest | Get-HandoffPriority).Status | Should -Be @('Pending', 'Pending')
        }

        It 'outputs nothing for an empty pipeline' {
            @(@() | Get-HandoffPriority).Count | Should -Be 0
        }

        It 'reads the project of -Path, and piped folders by property name' {
            $elsewhere = New-TestFolder
            Push-Location $elsewhere
            try {
                @(Get-HandoffPriority).Count | Should -Be 0
                (Get-HandoffPriority -Path $repo).Title | Should -Be @('Release 1.0', 'Publish to NuGet')
                @(Get-HandoffPriority -Path $folder -All).Count | Should -Be 11
                @(Get-Item $repo | Get-HandoffPriority -All).Count | Should -Be 11
            }
            finally {
                Pop-Location
                Remove-TestFolder $elsewhere
            }
        }

        It 'reports an unreadable handoff as HandoffUnreadable and measures the others' {
            $copy = New-TestFolder
            try {
                Copy-Item -Path (Join-Path $folder '*.md') -Destination $copy
                [IO.File]::WriteAllBytes((Join-Path $copy '2025-11-06-1000-broken.md'), [byte[]](0x23, 0x20, 0xC3, 0x28, 0x0A))
                $all = @(Get-HandoffPriority -Path $copy -All -ErrorVariable err -ErrorAction SilentlyContinue)
                $err.Count | Should -Be 1
                $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffUnreadable,*'
                $all.Count | Should -Be 11
            }
            finally {
                Remove-TestFolder $copy
            }
        }
    }

    Context 'output' {
        It 'converts to clean JSON, the status by name with -EnumsAsStrings' {
            $back = Get-HandoffPriority -All | ConvertTo-Json -EnumsAsStrings | ConvertFrom-Json
            $back.Count | Should -Be 11
            $back[0].PSObject.Properties.Name | Should -Be @('Rank', 'Title', 'Reason', 'Details', 'Status', 'MatchedBy', 'Date', 'Branch', 'Description', 'Path')
            $back[0].Status | Should -Be 'Done'
            $back[0].MatchedBy | Should -Be 'Optimized token refresh (500ms -> 40ms)'
            $back[10].Status | Should -Be 'Pending'
            (Get-HandoffPriority | ConvertTo-Json | ConvertFrom-Json)[0].Status | Should -BeNullOrEmpty
        }

        It 'declares its output type and documents the matching rule' {
            (Get-Command Get-HandoffPriority).OutputType.Name | Should -Contain 'HandoffPS.Core.Series.PriorityRecord'
            (Get-Help Get-HandoffPriority -Full).description | Out-String | Should -Match '75%'
        }
    }
}
