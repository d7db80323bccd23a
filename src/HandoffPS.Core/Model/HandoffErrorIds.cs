namespace HandoffPS.Core.Model;

/// <summary>
/// The error ids every cmdlet gives for the same situation, in one place (the table is in about_HandoffPS). Each one
/// is non-terminating: one bad path or file never hides the others.
/// </summary>
public static class HandoffErrorIds
{
    /// <summary>A -Path, -LiteralPath or -ProjectRoot that names nothing on disk, or a wildcard that matches nothing (ObjectNotFound).</summary>
    public const string PathNotFound = "PathNotFound";

    /// <summary>A path of another provider than the file system (InvalidArgument).</summary>
    public const string NotAFileSystemPath = "NotAFileSystemPath";

    /// <summary>A project without a handoff folder, given to a cmdlet that needs one: Update-HandoffIndex (ObjectNotFound).</summary>
    public const string HandoffFolderNotFound = "HandoffFolderNotFound";

    /// <summary>
    /// A handoff file that cannot be read (not UTF-8 text, a NUL, nested too deeply, not a regular file, an I/O or access
    /// error), or a handoff folder that cannot be listed (access denied, a file in its place) (ReadError).
    /// </summary>
    public const string HandoffUnreadable = "HandoffUnreadable";

    /// <summary>A handoff file larger than <see cref="HandoffLimits.MaxFileBytes"/>, to read or to write (LimitsExceeded).</summary>
    public const string HandoffTooLarge = "HandoffTooLarge";

    /// <summary>New-Handoff values that cannot make a readable handoff: a NUL character, a lone UTF-16 surrogate, or Markdown nested too deeply (InvalidArgument).</summary>
    public const string InvalidHandoffInput = "InvalidHandoffInput";

    /// <summary>A handoff or index that could not be written: the folder cannot be created, or an I/O or access error (WriteError).</summary>
    public const string HandoffWriteFailed = "HandoffWriteFailed";

    /// <summary>Get-Handoff -Ref/-AllBranches outside a repository, or in one git cannot read (ObjectNotFound).</summary>
    public const string NotAGitRepository = "NotAGitRepository";

    /// <summary>Get-Handoff -Ref with a branch, tag or commit the repository does not have (ObjectNotFound).</summary>
    public const string RefNotFound = "RefNotFound";

    /// <summary>A handoff that is not a file on disk (not yet written, or read from git objects), given to a cmdlet that needs its file (InvalidArgument).</summary>
    public const string HandoffHasNoFile = "HandoffHasNoFile";

    /// <summary>No draft of the session (or none at all) in the project, given to New-Handoff -FromDraft or <c>handoff new --from-draft</c> (ObjectNotFound).</summary>
    public const string DraftNotFound = "DraftNotFound";

    /// <summary>An agent's settings file that is not valid JSON, or whose hooks are not in the documented shape; it is left untouched (InvalidData).</summary>
    public const string InvalidSettings = "InvalidSettings";
}
