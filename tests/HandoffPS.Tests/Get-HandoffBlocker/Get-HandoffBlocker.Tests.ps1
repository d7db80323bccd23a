BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    . (Join-Path $PSScriptRoot '..' 'HandoffSeriesFixture.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
}

Describe 'Get-HandoffBlocker' {
    BeforeAll {
        $repo = New-HandoffSeriesFixture
        $folder = Join-Path $repo 'session-handoffs'
        $h1 = [datetime]'2025-11-03 09:00'
        $h2 = [datetime]'2025-11-04 10:00'
        $h3 = [datetime]'2025-11-05 14:30'
        $h4 = [datetime]'2025-11-06 09:15'
        $h5 = [datetime]'2025-11-07 17:00'
        Push-Location $repo
    }

    AfterAll {
        Pop-Location
        Remove-TestFolder $repo
    }

    Context 'open blockers (the default)' {
        BeforeAll {
            $open = @(Get-HandoffBlocker)
        }

        It 'returns the blockers of the latest handoff, as BlockerRecord objects' {
            $open.Count | Should -Be 4
            $open[0] | Should -BeOfType 'HandoffPS.Core.Series.BlockerRecord'
            $open.Category | Should -Be @('Security', 'CI', 'Release', $null)
            $open.Text | Should -Be @('token TTL not agreed', 'flaky on Windows', 'sign-off missing', 'Unclear whether the API is versioned')
        }

        It 'carries a blocker open since the first handoff: FirstSeen is H1 and SessionsOpen 5, through a reworded copy and another branch' {
            $security = $open | Where-Object Category -eq 'Security'
            $security.FirstSeen | Should -Be $h1
            $security.SessionsOpen | Should -Be 5
            $security.ResolvedOn | Should -BeNullOrEmpty
        }

        It 'starts a new run for a blocker that was resolved and came back' {
            $ci = $open | Where-Object Category -eq 'CI'
            $ci.FirstSeen | Should -Be $h4
            $ci.SessionsOpen | Should -Be 2
        }

        It 'opens a new blocker with SessionsOpen 1' {
            $release = $open | Where-Object Category -eq 'Release'
            $release.FirstSeen | Should -Be $h5
            $release.SessionsOpen | Should -Be 1
            $uncategorised = $open | Where-Object { -not $_.Category }
            $uncategorised.FirstSeen | Should -Be $h5
            $uncategorised.SessionsOpen | Should -Be 1
        }

        It 'carries the latest handoff''s Date, Branch, Description and Path' {
            foreach ($b in $open) {
                $b.Date | Should -Be $h5
                $b.Branch | Should -Be 'main'
                $b.Description | Should -Be 'release prep'
                $b.Path | Should -Be (Join-Path $folder '2025-11-07-1700-release-prep.md')
            }
        }

        It 'sorts by SessionsOpen' {
            (Get-HandoffBlocker | Sort-Object SessionsOpen -Descending | Select-Object -First 2).Category | Should -Be @('Security', 'CI')
        }
    }

    Context '-Resolved' {
        It 'returns the blockers that appeared and disappeared, with ResolvedOn the date of the first handoff without them' {
            $resolved = @(Get-HandoffBlocker -Resolved)
            $resolved.Category | Should -Be @('CI', 'Tech debt', 'Design')

            $resolved[0].Text | Should -Be 'flaky on Windows'
            $resolved[0].FirstSeen | Should -Be $h1
            $resolved[0].SessionsOpen | Should -Be 1
            $resolved[0].ResolvedOn | Should -Be $h2
            $resolved[0].Description | Should -Be 'kickoff'

            $resolved[1].FirstSeen | Should -Be $h1
            $resolved[1].SessionsOpen | Should -Be 2
            $resolved[1].ResolvedOn | Should -Be $h3
            $resolved[1].Date | Should -Be $h2

            $resolved[2].FirstSeen | Should -Be $h3
            $resolved[2].SessionsOpen | Should -Be 1
            $resolved[2].ResolvedOn | Should -Be $h4
            $resolved[2].Branch | Should -Be 'feat/charts'
        }

        It 'shows ResolvedOn in its table' {
            $table = Get-HandoffBlocker -Resolved | Format-Table | Out-String -Width 160
            $table | Should -Match 'Category\s+FirstSeen\s+ResolvedOn\s+Sessions\s+Branch\s+Text'
            $table | Should -Match 'Tech debt\s+2025-11-03\s+2025-11-05\s+2\s+main\s+old parser'
        }
    }

    Context '-All' {
        It 'returns every blocker of every handoff in handoff order, with the run so far' {
            $all = @(Get-HandoffBlocker -All)
            $all.Count | Should -Be 13
            ($all | ForEach-Object { $_.Date.ToString('MM-dd') }) -join ' ' | Should -Be '11-03 11-03 11-03 11-04 11-04 11-05 11-05 11-06 11-06 11-07 11-07 11-07 11-07'
            ($all | Where-Object Category -eq 'Security').SessionsOpen | Should -Be @(1, 2, 3, 4, 5)
            ($all | Where-Object Category -eq 'Security')[1].Text | Should -Be 'Token TTL not agreed.'
            ($all | Where-Object Category -eq 'CI').ResolvedOn | Should -Be @($h2, $null, $null)
        }

        It 'groups by Category' {
            $groups = Get-HandoffBlocker -All | Group-Object Category | Sort-Object Count -Descending
            $groups[0].Name | Should -Be 'Security'
            $groups[0].Count | Should -Be 5
            ($groups | Where-Object Name -eq 'CI').Count | Should -Be 3
            ($groups | Where-Object Name -eq 'Tech debt').Count | Should -Be 2
        }

        It 'cannot be combined with -Resolved' {
            { Get-HandoffBlocker -All -Resolved } | Should -Throw -ErrorId 'AllAndResolved,HandoffPS.Commands.GetHandoffBlockerCommand'
        }
    }

    Context '-Category' {
        It 'filters with wildcards, case-insensitively' {
            (Get-HandoffBlocker -Category 'sec*').Text | Should -Be 'token TTL not agreed'
            (Get-HandoffBlocker -All -Category 'T*').Text | Should -Be @('old parser', 'old parser')
            (Get-HandoffBlocker -Category CI, Release).Category | Should -Be @('CI', 'Release')
            (Get-HandoffBlocker -Resolved -Category 'Design').ResolvedOn | Should -Be $h4
        }

        It 'matches a blocker without a category with the empty pattern' {
            (Get-HandoffBlocker -Category '').Text | Should -Be 'Unclear whether the API is versioned'
            @(Get-HandoffBlocker -Category 'Nothing*').Count | Should -Be 0
        }
    }

    Context 'the series: -Branch, piped handoffs, -Path' {
        It '-Branch restricts the series, so runs and resolutions are those of that branch' {
            $resolved = @(Get-HandoffBlocker -Branch main -Resolved)
            $resolved.Category | Should -Be @('CI', 'Tech debt')
            ($resolved | Where-Object Category -eq 'Tech debt').ResolvedOn | Should -Be $h4
            (Get-HandoffBlocker -Branch main | Where-Object Category -eq 'Security').SessionsOpen | Should -Be 4
        }

        It '-Branch takes the latest handoff of that branch' {
            $open = @(Get-HandoffBlocker -Branch 'feat/*')
            $open.Category | Should -Be @('Security', 'Design')
            $open.SessionsOpen | Should -Be @(1, 1)
            $open[0].Description | Should -Be 'charts spike'
        }

        It 'takes piped handoffs (Get-Handoff -Branch main | Get-HandoffBlocker)' {
            $piped = @(Get-Handoff -Branch main | Get-HandoffBlocker)
            $piped.Category | Should -Be @('Security', 'CI', 'Release', $null)
            ($piped | Where-Object Category -eq 'Security').FirstSeen | Should -Be $h1
            ($piped | Where-Object Category -eq 'Security').SessionsOpen | Should -Be 4
            (Get-Handoff -Branch main | Get-HandoffBlocker -Resolved | Where-Object Category -eq 'Tech debt').ResolvedOn | Should -Be $h4
        }

        It 'orders piped handoffs by date, whatever order they come in' {
            $shuffled = Get-Handoff | Sort-Object Date -Descending
            $fromPipe = @($shuffled | Get-HandoffBlocker)
            ($fromPipe | Where-Object Category -eq 'Security').SessionsOpen | Should -Be 5
            @(Get-HandoffBlocker -InputObject (Get-Handoff)).Count | Should -Be 4
        }

        It 'outputs nothing for an empty pipeline instead of reading the current project' {
            @(@() | Get-HandoffBlocker).Count | Should -Be 0
            @(Get-Handoff -Branch 'no-such-branch' | Get-HandoffBlocker).Count | Should -Be 0
        }

        It 'reads the project of -Path from anywhere, and binds piped folders and files by property name' {
            $elsewhere = New-TestFolder
            Push-Location $elsewhere
            try {
                @(Get-HandoffBlocker).Count | Should -Be 0
                (Get-HandoffBlocker -Path $repo).Count | Should -Be 4
                (Get-HandoffBlocker $folder -Resolved).Count | Should -Be 3
                (Get-Item $repo | Get-HandoffBlocker).Count | Should -Be 4
                (Get-ChildItem $folder -Filter '*.md' | Get-HandoffBlocker | Where-Object Category -eq 'Security').SessionsOpen | Should -Be 5
            }
            finally {
                Pop-Location
                Remove-TestFolder $elsewhere
            }
        }

        It 'reports a path that does not exist as PathNotFound' {
            $null = Get-HandoffBlocker -Path (Join-Path $repo 'nope') -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -BeLike 'PathNotFound,*'
        }

        It 'reports an unreadable handoff as HandoffUnreadable and still answers from the others' {
            $copy = New-TestFolder
            try {
                Copy-Item -Path (Join-Path $folder '*.md') -Destination $copy
                [IO.File]::WriteAllBytes((Join-Path $copy '2025-11-07-1200-broken.md'), [byte[]](0x23, 0x20, 0xFF, 0xFE, 0x00, 0x0A))
                $open = @(Get-HandoffBlocker -Path $copy -ErrorVariable err -ErrorAction SilentlyContinue)
                $err.Count | Should -Be 1
                $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffUnreadable,*'
                $err[0].TargetObject | Should -BeLike '*broken.md'
                ($open | Where-Object Category -eq 'Security').SessionsOpen | Should -Be 5
            }
            finally {
                Remove-TestFolder $copy
            }
        }
    }

    Context 'output' {
        It 'shows a table with category, first seen, sessions, branch and text' {
            $table = Get-HandoffBlocker | Format-Table | Out-String -Width 160
            $table | Should -Match 'Category\s+FirstSeen\s+Sessions\s+Branch\s+Text'
            $table | Should -Match 'Security\s+2025-11-03\s+5\s+main\s+token TTL not agreed'
            $table | Should -Match 'CI\s+2025-11-06\s+2\s+main\s+flaky on Windows'
        }

        It 'converts to clean JSON' {
            $json = Get-HandoffBlocker | ConvertTo-Json
            $back = $json | ConvertFrom-Json
            $back.Count | Should -Be 4
            $back[0].PSObject.Properties.Name | Should -Be @('Category', 'Text', 'FirstSeen', 'SessionsOpen', 'ResolvedOn', 'Date', 'Branch', 'Description', 'Path')
            $back[0].SessionsOpen | Should -Be 5
            $back[0].FirstSeen | Should -Be $h1
            $resolved = Get-HandoffBlocker -Resolved | ConvertTo-Json | ConvertFrom-Json
            $resolved[0].PSObject.Properties.Name | Should -Be @('Category', 'Text', 'FirstSeen', 'SessionsOpen', 'ResolvedOn', 'Date', 'Branch', 'Description', 'Path')
            $resolved[0].ResolvedOn | Should -Be $h2
        }

        It 'declares its output type' {
            (Get-Command Get-HandoffBlocker).OutputType.Name | Should -Contain 'HandoffPS.Core.Series.BlockerRecord'
        }
    }

    Context '-Category completion' {
        BeforeAll {
            function Get-Completion([string] $InputScript) {
                (TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches
            }
        }

        It 'offers the categories in use that start with the word typed' {
            $found = Get-Completion 'Get-HandoffBlocker -Category Sec'
            $found.CompletionText | Should -Be @('Security')
            $found[0].ResultType | Should -Be 'ParameterValue'
        }

        It 'offers every category, each once, in order, when nothing is typed' {
            (Get-Completion 'Get-HandoffBlocker -Category ').ListItemText | Should -Be @('CI', 'Design', 'Release', 'Security', 'Tech debt')
        }

        It 'quotes a category with a space' {
            $found = Get-Completion 'Get-HandoffBlocker -Category te'
            $found.CompletionText | Should -Be @("'Tech debt'")
            $found.ListItemText | Should -Be @('Tech debt')
            (Get-Completion "Get-HandoffBlocker -Category 'Tech").CompletionText | Should -Be @("'Tech debt'")
        }

        It 'completes a quoted value into a command that works' {
            $completed = 'Get-HandoffBlocker -All -Category ' + (Get-Completion 'Get-HandoffBlocker -All -Category Te').CompletionText
            $completed | Should -Be "Get-HandoffBlocker -All -Category 'Tech debt'"
            (Invoke-Expression $completed).Text | Should -Be @('old parser', 'old parser')
        }

        It 'reads the project named by -Path when it is typed' {
            $elsewhere = New-TestFolder
            Push-Location $elsewhere
            try {
                @(Get-Completion 'Get-HandoffBlocker -Category ').Count | Should -Be 0
                (Get-Completion "Get-HandoffBlocker -Path '$repo' -Category D").CompletionText | Should -Be @('Design')
            }
            finally {
                Pop-Location
                Remove-TestFolder $elsewhere
            }
        }
    }
}
