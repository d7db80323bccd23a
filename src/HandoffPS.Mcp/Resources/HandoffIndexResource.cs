using HandoffPS.Core.Project;

namespace HandoffPS.Mcp.Resources;

/// <summary>
/// <c>handoff://index</c>: the index of the handoff folder as Update-HandoffIndex writes it (session-handoffs/README.md),
/// rendered from the handoffs now; reading it writes nothing.
/// </summary>
internal sealed class HandoffIndexResource : MarkdownResource
{
    public const string Uri = "handoff://index";

    public HandoffIndexResource(ServedProject project)
        : base(project, Uri, "handoff-index", "The index of session handoffs, newest first (Markdown table).")
    {
    }

    protected override string Read() => HandoffIndex.Check(Project.Resolve().Folder).Content;
}
