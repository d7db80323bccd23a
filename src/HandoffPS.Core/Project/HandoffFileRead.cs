using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Project;

/// <summary>One handoff file as read in full: its handoff and where its header's values came from, or why it could not be read.</summary>
public sealed class HandoffFileRead
{
    internal HandoffFileRead(string path, Handoff? handoff, HeaderOrigins origins, HandoffException? error)
    {
        Path = path;
        Handoff = handoff;
        Origins = origins;
        Error = error;
    }

    /// <summary>The file, as it was listed.</summary>
    public string Path { get; }

    /// <summary>The handoff; null when the file could not be read.</summary>
    public Handoff? Handoff { get; }

    /// <summary>Where the reader found the Date, Time, Branch and Description.</summary>
    public HeaderOrigins Origins { get; }

    /// <summary>Why the file could not be read (<c>HandoffUnreadable</c>); null when it was.</summary>
    public HandoffException? Error { get; }

    /// <summary>Reads <paramref name="path"/> in full (<see cref="HandoffStore.ReadHandoff(string, out HeaderOrigins)"/>); never throws for the file.</summary>
    internal static HandoffFileRead Of(string path)
    {
        try
        {
            Handoff handoff = HandoffStore.ReadHandoff(path, out HeaderOrigins origins);
            return new HandoffFileRead(path, handoff, origins, null);
        }
        catch (HandoffException ex)
        {
            return new HandoffFileRead(path, null, HeaderOrigins.None, ex);
        }
    }
}
