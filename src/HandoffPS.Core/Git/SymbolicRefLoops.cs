using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using HandoffPS.Core.Project;
using LibGit2Sharp;

namespace HandoffPS.Core.Git;

/// <summary>
/// Symbolic references that never reach a commit (<c>HEAD</c> holding <c>ref: HEAD</c>, two branches naming each
/// other): LibGit2Sharp builds a symbolic reference by building its target first, with no end on a loop, and the
/// process dies of a stack overflow. Such loops are found first, from the ref files, and refused as a
/// <see cref="LibGit2SharpException"/>, which every git reader already turns into its warning or error.
/// </summary>
internal static class SymbolicRefLoops
{
    // A chain longer than this is a loop for our purpose (git itself gives up after five levels).
    private const int MaxHops = 16;

    // A ref file is a line; a symbolic one is "ref: " and a ref name. More than this is not a ref file.
    private const int MaxRefFileBytes = 4096;

    private const string Prefix = "ref: ";

    /// <summary>
    /// Throws when <c>HEAD</c> of the repository at <paramref name="gitDir"/> loops, and, with
    /// <paramref name="branches"/>, when any branch or remote-tracking branch (the loose files under
    /// <c>refs/heads</c> and <c>refs/remotes</c>) does.
    /// </summary>
    /// <exception cref="LibGit2SharpException">A symbolic reference loops; the message names it.</exception>
    public static void Refuse(string gitDir, bool branches)
    {
        if (Find(gitDir, branches) is string loop)
        {
            throw new LibGit2SharpException($"the symbolic reference '{loop}' loops and never reaches a commit");
        }
    }

    /// <summary>The name of the first reference that loops (<see cref="Refuse"/>), or null.</summary>
    public static string? Find(string gitDir, bool branches)
    {
        string commonDir = CommonDir(gitDir);
        if (Loops(gitDir, commonDir, "HEAD"))
        {
            return "HEAD";
        }

        if (!branches)
        {
            return null;
        }

        foreach (string scope in new[] { "refs/heads", "refs/remotes" })
        {
            string root = Path.Combine(commonDir, scope);
            var names = new List<string>();
            try
            {
                if (Directory.Exists(root))
                {
                    foreach (string file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true }))
                    {
                        names.Add(scope + "/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'));
                    }
                }

                // In name order: the same loop is named the same way whatever order the file system lists it in.
                names.Sort(StringComparer.Ordinal);
                foreach (string name in names)
                {
                    if (Loops(gitDir, commonDir, name))
                    {
                        return name;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A refs folder that cannot be listed: git will say so itself.
            }
        }

        return null;
    }

    /// <summary>Whether following <paramref name="name"/> from ref file to ref file comes back to a name already seen.</summary>
    private static bool Loops(string gitDir, string commonDir, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? current = name;
        while (current is not null)
        {
            if (!seen.Add(current) || seen.Count > MaxHops)
            {
                return true;
            }

            current = Target(gitDir, commonDir, current);
        }

        return false;
    }

    /// <summary>The ref that the loose ref file of <paramref name="name"/> points to, or null when it is not symbolic, does not exist or cannot be read.</summary>
    private static string? Target(string gitDir, string commonDir, string name)
    {
        // Only plain ref names: nothing rooted, no way up and out of the git folder.
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Contains("..", StringComparison.Ordinal) || name.Contains('\\') || name.Contains('\0'))
        {
            return null;
        }

        string file = Path.Combine(name.StartsWith("refs/", StringComparison.Ordinal) ? commonDir : gitDir, name);
        try
        {
            // A named pipe or a device where a ref should be would block or never end: only regular files are read.
            if (!File.Exists(file) || RegularFile.NotRegular(file) is not null)
            {
                return null;
            }

            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
            byte[] buffer = new byte[MaxRefFileBytes];
            int length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            string text = Encoding.UTF8.GetString(buffer, 0, length);
            if (!text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return null;
            }

            string target = text[Prefix.Length..].Split('\n')[0].Trim();
            return target.Length == 0 ? null : target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Where the shared refs are: the folder named by a linked work tree's <c>commondir</c> file, else the git folder itself.</summary>
    private static string CommonDir(string gitDir)
    {
        string file = Path.Combine(gitDir, "commondir");
        try
        {
            if (File.Exists(file) && RegularFile.NotRegular(file) is null && new FileInfo(file).Length < MaxRefFileBytes)
            {
                string relative = File.ReadAllText(file).Trim();
                if (relative.Length > 0)
                {
                    return Path.GetFullPath(Path.Combine(gitDir, relative));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Unreadable: the git folder itself, as git would find nothing else either.
        }

        return gitDir;
    }
}
