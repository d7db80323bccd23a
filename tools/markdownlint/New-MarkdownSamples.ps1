#Requires -Version 7.2
<#
.SYNOPSIS
Writes one sample of every kind of Markdown file HandoffPS writes, for build.ps1 to lint with markdownlint-cli2.

.DESCRIPTION
Imports the built module (-ModulePath) and, in temporary folders, writes handoffs through each New-Handoff
path (every section; the minimum; priorities with details and a multi-paragraph summary; outside git;
carried forward from a piped handoff; -FromGit; a draft of New-HandoffDraft and the handoff -FromDraft makes of
it) and the index (New-Handoff -UpdateIndex and
Update-HandoffIndex, with and without handoffs, and over handoffs whose text is awkward for a table: Markdown punctuation, HTML-like text, URLs,
e-mail addresses, pipes, empty cells). Each file is copied to -OutputPath under a name that says what it is.

Exit code: 0 when every sample was written; 1 otherwise (build.ps1 counts a missing sample as a failure).

.EXAMPLE
dotnet pwsh -NoProfile -File tools/markdownlint/New-MarkdownSamples.ps1 -ModulePath "$PWD/out/HandoffPS/HandoffPS.psd1" -OutputPath "$PWD/out/markdown-samples"
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $OutputPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module $ModulePath -Force

$OutputPath = [IO.Path]::GetFullPath($OutputPath)
if (Test-Path -LiteralPath $OutputPath) { Remove-Item -LiteralPath $OutputPath -Recurse -Force }
$null = New-Item -ItemType Directory -Path $OutputPath

