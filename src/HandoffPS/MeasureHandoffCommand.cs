using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS;

/// <summary>Measures handoffs: tokens, words, lines and characters of each handoff file.</summary>
/// <remarks>
/// <para>Measure-Handoff outputs one HandoffMeasure per handoff: Tokens, Words, Lines and Characters, with the handoff's Path, Description, Date and Branch. It measures the file's text as read: without a byte-order mark, with line endings as LF.</para>
/// <para>Tokens are real token counts, from the o200k_base encoding (Microsoft.ML.Tokenizers, the tokenizer of current OpenAI models; Claude's tokenizer is not public, and its counts are of the same order). It is the count Test-Handoff's length rule (-TokenBudget, 600 by default, the template's budget) and Get-HandoffContext's -MaxTokens use. The tokenizer loads once per session, on the first count (a few hundred milliseconds); Get-Handoff alone never loads it.</para>
/// <para>Words are runs of characters between white space and Characters are UTF-16 characters, newlines included, as Measure-Object counts them; Lines counts every line, blank ones included.</para>
/// <para>Input: handoffs piped from Get-Handoff (the file each was read from is measured; a handoff not read from a file is measured as New-Handoff would write it), -Path or -LiteralPath (handoff files, or folders of them), files piped from Get-ChildItem, or, with none of these, the current project's handoffs. A file that cannot be read is one non-terminating error (HandoffUnreadable).</para>
/// </remarks>
/// <example>
/// <code>Get-Handoff -Latest | Measure-Handoff</code>
/// <para>How big the latest handoff is, in tokens, words, lines and characters.</para>
/// </example>
/// <example>
/// <code>Measure-Handoff | Where-Object Tokens -gt 600 | Select-Object Description, Tokens, Path</code>
/// <para>The handoffs of the current project that are over the template's budget of about 600 tokens.</para>
/// </example>
/// <example>
/// <code>Measure-Handoff | Measure-Object Tokens -Sum -Average -Maximum</code>
/// <para>The total, mean and largest token count of the project's handoffs.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem ./session-handoffs/*.md | Measure-Handoff | Sort-Object Tokens -Descending | Format-Table</code>
/// <para>Measures the files Get-ChildItem finds, largest first.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Measure, "Handoff", DefaultParameterSetName = PathSet)]
[OutputType(typeof(HandoffMeasure))]
public sealed class MeasureHandoffCommand : PSCmdlet
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";
    private const string InputObjectSet = "InputObject";

    /// <summary>Handoff files, or folders of them (a project root or session-handoffs). Wildcards are allowed. Default: the current project's handoffs.</summary>
    [Parameter(ParameterSetName = PathSet, Position = 0, ValueFromPipeline = true)]
    [SupportsWildcards]
    public string[]? Path { get; set; }

    /// <summary>Like -Path, but taken exactly as typed. Binds the PSPath of files piped from Get-ChildItem.</summary>
    [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    public string[]? LiteralPath { get; set; }

    /// <summary>Handoffs from Get-Handoff. The file each was read from is measured; a handoff without a file is measured as New-Handoff would write it.</summary>
    [Parameter(ParameterSetName = InputObjectSet, Mandatory = true, ValueFromPipeline = true)]
    public Handoff[]? InputObject { get; set; }

    protected override void ProcessRecord()
    {
        if (InputObject is not null)
        {
            foreach (Handoff h in InputObject)
            {
                if (h is null)
                {
                    continue;
                }

                if (string.IsNullOrEmpty(h.Path))
                {
                    Measure(HandoffRenderer.Render(h), h);
                }
                else if (HandoffFiles.TryRead(this, h.Path) is HandoffDocument document)
                {
                    Measure(document.Text, document.Handoff);
                }
            }

            return;
        }

        foreach (string file in HandoffFiles.Find(this, Path, LiteralPath))
        {
            if (HandoffFiles.TryRead(this, file) is HandoffDocument document)
            {
                Measure(document.Text, document.Handoff);
            }
        }
    }

    private void Measure(string text, Handoff handoff)
    {
        HandoffMeasure measure;
        try
        {
            measure = HandoffMeasure.Of(text, handoff);
        }
        catch (HandoffException ex)
        {
            // The tokenizer could not load: every other handoff would fail the same way.
            ThrowTerminatingError(ErrorRecords.From(ex));
            return;
        }

        WriteObject(measure);
    }
}
