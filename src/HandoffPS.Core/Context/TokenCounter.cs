using System;
using System.Diagnostics;
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

    /// <summary>The number of <c>o200k_base</c> tokens in <paramref name="text"/>; 0 for null or empty.</summary>
    /// <exception cref="HandoffException">TokenizerUnavailable: the tokenizer or its data could not be loaded.</exception>
    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        return CountCore(text);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountCore(string text) => Holder.Tokenizer.CountTokens(text);

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
