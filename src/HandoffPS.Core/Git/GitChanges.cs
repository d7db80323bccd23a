using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Git;

/// <summary>One commit of the history since a handoff: its SHA, subject line and author time.</summary>
public sealed record GitCommitInfo(string Sha, string Subject, DateTimeOffset When);

/// <summary>A file changed since a handoff: lines added and deleted, committed and uncommitted together.</summary>
public sealed record FileChange(string Path, int Added, int Deleted, bool Uncommitted)
{
    /// <summary>Lines changed, the rank of a key file.</summary>
    public int Lines => Added + Deleted;

    /// <summary>The key-file description: <c>+120 −30</c>.</summary>
    public string Summary => $"+{Added} \u2212{Deleted}";
}

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
