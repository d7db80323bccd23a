using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.ML.Tokenizers;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Context;

/// <summary>
/// Counts tokens the way current OpenAI-family models do: the <c>o200k_base</c> encoding of
/// Microsoft.ML.Tokenizers, with its data from the Microsoft.ML.Tokenizers.Data.O200kBase package.
/// </summary>
/// <remarks>
/// The tokenizer is created on first use, once per process, thread-safely; code that never counts tokens
/// never loads Microsoft.ML.Tokenizers. The public surface uses only BCL types, and the tokenizer itself
/// lives in a nested holder class, so that merely referencing <see cref="TokenCounter"/> (say, a cmdlet that
/// takes a <c>-MaxTokens</c> parameter) does not load the tokenizer assemblies either.
/// </remarks>
public static class TokenCounter
{
    /// <summary>The encoding used for every count.</summary>
    public const string EncodingName = "o200k_base";

    private static long s_loadTicks = -1;

    /// <summary>Whether the tokenizer has been created in this process.</summary>
    public static bool IsLoaded => Interlocked.Read(ref s_loadTicks) >= 0;

    /// <summary>How long creating the tokenizer took (null until it has been created).</summary>
    public static TimeSpan? LoadTime
    {
        get
        {
            long ticks = Interlocked.Read(ref s_loadTicks);
            return ticks < 0 ? null : TimeSpan.FromTicks(ticks);
        }
    }

    /// <summary>The longest run counted in one piece: a run without a space or line break is cut into pieces this long.</summary>
    public const int MaxRun = 200;

    /// <summary>How much text is counted in one call of the tokenizer, at most (plus one run).</summary>
    private const int ChunkLength = 4096;

    /// <summary>
    /// The number of <c>o200k_base</c> tokens in <paramref name="text"/>; 0 for null or empty. The text is counted in
    /// pieces cut where the tokenizer itself splits (before a space after a word, after a line break, between a word
    /// and punctuation), so the count is exact for text; a run of more than <see cref="MaxRun"/> characters without such a place
    /// (a long line of <c>x</c>, of spaces, a long URL) is cut every <see cref="MaxRun"/> characters, which may count
    /// a token more per cut. The tokenizer's work grows with the square of a run's length: so it stays linear in the
    /// text.
    /// </summary>
    /// <exception cref="HandoffException">TokenizerUnavailable: the tokenizer or its data could not be loaded.</exception>
    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        // The same long text is often counted twice in a row (the linter's length rule, then a measure of it). One
        // object, published whole, so that threads never see the text of one count with the number of another.
        if (s_last is { } known && ReferenceEquals(known.Text, text))
        {
            return known.Count;
        }

        int count = CountCore(text);
        if (text.Length > 4096)
        {
            s_last = new LastCount(text, count);
        }

