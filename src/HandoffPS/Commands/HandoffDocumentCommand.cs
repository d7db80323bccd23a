using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Input;

namespace HandoffPS.Commands;

/// <summary>
/// What the cmdlets that work on handoff files share (Test-Handoff, Measure-Handoff): -Path, -LiteralPath or
/// handoffs piped from Get-Handoff, the current project's handoffs by default, and each input read once as a
/// <see cref="HandoffDocument"/>. A file that cannot be read is one non-terminating error and is counted in
/// <see cref="Failures"/>.
/// </summary>
public abstract class HandoffDocumentCommand : HandoffReaderCommand
{
    internal const string InputObjectSet = "InputObject";

    /// <summary>Handoffs from Get-Handoff: the file each was read from is used.</summary>
    [Parameter(ParameterSetName = InputObjectSet, Mandatory = true, ValueFromPipeline = true)]
    public Handoff[]? InputObject { get; set; }

    /// <summary>How many inputs could not be read (each already reported as an error).</summary>
    protected int Failures { get; private set; }

    /// <summary>The documents of this pipeline input, in order.</summary>
    protected IEnumerable<HandoffDocument> Documents()
    {
        if (InputObject is not null)
        {
            foreach (Handoff h in InputObject)
            {
                HandoffDocument? document = h?.Path is string p && File.Exists(p)
                    ? HandoffFiles.TryRead(this, p)
                    : h is null ? null : FromUnsaved(h);
                if (document is null)
                {
                    Failures++;
                    continue;
                }

                yield return document;
            }

            yield break;
        }

        foreach (string file in Files())
        {
            if (HandoffFiles.TryRead(this, file) is HandoffDocument document)
            {
                yield return document;
            }
            else
            {
                Failures++;
            }
        }
    }

    /// <summary>
    /// The document for a handoff that is not a file on disk (not yet written, or read from git objects);
    /// null, after writing an error, when the cmdlet needs a file.
    /// </summary>
    protected abstract HandoffDocument? FromUnsaved(Handoff handoff);
}
