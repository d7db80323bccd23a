using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace HandoffPS.Core.Context;

/// <summary>
/// A proven upper bound on the <c>o200k_base</c> token count of a text, found in a few milliseconds, without
/// creating the tokenizer (which takes about 0.3 s): for a process that starts, prints a context and ends, the
/// tokenizer would cost more than all the rest.
/// </summary>
/// <remarks>
/// <para>The tokenizer first splits a text into pieces with the <c>o200k_base</c> pattern, then encodes each
/// piece alone: a piece that is itself in the vocabulary is one token; any other is at most one token per UTF-8
/// byte (every byte is in the vocabulary, and byte-pair merging only joins tokens). The bound splits the text
/// with the same pattern and counts 1 for a piece among the <see cref="KnownTokens"/> most frequent entries of
/// the vocabulary (the first lines of the tokenizer's own data file, ranked by frequency), else its byte count.
/// So the bound is never below the true count; over the real handoffs it is about 1.9 times the count (pieces
/// outside the most frequent tokens count their bytes), so a context of up to about half its budget is fitted without
/// the tokenizer.</para>
/// <para><see cref="Within"/> uses it to answer "does this fit the budget?" exactly as the tokenizer would, and
/// creates the tokenizer only when the bound is over the budget: a context that fits is never trimmed, and one
/// that does not is trimmed with exact counts, so the text is the same either way.</para>
/// </remarks>
public static partial class TokenBound
{
    /// <summary>How many vocabulary entries, by rank, count as one token.</summary>
    public const int KnownTokens = 60000;

    private const string ResourceName = "o200k_base.tiktoken.deflate";

    private static readonly Lazy<HashSet<ulong>?> s_known = new(LoadKnown, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>An upper bound on <c>TokenCounter.Count(text)</c>; 0 for null or empty.</summary>
    public static int UpperBound(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        HashSet<ulong>? known = s_known.Value;
        int total = 0;
        Span<byte> buffer = stackalloc byte[256];
        int end = 0;
        foreach (ValueMatch piece in Pieces().EnumerateMatches(text))
        {
            // Text the pattern did not match (there should be none) counts its bytes.
            total += Encoding.UTF8.GetByteCount(text.AsSpan(end, piece.Index - end));
            end = piece.Index + piece.Length;
            ReadOnlySpan<char> chars = text.AsSpan(piece.Index, piece.Length);
            int bytes = Encoding.UTF8.GetByteCount(chars);
            if (known is not null && bytes <= buffer.Length)
            {
                int n = Encoding.UTF8.GetBytes(chars, buffer);
                if (known.Contains(Hash(buffer[..n])))
                {
                    total++;
                    continue;
                }
            }

            total += bytes;
        }

        return total + Encoding.UTF8.GetByteCount(text.AsSpan(end));
    }

    /// <summary>
    /// A lower bound on <c>TokenCounter.Count(text)</c>: the pieces of the pattern, each encoded to one token at least
    /// (byte-pair merging never joins two pieces). A text that may hold a special token (<c>&lt;|endoftext|&gt;</c>,
    /// one token for three pieces) gets 0. No vocabulary is read.
    /// </summary>
    public static int LowerBound(string? text) =>
        string.IsNullOrEmpty(text) || text.Contains("<|", StringComparison.Ordinal) ? 0 : Pieces().Count(text);

    /// <summary>
    /// A counter for a budget of <paramref name="budget"/> tokens: the bound when it is within the budget, else the
    /// exact count (<see cref="TokenCounter.Count"/>). Compared with the budget, it answers as the exact count does.
    /// </summary>
    public static Func<string, int> Within(int budget) => text =>
    {
        // Bytes are a bound too, and need no vocabulary: a short text is settled without reading it.
        int bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes <= budget)
        {
            return bytes;
        }

        int bound = UpperBound(text);
        return bound <= budget ? bound : TokenCounter.Count(text);
    };

    /// <summary>Whether the vocabulary could be read (else every piece counts its bytes: still a bound).</summary>
    public static bool HasVocabulary => s_known.Value is not null;

    private static HashSet<ulong>? LoadKnown()
    {
        try
        {
            Assembly data = Assembly.Load(new AssemblyName("Microsoft.ML.Tokenizers.Data.O200kBase"));
            using Stream? resource = data.GetManifestResourceStream(ResourceName);
            if (resource is null)
            {
                return null;
            }

            using var inflate = new DeflateStream(resource, CompressionMode.Decompress);
            using var reader = new StreamReader(inflate, Encoding.ASCII, false, 1 << 16);
            var known = new HashSet<ulong>(KnownTokens);
            Span<byte> bytes = stackalloc byte[512];
            string? line;
            while (known.Count < KnownTokens && (line = reader.ReadLine()) is not null)
            {
                // The file is the base64 of each token, one per line by rank; a first line "Capacity: n" is not one.
                if (line.Length == 0 || line.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                if (Convert.TryFromBase64String(line, bytes, out int n))
                {
                    known.Add(Hash(bytes[..n]));
                }
            }

            return known;
        }
        catch (Exception ex) when (ex is IOException or FileNotFoundException or FileLoadException or BadImageFormatException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>FNV-1a over the bytes, with the length mixed in.</summary>
    private static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        ulong h = 14695981039346656037UL ^ (ulong)bytes.Length;
        foreach (byte b in bytes)
        {
            h ^= b;
            h *= 1099511628211UL;
        }

        return h;
    }

    /// <summary>The <c>o200k_base</c> pre-tokenization pattern, as the tokenizer uses it.</summary>
    [GeneratedRegex(@"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+")]
    private static partial Regex Pieces();
}
