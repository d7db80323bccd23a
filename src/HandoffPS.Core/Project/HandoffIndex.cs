using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Project;

/// <summary>
/// The index of a handoff folder: <c>session-handoffs/README.md</c>, a short header and a table of the handoffs,
/// newest first, with date, time, description (a relative link to the file), branch, open blocker count and top
/// priority.
/// </summary>
/// <remarks>
/// The rendering is deterministic: the same handoffs give the same bytes, whatever their input order, and the
/// file carries nothing that changes when another handoff is added (no generation time, no count, no column
/// padding), so two branches that add different handoffs conflict at most on the rows they add. Cell text is
/// Markdown-escaped and URLs become autolinks, so the file passes markdownlint whatever the handoffs say.
/// </remarks>
public static class HandoffIndex
{
    /// <summary>The index's file name in the handoff folder.</summary>
    public const string FileName = "README.md";

    /// <summary>The title of the index.</summary>
    public const string Title = "# Session Handoffs";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The index path of a handoff folder.</summary>
    public static string PathFor(string folder) => Path.Combine(folder, FileName);

    /// <summary>
    /// Whether <paramref name="file"/> is a handoff index: named README.md (any case) and starting with
    /// <see cref="Title"/>. Readers skip it: it lists handoffs and is not one.
    /// </summary>
    public static bool IsIndexFile(string file)
    {
        return string.Equals(Path.GetFileName(file), FileName, StringComparison.OrdinalIgnoreCase) && File.Exists(file) && IsIndex(file);
    }

    /// <summary>
    /// Renders the index of <paramref name="handoffs"/> for the folder <paramref name="folder"/> (links are relative
    /// to it). Pure: reads nothing from disk. A handoff is listed once per <see cref="Handoff.Path"/>.
    /// </summary>
    public static string Render(IEnumerable<Handoff> handoffs, string folder) => HandoffIndexMarkdown.Render(handoffs, folder);

    /// <summary>
    /// Reads the handoffs of <paramref name="folder"/> and compares their index with the file on disk, without
    /// writing. Files that cannot be read are left out of the index and listed in <see cref="HandoffIndexResult.Errors"/>.
    /// </summary>
    public static HandoffIndexResult Check(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        folder = Path.GetFullPath(folder);
        var errors = new List<HandoffException>();
        string listed = Listing(folder);
        IReadOnlyList<Handoff> handoffs = HandoffStore.ReadAll(folder, errors);

        string path = PathFor(folder);
        string content = Render(handoffs, folder);
        bool exists = File.Exists(path);
        bool current = exists && IsSame(path, content);
        bool foreign = exists && !current && !IsIndex(path);
        return new HandoffIndexResult(path, content, handoffs.Count, exists, current, foreign, changed: false, errors) { Listing = listed };
    }

    /// <summary>
    /// The handoff files of a folder as they are now (name, size and time of each): when it changes between reading the
    /// handoffs and writing the index, another writer added or changed one, and the index is made again.
    /// </summary>
    private static string Listing(string folder)
    {
        try
        {
            var w = new StringBuilder();
            foreach (string file in HandoffStore.EnumerateFiles(folder))
            {
                var info = new FileInfo(file);
                w.Append(info.Name).Append('|').Append(info.Exists ? info.Length : -1).Append('|')
                    .Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
            }

            return w.ToString();
        }
        catch (Exception ex) when (ex is HandoffException or IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    /// <summary>
    /// Brings the index of <paramref name="folder"/> up to date: when the file on disk differs from the rendering
    /// of the folder's handoffs (or does not exist), writes it atomically (<see cref="HandoffStore.WriteAtomic"/>);
    /// otherwise touches nothing. <see cref="HandoffIndexResult.Changed"/> says whether it wrote.
    /// </summary>
    /// <param name="folder">The handoff folder (<c>session-handoffs</c>).</param>
    /// <param name="force">Replace a README.md that is not an index (does not start with <see cref="Title"/>).</param>
    /// <exception cref="HandoffException">
    /// IndexNotOwned: a README.md that is not an index is there and <paramref name="force"/> is false (it is left
    /// untouched); HandoffWriteFailed: the index could not be written.
    /// </exception>
    public static HandoffIndexResult Update(string folder, bool force = false) => Apply(Check(folder), force);

    /// <summary>
    /// Writes what <see cref="Check"/> found, when the file is not current: the second half of <see cref="Update"/>,
    /// for a caller that checks first (to ask for confirmation, say). Same exceptions as <see cref="Update"/>.
    /// </summary>
    public static HandoffIndexResult Apply(HandoffIndexResult check, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.IsCurrent)
        {
            return check;
        }

        if (check.IsForeign && !force)
        {
            throw NotOwned(check.Path);
        }

        // Writers that each add a handoff and update the index at once: the last index written must list them all. When
        // the folder changed while this index was made, it is made again from what is there now (a few times at most).
        for (int attempt = 0; ; attempt++)
        {
            HandoffStore.WriteAtomic(check.Path, check.Content, force: true);
            if (attempt == MaxAttempts - 1 || Listing(Path.GetDirectoryName(check.Path)!) == check.Listing)
            {
                return check.AsWritten();
            }

            HandoffIndexResult again = Check(Path.GetDirectoryName(check.Path)!);
            if (again.IsCurrent)
            {
                return check.AsWritten();
            }

            check = again;
        }
    }

    private const int MaxAttempts = 10;

    /// <summary>The error for a README.md that is not an index, left untouched.</summary>
    public static HandoffException NotOwned(string path) =>
        new("IndexNotOwned", HandoffErrorKind.ResourceExists,
            $"'{path}' exists and is not a handoff index (its first line is not '{Title}'). It was left untouched; use -Force to replace it.",
            path);

    /// <summary>True when the file at <paramref name="path"/> starts with <see cref="Title"/>; false when it cannot be read.</summary>
    private static bool IsIndex(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Utf8NoBom, detectEncodingFromByteOrderMarks: true);
            return string.Equals(reader.ReadLine()?.TrimEnd(), Title, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsSame(string path, string content)
    {
        try
        {
            byte[] existing = File.ReadAllBytes(path);
            return existing.AsSpan().SequenceEqual(Utf8NoBom.GetBytes(content));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
