using System;
using System.Collections.Generic;
using System.Linq;
using LibGit2Sharp;

namespace HandoffPS.Core.Git;

/// <summary>One bounded walk of the history, newest first by commit time, counting the commits that are work.</summary>
internal sealed class CommitWalk
{
    // Commits looked at in all (the walk from the handoff's commit goes down other branches too), before it stops.
    private const int LookCap = 4 * GitActivity.CommitCap;

    private readonly string? _exclude;
    private readonly CommitQueue _queue = new();
    private readonly Dictionary<ObjectId, bool> _uninteresting = new();
    private readonly HashSet<ObjectId> _queued = new();
    private int _interestingQueued;
    private int _order;

    public CommitWalk(string? exclude)
    {
        _exclude = exclude;
    }

    public int Counted { get; private set; }

    public bool Capped { get; private set; }

    /// <summary>
    /// The commits reachable from <paramref name="head"/> and not from <paramref name="start"/> (<c>start..head</c>),
    /// as git finds them: newest first, commits reachable from the start marked as the walk meets them, until only
    /// those are left. Returns <paramref name="start"/>, the base of the tree diff.
    /// </summary>
    public Commit Between(Commit head, Commit start)
    {
        Push(head, uninteresting: false);
        if (!_uninteresting.ContainsKey(start.Id))
        {
            Push(start, uninteresting: true);
        }
        else
        {
            Mark(start);
        }

        var found = new List<Commit>();
        int looked = 0;
        while (_interestingQueued > 0)
        {
            Commit c = Pop(out bool uninteresting);
            if (!uninteresting)
            {
                found.Add(c);
            }

            foreach (Commit parent in c.Parents)
            {
                if (!_uninteresting.ContainsKey(parent.Id))
                {
                    Push(parent, uninteresting);
                }
                else if (uninteresting)
                {
                    Mark(parent);
                }
            }

            if (found.Count >= GitActivity.CommitCap || ++looked >= LookCap)
            {
                Capped = true;
                break;
            }
        }

        // A commit met first from the head and later from the start is not since the start.
        Counted = found.Count(c => !_uninteresting[c.Id] && IsWork(c));
        return start;
    }

    /// <summary>The commits newer than <paramref name="since"/>; returns the first older one (the base of the tree diff), or the one the cap stopped at.</summary>
    public Commit? After(Commit head, DateTimeOffset since)
    {
        Push(head, uninteresting: false);
        int looked = 0;
        while (_queue.Count > 0)
        {
            Commit c = Pop(out _);
            if (c.Committer.When < since)
            {
                return c;
            }

            if (IsWork(c))
            {
                Counted++;
            }

            foreach (Commit parent in c.Parents)
            {
                if (!_uninteresting.ContainsKey(parent.Id))
                {
                    Push(parent, uninteresting: false);
                }
            }

            if (Counted >= GitActivity.CommitCap || ++looked >= LookCap)
            {
                Capped = true;
                // The files of the commits walked: from the parent of the oldest one.
                return c.Parents.FirstOrDefault();
            }
        }

        return null;
    }

    private void Push(Commit c, bool uninteresting)
    {
        _uninteresting[c.Id] = uninteresting;
        _queued.Add(c.Id);
        if (!uninteresting)
        {
            _interestingQueued++;
        }

        _queue.Push(c, c.Committer.When.ToUnixTimeSeconds(), _order++);
    }

    private Commit Pop(out bool uninteresting)
    {
        Commit c = _queue.Pop();
        _queued.Remove(c.Id);
        uninteresting = _uninteresting[c.Id];
        if (!uninteresting)
        {
            _interestingQueued--;
        }

        return c;
    }

    /// <summary>
    /// Marks a commit met from the start as reachable from it; one the walk already took from the head passes the
    /// mark on to the ancestors it met (a history with clocks out of order), as git does.
    /// </summary>
    private void Mark(Commit commit)
    {
        var stack = new Stack<Commit>();
        stack.Push(commit);
        while (stack.Count > 0)
        {
            Commit c = stack.Pop();
            if (_uninteresting[c.Id])
            {
                continue;
            }

            _uninteresting[c.Id] = true;
            if (_queued.Contains(c.Id))
            {
                _interestingQueued--;
                continue;
            }

            foreach (Commit parent in c.Parents)
            {
                if (_uninteresting.TryGetValue(parent.Id, out bool marked) && !marked)
                {
                    stack.Push(parent);
                }
            }
        }
    }

    /// <summary>A commit that is work (<see cref="GitHistory.IsWork"/>), with this walk's excluded folder.</summary>
    private bool IsWork(Commit c) => GitHistory.IsWork(c, _exclude);
}
