# Shared helpers for the Pester suite. Dot-source them in BeforeAll:
#
#   BeforeAll {
#       . (Join-Path $PSScriptRoot 'TestUtilities.ps1')
#       Import-Module $env:HANDOFFPS_MODULE_PATH -Force
#   }
#
# $env:HANDOFFPS_MODULE_PATH is the full path of the built manifest (out/HandoffPS/HandoffPS.psd1);
# Invoke-PesterSuite.ps1 sets it. Run the suite through `./build.ps1 -Task Test`, which builds and
# then runs Pester in a fresh pwsh (a pwsh process keeps the module's dlls loaded).
#
# Every folder these helpers create is under the system temp folder, named HandoffPS-Test-<guid>;
# Remove-TestFolder deletes nothing else.

$script:TestFolderPrefix = 'HandoffPS-Test-'

function Invoke-TestGit {
    <#
    .SYNOPSIS
    Runs git in a folder and throws when git fails. Returns git's standard output lines.
    .EXAMPLE
    Invoke-TestGit -Path $repo -Arguments 'checkout', '-b', 'feature/x'
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [string[]] $Arguments
    )

    $output = & git -C $Path @Arguments 2>&1
    if ($LASTEXITCODE -ne 0) {
        throw "git $($Arguments -join ' ') failed in '$Path' (exit code $LASTEXITCODE): $($output -join [Environment]::NewLine)"
    }
    # Standard output only (stderr lines come back as ErrorRecords with 2>&1).
    $output | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | ForEach-Object { "$_" }
}

function New-TestFolder {
    <#
    .SYNOPSIS
    Creates an empty folder under the system temp folder (not a git repository) and returns its full path.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $path = Join-Path ([IO.Path]::GetTempPath()) ($script:TestFolderPrefix + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $path -Force
    $path
}

function New-TestGitRepo {
    <#
    .SYNOPSIS
    Creates a git repository in a new temp folder and returns its full path.
    .DESCRIPTION
    `git init -b <InitialBranch>` (main by default), local user.name 'Test User' and user.email
    test@example.com, and one commit holding README.txt, unless -NoCommit asks for an unborn HEAD.
    The returned path is the work-tree root as git reports it (symbolic links and short names in the
    temp path resolved), so it compares equal to paths the module derives from git.
    .EXAMPLE
    $repo = New-TestGitRepo
    .EXAMPLE
    $repo = New-TestGitRepo -NoCommit   # unborn HEAD
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [string] $InitialBranch = 'main',
        [switch] $NoCommit
    )

    $path = New-TestFolder
    $null = Invoke-TestGit -Path $path -Arguments 'init', '-q', '-b', $InitialBranch
    $null = Invoke-TestGit -Path $path -Arguments 'config', 'user.name', 'Test User'
    $null = Invoke-TestGit -Path $path -Arguments 'config', 'user.email', 'test@example.com'
    $null = Invoke-TestGit -Path $path -Arguments 'config', 'commit.gpgsign', 'false'

    if (-not $NoCommit) {
        Set-Content -LiteralPath (Join-Path $path 'README.txt') -Value 'Test repository for HandoffPS.'
        $null = Invoke-TestGit -Path $path -Arguments 'add', 'README.txt'
        $null = Invoke-TestGit -Path $path -Arguments @(
            '-c', 'user.name=Test User', '-c', 'user.email=test@example.com',
            'commit', '-q', '-m', 'Initial commit')
    }

    $top = Invoke-TestGit -Path $path -Arguments 'rev-parse', '--show-toplevel' | Select-Object -First 1
    if ($top) { [IO.Path]::GetFullPath($top) } else { $path }
}

function Remove-TestFolder {
    <#
    .SYNOPSIS
    Deletes a folder made by New-TestFolder or New-TestGitRepo. Ignores $null and missing folders;
    refuses any folder that those helpers did not create.
    .EXAMPLE
    AfterAll { Remove-TestFolder $repo }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline)] [AllowNull()] [AllowEmptyString()] [string] $Path
    )

    process {
        if ([string]::IsNullOrWhiteSpace($Path) -or -not (Test-Path -LiteralPath $Path)) {
            return
        }
        $full = [IO.Path]::GetFullPath($Path)
        if (-not ([IO.Path]::GetFileName($full.TrimEnd([IO.Path]::DirectorySeparatorChar)).StartsWith($script:TestFolderPrefix))) {
            throw "Remove-TestFolder: '$Path' was not created by New-TestFolder or New-TestGitRepo."
        }
        # -Force also removes read-only files (git objects on Windows).
        Remove-Item -LiteralPath $full -Recurse -Force
    }
}

