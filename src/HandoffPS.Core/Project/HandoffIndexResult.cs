using System.Collections.Generic;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Project;

/// <summary>What <see cref="HandoffIndex.Check"/> or <see cref="HandoffIndex.Update"/> found and did.</summary>
public sealed class HandoffIndexResult
{
    internal HandoffIndexResult(string path, string content, int handoffCount, bool existed, bool isCurrent, bool isForeign, bool changed, IReadOnlyList<HandoffException> errors)
    {
        Path = path;
        Content = content;
        HandoffCount = handoffCount;
        Existed = existed;
        IsCurrent = isCurrent;
        IsForeign = isForeign;
        Changed = changed;
        Errors = errors;
    }

    /// <summary>Full path of the index file.</summary>
    public string Path { get; }

    /// <summary>The index as rendered from the handoffs (what the file holds once it is current).</summary>
    public string Content { get; }

    /// <summary>How many handoffs the index lists.</summary>
    public int HandoffCount { get; }

    /// <summary>Whether the index file existed before.</summary>
    public bool Existed { get; }

    /// <summary>Whether the file on disk already matched the handoffs, byte for byte, before any write.</summary>
    public bool IsCurrent { get; }

    /// <summary>Whether a README.md is there that is not a handoff index (its first line is not the index title).</summary>
    public bool IsForeign { get; }

    /// <summary>Whether this call wrote the file.</summary>
    public bool Changed { get; }

    /// <summary>Handoff files that could not be read, and so are not listed.</summary>
    public IReadOnlyList<HandoffException> Errors { get; }

    /// <summary>What happened, in one word: Unchanged, Created, Updated, or (after a check) Stale or Missing.</summary>
    public string Status => Changed ? (Existed ? "Updated" : "Created") : IsCurrent ? "Unchanged" : Existed ? "Stale" : "Missing";

    internal HandoffIndexResult AsWritten() => new(Path, Content, HandoffCount, Existed, IsCurrent, IsForeign, changed: true, Errors) { Listing = Listing };

    /// <summary>The folder's handoff files when the index was made (see HandoffIndex.Apply).</summary>
    internal string Listing { get; init; } = string.Empty;

    public override string ToString() => $"{Status}: {Path} ({HandoffCount} handoffs)";
}
