# New-Handoff, Get-HandoffStatus and Get-Handoff -Ref in every git state a project can be in.
# Git is a source of facts, never a reason to fail.
BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force

    function Add-TestCommit([string] $Repo, [string] $Message, [string] $File = 'work.txt') {
        Add-Content -LiteralPath (Join-Path $Repo $File) -Value $Message
        Invoke-TestGit -Path $Repo -Arguments 'add', '-A' | Out-Null
        Invoke-TestGit -Path $Repo -Arguments 'commit', '-q', '-m', $Message | Out-Null
    }

    function Get-Head([string] $Repo) { (Invoke-TestGit -Path $Repo -Arguments 'rev-parse', 'HEAD') | Select-Object -First 1 }
}

Describe 'Git states' {
    BeforeEach {
        $folders = [System.Collections.Generic.List[string]]::new()
    }

    AfterEach {
        $folders | ForEach-Object { Remove-TestFolder $_ }
    }

    It 'unborn HEAD: the branch is known, there is no Commit line, a warning says why' {
        $repo = New-TestGitRepo -NoCommit; $folders.Add($repo)

        $h = New-Handoff -Description 'unborn' -Path $repo -WarningVariable w -WarningAction SilentlyContinue

        $h.Branch | Should -Be 'main'
        $h.Commit | Should -BeNullOrEmpty
        ($w -join ' ') | Should -Match 'no commits yet'
        (Get-HandoffStatus -Path $repo).IsDue | Should -BeFalse
    }

    It 'detached HEAD: the Branch line says where it is detached' {
        $repo = New-TestGitRepo; $folders.Add($repo)
        $first = Get-Head $repo
        Add-TestCommit $repo 'second'
        Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', '--detach', $first | Out-Null

        $h = New-Handoff -Description 'detached' -Path $repo

        $h.Branch | Should -Be "(detached at $($first.Substring(0, 7)))"
        $h.Commit | Should -Be $first.Substring(0, 12)
        Get-Content -Raw -LiteralPath $h.Path | Should -Match ([regex]::Escape("**Branch**: (detached at $($first.Substring(0, 7)))"))
    }

    It 'linked worktree: the handoff goes to the worktree root, with its branch' {
        $repo = New-TestGitRepo; $folders.Add($repo)
        $tree = Join-Path (New-TestFolder) 'wt'; $folders.Add((Split-Path $tree))
        Invoke-TestGit -Path $repo -Arguments 'worktree', 'add', '-q', '-b', 'feat/wt', $tree | Out-Null
        $sub = New-Item -ItemType Directory -Path (Join-Path $tree 'src')

        Push-Location $sub
        try { $h = New-Handoff -Description 'in a worktree' -FromGit } finally { Pop-Location }

        $h.Branch | Should -Be 'feat/wt'
        Split-Path $h.Path -Parent | Should -Be (Join-Path (Resolve-Path $tree).ProviderPath 'session-handoffs')
        Test-Path (Join-Path $repo 'session-handoffs') | Should -BeFalse
    }

    It 'submodule: the handoff goes to the submodule''s own root' {
        $inner = New-TestGitRepo; $folders.Add($inner)
        $outer = New-TestGitRepo; $folders.Add($outer)
        Invoke-TestGit -Path $outer -Arguments '-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', $inner, 'lib' | Out-Null
        Invoke-TestGit -Path $outer -Arguments 'commit', '-q', '-m', 'add submodule' | Out-Null
        $lib = Join-Path $outer 'lib'

        Push-Location $lib
        try { $h = New-Handoff -Description 'in a submodule' } finally { Pop-Location }

        Split-Path $h.Path -Parent | Should -Be (Join-Path $lib 'session-handoffs')
        $h.Commit | Should -Be (Get-Head $lib).Substring(0, 12)
    }

    It 'shallow clone: -FromGit and Get-HandoffStatus work with the history there is' {
        $origin = New-TestGitRepo; $folders.Add($origin)
        1..5 | ForEach-Object { Add-TestCommit $origin "commit $_" }
        $clone = Join-Path (New-TestFolder) 'shallow'; $folders.Add((Split-Path $clone))
        & git clone -q --depth 2 "file://$origin" $clone 2>&1 | Out-Null
        (Invoke-TestGit -Path $clone -Arguments 'rev-parse', '--is-shallow-repository') | Should -Be 'true'

        $h = New-Handoff -Description 'shallow' -Path $clone -FromGit -Since (Get-Date).AddDays(-1) -WarningAction SilentlyContinue

        $h.Branch | Should -Be 'main'
        $h.CompletedWork | Should -Contain 'commit 5'
        (Get-HandoffStatus -Path $clone).LatestDescription | Should -Be 'shallow'
    }

    It 'a repository owned by another user: a clear warning, and the handoff is still written' {
        # libgit2's ownership check (safe.directory) applies when the repository belongs to someone else.
        # Giving it to another user needs root, which CI has.
        if ((& id -u) -ne '0') { throw 'This test needs root, to give a repository to another user (chown).' }
        $repo = New-TestGitRepo; $folders.Add($repo)
        & chown -R nobody $repo

        $h = New-Handoff -Description 'not mine' -Path $repo -WarningVariable w -WarningAction SilentlyContinue

        Test-Path -LiteralPath $h.Path | Should -BeTrue
        $h.Branch | Should -BeNullOrEmpty
        ($w -join ' ') | Should -Match 'another user owns it'
        ($w -join ' ') | Should -Match 'safe.directory'
        $status = Get-HandoffStatus -Path $repo
        $status.LatestDescription | Should -Be 'not mine'
        $status.IsDue | Should -BeFalse
        $status.Reason | Should -Match 'no git repository to count work'
    }

    It 'libgit2 failing to load: the handoff is still written without git facts, with a warning' {
        $repo = New-TestGitRepo; $folders.Add($repo)
        $empty = New-TestFolder; $folders.Add($empty)
        $script = @"
Import-Module '$($env:HANDOFFPS_MODULE_PATH)'
`$h = New-Handoff -Description 'no libgit2' -Path '$repo' -FromGit -WarningVariable w -WarningAction SilentlyContinue
"written=`$(Test-Path -LiteralPath `$h.Path)"
"branch=`$(`$h.Branch)"
"warning=`$(`$w -join ' ')"
"due=`$((Get-HandoffStatus -Path '$repo').IsDue)"
"@

        $out = Invoke-FreshPwsh -Command $script -Environment @{ HANDOFFPS_NATIVE_DIR = $empty }

        $out | Should -Contain 'written=True'
        $out | Should -Contain 'branch='
        ($out | Where-Object { $_ -like 'warning=*' }) | Should -Match '^warning=The git library could not be loaded \(.*\); the handoff has no git facts\.$'
        # Without git only the age counts, and the handoff was written a moment ago.
        $out | Should -Contain 'due=False'
    }
}

Describe 'Get-Handoff -Ref and -AllBranches' {
    BeforeAll {
        $repo = New-TestGitRepo
        $null = New-Handoff -Description 'shared' -Path $repo -Date '2025-10-27 09:30'
        Invoke-TestGit -Path $repo -Arguments 'add', '-A' | Out-Null
        Invoke-TestGit -Path $repo -Arguments 'commit', '-q', '-m', 'handoff: shared' | Out-Null
        Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', '-b', 'feat/login' | Out-Null
        $null = New-Handoff -Description 'login work' -Path $repo -Date '2025-10-28 10:00'
        Invoke-TestGit -Path $repo -Arguments 'add', '-A' | Out-Null
        Invoke-TestGit -Path $repo -Arguments 'commit', '-q', '-m', 'handoff: login' | Out-Null
        Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', 'main' | Out-Null
        $clone = Join-Path (New-TestFolder) 'clone'
        & git clone -q $repo $clone 2>&1 | Out-Null
        Push-Location $repo
    }

    AfterAll {
        Pop-Location
        Remove-TestFolder $repo
        Remove-TestFolder (Split-Path $clone)
    }

    It 'reads another branch from git objects without touching the working tree' {
        $h = Get-Handoff -Ref feat/login

        $h.Description | Should -Be @('shared', 'login work')
        $h[1].Ref | Should -Be @('feat/login')
        $h[1].Path | Should -Be 'feat/login:session-handoffs/2025-10-28-1000-login-work.md'
        (Invoke-TestGit -Path $repo -Arguments 'rev-parse', '--abbrev-ref', 'HEAD') | Should -Be 'main'
        Invoke-TestGit -Path $repo -Arguments 'status', '--porcelain' | Should -BeNullOrEmpty
        Test-Path (Join-Path $repo 'session-handoffs' '2025-10-28-1000-login-work.md') | Should -BeFalse
    }

    It 'emits a handoff present on several branches once, listing its refs' {
        $all = Get-Handoff -AllBranches

        $all.Description | Should -Be @('shared', 'login work')
        $all[0].Ref | Should -Be @('feat/login', 'main')
        (Get-Handoff -AllBranches -Latest).Description | Should -Be 'login work'
    }

    It 'includes remote-tracking branches with -IncludeRemote' {
        Push-Location $clone
        try {
            (Get-Handoff -AllBranches).Description | Should -Be @('shared')
            $remote = Get-Handoff -AllBranches -IncludeRemote
            $remote.Description | Should -Be @('shared', 'login work')
            $remote[1].Ref | Should -Be @('origin/feat/login')
        }
        finally {
            Pop-Location
        }
    }

    It 'reports a ref that does not exist as RefNotFound' {
        $null = Get-Handoff -Ref nope -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'RefNotFound,*'
    }

    It 'takes annotated tags' {
        Invoke-TestGit -Path $repo -Arguments '-c', 'user.email=t@e', 'tag', '-a', 'v2', '-m', 'release 2', 'feat/login' | Out-Null
        (Get-Handoff -Ref v2 -ErrorAction Stop).Description | Should -Be @('shared', 'login work')
    }

    It 'reports handoffs from git objects piped to Update-HandoffIndex as one error each, not a crash' {
        $null = Get-Handoff -Ref feat/login | Update-HandoffIndex -WhatIf -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 2
        $err[0].FullyQualifiedErrorId | Should -BeLike 'HandoffHasNoFile,*'
    }

    It 'takes tags and commits too' {
        Invoke-TestGit -Path $repo -Arguments 'tag', 'v1', 'feat/login' | Out-Null
        (Get-Handoff -Ref v1 -Description 'login*').Ref | Should -Be @('v1')
        (Get-Handoff -Ref (Get-Head $repo)).Description | Should -Be @('shared')
    }
}
