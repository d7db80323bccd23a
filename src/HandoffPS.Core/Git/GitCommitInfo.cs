using System;

namespace HandoffPS.Core.Git;

/// <summary>One commit of the history since a handoff: its SHA, subject line and author time.</summary>
public sealed record GitCommitInfo(string Sha, string Subject, DateTimeOffset When);
