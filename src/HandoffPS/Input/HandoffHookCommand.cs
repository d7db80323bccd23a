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
    /// <remarks>A string (checked against the names of <see cref="HookScope"/>): a field of a core value type would make
    /// the type loader need HandoffPS.Core while PowerShell lists the module's types.</remarks>
    [Parameter]
    [ValidateSet(nameof(HookScope.Project), nameof(HookScope.Local), nameof(HookScope.User), IgnoreCase = true)]
    public string Scope { get; set; } = nameof(HookScope.Project);

    /// <summary>True for Install-HandoffHook, false for Uninstall-HandoffHook.</summary>
    /// <remarks>No member that a subclass overrides names a core type: the type loader would need HandoffPS.Core
    /// while PowerShell lists the module's types, before the module's load context is in place.</remarks>
    protected abstract bool Installing { get; }

    /// <summary>How a hook runs the tool (Install-HandoffHook's -Command).</summary>
    protected virtual string Program => ClaudeHookSettings.DefaultProgram;

    private HookSettingsChange Plan(string settingsPath) =>
        Installing ? ClaudeHookSettings.PlanInstall(settingsPath, Program) : ClaudeHookSettings.PlanUninstall(settingsPath);

    protected override void EndProcessing()
    {
        HookScope scope = System.Enum.Parse<HookScope>(Scope, ignoreCase: true);
        string path;
        if (scope == HookScope.User)
        {
            path = ClaudeHookSettings.PathFor(scope, string.Empty);
        }
        else if (Projects().FirstOrDefault() is HandoffProject project)
        {
            path = ClaudeHookSettings.PathFor(scope, project.Root);
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
