# What a PowerShell user expects of any module, checked across HandoffPS's cmdlets: JSON that reads well without
# switches, Format-List labels that are property names, tables that fit 80 columns, -Verbose that says what was
# read, and help with an online link, related links and default values.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
    $repo = New-TestGitRepo
    Push-Location $repo
    $null = New-Handoff -Description 'first' -Date '2025-11-03 09:00' -NextPriority 'Ship the parser' -Blocker 'CI: flaky runner'
    $null = New-Handoff -Description 'A description long enough to need the room of the table' -Date '2025-11-04 09:00' `
        -Completed 'Shipped the parser' -NextPriority 'Write the docs' -Blocker 'Perf: refresh is slow'
}

AfterAll {
    Pop-Location
    Remove-TestFolder $repo
}

Describe 'The manifest and the module folder' {
    It 'requires PowerShell 7.4 (the assemblies target net8.0) and names its project, licence and tags' {
        $manifest = Import-PowerShellDataFile -LiteralPath $env:HANDOFFPS_MODULE_PATH
        $manifest.PowerShellVersion | Should -Be '7.4'
        $manifest.PrivateData.PSData.ProjectUri | Should -Match '^https://'
        $manifest.PrivateData.PSData.LicenseUri | Should -Match '^https://.+/LICENSE$'
        $manifest.PrivateData.PSData.Tags | Should -Contain 'handoff'
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
        Get-Content -Raw -LiteralPath (Join-Path (Split-Path $env:HANDOFFPS_MODULE_PATH) 'LICENSE') | Should -Match 'MIT License'
    }
}

Describe 'JSON' {
    It 'writes enum-valued properties as names, without -EnumsAsStrings' {
        $priority = Get-HandoffPriority -All | Select-Object -First 1 | ConvertTo-Json | ConvertFrom-Json
        $priority.Status | Should -Be 'Done'
        $finding = Test-Handoff | Select-Object -First 1 | ConvertTo-Json | ConvertFrom-Json
        $finding.Severity | Should -BeIn 'Error', 'Warning', 'Information'
    }

    It 'gives the status flat, with the age in hours and in words, and no depth warning' {
        $json = Get-HandoffStatus | ConvertTo-Json -WarningVariable warnings
        $warnings | Should -BeNullOrEmpty
        $status = $json | ConvertFrom-Json
        $status.AgeHours | Should -BeOfType [double]
        $status.Age | Should -Match '^\d+(\.\d)? (minutes|hours|days)$'
        $status.LatestHandoff | Should -BeLike '*2025-11-04-0900-a-description-long-enough*.md'
        $status.LatestDescription | Should -Be 'A description long enough to need the room of the table'
        $status.Reason | Should -BeLike "*$($status.Age)*"
    }
}

Describe 'Formatting' {
    It 'labels Format-List with the property names, so that Select-Object takes what it shows' {
        $h = Get-Handoff -Latest
        $labels = ($h | Format-List | Out-String -Width 200) -split "`n" | Where-Object { $_ -match '^(\w+)\s+:' } | ForEach-Object { $Matches[1] }
        $labels | Should -Contain 'CompletedWork'
        $labels | Should -Contain 'NextPriorities'
        foreach ($label in $labels) {
            $h.PSObject.Properties.Name | Should -Contain $label -Because "Format-List shows '$label'"
        }
    }

    It 'gives the Description the room at 80 columns, wrapping it rather than cutting it' {
        $lines = (Get-Handoff | Format-Table | Out-String -Width 80) -split "`n"
        $lines[1] | Should -Match '^Date\s+Branch\s+Done Next Blocked Description\s*$'
        $start = $lines[1].IndexOf('Description')
        $start | Should -BeLessOrEqual 50
        # PowerShell wraps a cell at the column's width, inside a word too.
        $text = ($lines | Select-Object -Skip 3 | Where-Object { $_.Length -gt $start } | ForEach-Object { $_.Substring($start) }) -join '' -replace '\s', ''
        $text | Should -BeLike '*Adescriptionlongenoughtoneedtheroomofthetable*'
    }
}

Describe '-Verbose' {
    It '<Name> says which folder and files it read' -ForEach @(
        @{ Name = 'Get-Handoff' }, @{ Name = 'Get-HandoffBlocker' }, @{ Name = 'Get-HandoffStatus' }, @{ Name = 'Test-Handoff' }
    ) {
        $messages = (& $Name -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        ($messages -join "`n") | Should -Match ([regex]::Escape((Join-Path $repo 'session-handoffs')))
        ($messages -join "`n") | Should -Match '2025-11-04-0900'
    }

    It 'Get-HandoffStatus says what git told' {
        $messages = (Get-HandoffStatus -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $messages | Should -Contain 'Git: branch main; since the latest handoff 0 commit(s), 0 changed file(s), 0 uncommitted.'
    }

    It 'Get-Handoff -AllBranches says which refs it read' {
        Invoke-TestGit -Path $repo -Arguments 'add', '-A' | Out-Null
        Invoke-TestGit -Path $repo -Arguments 'commit', '-q', '-m', 'handoffs' | Out-Null
        $messages = (Get-Handoff -AllBranches -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $messages | Should -Contain "Read 2 handoff(s) from git objects in '$repo', on main."
    }
}

Describe 'Help' {
    BeforeDiscovery {
        $cmdlets = (Import-PowerShellDataFile -LiteralPath $env:HANDOFFPS_MODULE_PATH).CmdletsToExport | ForEach-Object { @{ Name = $_ } }
    }

    BeforeAll {
        $projectUri = (Import-PowerShellDataFile -LiteralPath $env:HANDOFFPS_MODULE_PATH).PrivateData.PSData.ProjectUri
        # GitHub's anchors of the README's headings: lower case, punctuation dropped, spaces as '-'.
        $anchors = Get-Content -LiteralPath (Join-Path $PSScriptRoot '..' '..' '..' 'README.md') |
            Where-Object { $_ -match '^#{1,4} ' } |
            ForEach-Object { (($_ -replace '^#+ ', '').ToLowerInvariant() -replace '[^\w\- ]', '') -replace ' ', '-' }
    }

    It '<Name> has an online version in the project, at a heading of the README, and it is the first related link' -ForEach $cmdlets {
        $uri = (Get-Command $Name).HelpUri
        $uri | Should -BeLike "$projectUri/*"
        $anchors | Should -Contain ($uri -replace '^.*#', '')
        $links = (Get-Help $Name -Full).relatedLinks.navigationLink
        $links[0].uri | Should -Be $uri
        $links.linkText | Should -Contain 'about_HandoffPS'
        @($links | Where-Object { $_.linkText -like '*-*Handoff*' }).Count | Should -BeGreaterOrEqual 1
    }

    It '<Name> shows a default value for every parameter' -ForEach $cmdlets {
        foreach ($parameter in (Get-Help $Name -Full).parameters.parameter) {
            "$($parameter.defaultValue)".Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) of $Name"
        }
    }

    It 'shows the real defaults: the agent, the token budget, the age' {
        ((Get-Help New-Handoff -Parameter Agent).defaultValue) | Should -Be "'Claude Code'"
        ((Get-Help Test-Handoff -Parameter TokenBudget).defaultValue) | Should -Be '600'
        ((Get-Help Get-HandoffStatus -Parameter MaxAge).defaultValue) | Should -Be '08:00:00'
    }
}
