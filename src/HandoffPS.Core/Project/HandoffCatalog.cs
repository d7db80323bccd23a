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

    // In the order given; sorted only when the files are read in order.
    private readonly Entry[] _entries;
    private Entry[]? _sorted;

    private HandoffCatalog(Entry[] entries)
    {
        _entries = entries;
    }

    /// <summary>The files, oldest first.</summary>
    public IReadOnlyList<string> Files => Sorted.Select(e => e.Path).ToArray();

    /// <summary>How many files can be read.</summary>
    public int Count => _entries.Length;

    private Entry[] Sorted => _sorted ??= Sort(_entries);

    /// <summary>
    /// The catalog of <paramref name="files"/> (handoff files named one by one). A file that cannot be read is added to
    /// <paramref name="errors"/> (<c>HandoffUnreadable</c>, in the order the files were given) and left out. Files
    /// with equal keys keep the order they were given in.
    /// </summary>
    public static HandoffCatalog Of(IEnumerable<string> files, ICollection<HandoffException> errors)
    {
        ArgumentNullException.ThrowIfNull(files);
        var named = new List<HandoffStore.NamedFile>();
        foreach (string file in files)
        {
            named.Add(new HandoffStore.NamedFile(file, Path.GetFileName(file), null));
        }

        return Build(named, errors);
    }

    /// <summary>
    /// The catalog of the handoff files of <paramref name="folder"/> (<see cref="HandoffStore.EnumerateFiles"/>); errors as
    /// <see cref="Of"/>, and a folder that cannot be listed is one error in <paramref name="errors"/>.
    /// </summary>
    public static HandoffCatalog OfFolder(string folder, ICollection<HandoffException> errors)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(errors);
        List<HandoffStore.NamedFile> files;
        try
        {
            files = HandoffStore.List(folder);
        }
        catch (HandoffException ex)
        {
            // The folder itself cannot be listed (a file, access denied): one error, and no handoffs.
            errors.Add(ex);
            return new HandoffCatalog(Array.Empty<Entry>());
        }

        return Build(files, errors, errorsInNameOrder: true);
    }

    /// <summary>
    /// Reads each file's key. Errors are added in the order of <paramref name="files"/>, or, for a folder's listing,
    /// in the order <see cref="HandoffStore.EnumerateFiles"/> gives.
    /// </summary>
    private static HandoffCatalog Build(List<HandoffStore.NamedFile> files, ICollection<HandoffException> errors, bool errorsInNameOrder = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var keys = new HandoffKey[files.Count];
        var failures = new HandoffException?[files.Count];
        void ReadKey(int i)
        {
            try
            {
                keys[i] = KeyOf(files[i].Path, files[i].Name, files[i].NameTime);
            }
            catch (HandoffException ex)
            {
                failures[i] = ex;
            }
        }

        if (files.Count < ParallelFrom || Environment.ProcessorCount < 2)
        {
            for (int i = 0; i < files.Count; i++)
            {
                ReadKey(i);
            }
        }
        else
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, ReadKey);
        }

        var entries = new List<Entry>(files.Count);
        var failed = new List<int>();
        for (int i = 0; i < files.Count; i++)
        {
            if (failures[i] is not null)
            {
                failed.Add(i);
            }
            else
            {
                entries.Add(new Entry(files[i].Path, keys[i], entries.Count));
            }
        }

        if (errorsInNameOrder)
        {
            failed.Sort((a, b) =>
            {
                int byTime = files[a].NameTime!.Value.CompareTo(files[b].NameTime!.Value);
                return byTime != 0 ? byTime : string.CompareOrdinal(files[a].Name, files[b].Name);
            });
        }

        foreach (int i in failed)
        {
            errors.Add(failures[i]!);
        }

        return new HandoffCatalog(entries.ToArray());
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

        return new HandoffCatalog(entries.ToArray());
    }

    /// <summary>
    /// Every file read in full, oldest first, streamed: a few files are read ahead on every core while the caller
    /// takes each one. A file that cannot be read comes as a <see cref="HandoffFileRead"/> with its error, in its place.
    /// </summary>
    public IEnumerable<HandoffFileRead> Read() => ReadAhead.Map(Sorted, e => HandoffFileRead.Of(e.Path));

    /// <summary>
    /// The newest handoff that <paramref name="match"/> takes (any, without it): files are read in full from the newest
    /// down until one will do. A file that cannot be read is added to <paramref name="errors"/> and passed over.
    /// </summary>
    public HandoffFileRead? Latest(ICollection<HandoffException> errors, Func<Handoff, bool>? match = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (_entries.Length == 0)
        {
            return null;
        }

        // Usually the newest will do: it is found without sorting.
        Entry newest = _entries[0];
        foreach (Entry e in _entries)
        {
            if (Compare(e, newest) > 0)
            {
                newest = e;
            }
        }

        HandoffFileRead first = HandoffFileRead.Of(newest.Path);
        if (first.Error is null && (match is null || match(first.Handoff!)))
        {
            return first;
        }

        if (first.Error is not null)
        {
            errors.Add(first.Error);
        }

        Entry[] sorted = Sorted;
        for (int i = sorted.Length - 1; i >= 0; i--)
        {
            if (sorted[i].Given == newest.Given)
            {
                continue;
            }

            HandoffFileRead read = HandoffFileRead.Of(sorted[i].Path);
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

    /// <summary>
    /// A file's key: its date from the cache while the file is unchanged, else from its header (or the whole file).
    /// <paramref name="nameTime"/> is the name's timestamp when the listing read it already.
    /// </summary>
    private static HandoffKey KeyOf(string path, string name, DateTime? nameTime)
    {
        string full;
        FileInfo info;
        try
        {
            full = Path.GetFullPath(path);
            info = new FileInfo(full);
            if (info.Exists && HeaderDateCache.TryGet(full, info.Length, info.LastWriteTimeUtc, out DateTime? known))
            {
                return Key(known, name, nameTime);
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

        return Key(date, name, nameTime);
    }

    private static HandoffKey Key(DateTime? date, string name, DateTime? nameTime) =>
        nameTime is DateTime known ? new HandoffKey(date ?? known, known, name) : HandoffKey.For(date, name);

    private static int Compare(Entry a, Entry b)
    {
        int byKey = a.Key.CompareTo(b.Key);
        return byKey != 0 ? byKey : a.Given.CompareTo(b.Given);
    }

    private static Entry[] Sort(Entry[] entries)
    {
        Entry[] sorted = (Entry[])entries.Clone();
        Array.Sort(sorted, Compare);
        return sorted;
    }

    private sealed record Entry(string Path, HandoffKey Key, int Given);
}
