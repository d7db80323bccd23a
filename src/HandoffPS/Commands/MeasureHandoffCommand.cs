using System.Management.Automation;
using HandoffPS.Core.Context;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Errors;

namespace HandoffPS.Commands;

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
public sealed class MeasureHandoffCommand : HandoffDocumentCommand
{
    protected override void ProcessRecord()
    {
        foreach (HandoffDocument document in Documents())
        {
            Measure(document.Text, document.Handoff);
        }
    }

    /// <summary>A handoff without a file is measured as New-Handoff would write it.</summary>
    protected override HandoffDocument? FromUnsaved(Handoff handoff)
    {
        HandoffDocument document = HandoffParser.ParseDocument(HandoffRenderer.Render(handoff), handoff.FileName);
        document.Handoff.Path = handoff.Path;
        return document;
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
