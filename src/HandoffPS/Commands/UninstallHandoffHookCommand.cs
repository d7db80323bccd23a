using System.Management.Automation;
using HandoffPS.Core.Hooks;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>Removes exactly the hooks Install-HandoffHook added, and the event lists they leave empty.</summary>
/// <include file='../Help/Uninstall-HandoffHook.xml' path='doc/*'/>
[Cmdlet(VerbsLifecycle.Uninstall, "HandoffHook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = Help.HelpLinks.Hooks)]
[OutputType(typeof(HookInstallation))]
public sealed class UninstallHandoffHookCommand : HandoffHookCommand
{
    protected override bool Installing => false;
}
