using System;
using System.Collections.Generic;

namespace HandoffPS.Core.Model;

/// <summary>One session handoff, as written to or read from a Markdown file.</summary>
public sealed class Handoff
{
    /// <summary>Full path of the file the handoff was read from; null for one not yet written.</summary>
    public string? Path { get; set; }

    public string? FileName { get; set; }

    /// <summary>The brief description: the H1 title without its <c>Session Handoff:</c> prefix.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Local date and time of the session (header Date + Time, else the file name).</summary>
    public DateTime? Date { get; set; }

    /// <summary>The time zone written after the time (<c>UTC</c>, <c>PST</c>, <c>+02:00</c>), if any.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// The UTC offset of <see cref="TimeZone"/> as <c>+HH:MM</c>/<c>-HH:MM</c>, when it is a known zone or a numeric
    /// offset. A string, so JSON stays clean; <c>[TimeSpan]$h.Offset</c> converts it.
    /// </summary>
    public string? Offset { get; set; }

    public string? Branch { get; set; }

    /// <summary>The commit HEAD was at when the handoff was written (12 hex digits): where the next handoff's "since" starts.</summary>
    public string? Commit { get; set; }

    public string? Author { get; set; }

    public string? Summary { get; set; }

    public string[] CompletedWork { get; set; } = Array.Empty<string>();

    public Priority[] NextPriorities { get; set; } = Array.Empty<Priority>();

    public Blocker[] Blockers { get; set; } = Array.Empty<Blocker>();

    public string[] Decisions { get; set; } = Array.Empty<string>();

    public KeyFile[] KeyFiles { get; set; } = Array.Empty<KeyFile>();

    public string[] References { get; set; } = Array.Empty<string>();

    /// <summary>Header fields other than Date, Time, Branch and Author, in file order (Status, Session Type, ...).</summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>For a handoff read from git objects (Get-Handoff -Ref/-AllBranches): the refs it is on; null for a file.</summary>
    public string[]? Ref { get; set; }

    /// <summary>Sections that map to no known part of the template, in file order.</summary>
    public HandoffSection[] OtherSections { get; set; } = Array.Empty<HandoffSection>();

    /// <summary>A shallow copy, to change some values of a draft without touching the original.</summary>
    public Handoff Copy() => (Handoff)MemberwiseClone();

    public override string ToString() => FileName ?? Description;
}
