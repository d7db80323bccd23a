using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Hooks;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;

namespace HandoffPS.Input;

/// <summary>What Install-HandoffHook and Uninstall-HandoffHook share: the scope, the project, -WhatIf, and the output (the hooks the file then has).</summary>
public abstract class HandoffHookCommand : HandoffProjectCommand
{
    /// <summary>Project: .claude/settings.json of the project (the default, shared through git). Local: .claude/settings.local.json (this machine). User: ~/.claude/settings.json (or $env:CLAUDE_CONFIG_DIR/settings.json), for every project.</summary>
    [Parameter]
    public HookScope Scope { get; set; } = HookScope.Project;

    protected abstract HookSettingsChange Plan(string settingsPath);

    protected override void EndProcessing()
    {
        string path;
        if (Scope == HookScope.User)
        {
            path = ClaudeHookSettings.PathFor(Scope, string.Empty);
        }
        else if (Projects().FirstOrDefault() is HandoffProject project)
        {
            path = ClaudeHookSettings.PathFor(Scope, project.Root);
        }
        else
        {
            return;
        }

        HookSettingsChange change;
        try
        {
            change = Plan(path);
        }
        catch (HandoffException ex)
        {
            WriteError(ErrorRecords.From(ex));
            return;
        }

        if (!change.Changed)
        {
            WriteVerbose($"'{path}' already has what was asked; nothing was written.");
        }
        else if (!ShouldProcess($"Writing '{path}':{System.Environment.NewLine}{change.After}", $"Write '{path}'?", MyInvocation.MyCommand.Name))
        {
            return;
        }

        try
        {
            change.Apply();
            WriteObject(ClaudeHookSettings.Status(path));
        }
        catch (HandoffException ex)
        {
            WriteError(ErrorRecords.From(ex));
        }
    }
}
