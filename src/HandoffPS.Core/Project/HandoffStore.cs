using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
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
        List<NamedFile> named = List(folder);
        // Each name is read once (its timestamp is the sort key), and the list is sorted once.
        named.Sort(static (a, b) =>
        {
            int byTime = a.NameTime!.Value.CompareTo(b.NameTime!.Value);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Name, b.Name);
        });
        return named.ConvertAll(n => n.Path);
    }

    /// <summary>
    /// True when <paramref name="folder"/> holds at least one file named like a handoff (the listing stops there); false
    /// when it does not exist or cannot be listed.
    /// </summary>
    public static bool HasHandoffs(string folder)
    {
        try
        {
            return Directory.Exists(folder) && Enumerate(folder).Any();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return false;
        }
    }

    /// <summary>
    /// The files of <paramref name="folder"/> named like handoffs, in the order the file system lists them, each with its
    /// name's timestamp. A folder that does not exist has none.
    /// </summary>
    /// <exception cref="HandoffException">
    /// HandoffUnreadable: <paramref name="folder"/> is a file, or cannot be listed (access denied, an I/O error).
    /// </exception>
    internal static List<NamedFile> List(string folder)
    {
        if (!Directory.Exists(folder))
        {
            if (File.Exists(folder))
            {
                throw FolderUnreadable(folder, "it is a file, not a folder", null);
            }

            return new List<NamedFile>();
        }

        try
        {
            return Enumerate(folder).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw FolderUnreadable(folder, ex.Message, ex);
        }
    }

    private static IEnumerable<NamedFile> Enumerate(string folder)
    {
        // Any file ending in .md whatever its case (x.MD is a handoff on Linux too, as HandoffFileName reads it),
        // hidden ones included; each name is read once.
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        var entries = new FileSystemEnumerable<string>(folder, static (ref FileSystemEntry e) => e.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = static (ref FileSystemEntry e) => !e.IsDirectory && e.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase),
        };
        foreach (string path in entries)
        {
            string name = Path.GetFileName(path);
            if (HandoffFileName.TryParse(name, out DateTime time, out _, out _))
            {
                yield return new NamedFile(path, name, time);
            }
        }
    }

    /// <summary>A file named like a handoff: its path as listed, its name and its name's timestamp (when read).</summary>
    internal sealed record NamedFile(string Path, string Name, DateTime? NameTime);

    /// <summary>
    /// Reads one handoff file. Every failure is a <see cref="HandoffException"/> naming the file: <c>HandoffUnreadable</c>
    /// (not a regular file, not UTF-8 text, an I/O or access error, or anything the parser could not take) or
    /// <c>HandoffTooLarge</c> (<see cref="HandoffLimits.MaxFileBytes"/>), so that every caller handles an unreadable file
    /// the same way.
    /// </summary>
    public static HandoffDocument Read(string file) => Reading(file, () => HandoffParser.ReadDocument(file));

    /// <summary>Reads one handoff file as <see cref="HandoffParser.ReadFile"/> does (the line scanner for a canonical file); failures as <see cref="Read"/>.</summary>
    public static Handoff ReadHandoff(string file) => ReadHandoff(file, out _);

    /// <summary><see cref="ReadHandoff(string)"/>, with where the header's values came from.</summary>
    public static Handoff ReadHandoff(string file, out HeaderOrigins origins)
    {
        HeaderOrigins found = HeaderOrigins.None;
        Handoff handoff = Reading(file, () => HandoffParser.ReadHandoff(file, out found));
        origins = found;
        return handoff;
    }

    /// <summary>The date of a file's handoff (<see cref="HandoffParser.ReadDate"/>: from its header when that settles it); failures as <see cref="Read"/>.</summary>
    internal static DateTime? ReadDate(string file) => Reading(file, () => HandoffParser.ReadDate(file));

    /// <summary>The one error for a file that cannot be read.</summary>
    internal static HandoffException Unreadable(string file, Exception ex) =>
        new(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError, $"Cannot read handoff '{file}': {ex.Message}", file, ex);

    private static T Reading<T>(string file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not HandoffException && ex is not OutOfMemoryException && ex is not StackOverflowException)
        {
            throw Unreadable(file, ex);
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
        foreach (HandoffFileRead read in HandoffCatalog.OfFolder(folder, errors).Read())
        {
            if (read.Handoff is Handoff handoff)
            {
                handoffs.Add(handoff);
            }
            else
            {
                errors.Add(read.Error!);
            }
        }

        return handoffs;
    }

    /// <summary>
    /// The latest handoff of <paramref name="folder"/> in <see cref="HandoffOrder"/>, or null. Every file's header is
    /// read, since a header may be newer than its file name says, and the newest file is read in full; an unreadable
    /// file is added to <paramref name="errors"/> and does not hide the others.
    /// </summary>
    public static Handoff? Latest(string folder, ICollection<HandoffException> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return HandoffCatalog.OfFolder(folder, errors).Latest(errors)?.Handoff;
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
                FileMove.MoveNoReplace(temp, path);
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
