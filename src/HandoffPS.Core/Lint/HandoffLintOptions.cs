using System;
using HandoffPS.Core.Context;

namespace HandoffPS.Core.Lint;

/// <summary>What <see cref="HandoffLinter"/> needs to know beyond the file itself.</summary>
public sealed class HandoffLintOptions
{
    /// <summary>The project root that key files are relative to; null skips the key-file check.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>Whether a Branch line is expected (the project is a git repository).</summary>
    public bool ExpectBranch { get; init; }

    /// <summary>The token budget of the length rule (o200k_base tokens); the template's is about 600.</summary>
    public int TokenBudget { get; init; } = HandoffLinter.DefaultTokenBudget;

    /// <summary>Counts the tokens of a text; null uses <see cref="TokenCounter.Count"/> (o200k_base).</summary>
    public Func<string, int>? CountTokens { get; init; }
}
