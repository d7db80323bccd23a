using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Project;

/// <summary>
/// The handoffs on disk: the <c>session-handoffs/</c> folder of a project, its files, reading them (in
/// <see cref="HandoffOrder"/>), and the atomic, no-overwrite write.
/// </summary>
public static partial class HandoffStore
{
    public const string FolderName = "session-handoffs";

    /// <summary>How old a temporary file of a write must be before the next write removes it as left by a killed one.</summary>
    public static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromMinutes(1);

    private const string TemporarySuffix = ".tmp";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The handoff folder of a project root.</summary>
    public static string FolderFor(string projectRoot) => Path.Combine(projectRoot, FolderName);

    /// <summary>
    /// Files in <paramref name="folder"/> named like handoffs, listed by the timestamp in their names
    /// (<see cref="HandoffFileName.Chronological"/>): a listing order only; once read, handoffs are put in
    /// <see cref="HandoffOrder"/>. A folder that does not exist has none.
    /// </summary>
    /// <exception cref="HandoffException">
    /// HandoffUnreadable: <paramref name="folder"/> is a file, or cannot be listed (access denied, an I/O error).
    /// </exception>
    public static IReadOnlyList<string> EnumerateFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            if (File.Exists(folder))
            {
                throw FolderUnreadable(folder, "it is a file, not a folder", null);
            }

