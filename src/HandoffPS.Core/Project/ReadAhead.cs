using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HandoffPS.Core.Project;

/// <summary>
/// Maps a list on every core while its results come out in the list's order, one at a time: at most a window of
/// items is being mapped or waiting ahead of the one the caller takes, so memory stays bounded however long the
/// list, and a caller that stops early stops the work.
/// </summary>
internal static class ReadAhead
{
    /// <summary>How many items are mapped ahead of the one taken: a few per core.</summary>
    internal static int Window => Math.Max(2, Environment.ProcessorCount * 4);

    /// <summary>
    /// <paramref name="map"/> of each item, in order. <paramref name="map"/> runs on the thread pool and must not throw
    /// (return the failure instead); one that throws ends the enumeration with its exception.
    /// </summary>
    internal static IEnumerable<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        if (items.Count < 2 || Environment.ProcessorCount < 2)
        {
            foreach (T item in items)
            {
                yield return map(item);
            }

            yield break;
        }

        int window = Window;
        var pending = new Queue<Task<TResult>>(window);
        using var stop = new CancellationTokenSource();
        int next = 0;
        try
        {
            while (next < items.Count || pending.Count > 0)
            {
                while (pending.Count < window && next < items.Count)
                {
                    T item = items[next++];
                    pending.Enqueue(Task.Run(() => map(item), stop.Token));
                }

                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Items not yet started are not started; those running finish on their own, unobserved.
            stop.Cancel();
        }
    }
}
