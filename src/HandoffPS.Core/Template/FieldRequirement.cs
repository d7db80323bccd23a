namespace HandoffPS.Core.Template;

/// <summary>When the template expects a header field.</summary>
public enum FieldRequirement
{
    /// <summary>Written when known, never expected.</summary>
    Optional,

    /// <summary>Expected in every handoff.</summary>
    Required,

    /// <summary>Expected when the project is a git repository (there is a branch to name).</summary>
    RequiredInRepository,
}
