using System;
using System.IO;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Project;

/// <summary>
/// A handoff's place in <see cref="HandoffOrder"/>, computed once: its timestamp (the header's, else the file
/// name's), the file name's timestamp, and the file name. Comparing keys is comparing handoffs; a key can be had
/// from a file's header alone, so a folder is put in order without reading whole files.
/// </summary>
public readonly record struct HandoffKey(DateTime Time, DateTime NameTime, string Name) : IComparable<HandoffKey>
{
    /// <summary>The key of a handoff read in full.</summary>
    public static HandoffKey Of(Handoff handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return For(handoff.Date, handoff.FileName ?? Path.GetFileName(handoff.Path ?? string.Empty));
    }

    /// <summary>The key of a file named <paramref name="fileName"/> whose header gives <paramref name="date"/> (<see cref="Handoff.Date"/>).</summary>
    public static HandoffKey For(DateTime? date, string fileName)
    {
        DateTime? nameTime = NameTimestamp(fileName);
        return new HandoffKey(date ?? nameTime ?? DateTime.MinValue, nameTime ?? DateTime.MinValue, fileName);
    }

    /// <summary>The timestamp in a file name, in any style <see cref="HandoffFileName"/> reads; null when it has none.</summary>
    internal static DateTime? NameTimestamp(string fileName) =>
        fileName.Length > 0 && HandoffFileName.TryFindTimestamp(fileName, out DateTime fromName, out _) ? fromName : null;

    /// <inheritdoc/>
    public int CompareTo(HandoffKey other)
    {
        int byTime = Time.CompareTo(other.Time);
        if (byTime != 0)
        {
            return byTime;
        }

        int byNameTime = NameTime.CompareTo(other.NameTime);
        return byNameTime != 0 ? byNameTime : string.CompareOrdinal(Name, other.Name);
    }
}
