# What the README test shares: finding the fenced blocks of the README, and normalising an example's output.

function Get-ReadmeBlocks {
    <#
    .SYNOPSIS
    The fenced code blocks of a Markdown file, in order: Kind (the info string's first word), Info (all of it),
    Line (1-based line of the opening fence), Code (the lines between the fences), Section (the nearest '## '
    heading above) and AfterBlankLinesOnly (only blank lines since the previous block closed).
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $lines = Get-Content -LiteralPath $Path
    $section = ''
    $lastClose = -2
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match '^## (.+)$') { $section = $Matches[1]; continue }
        if ($lines[$i] -notmatch '^```(\S*)\s*(.*)$') { continue }
        $kind = $Matches[1]; $info = ("$($Matches[1]) $($Matches[2])").Trim()
        $open = $i
        $code = [System.Collections.Generic.List[string]]::new()
        for ($i++; $i -lt $lines.Count -and $lines[$i] -notmatch '^```\s*$'; $i++) { $code.Add($lines[$i]) }
        $between = if ($lastClose -ge 0) { $lines[($lastClose + 1)..($open - 1)] } else { @('x') }
        [pscustomobject]@{
            Kind                = $kind
            Info                = $info
            Line                = $open + 1
            Code                = $code -join "`n"
            Section             = $section
            AfterBlankLinesOnly = $open -gt $lastClose -and -not ($between | Where-Object { $_.Trim() })
        }
        $lastClose = $i
    }
}

function Format-ExampleOutput {
    <#
    .SYNOPSIS
    An example's output as the README shows it: the home folder written as /home/ada, '\' as '/', trailing white
    space and leading and trailing blank lines removed, runs of blank lines made one.
    #>
    param([string] $Text, [string] $HomePath)
    if ($HomePath) {
        $Text = $Text.Replace($HomePath.TrimEnd('/', '\'), '/home/ada')
    }
    $lines = ($Text -split "\r?\n") | ForEach-Object { $_.TrimEnd() }
    $out = [System.Collections.Generic.List[string]]::new()
    foreach ($l in $lines) {
        if ($l -eq '' -and ($out.Count -eq 0 -or $out[$out.Count - 1] -eq '')) { continue }
        $out.Add($l)
    }
    while ($out.Count -and $out[$out.Count - 1] -eq '') { $out.RemoveAt($out.Count - 1) }
    $out -join "`n"
}

function ConvertTo-ComparableOutput {
    <#
    .SYNOPSIS
    What may differ between two runs of the same example, made equal: commit hashes (12 or 40 hex digits) and ages
    ('34.3 hours', '5 days', '12 minutes', with 'ago' or not). Table padding that follows an age changes with it,
    so runs of spaces become one.
    #>
    param([string] $Text)
    $Text = $Text -replace '\b[0-9a-f]{40}\b', '<commit>' -replace '\b[0-9a-f]{12}\b', '<commit>'
    $Text = $Text -replace '\b\d+(\.\d+)? (minute|hour|day)s?\b', '<age>'
    $Text -replace '[ \t]+', ' '
}
