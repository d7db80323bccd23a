using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Git;

/// <summary>
/// Fills a handoff from git: one Completed Work item per commit since the previous handoff (its subject, with
/// any conventional-commit type such as <c>feat:</c> kept), and Key Files for the files changed since then,
/// committed or not, ranked by lines changed, at most <see cref="MaxKeyFiles"/>, described as <c>+120 −30</c>.
/// Explicit values come first; nothing appears twice.
/// </summary>
public static class FromGit
{
    public const int MaxKeyFiles = 15;

    public static Handoff Apply(Handoff draft, GitChanges changes)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(changes);

        var completed = draft.CompletedWork.ToList();
        var seen = new HashSet<string>(completed.Select(Key), StringComparer.Ordinal);
        foreach (GitCommitInfo commit in changes.Commits)
        {
            if (seen.Add(Key(commit.Subject)))
            {
                completed.Add(commit.Subject);
            }
        }

        var keyFiles = draft.KeyFiles.ToList();
        var paths = new HashSet<string>(keyFiles.Select(k => k.Path.Replace('\\', '/')), StringComparer.Ordinal);
        foreach (FileChange file in changes.Files.Where(f => !paths.Contains(f.Path)).Take(MaxKeyFiles))
        {
            keyFiles.Add(new KeyFile(file.Path, file.Summary));
        }

        Handoff next = draft.Copy();
        next.CompletedWork = completed.ToArray();
        next.KeyFiles = keyFiles.ToArray();
        return next;
    }

    private static string Key(string item) => TextRules.SingleLine(item).ToLowerInvariant();
}
