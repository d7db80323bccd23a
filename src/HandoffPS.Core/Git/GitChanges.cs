using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Git;

/// <summary>What changed in a repository since a handoff: commits, files, and how "since" was decided.</summary>
public sealed class GitChanges
{
    public GitChanges(IReadOnlyList<GitCommitInfo> commits, IReadOnlyList<FileChange> files, int uncommittedFiles, string since, IReadOnlyList<string> warnings)
    {
        Commits = commits;
        Files = files;
        UncommittedFiles = uncommittedFiles;
        Since = since;
        Warnings = warnings;
    }

    /// <summary>Commits since the start point, oldest first; merges and commits that only change the handoff folder are left out.</summary>
    public IReadOnlyList<GitCommitInfo> Commits { get; }

    /// <summary>Files changed since the start point, committed or not, most lines changed first.</summary>
    public IReadOnlyList<FileChange> Files { get; }

    /// <summary>Files with uncommitted changes (staged, unstaged or untracked).</summary>
    public int UncommittedFiles { get; }

    /// <summary>Where "since" started, in words: <c>commit 1a2b3c4d5e6f</c> or <c>2025-10-27 09:30</c>.</summary>
    public string Since { get; }

    public IReadOnlyList<string> Warnings { get; }

    public static GitChanges None(string since, string warning) =>
        new(Array.Empty<GitCommitInfo>(), Array.Empty<FileChange>(), 0, since, new[] { warning });
}
