using System.Management.Automation;
using HandoffPS.Core.Hooks;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Adds the HandoffPS hooks to Claude Code's settings: SessionStart prints the context; PreCompact, Stop and SessionEnd refresh the session's draft.</summary>
/// <include file='../Help/Install-HandoffHook.xml' path='doc/*'/>
[Cmdlet(VerbsLifecycle.Install, "HandoffHook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = Help.HelpLinks.Hooks)]
[OutputType(typeof(HookInstallation))]
public sealed class InstallHandoffHookCommand : HandoffHookCommand
{
    /// <summary>How a hook runs the tool: 'handoff' (on PATH after dotnet tool install --global HandoffPS.Cli, the default), a full path, or 'dotnet handoff' for a local tool.</summary>
    [Parameter]
    public string Command { get; set; } = ClaudeHookSettings.DefaultProgram;

    protected override bool Installing => true;

    protected override string Program => Command;
}
