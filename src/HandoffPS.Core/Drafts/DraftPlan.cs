using System.Collections.Generic;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Drafts;

/// <summary>A draft ready to write: where, the handoff it holds, its exact text, and what git or the transcript could not tell.</summary>
public sealed class DraftPlan
{
    internal DraftPlan(string filePath, string sessionId, Handoff handoff, string content, IReadOnlyList<string> warnings, IReadOnlyList<string> notes)
    {
        FilePath = filePath;
        SessionId = sessionId;
        Handoff = handoff;
        Content = content;
        Warnings = warnings;
        Notes = notes;
    }

    public string FilePath { get; }

    public string SessionId { get; }

    public Handoff Handoff { get; }

    /// <summary>The exact text of the draft file: the canonical form, with a <c>**Session**:</c> header line.</summary>
    public string Content { get; }

    public IReadOnlyList<string> Warnings { get; }

    public IReadOnlyList<string> Notes { get; }

    /// <summary>Writes the draft (<see cref="DraftStore.Write"/>).</summary>
    public void Write() => DraftStore.Write(FilePath, Content);
}