function Get-RealHandoffsFolder {
    <#
    .SYNOPSIS
    The folder of real handoff files from public repositories, beside the repository. Throws when it is
    missing: CI always has it, and a missing corpus must fail the run rather than skip tests.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $folder = Join-Path $PSScriptRoot '..' '..' '..' 'shared' 'real-handoffs'
    if (-not (Test-Path -LiteralPath $folder -PathType Container)) {
        throw "The real-handoffs corpus is missing: $folder"
    }
    (Resolve-Path -LiteralPath $folder).ProviderPath
}

function Invoke-FreshPwsh {
    <#
    .SYNOPSIS
    Runs a command in a new pwsh process (the same pwsh as this one) and returns its output lines.
    .DESCRIPTION
    Under `dotnet pwsh` the process is the dotnet host running pwsh.dll, so the child is started the same
    way. -Environment sets variables for the child only.
    .EXAMPLE
    Invoke-FreshPwsh -Command 'Import-Module HandoffPS; Get-HandoffContext' -Environment @{ PSModulePath = $dir }
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Command,
        [hashtable] $Environment = @{}
    )

    $host_ = [Environment]::ProcessPath
    [string[]] $prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($host_) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, [string]$Environment[$name])
    }
    try {
        & $host_ @prefix -NoProfile -NonInteractive -Command $Command 2>&1 | ForEach-Object { "$_" }
    }
    finally {
        foreach ($name in $saved.Keys) {
            [Environment]::SetEnvironmentVariable($name, $saved[$name])
        }
    }
}

function Get-HandoffCliPath {
    <#
    .SYNOPSIS
    The full path of the built handoff command (out/handoff/handoff, beside the module folder out/HandoffPS).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $name = if ($IsWindows) { 'handoff.exe' } else { 'handoff' }
    $path = Join-Path (Split-Path -Parent (Split-Path -Parent $env:HANDOFFPS_MODULE_PATH)) 'handoff' $name
    if (-not (Test-Path -LiteralPath $path)) { throw "The handoff command is not built: $path (run ./build.ps1)." }
    $path
}

function Invoke-HandoffCli {
    <#
    .SYNOPSIS
    Runs the built handoff command as a process and returns its exit code, standard output and error, and wall time.
    .DESCRIPTION
    -InputText is written to its standard input, which is then closed (as an agent does for a hook); without it
    the standard input is closed at once.
    .EXAMPLE
    $r = Invoke-HandoffCli -WorkingDirectory $repo -Arguments 'hooks', 'run', 'stop' -InputText $json
    #>
    [CmdletBinding()]
    param(
        [string[]] $Arguments = @(),
        [string] $WorkingDirectory = (Get-Location).ProviderPath,
        [AllowNull()] [string] $InputText,
        [hashtable] $Environment = @{}
    )

    $info = [Diagnostics.ProcessStartInfo]::new((Get-HandoffCliPath))
    foreach ($a in $Arguments) { $info.ArgumentList.Add($a) }
    $info.WorkingDirectory = $WorkingDirectory
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $info.StandardOutputEncoding = [Text.UTF8Encoding]::new($false)
    $info.StandardErrorEncoding = [Text.UTF8Encoding]::new($false)
    $info.StandardInputEncoding = [Text.UTF8Encoding]::new($false)
    foreach ($key in $Environment.Keys) { $info.Environment[$key] = $Environment[$key] }
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $process = [Diagnostics.Process]::Start($info)
    $stdout = $process.StandardOutput.ReadToEndAsync()
    $stderr = $process.StandardError.ReadToEndAsync()
    if ($InputText) { $process.StandardInput.Write($InputText) }
    $process.StandardInput.Close()
    if (-not $process.WaitForExit(60000)) {
        $process.Kill($true)
        throw "handoff $($Arguments -join ' ') did not end within 60 s."
    }
    $process.WaitForExit()
    [pscustomobject]@{
        ExitCode     = $process.ExitCode
        Output       = $stdout.Result
        Error        = $stderr.Result
        Milliseconds = $watch.ElapsedMilliseconds
    }
}

function New-HookInput {
    <#
    .SYNOPSIS
    The JSON a Claude Code hook gets on standard input, for one event.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [string] $Event,
        [Parameter(Mandatory)] [string] $Cwd,
        [string] $SessionId = '5e0c3f4a-2b7d-4c1e-9f6a-8d2b1c0e7a93',
        [AllowNull()] [string] $TranscriptPath
    )

    $hookInput = [ordered]@{ session_id = $SessionId; transcript_path = $TranscriptPath; cwd = $Cwd; hook_event_name = $Event }
    switch ($Event) {
        'SessionStart' { $hookInput.source = 'startup' }
        'PreCompact' { $hookInput.trigger = 'auto'; $hookInput.custom_instructions = '' }
        'Stop' { $hookInput.stop_hook_active = $false }
        'SessionEnd' { $hookInput.reason = 'prompt_input_exit' }
    }
    $hookInput | ConvertTo-Json -Compress
}
