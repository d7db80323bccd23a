using System;
using System.Collections.Concurrent;

namespace HandoffPS.Core.Project;

/// <summary>
/// What each file's header said its date is (<see cref="Markdown.HandoffParser.ReadDate"/>), remembered for the
/// process while the file is unchanged: same full path, same length, same last write time. A shell that asks for the
/// latest handoff at every prompt reads a file's header once, then only looks at the file's size and time.
/// </summary>
/// <remarks>
/// A file written less than <see cref="Settle"/> before it was read is not remembered: a file system keeps write
/// times in coarse steps, and a file rewritten within one step with the same length would look unchanged. Files that
/// cannot be read are never remembered, so their error comes again at every read.
/// </remarks>
internal static class HeaderDateCache
{
    /// <summary>How long a file must have been unchanged, when it is read, to be remembered.</summary>
    internal static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>At most this many files are remembered; past it, the cache starts again empty.</summary>
    internal const int Capacity = 200_000;

    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);

    /// <summary>The date remembered for <paramref name="path"/> when its length and write time are still these.</summary>
    internal static bool TryGet(string path, long length, DateTime writeTimeUtc, out DateTime? date)
    {
        if (Entries.TryGetValue(path, out Entry? entry) && entry.Length == length && entry.WriteTimeUtc == writeTimeUtc)
        {
            date = entry.Date;
            return true;
        }

        date = null;
        return false;
    }

    /// <summary>Remembers <paramref name="date"/> for a file whose length and write time were these before it was read at <paramref name="readUtc"/>.</summary>
    internal static void Add(string path, long length, DateTime writeTimeUtc, DateTime? date, DateTime readUtc)
    {
        if (writeTimeUtc > readUtc - Settle)
        {
            Entries.TryRemove(path, out _);
            return;
        }

        if (Entries.Count >= Capacity)
        {
            Entries.Clear();
        }

        Entries[path] = new Entry(length, writeTimeUtc, date);
    }

    private sealed record Entry(long Length, DateTime WriteTimeUtc, DateTime? Date);
}
