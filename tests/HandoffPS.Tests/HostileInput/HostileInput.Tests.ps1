# What an adversarial run against the module found, at the level a user sees it: hostile values, special files,
# unreadable folders and broken repositories. Nothing is lost, nothing hangs, every failure is one error with a
# documented id (about_HandoffPS), never a raw .NET exception.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    $script:IsRoot = -not $IsWindows -and ((& id -u) -eq '0')

    function Invoke-Child {
        <#
        .SYNOPSIS
        Runs a command in a new pwsh with the module imported, in -Location, and returns its output lines; fails the
        test when it does not end within -TimeoutSeconds (a hang). -Unprivileged runs it without the power to read
        what its permissions forbid: as root (CI containers) with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped
        by setpriv, so that a folder of mode 000 is unreadable there too.
        #>
        param(
            [Parameter(Mandatory)] [string] $Command,
            [Parameter(Mandatory)] [string] $Location,
            [int] $TimeoutSeconds = 120,
            [switch] $Unprivileged
        )

        $exe = [Environment]::ProcessPath
        $arguments = [Collections.Generic.List[string]]::new()
        if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $arguments.Add((Join-Path $PSHOME 'pwsh.dll')) }
        $script = "`$ErrorActionPreference = 'Continue'; Import-Module '$env:HANDOFFPS_MODULE_PATH'; Set-Location -LiteralPath '$Location'; $Command"
        $arguments.AddRange([string[]]@('-NoProfile', '-NonInteractive', '-Command', $script))
        if ($Unprivileged -and $script:IsRoot) {
            $arguments.InsertRange(0, [string[]]@('--bounding-set', '-dac_override,-dac_read_search', '--', $exe))
            $exe = 'setpriv'
        }

        $psi = [Diagnostics.ProcessStartInfo]::new($exe)
        foreach ($a in $arguments) { $psi.ArgumentList.Add($a) }
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $psi.Environment['NO_COLOR'] = '1'
        $process = [Diagnostics.Process]::Start($psi)
        $out = $process.StandardOutput.ReadToEndAsync()
        $err = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
            $process.Kill($true)
            throw "The command did not end within $TimeoutSeconds seconds (a hang): $Command"
        }
        $process.WaitForExit()
        @($out.Result -split "`r?`n") + @($err.Result -split "`r?`n") | Where-Object { $_ }
    }

    # A child script fragment that runs a command and prints each error as 'ERROR <id> <exception type>'.
    function Format-Errors([string] $Command) {
        "`$e = `$null; $Command -ErrorVariable e -ErrorAction SilentlyContinue | Out-String | Write-Output; foreach (`$x in `$e) { 'ERROR ' + `$x.FullyQualifiedErrorId + ' ' + `$x.Exception.GetType().FullName + ' ' + `$x.Exception.Message }"
    }
}

Describe 'Hostile values come back as given' {
    BeforeEach {
        $project = New-TestFolder
        Push-Location $project
    }

    AfterEach {
        Pop-Location
        Remove-TestFolder $project
    }

    It 'an unclosed code fence in the summary swallows nothing: <Summary>' -ForEach @(
        @{ Summary = "Notes:`n" + '```' }
        @{ Summary = "~~~`nunclosed" }
    ) {
        $h = New-Handoff -Description 'fence' -Summary $Summary -Completed 'after fence' -NextPriority 'next' -Blocker 'C: t' -WarningAction SilentlyContinue

        foreach ($read in $h, (Get-Handoff)) {
            $read.Summary | Should -Be $Summary
            $read.CompletedWork | Should -Be @('after fence')
            $read.NextPriorities.Title | Should -Be @('next')
            $read.Blockers.Category | Should -Be @('C')
        }
    }

    It 'descriptions, blockers, priorities, key files and branches that Markdown would misread' {
        $h = New-Handoff -Description '2026-01-01 topic' -Summary '[x]: http://evil' -Blocker '**Bold**: cat', '**Key Files**:', @{ Category = 'a**b (c)'; Text = 't' } `
            -NextPriority @{ Title = 'a** (b'; Reason = 'c' } -KeyFile @{ Path = 'src/a`b.cs'; Description = 'd' } -Branch 'main (clean)' -WarningAction SilentlyContinue
        $read = Get-Handoff -LiteralPath $h.Path

        foreach ($x in $h, $read) {
            $x.Description | Should -Be '2026-01-01 topic'
            $x.Summary | Should -Be '[x]: http://evil'
            $x.Blockers[0].Category | Should -BeNullOrEmpty
            $x.Blockers[0].Text | Should -Be '**Bold**: cat'
            $x.Blockers[1].Text | Should -Be '**Key Files**:'
            $x.Blockers[2].Category | Should -Be 'a**b (c)'
            $x.NextPriorities[0].Title | Should -Be 'a** (b'
            $x.NextPriorities[0].Reason | Should -Be 'c'
            $x.KeyFiles[0].Path | Should -Be 'src/a`b.cs'
            $x.Branch | Should -Be 'main (clean)'
            $x.Fields.Count | Should -Be 0
        }
        (Get-Handoff -LiteralPath $h.Path | ConvertTo-HandoffMarkdown) | Should -Be ([IO.File]::ReadAllText($h.Path))
    }

    It 'a description in Arabic or Japanese names its file' -ForEach @(
        @{ Description = 'مراجعة الكود'; Slug = 'مراجعة-الكود' }
        @{ Description = '日本語のメモ'; Slug = '日本語のメモ' }
    ) {
        $h = New-Handoff -Description $Description -Date '2026-01-02 03:04' -WarningAction SilentlyContinue

        $h.FileName | Should -Be "2026-01-02-0304-$Slug.md"
        (Get-Handoff).Description | Should -Be $Description
    }
}

