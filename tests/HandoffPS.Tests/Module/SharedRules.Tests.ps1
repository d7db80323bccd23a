# The rules every cmdlet shares (about_HandoffPS): one meaning of "latest", one shape of -Path/-LiteralPath, one
# error table. Each rule is checked in every cmdlet it applies to.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    function Write-TestHandoff {
        param([string] $Folder, [string] $Name, [string] $Description, [string] $Date, [string] $Item)
        $text = "# Session Handoff: $Description`n`n**Date**: $($Date.Substring(0, 10))`n**Time**: $($Date.Substring(11)):00`n`n" +
            "## Next Priorities`n`n1. **Priority $Item**`n`n## Blockers/Questions`n`n- **Blocker**: from $Item`n"
        Set-Content -LiteralPath (Join-Path $Folder $Name) -Value $text -NoNewline
    }
}

Describe 'One latest: the handoff''s own timestamp, then the one in its name, then the name' {
    BeforeAll {
        $repo = New-TestGitRepo
        $folder = New-Item -ItemType Directory -Path (Join-Path $repo 'session-handoffs')
        # The file named newest says in its header that it is the older session.
        Write-TestHandoff $folder '2025-10-29-0900-named-newest.md' 'named newest' '2025-10-27 09:00' 'named'
        Write-TestHandoff $folder '2025-10-28-0900-dated-newest.md' 'dated newest' '2025-10-30 09:00' 'dated'
        Push-Location $repo
    }

    AfterAll {
        Pop-Location
        Remove-TestFolder $repo
    }

    It 'Get-Handoff lists oldest first and -Latest names the dated newest' {
        (Get-Handoff).Description | Should -Be @('named newest', 'dated newest')
        (Get-Handoff -Latest).Description | Should -Be 'dated newest'
    }

    It 'Get-HandoffStatus names the same latest' {
        (Get-HandoffStatus).LatestDescription | Should -Be 'dated newest'
        (Get-HandoffStatus -Path $repo).LatestDescription | Should -Be 'dated newest'
    }

    It 'New-Handoff -FromGit starts "since" at the same latest' {
        $verbose = New-Handoff -Description 'next' -FromGit -WhatIf -Verbose 4>&1 6>$null | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match 'From git since 2025-10-30 09:00'
    }

    It 'Get-HandoffContext shows the same latest' {
        (Get-HandoffContext -AsObject -Branch main).Description | Should -Be 'dated newest'
    }

    It 'Get-HandoffBlocker gives the same latest''s open blockers' {
        (Get-HandoffBlocker).Text | Should -Be 'from dated'
        (Get-Handoff | Get-HandoffBlocker).Text | Should -Be 'from dated'
    }

    It 'Get-HandoffPriority gives the same latest''s priorities' {
        (Get-HandoffPriority).Title | Should -Be 'Priority dated'
        (Get-HandoffPriority -All | Select-Object -Last 1).Title | Should -Be 'Priority dated'
    }

    It 'Update-HandoffIndex lists the same latest first' {
        Update-HandoffIndex -InformationAction Ignore
        (Get-Content -LiteralPath (Join-Path $repo 'session-handoffs' 'README.md') | Where-Object { $_ -like '| 2025-*' })[0] | Should -Match 'dated newest'
    }
}

Describe 'One parameter shape: Get-ChildItem output binds to -LiteralPath, so [ and ] in names work' {
    BeforeAll {
        $root = New-TestFolder
        $project = New-Item -ItemType Directory -Path (Join-Path $root 'app[1]')
        $folder = New-Item -ItemType Directory -Path (Join-Path $project 'session-handoffs')
        Write-TestHandoff $folder '2025-10-27-0930-feature[1].md' 'feature one' '2025-10-27 09:30' 'one'
    }

    AfterAll {
        Remove-TestFolder $root
    }

    It '<Name> reads a piped file named with brackets' -ForEach @(
        @{ Name = 'Get-Handoff'; Check = { param($r) $r.Description | Should -Be 'feature one' } }
        @{ Name = 'Test-Handoff'; Check = { param($r) $r.Path | Select-Object -Unique | Should -BeLike '*feature`[1`].md' } }
        @{ Name = 'Measure-Handoff'; Check = { param($r) $r.Description | Should -Be 'feature one' } }
        @{ Name = 'Get-HandoffBlocker'; Check = { param($r) $r.Text | Should -Be 'from one' } }
        @{ Name = 'Get-HandoffPriority'; Check = { param($r) $r.Title | Should -Be 'Priority one' } }
    ) {
        $result = Get-ChildItem -LiteralPath $folder -Filter *.md | & $Name -ErrorVariable err
        $err | Should -BeNullOrEmpty
        & $Check $result
    }

    It '<Name> acts on a piped project folder named with brackets' -ForEach @(
        @{ Name = 'Get-HandoffStatus'; Check = { param($r) $r.LatestDescription | Should -Be 'feature one' } }
        @{ Name = 'Get-HandoffContext'; Check = { param($r) ($r -join "`n") | Should -Match 'feature one' } }
        @{ Name = 'Update-HandoffIndex'; Check = { param($r) $r | Should -BeFalse -Because 'the folder has no index yet' } }
    ) {
        $splat = if ($Name -eq 'Update-HandoffIndex') { @{ Check = $true } } else { @{} }
        $result = Get-Item -LiteralPath $project | & $Name @splat -ErrorVariable err 6>$null
        $err | Should -BeNullOrEmpty
        & $Check $result
    }

    It 'New-Handoff writes into a -LiteralPath project named with brackets' {
        $h = New-Handoff -Description 'literal' -LiteralPath $project -Date '2025-10-28 10:00' -WarningAction SilentlyContinue
        $h.Path | Should -Be (Join-Path $folder '2025-10-28-1000-literal.md')
        Remove-Item -LiteralPath $h.Path
    }

    It 'keeps the old names as aliases: -ProjectRoot for the project cmdlets, PSPath for -LiteralPath' {
        (Get-HandoffStatus -ProjectRoot $root).ProjectRoot | Should -Be $root
        (Get-Command Get-HandoffBlocker).Parameters['LiteralPath'].Aliases | Should -Contain 'PSPath'
        (Get-Command Update-HandoffIndex).Parameters['LiteralPath'].Aliases | Should -Contain 'PSPath'
        (Get-Command New-Handoff).Parameters['Path'].Aliases | Should -Contain 'ProjectRoot'
    }
}

