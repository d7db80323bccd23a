using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Classifies header keys by their words, so that new wordings are read without new rules: a key is a date key
/// when one of its words is a date word (<c>Date</c>, <c>Session date</c>, <c>Last updated</c>, <c>Generated</c>,
/// <c>Fecha</c>, <c>日期</c>...), a branch key when one of its words is a branch word (<c>Branch</c>,
/// <c>Current branch</c>, <c>Rama de trabajo</c>, <c>作業ブランチ</c>...), unless a word says the value is about
/// something else (<c>Deadline</c>, <c>Release date</c>, <c>Previous branch</c>, <c>Base branch</c>).
/// </summary>
internal static class HeaderKeys
{
    // Rank 0: the session's date itself; 1: when the note was last written; 2: when it was first written.
    private static readonly Dictionary<string, int> DateWords = new(StringComparer.Ordinal)
    {
        ["date"] = 0, ["datetime"] = 0, ["timestamp"] = 0, ["fecha"] = 0, ["datum"] = 0, ["data"] = 0, ["when"] = 0,
        ["updated"] = 1, ["update"] = 1, ["generated"] = 1, ["written"] = 1, ["saved"] = 1, ["ended"] = 1, ["modified"] = 1,
        ["actualizado"] = 1, ["actualización"] = 1, ["aktualisiert"] = 1, ["stand"] = 1, ["checkpoint"] = 1,
        ["created"] = 2, ["started"] = 2, ["creado"] = 2, ["erstellt"] = 2, ["créé"] = 2,
    };

    private static readonly string[] DateSubstrings = { "日期", "日付", "날짜", "дата", "更新", "作成日", "生成", "创建", "時点" };

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "time", "hora", "heure", "zeit", "uhrzeit", "ora" };

    private static readonly string[] TimeSubstrings = { "时间", "時刻" };

    private static readonly HashSet<string> BranchWords = new(StringComparer.Ordinal)
    {
        "branch", "branches", "rama", "ramas", "branche", "branches", "zweig", "zweige", "arbeitszweig", "ramo", "ветка",
    };

    private static readonly string[] BranchSubstrings = { "ブランチ", "分支", "브랜치" };

    // Words that make the value about something other than this session.
    private static readonly HashSet<string> Elsewhere = new(StringComparer.Ordinal)
    {
        "previous", "prior", "last session", "next", "old", "older", "earlier", "base", "target", "parent", "source",
        "upstream", "default", "merged", "deleted", "protection", "strategy", "naming", "policy", "due", "deadline",
        "release", "released", "expiry", "expires", "expiration", "eta", "launch", "cutoff", "planned", "scheduled",
        "review", "birth", "build", "commit", "age", "anterior", "vorherige", "précédente", "spent", "total",
        "elapsed", "duration", "estimated", "estimate",
    };

    // Words that do not make a branch key specific to one of several repositories.
    private static readonly HashSet<string> PlainBranchWords = new(StringComparer.Ordinal)
    {
        "current", "active", "working", "work", "session", "git", "repository", "repo", "feature", "name", "de",
        "trabajo", "es", "the", "my", "our", "this", "checked", "out", "head", "en", "cours",
    };

    // Every word and part of a word that can make a key a date, time or branch key, without those another contains.
    private static readonly string[] KeyWords = BuildKeyWords();

    /// <summary>
    /// False when no key within <paramref name="text"/> can be a date, time or branch key (<see cref="Classify"/>): none
    /// of their words stands in its letters, lower-cased and run together. A quick test before reading its fields.
    /// </summary>
    public static bool MayClassify(string text)
    {
        Span<char> letters = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters[n++] = char.ToLowerInvariant(c);
            }
        }

        ReadOnlySpan<char> run = letters[..n];
        foreach (string word in KeyWords)
        {
            if (run.IndexOf(word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(string[] words, HashSet<string> set)
    {
        foreach (string w in words)
        {
            if (set.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] parts)
    {
        foreach (string part in parts)
        {
            if (text.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] BuildKeyWords()
    {
        string[] all = DateWords.Keys.Concat(DateSubstrings).Concat(TimeWords).Concat(TimeSubstrings)
            .Concat(BranchWords).Concat(BranchSubstrings).Distinct(StringComparer.Ordinal).ToArray();
        return all.Where(w => !all.Any(o => o != w && w.Contains(o, StringComparison.Ordinal))).ToArray();
    }

    /// <summary>The kind of <paramref name="key"/>, the rank of a date key (0 date, 1 updated, 2 created), and
    /// for a branch key whether it names one of several (<c>freight-docs branch</c>, <c>Branch (Synthex)</c>).</summary>
    public static HeaderKeyKind Classify(string key, out int rank, out bool qualified)
    {
        rank = 0;
        qualified = false;
        string norm = SectionClassifier.Normalize(key);
        if (norm.Length == 0 || norm.Length > 48 || key.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return HeaderKeyKind.None;
        }

        string[] words = norm.Split(' ');
        if (AnyIn(words, Elsewhere) || norm.Contains("last session", StringComparison.Ordinal))
        {
            return HeaderKeyKind.None;
        }

        if (AnyIn(words, BranchWords) || ContainsAny(norm, BranchSubstrings))
        {
            qualified = words.Any(w => !BranchWords.Contains(w) && !PlainBranchWords.Contains(w) && !BranchSubstrings.Any(s => w.Contains(s, StringComparison.Ordinal)))
                || key.Contains('(', StringComparison.Ordinal);
            return HeaderKeyKind.Branch;
        }

        int best = int.MaxValue;
        foreach (string w in words)
        {
            if (DateWords.TryGetValue(w, out int r))
            {
                best = Math.Min(best, r);
            }
        }

        if (best == int.MaxValue && ContainsAny(norm, DateSubstrings))
        {
            best = norm.Contains("日期", StringComparison.Ordinal) || norm.Contains("日付", StringComparison.Ordinal) || norm.Contains("날짜", StringComparison.Ordinal) || norm.Contains("дата", StringComparison.Ordinal) ? 0 : 1;
        }

        if (best != int.MaxValue)
        {
            rank = best;
            return HeaderKeyKind.Date;
        }

        if (AnyIn(words, TimeWords) || ContainsAny(norm, TimeSubstrings))
        {
            return HeaderKeyKind.Time;
        }

        return HeaderKeyKind.None;
    }
}
