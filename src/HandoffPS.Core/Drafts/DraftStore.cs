using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Core.Drafts;

/// <summary>
/// The drafts of a project: one file per session, <c>session-handoffs/drafts/{session-id}.md</c>. The folder is
/// below the handoff folder, so the index, the series and every reader of handoffs leave drafts out (they read
/// the handoff folder itself, not its subfolders). The folder holds a <c>.gitignore</c> of <c>*</c>: a draft is
/// a local file of one session and is never committed; the handoff made from it is.
/// </summary>
public static class DraftStore
{
    public const string FolderName = "drafts";

    /// <summary>The session id of a draft written without one (by hand, outside an agent's hook).</summary>
    public const string DefaultSessionId = "manual";

    private const int MaxIdLength = 100;

    /// <summary>The drafts folder of a handoff folder.</summary>
    public static string FolderFor(string handoffFolder) => Path.Combine(handoffFolder, FolderName);

    /// <summary>
    /// A session id usable as a file name: letters, digits, <c>.</c>, <c>_</c> and <c>-</c> kept, any other run of
    /// characters one <c>-</c>, at most 100 characters; an empty one is <see cref="DefaultSessionId"/>.
    /// </summary>
    public static string SessionId(string? raw)
    {
        var sb = new StringBuilder();
        foreach (char c in (raw ?? string.Empty).Trim())
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.';
            if (ok)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        string id = sb.ToString().Trim('-', '.');
        if (id.Length > MaxIdLength)
        {
            id = id[..MaxIdLength].TrimEnd('-', '.');
        }

        return id.Length == 0 ? DefaultSessionId : id;
    }

    /// <summary>The draft file of a session in a handoff folder.</summary>
    public static string PathFor(string handoffFolder, string? sessionId) =>
        Path.Combine(FolderFor(handoffFolder), SessionId(sessionId) + ".md");

    /// <summary>The drafts of a handoff folder, newest first; none when there is no drafts folder.</summary>
    public static IReadOnlyList<DraftFile> List(string handoffFolder)
    {
        string folder = FolderFor(handoffFolder);
        if (!Directory.Exists(folder))
        {
            return Array.Empty<DraftFile>();
        }

        try
        {
            return new DirectoryInfo(folder).EnumerateFiles("*.md")
                .Where(f => !f.Name.StartsWith('.'))
                .Select(f => new DraftFile(f.FullName, Path.GetFileNameWithoutExtension(f.Name), f.LastWriteTime))
                .OrderByDescending(d => d.LastWriteTime)
                .ThenBy(d => d.SessionId, StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<DraftFile>();
        }
    }

    /// <summary>
    /// The draft of <paramref name="sessionId"/>, or the newest draft when it is null.
    /// </summary>
    /// <exception cref="HandoffException">DraftNotFound: there is no such draft.</exception>
    public static DraftFile Find(string handoffFolder, string? sessionId)
    {
        IReadOnlyList<DraftFile> drafts = List(handoffFolder);
        DraftFile? found = sessionId is null
            ? drafts.FirstOrDefault()
            : drafts.FirstOrDefault(d => string.Equals(d.SessionId, SessionId(sessionId), StringComparison.Ordinal));
        if (found is null)
        {
            string which = sessionId is null ? "no draft" : $"no draft of session '{SessionId(sessionId)}'";
            throw new HandoffException(HandoffErrorIds.DraftNotFound, HandoffErrorKind.ObjectNotFound,
                $"There is {which} in '{FolderFor(handoffFolder)}'. Write one with 'handoff draft' (or New-HandoffDraft), or let the agent hooks write it.",
                FolderFor(handoffFolder));
        }

        return found;
    }

    /// <summary>
    /// Writes a draft through a temporary file moved into place (a crash leaves the previous draft whole), creates
    /// the folder with its <c>.gitignore</c>, and removes temporary files that a killed writer left behind.
    /// </summary>
    public static void Write(string path, string content)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        string ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
        {
            try
            {
                File.WriteAllText(ignore, "# Drafts of session handoffs: local to one session, never committed.\n*\n");
            }
            catch (IOException)
            {
                // Another writer made it at the same moment.
            }
        }

        RemoveStaleTemporaryFiles(folder);
        HandoffStore.WriteAtomic(path, content, force: true);
    }

    /// <summary>Removes a draft file; a draft already gone is no error.</summary>
    public static void Remove(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static void RemoveStaleTemporaryFiles(string folder)
    {
        try
        {
            DateTime before = DateTime.UtcNow - TimeSpan.FromMinutes(5);
            foreach (FileInfo temp in new DirectoryInfo(folder).EnumerateFiles(".*.tmp"))
            {
                if (temp.LastWriteTimeUtc < before)
                {
                    temp.Delete();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary file left behind is hidden and harmless.
        }
    }
}
