using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Project;

/// <summary>
/// Handoff files put in <see cref="HandoffOrder"/> without reading them whole: each file's key
/// (<see cref="HandoffKey"/>) comes from its header lines when they settle its date, else from the whole file, on
/// every core, and is remembered while the file is unchanged (<see cref="HeaderDateCache"/>). The files are then
/// read in full only as they are needed: all of them in order, streamed (<see cref="Read"/>), or from the newest
/// down until one will do (<see cref="Latest"/>).
/// </summary>
public sealed class HandoffCatalog
{
    // Below this many files, keys are read on the calling thread.
    private const int ParallelFrom = 8;

    private readonly Entry[] _entries;

    private HandoffCatalog(Entry[] entries)
    {
        _entries = entries;
    }

    /// <summary>The files, oldest first.</summary>
    public IReadOnlyList<string> Files => _entries.Select(e => e.Path).ToArray();

    /// <summary>How many files can be read.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// The catalog of <paramref name="files"/> (<see cref="HandoffStore.EnumerateFiles"/> of a folder, or files named
    /// one by one). A file that cannot be read is added to <paramref name="errors"/> (<c>HandoffUnreadable</c>, in the
    /// order the files were given) and left out. Files with equal keys keep the order they were given in.
    /// </summary>
    public static HandoffCatalog Of(IEnumerable<string> files, ICollection<HandoffException> errors)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(errors);
        string[] paths = files.ToArray();
        var keys = new HandoffKey[paths.Length];
        var failures = new HandoffException?[paths.Length];
        void ReadKey(int i)
        {
            try
            {
                keys[i] = KeyOf(paths[i]);
            }
            catch (HandoffException ex)
            {
                failures[i] = ex;
            }
        }

        if (paths.Length < ParallelFrom || Environment.ProcessorCount < 2)
        {
            for (int i = 0; i < paths.Length; i++)
            {
                ReadKey(i);
            }
        }
        else
        {
            Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, ReadKey);
        }

        var entries = new List<Entry>(paths.Length);
        for (int i = 0; i < paths.Length; i++)
        {
            if (failures[i] is HandoffException failure)
            {
                errors.Add(failure);
            }
            else
            {
                entries.Add(new Entry(paths[i], keys[i], entries.Count));
            }
        }

        return new HandoffCatalog(Sorted(entries));
    }

    /// <summary>The files of several catalogs in one order; files with equal keys keep the catalogs' order.</summary>
    public static HandoffCatalog Concat(IEnumerable<HandoffCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        var entries = new List<Entry>();
        foreach (HandoffCatalog catalog in catalogs)
        {
            foreach (Entry e in catalog._entries)
            {
                entries.Add(e with { Given = entries.Count });
            }
        }

        return new HandoffCatalog(Sorted(entries));
    }

    /// <summary>
    /// Every file read in full, oldest first, streamed: a few files are read ahead on every core while the caller
    /// takes each one. A file that cannot be read comes as a <see cref="HandoffFileRead"/> with its error, in its place.
    /// </summary>
    public IEnumerable<HandoffFileRead> Read() => ReadAhead.Map(_entries, e => HandoffFileRead.Of(e.Path));

    /// <summary>
    /// The newest handoff that <paramref name="match"/> takes (any, without it): files are read in full from the newest
    /// down until one will do. A file that cannot be read is added to <paramref name="errors"/> and passed over.
    /// </summary>
    public HandoffFileRead? Latest(ICollection<HandoffException> errors, Func<Handoff, bool>? match = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        for (int i = _entries.Length - 1; i >= 0; i--)
        {
            HandoffFileRead read = HandoffFileRead.Of(_entries[i].Path);
            if (read.Error is not null)
            {
                errors.Add(read.Error);
            }
            else if (match is null || match(read.Handoff!))
            {
                return read;
            }
        }

        return null;
    }

    /// <summary>A file's key: its date from the cache while the file is unchanged, else from its header (or the whole file).</summary>
    private static HandoffKey KeyOf(string path)
    {
        string name = Path.GetFileName(path);
        string full;
        FileInfo info;
        try
        {
            full = Path.GetFullPath(path);
            info = new FileInfo(full);
            if (info.Exists && HeaderDateCache.TryGet(full, info.Length, info.LastWriteTimeUtc, out DateTime? known))
            {
                return HandoffKey.For(known, name);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw HandoffStore.Unreadable(path, ex);
        }

        DateTime readUtc = DateTime.UtcNow;
        DateTime? date = HandoffStore.ReadDate(path);
        if (info.Exists)
        {
            HeaderDateCache.Add(full, info.Length, info.LastWriteTimeUtc, date, readUtc);
        }

        return HandoffKey.For(date, name);
    }

    private static Entry[] Sorted(List<Entry> entries)
    {
        Entry[] sorted = entries.ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            int byKey = a.Key.CompareTo(b.Key);
            return byKey != 0 ? byKey : a.Given.CompareTo(b.Given);
        });
        return sorted;
    }

    private readonly record struct Entry(string Path, HandoffKey Key, int Given);
}
