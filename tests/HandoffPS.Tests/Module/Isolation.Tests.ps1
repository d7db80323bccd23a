# HandoffPS beside another module that carries other versions of HandoffPS's own dependencies. The other
# module is built here: a binary module compiled with Add-Type against Markdig 0.45.0 and YamlDotNet 11.2.1
# (restored by PesterRestore.csproj into $env:HANDOFFPS_TEST_PACKAGES), those two dlls beside it, as a module
# from the gallery would ship them. Each order runs in a fresh pwsh: loaded assemblies stay for the process.

BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')

    $packages = $env:HANDOFFPS_TEST_PACKAGES
    $markdig = Join-Path $packages 'markdig' '0.45.0' 'lib' 'net8.0' 'Markdig.dll'
    $yaml = Join-Path $packages 'yamldotnet' '11.2.1' 'lib' 'netstandard2.1' 'YamlDotNet.dll'
    foreach ($dll in $markdig, $yaml) {
        if (-not (Test-Path -LiteralPath $dll)) { throw "Missing test package: $dll (restore tests/HandoffPS.Tests/PesterRestore)." }
    }

    $otherRoot = New-TestFolder
    $otherModule = Join-Path $otherRoot 'OtherMarkdown'
    $null = New-Item -ItemType Directory -Path $otherModule
    Copy-Item -LiteralPath $markdig, $yaml -Destination $otherModule
    # The cmdlet renders Markdown and reads YAML, then says which versions did it.
    $source = @'
using System.Management.Automation;
namespace OtherMarkdown {
    [Cmdlet(VerbsData.ConvertTo, "OtherHtml")]
    public sealed class ConvertToOtherHtmlCommand : PSCmdlet {
        protected override void EndProcessing() {
            string html = Markdig.Markdown.ToHtml("*other*").Trim();
            var yaml = new YamlDotNet.Serialization.Deserializer().Deserialize<System.Collections.Generic.Dictionary<string, string>>("k: v");
            WriteObject(html + " " + yaml["k"] + " Markdig=" + typeof(Markdig.Markdown).Assembly.GetName().Version
                + " YamlDotNet=" + typeof(YamlDotNet.Serialization.Deserializer).Assembly.GetName().Version);
        }
    }
}
'@
    $build = @"
`$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @'
$source
'@ -ReferencedAssemblies 'System.Collections', 'netstandard', '$otherModule/Markdig.dll', '$otherModule/YamlDotNet.dll', ([psobject].Assembly.Location) ``
    -OutputAssembly '$otherModule/OtherMarkdown.dll' -OutputType Library -IgnoreWarnings -WarningAction SilentlyContinue
New-ModuleManifest -Path '$otherModule/OtherMarkdown.psd1' -RootModule 'OtherMarkdown.dll' -CmdletsToExport 'ConvertTo-OtherHtml'
'built'
"@
    $built = Invoke-FreshPwsh -Command $build
    if ($built -notcontains 'built') { throw "The other module could not be built: $($built -join [Environment]::NewLine)" }

    # A project whose handoffs need Markdig (every file) and YamlDotNet (front matter), with git facts.
    $repo = New-TestGitRepo
    $folder = Join-Path $repo 'session-handoffs'
    $null = New-Item -ItemType Directory -Path $folder
    Set-Content -LiteralPath (Join-Path $folder '2026-01-31-1430-queue-retry-policy.md') -Value @'
---
name: Queue retry policy
date: '2026-01-31T14:30:00Z'
---

## Done

- Retries back off
'@

    $useHandoff = @"
`$h = New-Handoff -Description 'beside another module' -Path '$repo' -Date '2026-02-01 09:00' -NextPriority 'Ship it' -Force
"written=`$(`$h.Branch) `$(`$h.Commit.Length)"
`$all = @(Get-Handoff -Path '$repo' -ErrorVariable readErrors)
"read=`$(`$all.Count) errors=`$(`$readErrors.Count) front=`$(`$all[0].Date.ToString('yyyy-MM-dd'))"
"lint=`$(@(Test-Handoff -Path '$repo' -ErrorVariable lintErrors).Count -gt 0) errors=`$(`$lintErrors.Count)"
"@
    $useOther = "ConvertTo-OtherHtml"
    $contexts = @'
foreach ($name in 'Markdig', 'YamlDotNet') {
    $where = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq $name } |
        ForEach-Object { '{0}@{1}' -f $_.GetName().Version, [Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name }
    "$name in " + (($where | Sort-Object) -join ', ')
}
'@
}

AfterAll {
    Remove-TestFolder $otherRoot
    Remove-TestFolder $repo
}

Describe 'HandoffPS beside a module with other versions of Markdig and YamlDotNet' {
    It 'works when the other module was imported and used first, and the other module keeps its versions' {
        $out = Invoke-FreshPwsh -Command @"
Import-Module '$otherModule/OtherMarkdown.psd1'
$useOther
Import-Module '$($env:HANDOFFPS_MODULE_PATH)'
$useHandoff
$useOther
$contexts
"@
        $out | Should -Contain 'written=main 12'
        $out | Should -Contain 'read=2 errors=0 front=2026-01-31'
        $out | Should -Contain 'lint=True errors=0'
        @($out | Where-Object { $_ -eq '<p><em>other</em></p> v Markdig=0.45.0.0 YamlDotNet=11.0.0.0' }).Count | Should -Be 2 -Because ($out -join "`n")
        $out | Should -Contain 'Markdig in 0.45.0.0@Default, 1.6.0.0@HandoffPS'
        $out | Should -Contain 'YamlDotNet in 11.0.0.0@Default, 18.0.0.0@HandoffPS'
    }

    It 'works when HandoffPS was imported and used first, and the other module still gets its own versions' {
        $out = Invoke-FreshPwsh -Command @"
Import-Module '$($env:HANDOFFPS_MODULE_PATH)'
$useHandoff
Import-Module '$otherModule/OtherMarkdown.psd1'
$useOther
$contexts
"@
        $out | Should -Contain 'written=main 12'
        $out | Should -Contain 'read=2 errors=0 front=2026-01-31'
        $out | Should -Contain '<p><em>other</em></p> v Markdig=0.45.0.0 YamlDotNet=11.0.0.0' -Because ($out -join "`n")
        $out | Should -Contain 'Markdig in 0.45.0.0@Default, 1.6.0.0@HandoffPS'
        $out | Should -Contain 'YamlDotNet in 11.0.0.0@Default, 18.0.0.0@HandoffPS'
    }
}
