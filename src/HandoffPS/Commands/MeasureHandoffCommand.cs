using System.Management.Automation;
using HandoffPS.Core.Context;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Errors;

namespace HandoffPS.Commands;

/// <summary>Measures handoffs: tokens, words, lines and characters of each handoff file.</summary>
/// <include file='../Help/Measure-Handoff.xml' path='doc/*'/>
[Cmdlet(VerbsDiagnostic.Measure, "Handoff", DefaultParameterSetName = PathSet, HelpUri = Help.HelpLinks.Measure)]
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
