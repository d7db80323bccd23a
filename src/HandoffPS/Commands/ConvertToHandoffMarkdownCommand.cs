using System.Management.Automation;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Commands;

/// <summary>Renders Handoff objects as canonical handoff Markdown.</summary>
/// <include file='../Help/ConvertTo-HandoffMarkdown.xml' path='doc/*'/>
[Cmdlet(VerbsData.ConvertTo, "HandoffMarkdown", HelpUri = Help.HelpLinks.Lint)]
[OutputType(typeof(string))]
public sealed class ConvertToHandoffMarkdownCommand : PSCmdlet
{
    /// <summary>The handoffs to render, usually from Get-Handoff.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    public Handoff[] InputObject { get; set; } = System.Array.Empty<Handoff>();

    protected override void ProcessRecord()
    {
        foreach (Handoff handoff in InputObject)
        {
            WriteObject(HandoffRenderer.Render(handoff));
        }
    }
}