$temp = Join-Path ([IO.Path]::GetTempPath()) ('HandoffPS-Samples-' + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $temp

function Invoke-Git {
    param([string] $Path, [string[]] $Arguments)
    $output = & git -C $Path -c user.name='Ada Lovelace' -c user.email=ada@example.com -c commit.gpgsign=false @Arguments 2>&1
    if ($LASTEXITCODE -ne 0) { throw "git $($Arguments -join ' ') failed: $output" }
}

function New-Repo([string] $Name) {
    $path = Join-Path $temp $Name
    $null = New-Item -ItemType Directory -Path $path
    Invoke-Git $path 'init', '-q', '-b', 'main'
    Invoke-Git $path 'config', 'user.name', 'Ada Lovelace'
    Invoke-Git $path 'config', 'user.email', 'ada@example.com'
    Set-Content -LiteralPath (Join-Path $path 'README.txt') -Value 'sample'
    Invoke-Git $path 'add', 'README.txt'
    Invoke-Git $path 'commit', '-q', '-m', 'Initial commit'
    $path
}

function Save-Sample([string] $File, [string] $Name) {
    Copy-Item -LiteralPath $File -Destination (Join-Path $OutputPath $Name)
    Write-Host "sample: $Name"
}

try {
    $repo = New-Repo 'webapp'

    # Every section and field. The text uses Markdown's special characters where a user would.
    $full = @{
        Path         = $repo
        Description  = 'Feature Implementation: `dashboard` | v2 & more'
        Date         = '2025-10-27 09:30'
        Summary      = "Built the dashboard (see docs/dashboard.md).`n`nSecond paragraph: *emphasis*, ``code``, snake_case, 50% & more, # not a heading, 1. not a list."
        Completed    = 'Created Dashboard component (src/components/Dashboard.vue)', '* star item', '1. numbered-looking item', '[x] checkbox-looking', 'Pipes | in | text'
        NextPriority = 'Add data visualization charts (Chart.js integration)', @{ Title = 'Implement real-time updates'; Reason = 'users asked'; Details = 'WebSocket connection', 'File: src/ws.js' }, '# Hash title'
        Blocker      = 'Performance: Token refresh taking 500ms', 'Unclear whether the API is versioned', 'Security: token TTL not agreed'
        Decision     = 'Using JWT (not session cookies)', 'Rotate refresh tokens on use'
        KeyFile      = 'auth/tokens.py - Token generation', 'src/my file.ts - with a space', @{ Path = 'docs/*.md'; Description = 'every doc' }
        Reference    = 'JWT spec: RFC 7519', 'Issue #42'
        Author       = 'Claude Code + Ada Lovelace'
    }
    $h = New-Handoff @full
    Save-Sample $h.Path 'handoff-all-sections.md'

    # Bare URLs, e-mail addresses and HTML-like text, which users paste: the writer keeps them lint-clean
    # (links in angle brackets, a backslash before a tag) and the reader gives the values back unchanged
    # (a link already in angle brackets comes back without them).
    $links = @{
        Path         = $repo
        Description  = 'Links and <v2> tags'
        Date         = '2025-10-27 09:45'
        Summary      = "See https://example.com/docs?id=1&x=2 and <div> tags.`n<br> at the start of a line, and mail ada@example.com."
        Completed    = 'Read https://example.com/a_(b) today', 'Kept <https://already.example.com> as written'
        NextPriority = @{ Title = 'Fix <script> handling'; Reason = 'see https://example.com/issue/42'; Details = 'Ping ops@example.com', '<b>bold</b> in a detail' }
        Blocker      = 'Security: <script> in input (https://example.com/cve)', 'Mail bob@example.org about it'
        Reference    = 'Docs: https://example.com/docs', 'ftp://files.example.com/pub'
        KeyFile      = @{ Path = 'src/app.ts'; Description = 'entry, see https://example.com' }
    }
    $h = New-Handoff @links
    $back = Get-Handoff -LiteralPath $h.Path
    if ($back.Summary -ne ($links.Summary -replace "`r", '') -or $back.References[0] -ne $links.Reference[0] -or $back.NextPriorities[0].Title -ne 'Fix <script> handling') {
        throw "Links and tags did not read back unchanged: $($back | ConvertTo-Json -Depth 4)"
    }
    Save-Sample $h.Path 'handoff-links-and-tags.md'

    # The minimum: a description.
    $h = New-Handoff -Path $repo -Description 'minimal' -Date '2025-10-27 10:00'
    Save-Sample $h.Path 'handoff-minimal.md'

    # Priorities with details, a summary of several paragraphs and list-like lines.
    $h = New-Handoff -Path $repo -Description 'with details' -Date '2025-10-27 11:00' `
        -Summary "First paragraph.`n`n- a list in the summary`n- second item`n`nLast paragraph." `
        -NextPriority @{ Title = 'First'; Details = 'one', 'two', 'three' }, @{ Title = 'Second'; Reason = 'why'; Details = 'only' }, 'Third' `
        -Blocker 'Plain blocker'
    Save-Sample $h.Path 'handoff-with-details.md'

    # Outside git: no Branch line (the warning is expected).
    $plain = Join-Path $temp 'plain'
    $null = New-Item -ItemType Directory -Path $plain
    $h = New-Handoff -Path $plain -Description 'outside git' -Date '2025-10-27 12:00' -Summary 'No repository here.' -NextPriority 'Init git' -WarningAction SilentlyContinue
    Save-Sample $h.Path 'handoff-outside-git.md'

    # Carried forward from the previous handoff.
    $h = Get-Handoff -Path $repo -Description 'with details' | New-Handoff -Path $repo -Description 'carried forward' -Date '2025-10-28 09:00' -Completed 'First' -ResolvedBlocker 'Plain blocker' -Blocker 'New: a fresh one'
    Save-Sample $h.Path 'handoff-carried-forward.md'

    # From git: commits since the previous handoff and the files they changed.
    $null = New-Item -ItemType Directory -Path (Join-Path $repo 'src')
    Set-Content -LiteralPath (Join-Path $repo 'src' 'ws.js') -Value 'reconnect();'
    Invoke-Git $repo 'add', '-A'
    Invoke-Git $repo 'commit', '-q', '-m', 'feat(ws): reconnect with backoff'
    Set-Content -LiteralPath (Join-Path $repo 'src' 'chart_*x*.js') -Value 'draw();'
    # -UpdateIndex writes the index too.
    $h = New-Handoff -Path $repo -Description 'end of day' -FromGit -NextPriority 'Load test' -UpdateIndex -WarningAction SilentlyContinue
    Save-Sample $h.Path 'handoff-from-git.md'

    # A draft of a session (New-HandoffDraft, as the agent hooks write it): tasks from a transcript, the rest from
    # git; then the handoff New-Handoff -FromDraft makes of it.
    $transcript = Join-Path $temp 'session.jsonl'
    Set-Content -LiteralPath $transcript -Value ('{"type":"assistant","message":{"role":"assistant","content":[{"type":"tool_use","name":"TodoWrite","input":{"todos":[' +
        '{"content":"Add `Chart.js` to the *dashboard*","status":"completed"},{"content":"Write tests <for> the chart","status":"in_progress"},' +
        '{"content":"Reconnect with backoff","status":"pending"}]}}]}}')
    $draft = New-HandoffDraft -Path $repo -Session 'sample-session' -TranscriptPath $transcript -WarningAction SilentlyContinue
    Save-Sample $draft.Path 'draft.md'
    $h = New-Handoff -Path $repo -FromDraft -Summary 'Charts are in.' -UpdateIndex -WarningAction SilentlyContinue
    Save-Sample $h.Path 'handoff-from-draft.md'

    # The index, over all of the above, as New-Handoff -UpdateIndex left it: Update-HandoffIndex agrees.
    if (-not (Update-HandoffIndex -Path $repo -Check)) { throw 'The index New-Handoff -UpdateIndex wrote is not current.' }
    Save-Sample (Join-Path $repo 'session-handoffs' 'README.md') 'index.md'

    # The index escapes what it quotes: Markdown punctuation, HTML-like text, URLs and e-mail addresses in
    # descriptions, branches and priorities, and empty cells (no branch, no priority).
    $awkward = New-Repo 'awkward'
    $null = New-Handoff -Path $awkward -Description 'Fix *all* the `things` | <v2> [draft] _now_' -Date '2025-11-01 09:00' -Branch 'feat/under_score|pipe' `
        -NextPriority 'Read https://example.com/docs?id=1&x=2 and mail ada@example.com (today)' -Blocker 'One', 'Two'
    $null = New-Handoff -Path $awkward -Description 'no priority' -Date '2025-11-02 09:00' -Branch 'main'
    $plainAwkward = Join-Path $awkward 'session-handoffs' '2025-11-03-0900-no-branch.md'
    Set-Content -LiteralPath $plainAwkward -Value "# Session Handoff: no branch`n`n## Next Priorities`n`n1. **Look at <b>this</b> \| that**" -NoNewline
    Update-HandoffIndex -Path $awkward 6>$null
    Save-Sample (Join-Path $awkward 'session-handoffs' 'README.md') 'index-escaped.md'

    # The index of a folder without handoffs.
    $emptyFolder = Join-Path $temp 'empty' 'session-handoffs'
    $null = New-Item -ItemType Directory -Path $emptyFolder
    Update-HandoffIndex -Path $emptyFolder 6>$null
    Save-Sample (Join-Path $emptyFolder 'README.md') 'index-empty.md'
}
finally {
    Remove-Item -LiteralPath $temp -Recurse -Force -ErrorAction SilentlyContinue
}
