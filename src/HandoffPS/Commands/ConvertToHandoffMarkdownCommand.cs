using System.Management.Automation;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Commands;

/// <summary>Renders Handoff objects as canonical handoff Markdown.</summary>
/// <remarks>
/// <para>ConvertTo-HandoffMarkdown renders any Handoff, including one read from a file that does not follow the template, as Markdown in the template's exact shape: the title, the Date/Time/Branch/Author header, then Session Summary, Completed Work, Next Priorities, Blockers/Questions and Context for Next Session, each only when it has content.</para>
/// <para>Nothing the reader kept is dropped: header fields beyond Date, Time, Branch and Author follow the Author line, a time zone follows the time, and sections that map to no part of the template follow the Context section unchanged.</para>
/// <para>For a file written by New-Handoff the text is the file's exact content. The text ends with one newline, so write it with Set-Content -NoNewline to keep the bytes.</para>
/// </remarks>
/// <example>
/// <code>Get-Handoff old.md | ConvertTo-HandoffMarkdown | Set-Content -NoNewline new.md</code>
/// <para>Migrates a hand-written handoff to the template's shape.</para>
/// </example>
/// <example>
/// <code>Get-Handoff | ForEach-Object { $_ | ConvertTo-HandoffMarkdown | Set-Content -NoNewline -LiteralPath $_.Path }</code>
/// <para>Rewrites every handoff of the project in place, in canonical form (review the diff with git before committing).</para>
/// </example>
/// <example>
/// <code>(Get-Handoff -Latest | ConvertTo-HandoffMarkdown) -eq (Get-Content -Raw (Get-Handoff -Latest).Path)</code>
/// <para>True for a handoff written by New-Handoff.</para>
/// </example>
[Cmdlet(VerbsData.ConvertTo, "HandoffMarkdown")]
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
