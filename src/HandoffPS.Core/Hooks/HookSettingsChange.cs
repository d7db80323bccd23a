using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Hooks;

/// <summary>A change to a settings file, planned and not yet written: its text before and after.</summary>
public sealed class HookSettingsChange
{
    internal HookSettingsChange(string path, bool existed, bool bom, string before, string after, IReadOnlyList<HookEvent> events, IReadOnlyList<HookEvent> unchanged)
    {
        Path = path;
        Existed = existed;
        HasBom = bom;
        Before = before;
        After = after;
        Events = events;
        Unchanged = unchanged;
    }

    public string Path { get; }

    /// <summary>Whether the file existed before.</summary>
    public bool Existed { get; }

    /// <summary>Whether the file started with a UTF-8 byte order mark (kept when written).</summary>
    public bool HasBom { get; }

    /// <summary>The file's text before the change (empty when it did not exist).</summary>
    public string Before { get; }

    /// <summary>The file's text after the change.</summary>
    public string After { get; }

    /// <summary>The events whose hook the change adds (install) or removes (uninstall).</summary>
    public IReadOnlyList<HookEvent> Events { get; }

    /// <summary>The events left as they were: already installed (install) or not there (uninstall).</summary>
    public IReadOnlyList<HookEvent> Unchanged { get; }

    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);

    /// <summary>
    /// Writes <see cref="After"/> through a temporary file in the same folder moved into place (a symbolic link is
    /// followed, so a settings file kept elsewhere stays there); nothing when nothing changed.
    /// </summary>
    public void Apply()
    {
        if (!Changed)
        {
            return;
        }

        string target = Path;
        try
        {
            if (File.Exists(target) && new FileInfo(target).ResolveLinkTarget(returnFinalTarget: true) is FileSystemInfo real)
            {
                target = real.FullName;
            }

            string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target))!;
            Directory.CreateDirectory(folder);
            string temp = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    if (HasBom)
                    {
                        stream.Write(new byte[] { 0xEF, 0xBB, 0xBF });
                    }

                    byte[] bytes = new UTF8Encoding(false).GetBytes(After);
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new HandoffException("SettingsWriteFailed", HandoffErrorKind.WriteError, $"Cannot write the settings file '{Path}': {ex.Message}", Path, ex);
        }
    }
}