        return count;
    }

    private static LastCount? s_last;

    private sealed record LastCount(string Text, int Count);

    /// <summary>
    /// The pieces <see cref="Count"/> counts: ends of pieces, in order, the last one the length of <paramref name="text"/>.
    /// A piece ends where the tokenizer's own splitting ends a word (<see cref="SplitsBefore"/>), once it is
    /// <see cref="ChunkLength"/> long; a run with no such place is cut every <see cref="MaxRun"/> characters.
    /// </summary>
    internal static List<int> Pieces(string text)
    {
        var ends = new List<int>();
        int start = 0;
        int safe = 0;
        for (int i = 1; i < text.Length; i++)
        {
            if (SplitsBefore(text, i))
            {
                safe = i;
            }

            if (i - start >= ChunkLength && safe > start)
            {
                ends.Add(safe);
                start = safe;
            }
            else if (i - Math.Max(safe, start) >= MaxRun)
            {
                ends.Add(i);
                start = i;
                safe = i;
            }
        }

        ends.Add(text.Length);
        return ends;
    }

    /// <summary>
    /// True where the o200k_base pre-tokenizer always starts a new piece, so that counting the text on each side apart
    /// counts the same: before a space or tab after a non-space; after a line break, before the next line's text when
    /// that line is not indented; between a letter and a digit; and between a letter or digit and punctuation other
    /// than an apostrophe (which may start <c>'s</c>, <c>'ll</c>...). Never inside a surrogate pair, a run of digits
    /// (grouped by three from its start) or a run of white space.
    /// </summary>
    private static bool SplitsBefore(string text, int i)
    {
        char c = text[i];
        char before = text[i - 1];
        bool white = char.IsWhiteSpace(c);
        bool beforeWhite = char.IsWhiteSpace(before);
        if (c is ' ' or '\t')
        {
            if (!beforeWhite)
            {
                return true;
            }

            return false;
        }

        if (before == '\n')
        {
            // After a line break, before the next line's first character unless it is white space (an indented line
            // starts with a space or a tab, answered above: no piece starts inside white space).
            return !white;
        }

        if (white || beforeWhite || char.IsSurrogate(c) || char.IsSurrogate(before))
        {
            return false;
        }

        UnicodeCategory now = char.GetUnicodeCategory(c);
        UnicodeCategory then = char.GetUnicodeCategory(before);
        bool letter = IsLetterOrMark(now);
        bool letterBefore = IsLetterOrMark(then);
        bool digit = now is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
        bool digitBefore = then is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
        if ((letterBefore && digit) || (digitBefore && letter))
        {
            return true;
        }

        return (letterBefore || digitBefore) && !letter && !digit && c is not ('\'' or '\r' or '\n');
    }

    private static bool IsLetterOrMark(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The count of a piece cut from a run of one character (<c>xxxx…</c>, spaces), counted once per character.</summary>
    private static int Uniform(Tokenizer tokenizer, ReadOnlySpan<char> piece)
    {
        char c = piece[0];
        lock (UniformCounts)
        {
            if (UniformCounts.TryGetValue(c, out int known))
            {
                return known;
            }
        }

        int count = tokenizer.CountTokens(piece);
        lock (UniformCounts)
        {
            if (UniformCounts.Count < 1024)
            {
                UniformCounts[c] = count;
            }
        }

        return count;
    }

    private static readonly Dictionary<char, int> UniformCounts = new();

    /// <summary>The tokenizer's count of the whole text in one call, without pieces (for tests: quadratic on long runs).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int CountWhole(string text) => Holder.Tokenizer.CountTokens(text);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountCore(string text)
    {
        Tokenizer tokenizer = Holder.Tokenizer;
        if (text.Length <= MaxRun)
        {
            return tokenizer.CountTokens(text);
        }

        int count = 0;
        int start = 0;
        foreach (int end in Pieces(text))
        {
            ReadOnlySpan<char> piece = text.AsSpan(start, end - start);
            count += piece.Length == MaxRun && piece.IndexOfAnyExcept(piece[0]) < 0 ? Uniform(tokenizer, piece) : tokenizer.CountTokens(piece);
            start = end;
        }

        return count;
    }

    /// <summary>Holds the tokenizer: its static constructor runs on first count only.</summary>
    private static class Holder
    {
        private static readonly Lazy<Tokenizer> s_lazy = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

        public static Tokenizer Tokenizer => s_lazy.Value;

        private static Tokenizer Create()
        {
            var watch = Stopwatch.StartNew();
            try
            {
                Tokenizer tokenizer = TiktokenTokenizer.CreateForEncoding(EncodingName);
                Interlocked.Exchange(ref s_loadTicks, watch.Elapsed.Ticks);
                return tokenizer;
            }
            catch (Exception ex) when (ex is not HandoffException)
            {
                throw new HandoffException(
                    "TokenizerUnavailable",
                    HandoffErrorKind.ReadError,
                    $"The {EncodingName} tokenizer could not be loaded ({ex.GetBaseException().Message}). Microsoft.ML.Tokenizers.dll and Microsoft.ML.Tokenizers.Data.O200kBase.dll must be beside HandoffPS.Core.dll (the module's deps folder).",
                    EncodingName,
                    ex);
            }
        }
    }
}
