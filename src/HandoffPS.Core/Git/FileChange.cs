namespace HandoffPS.Core.Git;

/// <summary>A file changed since a handoff: lines added and deleted, committed and uncommitted together.</summary>
public sealed record FileChange(string Path, int Added, int Deleted, bool Uncommitted)
{
    /// <summary>Lines changed, the rank of a key file.</summary>
    public int Lines => Added + Deleted;

    /// <summary>The key-file description: <c>+120 −30</c>.</summary>
    public string Summary => $"+{Added} \u2212{Deleted}";
}
