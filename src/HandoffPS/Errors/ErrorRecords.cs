using System;
using System.Management.Automation;
using HandoffPS.Core.Model;

namespace HandoffPS.Errors;

/// <summary>
/// Turns core failures into PowerShell error records with stable ids, and builds the records of the shared error
/// table (<see cref="HandoffErrorIds"/>): the same situation gives the same id and category in every cmdlet.
/// </summary>
internal static class ErrorRecords
{
    public static ErrorRecord From(HandoffException ex) =>
        new(ex, ex.ErrorId, Category(ex.Kind), ex.Target);

    public static ErrorRecord Create(string errorId, ErrorCategory category, string message, object? target, Exception? inner = null) =>
        new(new InvalidOperationException(message, inner), errorId, category, target);

    /// <summary>A path that names nothing on disk, or a wildcard that matches nothing.</summary>
    public static ErrorRecord PathNotFound(string path, Exception? inner = null) =>
        Create(HandoffErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, $"Cannot find '{path}': no such file or folder.", path, inner);

    /// <summary>A path of another provider than the file system.</summary>
    public static ErrorRecord NotAFileSystemPath(string path) =>
        Create(HandoffErrorIds.NotAFileSystemPath, ErrorCategory.InvalidArgument, $"'{path}' is not a file system path.", path);

    /// <summary>A project without a handoff folder, given to a cmdlet that needs one.</summary>
    public static ErrorRecord HandoffFolderNotFound(string folder) =>
        Create(HandoffErrorIds.HandoffFolderNotFound, ErrorCategory.ObjectNotFound,
            $"There is no handoff folder at '{folder}', so there is nothing to index. Write a handoff first with New-Handoff.", folder);

    /// <summary>A handoff that is not a file on disk, given to a cmdlet that needs its file.</summary>
    public static ErrorRecord HandoffHasNoFile(Handoff handoff, string need) =>
        Create(HandoffErrorIds.HandoffHasNoFile, ErrorCategory.InvalidArgument,
            $"The handoff '{handoff.Path ?? handoff.Description}' is not a file on disk, so there is {need}.", handoff);

    private static ErrorCategory Category(HandoffErrorKind kind) => kind switch
    {
        HandoffErrorKind.InvalidArgument => ErrorCategory.InvalidArgument,
        HandoffErrorKind.ResourceExists => ErrorCategory.ResourceExists,
        HandoffErrorKind.ReadError => ErrorCategory.ReadError,
        HandoffErrorKind.WriteError => ErrorCategory.WriteError,
        HandoffErrorKind.ObjectNotFound => ErrorCategory.ObjectNotFound,
        HandoffErrorKind.InvalidData => ErrorCategory.InvalidData,
        HandoffErrorKind.LimitsExceeded => ErrorCategory.LimitsExceeded,
        _ => ErrorCategory.NotSpecified,
    };
}