Describe 'One error table' {
    BeforeAll {
        $root = New-TestFolder
        $missing = Join-Path $root 'missing'
        $empty = New-Item -ItemType Directory -Path (Join-Path $root 'empty')
        $broken = New-Item -ItemType Directory -Path (Join-Path $root 'broken')
        $brokenFolder = New-Item -ItemType Directory -Path (Join-Path $broken 'session-handoffs')
        Write-TestHandoff $brokenFolder '2025-10-27-0930-good.md' 'good' '2025-10-27 09:30' 'good'
        [IO.File]::WriteAllBytes((Join-Path $brokenFolder '2025-10-28-0930-bad.md'), [byte[]](0xFF, 0xFE, 0x00, 0x41))
    }

    AfterAll {
        Remove-TestFolder $root
    }

    It '<Name> reports a missing path as PathNotFound (ObjectNotFound), not terminating' -ForEach @(
        @{ Name = 'Get-Handoff' }, @{ Name = 'Test-Handoff' }, @{ Name = 'Measure-Handoff' }
        @{ Name = 'Get-HandoffBlocker' }, @{ Name = 'Get-HandoffPriority' }, @{ Name = 'Get-HandoffStatus' }
        @{ Name = 'Get-HandoffContext' }, @{ Name = 'Update-HandoffIndex' }
    ) {
        foreach ($parameter in 'Path', 'LiteralPath') {
            $splat = @{ $parameter = $missing }
            # Called directly: a terminating error would fail the test.
            $out = & $Name @splat -ErrorVariable err -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -Be "PathNotFound,HandoffPS.Commands.$($Name -replace '-', '')Command"
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }
    }

    It 'New-Handoff and Test-Handoff -ProjectRoot report a missing path as PathNotFound too' {
        New-Handoff -Description 'x' -Path $missing -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'PathNotFound,HandoffPS.Commands.NewHandoffCommand'
        $missing | Should -Not -Exist

        Test-Handoff -Path $brokenFolder -ProjectRoot $missing -Quiet -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeFalse
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -Be 'PathNotFound,HandoffPS.Commands.TestHandoffCommand'
    }

    It '<Name> reports an unreadable file as HandoffUnreadable (ReadError), not terminating, and goes on' -ForEach @(
        @{ Name = 'Get-Handoff' }, @{ Name = 'Test-Handoff' }, @{ Name = 'Measure-Handoff' }
        @{ Name = 'Get-HandoffBlocker' }, @{ Name = 'Get-HandoffPriority' }, @{ Name = 'Get-HandoffStatus' }
        @{ Name = 'Get-HandoffContext' }, @{ Name = 'Update-HandoffIndex' }
    ) {
        $splat = @{ Path = $broken }
        if ($Name -eq 'Update-HandoffIndex') { $splat.Check = $true }
        $out = & $Name @splat -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -Be "HandoffUnreadable,HandoffPS.Commands.$($Name -replace '-', '')Command"
        $err[0].CategoryInfo.Category | Should -Be 'ReadError'
        $out | Should -Not -BeNullOrEmpty -Because 'the good file still comes out'
    }

    It 'New-Handoff -FromGit reports an unreadable file as HandoffUnreadable and still plans the handoff' {
        $out = New-Handoff -Description 'x' -Path $broken -FromGit -WhatIf -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -Be 'HandoffUnreadable,HandoffPS.Commands.NewHandoffCommand'
    }

    It 'Update-HandoffIndex reports a project without a handoff folder as HandoffFolderNotFound; readers answer "no handoffs"' {
        Update-HandoffIndex -Path $empty -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'HandoffFolderNotFound,HandoffPS.Commands.UpdateHandoffIndexCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'

        foreach ($name in 'Get-Handoff', 'Get-HandoffBlocker', 'Get-HandoffPriority', 'Get-HandoffStatus', 'Get-HandoffContext') {
            $null = & $name -Path $empty -ErrorVariable err
            $err | Should -BeNullOrEmpty -Because "$name answers 'no handoffs'"
        }
    }

    It '<Name> reports a handoff that is not a file as HandoffHasNoFile (InvalidArgument), not terminating' -ForEach @(
        @{ Name = 'Test-Handoff' }, @{ Name = 'Get-HandoffStatus' }, @{ Name = 'Update-HandoffIndex' }
    ) {
        $unsaved = [HandoffPS.Core.Model.Handoff]@{ Description = 'not written' }
        $null = $unsaved | & $Name -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -Be "HandoffHasNoFile,HandoffPS.Commands.$($Name -replace '-', '')Command"
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}
