BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
}

Describe 'HandoffPS module' {
    BeforeDiscovery {
        $manifest = Import-PowerShellDataFile -LiteralPath $env:HANDOFFPS_MODULE_PATH
        $cmdlets = $manifest.CmdletsToExport | ForEach-Object { @{ Name = $_ } }
    }

    It 'exports exactly the cmdlets the manifest names' {
        $manifest = Import-PowerShellDataFile -LiteralPath $env:HANDOFFPS_MODULE_PATH
        $exported = (Get-Module HandoffPS).ExportedCmdlets.Keys | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        $exported | Should -Contain 'New-Handoff'
        $exported | Should -Contain 'Test-Handoff'
    }

    It 'declares an OutputType on <Name>' -ForEach $cmdlets {
        (Get-Command $Name).OutputType | Should -Not -BeNullOrEmpty
    }

    It 'has help with a synopsis, a description and examples for <Name>' -ForEach $cmdlets {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -BeLike "*$Name*[[]*"
        $help.Synopsis.Length | Should -BeGreaterThan 10
        ($help.description | Out-String) | Should -Match 'handoff'
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        foreach ($parameter in $help.parameters.parameter) {
            ($parameter.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) of $Name needs a description"
        }
    }

    It 'has a conceptual help topic, about_HandoffPS, naming every cmdlet' {
        $about = Get-Help about_HandoffPS | Out-String
        $about | Should -Match 'session-handoffs/'
        foreach ($name in (Get-Module HandoffPS).ExportedCmdlets.Keys) {
            $about | Should -Match ([regex]::Escape($name))
        }
    }

    It 'still loads libgit2 after Import-Module -Force' {
        $repo = New-TestGitRepo
        try {
            Import-Module $env:HANDOFFPS_MODULE_PATH -Force
            $h = New-Handoff -Description 'after reimport' -Path $repo -WarningVariable w
            $h.Branch | Should -Be 'main'
            $w | Should -BeNullOrEmpty
        }
        finally {
            Remove-TestFolder $repo
        }
    }

    It 'resolves libgit2 from the module folder, not from anywhere else' {
        $deps = Join-Path (Split-Path $env:HANDOFFPS_MODULE_PATH) 'deps'
        $native = Get-ChildItem (Join-Path $deps 'runtimes') -Recurse -File -Filter '*git2*'
        $native | Should -Not -BeNullOrEmpty
        $repo = New-TestGitRepo
        try { (New-Handoff -Description 'native' -Path $repo).Branch | Should -Be 'main' } finally { Remove-TestFolder $repo }
        $loaded = (Get-Process -Id $PID).Modules.FileName | Where-Object { $_ -like '*git2*' }
        $loaded | Should -Not -BeNullOrEmpty
        $loaded | ForEach-Object { $_ | Should -BeLike "$deps*" }
    }

    It 'loads only the cmdlet assembly into the default load context; the core and its dependencies load from deps/ into its own' {
        $empty = New-TestFolder
        try { $null = Get-Handoff -Path $empty } finally { Remove-TestFolder $empty }
        $byName = @{}
        [AppDomain]::CurrentDomain.GetAssemblies() | ForEach-Object { $byName[$_.GetName().Name] = $_ }
        [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($byName['HandoffPS']).Name | Should -Be 'Default'
        $deps = Join-Path (Split-Path $env:HANDOFFPS_MODULE_PATH) 'deps'
        foreach ($name in 'HandoffPS.Core', 'Markdig', 'LibGit2Sharp') {
            [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($byName[$name]).Name | Should -Be 'HandoffPS' -Because $name
            $byName[$name].Location | Should -BeLike "$deps*"
        }
        # PowerShell resolves type names only in the default context; the module registers the core's.
        [HandoffPS.Core.Model.Handoff].Assembly.GetName().Name | Should -Be 'HandoffPS.Core'
    }
}
