using System;

namespace HandoffPS.Core.Model;

/// <summary>A failure the core reports to its caller, with a stable PascalCase error id.</summary>
public sealed class HandoffException : Exception
{
    public HandoffException(string errorId, HandoffErrorKind kind, string message, string? target = null, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Kind = kind;
        Target = target;
    }

    /// <summary>Stable id, e.g. <c>HandoffExists</c>, <c>InvalidDescription</c>, <c>HandoffUnreadable</c>.</summary>
    public string ErrorId { get; }

    public HandoffErrorKind Kind { get; }

    /// <summary>The path or value the failure is about.</summary>
    public string? Target { get; }
}
