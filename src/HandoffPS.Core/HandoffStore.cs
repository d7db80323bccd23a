using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace HandoffPS.Core;

/// <summary>
/// The handoffs on disk: the <c>session-handoffs/</c> folder of a project, its files in name order, and the
/// atomic, no-overwrite write.
/// </summary>
public static class HandoffStore
{
    public const string FolderName = "session-handoffs";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The project root for a folder: its git work-tree root, else the folder itself.</summary>
    public static string ProjectRootOf(string directory) => GitFacts.Read(directory).WorkTreeRoot ?? directory;

    /// <summary>The handoff folder of a project root.</summary>
    public static string FolderFor(string projectRoot) => Path.Combine(projectRoot, FolderName);

    /// <summary>
    /// The folder to read handoffs from for <paramref name="path"/>: its <c>session-handoffs/</c> child when
    /// it has one, else the folder itself.
    /// </summary>
    public static string ResolveFolder(string path)
    {
        string child = FolderFor(path);
        return Directory.Exists(child) ? child : path;
    }

    /// <summary>Files in <paramref name="folder"/> named like handoffs, oldest first (<see cref="HandoffFileName.Chronological"/>).</summary>
    public static IReadOnlyList<string> EnumerateFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return Array.Empty<string>();
        }

        // Case-insensitive on every platform, as HandoffFileName.IsHandoffName is: x.MD is a handoff on Linux too.
        var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(folder, "*.md", options)
            .Where(f => HandoffFileName.IsHandoffName(Path.GetFileName(f)))
            .OrderBy(f => f, HandoffFileName.Chronological)
            .ToArray();
    }

    /// <summary>The newest handoff of a folder that can be read (by file name), or null.</summary>
    public static Handoff? Latest(string folder)
    {
        foreach (string file in EnumerateFiles(folder).Reverse())
        {
            try
            {
                return HandoffParser.ReadFile(file);
            }
            catch (Exception ex) when (ex is HandoffException or IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                // An unreadable newest file does not hide the one before it.
            }
        }

        return null;
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
            throw new HandoffException("HandoffWriteFailed", HandoffErrorKind.WriteError, $"Cannot create the folder '{folder}': {ex.Message}", folder, ex);
        }

        string temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                byte[] bytes = Utf8NoBom.GetBytes(content);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: force);
        }
        catch (IOException ex) when (!force && File.Exists(path))
        {
            throw Exists(path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HandoffException("HandoffWriteFailed", HandoffErrorKind.WriteError, $"Cannot write the handoff '{path}': {ex.Message}", path, ex);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static HandoffException Exists(string path, Exception? inner) =>
        new("HandoffExists", HandoffErrorKind.ResourceExists,
            $"The handoff '{path}' already exists. It was left untouched; use -Force to replace it, or another -Description or -Date.",
            path, inner);
}
