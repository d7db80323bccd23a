BeforeAll {
    . (Join-Path $PSScriptRoot '..' 'TestUtilities.ps1')
    Import-Module $env:HANDOFFPS_MODULE_PATH -Force
    $script:Styles = Join-Path $PSScriptRoot '..' '..' 'HandoffPS.Core.Tests' 'Fixtures' 'styles' 'reading'
    $script:Second = Join-Path (Split-Path (Get-RealHandoffsFolder) -Parent) 'real-handoffs-2'
    if (-not (Test-Path -LiteralPath $script:Second -PathType Container)) {
        throw "The real-handoffs-2 corpus is missing: $script:Second"
    }
}

Describe 'Reading handoffs in other styles' {
    It '-Verbose names where Date, Branch and Description came from, per file' {
        $file = Join-Path $script:Styles 'front-matter-iso-z.md'
        $verbose = Get-Handoff -LiteralPath $file -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $line = @($verbose | Where-Object Message -like 'front-matter-iso-z.md:*')
        $line.Count | Should -Be 1
        $line[0].Message | Should -BeLike "*Date from front matter 'date' (line 3)*"
        $line[0].Message | Should -BeLike "*Branch from front matter 'branch' (line 4)*"
        $line[0].Message | Should -BeLike "*Description from front matter 'title' (line 2)*"
    }

    It '-Verbose says so when the file states no branch' {
        $file = Join-Path $script:Styles 'title-date-in-words.md'
        $message = (Get-Handoff -LiteralPath $file -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $message | Should -BeLike "*Date from title (line 1)*Branch from field 'Branch' (line 3)*Description from none*"
    }

    It 'migrates every style to the canonical form, which Test-Handoff passes with no Error' {
        $files = @(Get-ChildItem -LiteralPath $script:Styles -Filter '*.md') + @(Get-ChildItem -LiteralPath $script:Second -Filter 'h*.md')
        $files.Count | Should -BeGreaterThan 60
        $folder = New-TestFolder
        try {
            foreach ($file in $files) {
                $handoff = Get-Handoff -LiteralPath $file.FullName
                $target = Join-Path $folder ('{0}-{1}' -f $file.Directory.Name, $file.Name)
                $handoff | ConvertTo-HandoffMarkdown | Set-Content -NoNewline -LiteralPath $target
                $errors = @(Test-Handoff -LiteralPath $target | Where-Object Severity -eq 'Error')
                $errors | Should -BeNullOrEmpty -Because "$($file.Name) converted must pass: $($errors.Message -join '; ')"
                $back = Get-Handoff -LiteralPath $target
                $back.Date | Should -Be $handoff.Date -Because $file.Name
                $back.Branch | Should -Be $handoff.Branch -Because $file.Name
                $back.Description | Should -Be $handoff.Description -Because $file.Name
            }
        }
        finally {
            Remove-TestFolder $folder
        }
    }

    It 'keeps front matter keys that map to nothing as fields of the converted file' {
        $text = Get-Handoff -LiteralPath (Join-Path $script:Styles 'front-matter-iso-z.md') | ConvertTo-HandoffMarkdown
        $text | Should -Match '\*\*owner\*\*: ops-team'
        $text | Should -Match '\*\*Branch\*\*: feat/billing-export'
        $text | Should -Match '^# Session Handoff: Billing export rework'
    }
}
