BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
}

Describe 'HandoffPS module' {
    It 'exports the cmdlets the manifest names' {
        $exported = (Get-Module HandoffPS).ExportedCmdlets.Keys | Sort-Object
        $exported | Should -Be @('Get-Handoff', 'New-Handoff')
    }

    It 'declares an OutputType on every cmdlet' -ForEach @(
        @{ Name = 'New-Handoff' }, @{ Name = 'Get-Handoff' }
    ) {
        (Get-Command $Name).OutputType.Name | Should -Contain 'HandoffPS.Core.Handoff'
    }

    It 'has help with a synopsis, a description and examples for <Name>' -ForEach @(
        @{ Name = 'New-Handoff' }, @{ Name = 'Get-Handoff' }
    ) {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -BeLike "*$Name*[[]*"
        $help.Synopsis.Length | Should -BeGreaterThan 10
        ($help.description | Out-String) | Should -Match 'handoff'
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        ($help.parameters.parameter | Where-Object name -eq 'Path').description | Should -Not -BeNullOrEmpty
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
        $native = Get-ChildItem (Join-Path (Split-Path $env:HANDOFFPS_MODULE_PATH) 'runtimes') -Recurse -File -Filter '*git2*'
        $native | Should -Not -BeNullOrEmpty
        [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name | Should -Contain 'LibGit2Sharp'
    }
}
