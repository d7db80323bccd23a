using System.Collections.Generic;
using System.IO;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Mcp.Resources;

/// <summary><c>handoff://latest</c>: the latest handoff's file, as written.</summary>
internal sealed class LatestHandoffResource : MarkdownResource
{
    public const string Uri = "handoff://latest";

    public LatestHandoffResource(ServedProject project)
        : base(project, Uri, "latest-handoff", "The latest session handoff (Markdown file).")
    {
    }

    protected override string Read()
    {
        HandoffProject project = Project.Resolve();
        Handoff? latest = HandoffStore.Latest(project.Folder, new List<HandoffException>());
        if (latest?.Path is not string path)
        {
            return "No session handoffs yet.\n";
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new HandoffException(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError, $"Cannot read handoff '{path}': {ex.Message}", path, ex);
        }
    }
}