Describe 'New-Handoff refuses what it could not read back, before writing anything' {
    BeforeEach {
        $project = New-TestFolder
        Push-Location $project
    }

    AfterEach {
        Pop-Location
        Remove-TestFolder $project
    }

    It '<Case>: InvalidHandoffInput, no file, and a retry writes' -ForEach @(
        @{ Case = '128 nested quotes'; Summary = ('>' * 128) + ' deep' }
        @{ Case = 'a NUL character'; Summary = "before`0after" }
        @{ Case = 'a lone surrogate'; Summary = "half $([char]0xD83D) a rocket" }
    ) {
        { New-Handoff -Description 'deep' -Summary $Summary -Date '2026-01-02 03:04' -WarningAction SilentlyContinue -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidHandoffInput,HandoffPS.Commands.NewHandoffCommand'
        Test-Path -LiteralPath (Join-Path $project 'session-handoffs') | Should -BeFalse

        $h = New-Handoff -Description 'deep' -Summary 'fine' -Date '2026-01-02 03:04' -WarningAction SilentlyContinue
        $h.Summary | Should -Be 'fine'
    }

    It 'a lone surrogate in the description is a clear error, not a .NET message' {
        $err = { New-Handoff -Description "x$([char]0xDC00)y" -WarningAction SilentlyContinue -ErrorAction Stop } | Should -Throw -PassThru

        $err.FullyQualifiedErrorId | Should -BeLike 'InvalidHandoffInput,*'
        $err.Exception.Message | Should -Match 'lone UTF-16 surrogate'
    }
}

Describe 'Special files and unreadable folders' -Skip:$IsWindows {
    BeforeEach {
        $project = New-TestFolder
        $folder = Join-Path $project 'session-handoffs'
        $null = New-Item -ItemType Directory -Path $folder
        Set-Content -LiteralPath (Join-Path $folder '2026-01-01-0900-fine.md') -Value "# Session Handoff: fine`n`n**Date**: 2026-01-01`n**Time**: 09:00:00"
    }

    AfterEach {
        if (Test-Path -LiteralPath $folder) { & chmod 755 $folder }
        Remove-TestFolder $project
    }

    It 'a named pipe named like a handoff: one error, no hang, the others still come (<Command>)' -ForEach @(
        @{ Command = 'Get-Handoff' }
        @{ Command = 'Get-HandoffStatus' }
        @{ Command = 'Get-HandoffContext' }
    ) {
        & mkfifo (Join-Path $folder '2026-01-02-0900-pipe.md')

        $lines = Invoke-Child -Location $project -Command (Format-Errors $Command) -TimeoutSeconds 120

        $errors = @($lines | Where-Object { $_ -like 'ERROR *' })
        $errors.Count | Should -Be 1
        $errors[0] | Should -Match '^ERROR HandoffUnreadable,HandoffPS\.Commands\.\S+ HandoffPS\.Core\.Model\.HandoffException .*named pipe'
        ($lines -join "`n") | Should -Match 'fine'
    }

    It 'a symbolic link to /dev/zero: one error at once, the others still come (<Command>)' -ForEach @(
        @{ Command = 'Get-Handoff' }
        @{ Command = 'Get-HandoffStatus' }
    ) {
        New-Item -ItemType SymbolicLink -Path (Join-Path $folder '2026-01-02-0900-zero.md') -Target '/dev/zero' | Out-Null

        $lines = Invoke-Child -Location $project -Command (Format-Errors $Command) -TimeoutSeconds 120

        @($lines | Where-Object { $_ -like 'ERROR *' }) | Should -HaveCount 1
        ($lines | Where-Object { $_ -like 'ERROR *' }) | Should -Match '^ERROR HandoffUnreadable,\S+ \S+HandoffException .*character device'
    }

    It 'a 1.5 GB file: HandoffTooLarge, read no further' {
        $stream = [IO.File]::Create((Join-Path $folder '2026-01-02-0900-huge.md'))
        try { $stream.SetLength(1536MB) } finally { $stream.Dispose() }

        $handoffs = Get-Handoff -Path $project -ErrorVariable e -ErrorAction SilentlyContinue

        $handoffs.Description | Should -Be 'fine'
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -Be 'HandoffTooLarge,HandoffPS.Commands.GetHandoffCommand'
        $e[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    It 'an unreadable session-handoffs folder (mode 000): HandoffUnreadable from every reader, no raw exception' {
        & chmod 000 $folder
        $command = @('Get-Handoff', 'Test-Handoff', 'Get-HandoffStatus', 'Get-HandoffContext') | ForEach-Object { Format-Errors $_ }

        $lines = Invoke-Child -Location $project -Command ($command -join '; ') -Unprivileged

        $errors = @($lines | Where-Object { $_ -like 'ERROR *' })
        $errors.Count | Should -Be 4
        $errors | ForEach-Object { $_ | Should -Match '^ERROR HandoffUnreadable,HandoffPS\.Commands\.\S+ HandoffPS\.Core\.Model\.HandoffException ' }
        ($lines -join "`n") | Should -Not -Match 'UnauthorizedAccessException'
        ($lines -join "`n") | Should -Not -Match 'No session handoffs in .* yet|No handoff yet'
    }

    It 'session-handoffs is a file: one error, not silence' {
        & chmod 755 $folder
        Remove-Item -LiteralPath $folder -Recurse -Force
        Set-Content -LiteralPath $folder -Value 'not a folder'

        $null = Get-Handoff -Path $project -ErrorVariable e -ErrorAction SilentlyContinue

        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -Be 'HandoffUnreadable,HandoffPS.Commands.GetHandoffCommand'
        $e[0].Exception.Message | Should -Match 'it is a file, not a folder'

        # The linter finds its files the other way (file by file, not by catalog): the same one error.
        $null = Test-Handoff -Path $project -ErrorVariable lint -ErrorAction SilentlyContinue
        $lint.Count | Should -Be 1
        $lint[0].FullyQualifiedErrorId | Should -Be 'HandoffUnreadable,HandoffPS.Commands.TestHandoffCommand'
    }

    It 'with only an unreadable handoff, status and context say so, not "no handoff yet"' {
        Set-Content -LiteralPath (Join-Path $folder '2026-01-01-0900-fine.md') -Value "bad`0nul"

        $status = Get-HandoffStatus -Path $project -ErrorAction SilentlyContinue
        $context = Get-HandoffContext -Path $project -ErrorAction SilentlyContinue

        $status.Reason | Should -Match '^No readable handoff \(1 read error'
        $context | Should -Match '^No readable session handoff in .*: 1 read error'
    }

    It 'a handoff folder linked outside the project is written through, with a warning' {
        $outside = New-TestFolder
        try {
            & chmod 755 $folder
            Remove-Item -LiteralPath $folder -Recurse -Force
            New-Item -ItemType SymbolicLink -Path $folder -Target $outside | Out-Null

            $null = New-Handoff -Description 'linked' -Path $project -WarningVariable w -WarningAction SilentlyContinue

            ($w -join "`n") | Should -Match 'symbolic link to .* outside the project'
            @(Get-ChildItem -LiteralPath $outside -Filter '*-linked.md').Count | Should -Be 1
        }
        finally {
            Remove-TestFolder $outside
        }
    }
}

Describe 'Repositories git cannot read' {
    BeforeEach {
        $repo = New-TestGitRepo
        $deep = Join-Path $repo 'sub' 'deep'
        $null = New-Item -ItemType Directory -Path $deep -Force
    }

    AfterEach {
        Pop-Location -ErrorAction SilentlyContinue
        Remove-TestFolder $repo
    }

    It 'from sub/deep of a repository whose <Broken>, the handoff lands at the work-tree root' -ForEach @(
        @{ Broken = 'HEAD is missing'; File = 'HEAD' }
        @{ Broken = 'config is corrupt'; File = 'config' }
    ) {
        if ($File -eq 'HEAD') { Remove-Item -LiteralPath (Join-Path $repo '.git' 'HEAD') }
        else { Set-Content -LiteralPath (Join-Path $repo '.git' $File) -Value "garbage`n[[[" }
        Push-Location $deep

        $h = New-Handoff -Description 'corrupt' -WarningVariable w -WarningAction SilentlyContinue

        $h.Path | Should -Be (Join-Path $repo 'session-handoffs' $h.FileName)
        Test-Path -LiteralPath (Join-Path $deep 'session-handoffs') | Should -BeFalse
        (Get-Handoff -Path $repo).Description | Should -Be 'corrupt'
        ($w -join ' ') | Should -Match 'git facts'
    }

    It 'a symbolic ref that loops (<Case>): every command answers, with the ref named, and the shell lives on' -ForEach @(
        # IsDue: with HEAD unreadable only the age counts (due); with HEAD fine there is no work since (not due).
        @{ Case = 'HEAD names itself'; Files = @{ 'HEAD' = 'ref: HEAD' }; Ref = 'HEAD'; Due = 'True' }
        @{ Case = 'two branches name each other'; Files = @{ 'refs/heads/a' = 'ref: refs/heads/b'; 'refs/heads/b' = 'ref: refs/heads/a' }; Ref = 'refs/heads/a'; Due = 'False' }
    ) {
        # Before, LibGit2Sharp followed the loop until the process died of a stack overflow: New-Handoff -FromGit,
        # Get-Handoff -AllBranches and tab completion of -Branch killed the shell. Run in a child: a regression
        # must fail this test, not end the test run.
        $null = New-Handoff -Description 'before the loop' -Path $repo -Date '2026-01-05 09:00'
        foreach ($name in $Files.Keys) { Set-Content -LiteralPath (Join-Path $repo '.git' $name) -Value $Files[$name] }

        $lines = Invoke-Child -Location $repo -Command (@(
                (Format-Errors 'Get-Handoff -AllBranches')
                "New-Handoff -FromGit -Description 'after the loop' -Date '2026-01-05 18:00' -WarningVariable w -WarningAction SilentlyContinue | Out-Null; 'WARNING ' + (`$w -join ' ')"
                "'COMPLETIONS ' + (TabExpansion2 -inputScript 'Get-Handoff -Branch ' -cursorColumn 20).CompletionMatches.Count"
                "'STATUS ' + (Get-HandoffStatus -WarningAction SilentlyContinue).IsDue"
                "'ALIVE'"
            ) -join '; ')

        $lines | Should -Contain 'ALIVE'
        $lines | Should -Not -Match 'Stack overflow'
        ($lines | Where-Object { $_ -like 'ERROR *' }) | Should -Be "ERROR NotAGitRepository,HandoffPS.Commands.GetHandoffCommand HandoffPS.Core.Model.HandoffException Git could not list the refs of the repository at '$repo$([IO.Path]::DirectorySeparatorChar)' (the symbolic reference '$Ref' loops and never reaches a commit)."
        if ($Ref -eq 'HEAD') {
            ($lines | Where-Object { $_ -like 'WARNING *' }) | Should -Match "the symbolic reference 'HEAD' loops and never reaches a commit"
        }
        @($lines -match '^COMPLETIONS \d+$') | Should -HaveCount 1
        $lines | Should -Contain "STATUS $Due"
        @(Get-ChildItem -LiteralPath (Join-Path $repo 'session-handoffs') -Filter '*-after-the-loop.md').Count | Should -Be 1
    }

    It 'a corrupt packed-refs file: Get-Handoff -AllBranches gives one error, not a LibGit2Sharp exception' {
        Invoke-TestGit -Path $repo -Arguments 'pack-refs', '--all' | Out-Null
        Remove-Item -LiteralPath (Join-Path $repo '.git' 'refs' 'heads' 'main') -ErrorAction SilentlyContinue
        Set-Content -LiteralPath (Join-Path $repo '.git' 'packed-refs') -Value "not-a-sha refs/heads/main`n"
        Push-Location $repo

        $null = Get-Handoff -AllBranches -ErrorVariable e -ErrorAction SilentlyContinue

        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -Be 'NotAGitRepository,HandoffPS.Commands.GetHandoffCommand'
        $e[0].Exception | Should -BeOfType 'HandoffPS.Core.Model.HandoffException'
    }
}

Describe 'Interrupted' -Skip:$IsWindows {
    BeforeAll {
        $script:DefaultSignal = $false
        try {
            $null = & env --default-signal=INT true 2>$null
            $script:DefaultSignal = $LASTEXITCODE -eq 0
        } catch {
            $script:DefaultSignal = $false
        }

        function Start-Child([string] $Command, [string] $Location) {
            # Starts a pwsh that prints 'started' once the module is in, then runs -Command; returns the process.
            # A command started in the background by a shell without job control (as a CI runner may start the
            # tests) ignores SIGINT, and so does every process it starts: the child would never see the Ctrl+C this
            # test sends. GNU env puts the signal back to its default for the child.
            $exe = [Environment]::ProcessPath
            $psi = [Diagnostics.ProcessStartInfo]::new($exe)
            if ($script:DefaultSignal) {
                $psi = [Diagnostics.ProcessStartInfo]::new('env')
                $psi.ArgumentList.Add('--default-signal=INT')
                $psi.ArgumentList.Add($exe)
            }
            if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $psi.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
            foreach ($a in '-NoProfile', '-NonInteractive', '-Command', "Import-Module '$env:HANDOFFPS_MODULE_PATH'; Set-Location -LiteralPath '$Location'; 'started'; $Command") {
                $psi.ArgumentList.Add($a)
            }
            $psi.RedirectStandardOutput = $true
            $psi.RedirectStandardError = $true
            $process = [Diagnostics.Process]::Start($psi)
            $line = $process.StandardOutput.ReadLine()
            $line | Should -Be 'started'
            $null = $process.StandardError.ReadToEndAsync()
            $null = $process.StandardOutput.ReadToEndAsync()
            $process
        }
    }

    BeforeEach {
        $project = New-TestFolder
    }

    AfterEach {
        Remove-TestFolder $project
    }

    It 'SIGINT during a Get-Handoff of 3,760 files stops it cleanly' {
        $folder = Join-Path $project 'session-handoffs'
        $null = New-Item -ItemType Directory -Path $folder
        $text = "# Session Handoff: many`n`n**Date**: 2026-01-01`n**Time**: 09:00:00`n`n## Completed Work`n`n- one`n"
        foreach ($i in 0..3759) {
            [IO.File]::WriteAllText((Join-Path $folder ('2026-01-01-{0:0000}-n{1}.md' -f ($i % 2400), $i)), $text)
        }
        $process = Start-Child -Location $project -Command 'while ($true) { Get-Handoff | Out-Null }'
        try {
            Start-Sleep -Seconds 3
            & kill -INT $process.Id

            $process.WaitForExit(60000) | Should -BeTrue -Because 'Ctrl+C (SIGINT) stops the pipeline and pwsh ends'
        }
        finally {
            if (-not $process.HasExited) { $process.Kill($true) }
        }
        @(Get-ChildItem -LiteralPath $folder -Force -Filter '*.tmp').Count | Should -Be 0
    }

    It 'SIGINT during New-Handoff leaves whole handoffs only, and no temporary file' {
        # A 2 MB handoff written over and over with -Force, interrupted once the first one is there.
        $process = Start-Child -Location $project -Command "`$s = 'A line of summary.' * 100000; while (`$true) { New-Handoff -Description 'interrupted' -Date '2026-01-02 03:04' -Summary `$s -Force -WarningAction SilentlyContinue | Out-Null }"
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(90)
            while (-not (Test-Path -LiteralPath (Join-Path $project 'session-handoffs' '2026-01-02-0304-interrupted.md')) -and [DateTime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 200
            }
            Start-Sleep -Seconds 1
            & kill -INT $process.Id

            $process.WaitForExit(60000) | Should -BeTrue
        }
        finally {
            if (-not $process.HasExited) { $process.Kill($true) }
        }
        $folder = Join-Path $project 'session-handoffs'
        @(Get-ChildItem -LiteralPath $folder -Force -Filter '*.tmp').Count | Should -Be 0
        $files = @(Get-ChildItem -LiteralPath $folder -Filter '*.md')
        $files.Count | Should -Be 1
        (Get-Handoff -LiteralPath $files[0].FullName).Summary | Should -Be ('A line of summary.' * 100000)
    }
}

