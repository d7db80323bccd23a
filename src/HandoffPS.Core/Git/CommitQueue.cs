using System;
using LibGit2Sharp;

namespace HandoffPS.Core.Git;

/// <summary>The commits to walk, newest first by commit time, then in the order they were met (a binary heap).</summary>
internal sealed class CommitQueue
{
    private Commit[] _commits = new Commit[64];
    private long[] _times = new long[64];
    private int[] _orders = new int[64];

    public int Count { get; private set; }

    public void Push(Commit commit, long time, int order)
    {
        if (Count == _commits.Length)
        {
            Array.Resize(ref _commits, Count * 2);
            Array.Resize(ref _times, Count * 2);
            Array.Resize(ref _orders, Count * 2);
        }

        int i = Count++;
        Set(i, commit, time, order);
        while (i > 0 && Before(i, (i - 1) / 2))
        {
            Swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    public Commit Pop()
    {
        Commit top = _commits[0];
        Count--;
        Set(0, _commits[Count], _times[Count], _orders[Count]);
        _commits[Count] = null!;
        int i = 0;
        while (true)
        {
            int first = i;
            int left = (2 * i) + 1;
            if (left < Count && Before(left, first))
            {
                first = left;
            }

            if (left + 1 < Count && Before(left + 1, first))
            {
                first = left + 1;
            }

            if (first == i)
            {
                return top;
            }

            Swap(i, first);
            i = first;
        }
    }

    private bool Before(int a, int b) => _times[a] != _times[b] ? _times[a] > _times[b] : _orders[a] < _orders[b];

    private void Set(int i, Commit commit, long time, int order)
    {
        _commits[i] = commit;
        _times[i] = time;
        _orders[i] = order;
    }

    private void Swap(int a, int b)
    {
        (Commit c, long t, int o) = (_commits[a], _times[a], _orders[a]);
        Set(a, _commits[b], _times[b], _orders[b]);
        Set(b, c, t, o);
    }
}
