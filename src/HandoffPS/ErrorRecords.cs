using System;
using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS;

/// <summary>Turns core failures into PowerShell error records with stable ids.</summary>
internal static class ErrorRecords
{
    public static ErrorRecord From(HandoffException ex) =>
        new(ex, ex.ErrorId, Category(ex.Kind), ex.Target);

    public static ErrorRecord Create(string errorId, ErrorCategory category, string message, object? target, Exception? inner = null) =>
        new(new InvalidOperationException(message, inner), errorId, category, target);

    private static ErrorCategory Category(HandoffErrorKind kind) => kind switch
    {
        HandoffErrorKind.InvalidArgument => ErrorCategory.InvalidArgument,
        HandoffErrorKind.ResourceExists => ErrorCategory.ResourceExists,
        HandoffErrorKind.ReadError => ErrorCategory.ReadError,
        HandoffErrorKind.WriteError => ErrorCategory.WriteError,
        HandoffErrorKind.ObjectNotFound => ErrorCategory.ObjectNotFound,
        _ => ErrorCategory.NotSpecified,
    };
}
