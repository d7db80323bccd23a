# The package as a user gets it: build.ps1 -Task Test (and -Task Package) publishes the module with
# Publish-PSResource into a local folder repository and names it in $env:HANDOFFPS_PACKAGE_REPOSITORY.
# Here a fresh pwsh registers that folder, installs HandoffPS by name into a fresh CurrentUser scope (a
# temporary data folder: nothing of the machine's own modules or repositories is read or changed), and
# another fresh pwsh imports it by name and writes a handoff with git facts from libgit2.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    $repository = $env:HANDOFFPS_PACKAGE_REPOSITORY
    if (-not $repository -or -not (Get-ChildItem -LiteralPath $repository -Filter 'HandoffPS.*.nupkg' -ErrorAction SilentlyContinue)) {
        throw "No HandoffPS package in '$repository': run the suite through build.ps1 -Task Test, which publishes one first."
    }
    $scope = New-TestFolder
    $project = New-TestGitRepo
    # The user scope is under HOME (and XDG_DATA_HOME) on Linux and macOS; on Windows a saved copy on PSModulePath.
    # (.NET answers an empty path for a data folder that does not exist, and PSResourceGet then falls back to the real one.)
    $data = New-Item -ItemType Directory -Path (Join-Path $scope '.local' 'share') -Force
    $environment = @{ HOME = $scope; XDG_DATA_HOME = $data.FullName; LOCALAPPDATA = $scope }
    if ($IsWindows) { $environment.PSModulePath = Join-Path $scope 'Modules' }
}

AfterAll {
    Remove-TestFolder $scope
    Remove-TestFolder $project
}

Describe 'Publish-PSResource, Install-PSResource, Import-Module HandoffPS' {
    It 'installs HandoffPS by name from the published package, imports it by name and writes a handoff with git facts' {
        $install = @"
`$ErrorActionPreference = 'Stop'
if (-not `$IsWindows -and -not [Environment]::GetFolderPath('LocalApplicationData').StartsWith('$scope')) { throw 'The user scope is not the test folder.' }
Register-PSResourceRepository -Name HandoffPSTest -Uri '$repository' -Trusted
if (`$IsWindows) { Save-PSResource -Name HandoffPS -Repository HandoffPSTest -Path '$scope/Modules' -TrustRepository }
else { Install-PSResource -Name HandoffPS -Repository HandoffPSTest -Scope CurrentUser -TrustRepository }
'installed'
"@
        $out = Invoke-FreshPwsh -Command $install -Environment $environment
        $out | Should -Contain 'installed' -Because ($out -join "`n")

        $use = @"
`$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath '$project'
Import-Module HandoffPS
`$m = Get-Module HandoffPS
"base=`$(`$m.ModuleBase.StartsWith('$scope'))"
"version=`$(`$m.Version)"
"notes=`$(`$m.ReleaseNotes -like '*first release*')"
"symbols=`$(@(Get-ChildItem -LiteralPath `$m.ModuleBase -Recurse -File -Include '*.pdb', 'HandoffPS.xml', 'HandoffPS.Core.xml').Count)"
`$h = New-Handoff -Description 'installed by name' -Summary 'From the package.' -Date '2026-03-01 10:00'
"branch=`$(`$h.Branch)"
"commit=`$(`$h.Commit -match '^[0-9a-f]{12}$')"
"read=`$((Get-Handoff -Latest).Description)"
"@
        $out = Invoke-FreshPwsh -Command $use -Environment $environment
        $because = $out -join "`n"
        $out | Should -Contain 'base=True' -Because $because
        $out | Should -Contain "version=$((Import-PowerShellDataFile -LiteralPath $env:HANDOFFPS_MODULE_PATH).ModuleVersion)"
        $out | Should -Contain 'notes=True'
        $out | Should -Contain 'symbols=0'
        $out | Should -Contain 'branch=main' -Because $because
        $out | Should -Contain 'commit=True'
        $out | Should -Contain 'read=installed by name'
    }
}