            return Array.Empty<string>();
        }

        // Case-insensitive on every platform, as HandoffFileName.IsHandoffName is: x.MD is a handoff on Linux too.
        var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0, IgnoreInaccessible = false };
        try
        {
            return Directory.EnumerateFiles(folder, "*.md", options)
                .Where(f => HandoffFileName.IsHandoffName(Path.GetFileName(f)))
                .OrderBy(f => f, HandoffFileName.Chronological)
                .ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw FolderUnreadable(folder, ex.Message, ex);
        }
    }

    /// <summary>
    /// Reads one handoff file. Every failure is a <see cref="HandoffException"/> naming the file: <c>HandoffUnreadable</c>
    /// (not a regular file, not UTF-8 text, an I/O or access error, or anything the parser could not take) or
    /// <c>HandoffTooLarge</c> (<see cref="HandoffLimits.MaxFileBytes"/>), so that every caller handles an unreadable file
    /// the same way.
    /// </summary>
    public static HandoffDocument Read(string file)
    {
        try
        {
            return HandoffParser.ReadDocument(file);
        }
        catch (Exception ex) when (ex is not HandoffException && ex is not OutOfMemoryException && ex is not StackOverflowException)
        {
            throw new HandoffException(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError, $"Cannot read handoff '{file}': {ex.Message}", file, ex);
        }
    }

    /// <summary>
    /// The handoffs of <paramref name="folder"/> that can be read, in <see cref="HandoffOrder"/> (oldest first). Each
    /// file that cannot be read is added to <paramref name="errors"/> (<see cref="Read"/>) and left out.
    /// </summary>
    public static IReadOnlyList<Handoff> ReadAll(string folder, ICollection<HandoffException> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var handoffs = new List<Handoff>();
        IReadOnlyList<string> files;
        try
        {
            files = EnumerateFiles(folder);
        }
        catch (HandoffException ex)
        {
            errors.Add(ex);
            return handoffs;
        }

        foreach (string file in files)
        {
            try
            {
                handoffs.Add(Read(file).Handoff);
            }
            catch (HandoffException ex)
            {
                errors.Add(ex);
            }
        }

        return HandoffOrder.Sort(handoffs);
    }

    /// <summary>
    /// The latest handoff of <paramref name="folder"/> in <see cref="HandoffOrder"/>, or null. Every file is read,
    /// since a header may be newer than its file name says; an unreadable file is added to <paramref name="errors"/>
    /// and does not hide the others.
    /// </summary>
    public static Handoff? Latest(string folder, ICollection<HandoffException> errors)
    {
        IReadOnlyList<Handoff> handoffs = ReadAll(folder, errors);
        return handoffs.Count == 0 ? null : handoffs[^1];
    }

    /// <summary>
    /// Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="path"/> through a temporary file in
    /// the same folder, moved into place: no reader ever sees half a file. Without <paramref name="force"/>
    /// an existing file is never replaced (error <c>HandoffExists</c>) and is left byte-identical.
    /// </summary>
    public static void WriteAtomic(string path, string content, bool force)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!force && File.Exists(path))
        {
            throw Exists(path, null);
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HandoffException(HandoffErrorIds.HandoffWriteFailed, HandoffErrorKind.WriteError, $"Cannot create the folder '{folder}': {ex.Message}", folder, ex);
        }

        RemoveStaleTemporaryFiles(folder, StaleTemporaryAge);
        string temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + TemporarySuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                byte[] bytes = Utf8NoBom.GetBytes(content);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (force)
            {
                File.Move(temp, path, overwrite: true);
            }
            else
            {
                MoveNew(temp, path);
            }
        }
        catch (IOException ex) when (!force && File.Exists(path))
        {
            throw Exists(path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HandoffException(HandoffErrorIds.HandoffWriteFailed, HandoffErrorKind.WriteError, $"Cannot write the handoff '{path}': {ex.Message}", path, ex);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Moves <paramref name="temp"/> to <paramref name="path"/>, which must not exist, atomically: of several writers
    /// racing for one name exactly one wins. On Linux and macOS <see cref="File.Move(string, string, bool)"/> checks and
    /// then renames, so two writers could both "win", the second replacing the first; a hard link fails atomically
    /// when the name exists. Where hard links are not supported, the move is the fallback.
    /// </summary>
    private static void MoveNew(string temp, string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            int linked = -1;
            int error = 0;
            try
            {
                linked = Native.Link(temp, path);
                error = linked == 0 ? 0 : System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
            }

            if (linked == 0)
            {
                // The handoff is in place; the temporary name goes (or, failing that, goes with a later write).
                try
                {
                    File.Delete(temp);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                }

                return;
            }

            if (error == EExist)
            {
                throw new IOException($"'{path}' exists.");
            }
        }

        File.Move(temp, path, overwrite: false);
    }

    private const int EExist = 17;

    private static class Native
    {
        [System.Runtime.InteropServices.DllImport("libSystem.Native", EntryPoint = "SystemNative_Link", SetLastError = true, CharSet = System.Runtime.InteropServices.CharSet.Ansi, BestFitMapping = false)]
        internal static extern int Link(string source, string linkTarget);
    }

    /// <summary>
    /// Deletes the temporary files a killed write of this module left in <paramref name="folder"/>
    /// (<c>.{name}.md.{8 hex digits}.tmp</c>, written by <see cref="WriteAtomic"/>) that are older than
    /// <paramref name="age"/>: a younger one may belong to a write still running. Nothing else is touched, and a file
    /// that cannot be deleted is left (best effort). Returns how many were deleted.
    /// </summary>
    public static int RemoveStaleTemporaryFiles(string folder, TimeSpan age)
    {
        int removed = 0;
        try
        {
            DateTime before = DateTime.UtcNow - age;
            var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true };
            foreach (string file in Directory.EnumerateFiles(folder, "*" + TemporarySuffix, options))
            {
                if (TemporaryName().IsMatch(Path.GetFileName(file)) && File.GetLastWriteTimeUtc(file) < before
                    && RegularFile.NotRegular(file) is null)
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stale file that cannot go now goes on a later write.
        }

        return removed;
    }

    /// <summary>The error for a handoff folder that cannot be listed.</summary>
    internal static HandoffException FolderUnreadable(string folder, string why, Exception? inner) =>
        new(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError,
            $"Cannot read the handoff folder '{folder}': {TextRules.SingleLine(why).TrimEnd('.')}. No handoff in it could be read.", folder, inner);

    private static HandoffException Exists(string path, Exception? inner) =>
        new("HandoffExists", HandoffErrorKind.ResourceExists,
            $"The handoff '{path}' already exists. It was left untouched; use -Force to replace it, or another -Description or -Date.",
            path, inner);

    // What WriteAtomic names its temporary files: "." + the file name + "." + 8 hex digits + ".tmp".
    [GeneratedRegex(@"^\..+\.[0-9a-f]{8}\.tmp$")]
    private static partial Regex TemporaryName();
}
