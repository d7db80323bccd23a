namespace HandoffPS.Core.Model;

/// <summary>A section of a handoff file that the reader could not map to the template: its heading and raw Markdown.</summary>
public sealed class HandoffSection
{
    public HandoffSection(string heading, string markdown)
    {
        Heading = heading;
        Markdown = markdown;
    }

    public string Heading { get; }

    public string Markdown { get; }

    public override string ToString() => Heading;
}
