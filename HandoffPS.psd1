@{
    RootModule           = 'HandoffPS.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0f3c1e-7d4a-4f3e-9a57-2c1e8d6b4a90'
    Author               = 'HandoffPS contributors'
    CompanyName          = 'HandoffPS'
    Copyright            = '(c) HandoffPS contributors. MIT License.'
    Description          = 'Write and query session handoffs: short, timestamped Markdown files that carry one work session''s state to the next session, human or AI agent.'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('HandoffPS.format.ps1xml', 'HandoffPS.Query.format.ps1xml', 'HandoffPS.Context.format.ps1xml')
    CmdletsToExport      = @('New-Handoff', 'Get-Handoff', 'Test-Handoff', 'ConvertTo-HandoffMarkdown', 'Get-HandoffBlocker', 'Get-HandoffPriority', 'Get-HandoffStatus', 'Measure-Handoff', 'Update-HandoffIndex', 'Get-HandoffContext', 'New-HandoffDraft', 'Install-HandoffHook', 'Uninstall-HandoffHook')
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('handoff', 'session', 'session-handoff', 'markdown', 'git', 'ai', 'agent', 'claude', 'context', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/HandoffPS/HandoffPS/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/HandoffPS/HandoffPS'
            # Filled by build.ps1 from the CHANGELOG.md section of ModuleVersion.
            ReleaseNotes = ''
        }
    }
}
