using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS;

/// <summary>
/// What the cmdlets that work on handoff files share (Test-Handoff, Measure-Handoff): -Path, -LiteralPath or
/// handoffs piped from Get-Handoff, the current project's handoffs by default, and each input read once as a
/// <see cref="HandoffDocument"/>. A file that cannot be read is one non-terminating error and is counted in
/// <see cref="Failures"/>.
/// </summary>
public abstract class HandoffDocumentCommand : PSCmdlet
{
    internal const string PathSet = "Path";
    internal const string LiteralPathSet = "LiteralPath";
    internal const string InputObjectSet = "InputObject";

    /// <summary>Handoff files, or folders of them (a project root or session-handoffs). Wildcards are allowed. Default: the current project's handoffs.</summary>
    [Parameter(ParameterSetName = PathSet, Position = 0, ValueFromPipeline = true)]
    [SupportsWildcards]
    public string[]? Path { get; set; }

    /// <summary>Like -Path, but taken exactly as typed. Binds the PSPath of files piped from Get-ChildItem.</summary>
    [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    public string[]? LiteralPath { get; set; }

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

        foreach (string file in HandoffFiles.Find(this, Path, LiteralPath))
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
