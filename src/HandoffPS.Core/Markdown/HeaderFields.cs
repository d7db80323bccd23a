using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Collects a handoff's header fields, in whatever style they are written (<c>**Date**: x</c>,
/// <c>**Date:** x</c>, <c>- **Date:** x</c>, plain <c>Date: x</c>, several fields on one line separated by
/// <c>·</c>, a <c>## Date</c> section) and turns them into Date, Branch, Author and <see cref="Handoff.Fields"/>.
/// The first value wins for Date, Time, Branch and Author; every other field is kept by name.
/// </summary>
internal sealed partial class HeaderFields
{
    private static readonly HashSet<string> DateKeys = new(StringComparer.Ordinal) { "date", "timestamp", "session date", "date time", "datetime", "created", "date and time" };
    private static readonly HashSet<string> TimeKeys = new(StringComparer.Ordinal) { "time", "session time" };
    private static readonly HashSet<string> BranchKeys = new(StringComparer.Ordinal) { "branch", "current branch", "active branch", "session branch", "repository branch", "branch es", "git branch", "working branch" };
    private static readonly HashSet<string> AuthorKeys = new(StringComparer.Ordinal) { "author", "authors", "developer" };

    private readonly List<DocumentField> _fields = new();

    // Fields found in the body (a "Branch and State" section): used only to fill Date, Time, Branch and
    // Author when the header lacks them, never kept as header fields.
    private readonly List<DocumentField> _hints = new();

    /// <summary>The fields recognised so far, with their lines.</summary>
    public IReadOnlyList<DocumentField> Fields => _fields;

    /// <summary>
    /// Adds the fields found in a header block; returns false when the block held no field at all. A blockquote
    /// (<c>&gt; **Date:** x</c>) or a two-column table (<c>| Branch | x |</c>) counts only when every line of it is a
    /// field, so that no text is lost.
    /// </summary>
    public bool AddFrom(string text, Block block, bool allowPlain, bool knownOnly = false)
    {
        if (block is QuoteBlock || HeaderLines.IsTable(text, block))
        {
            var lines = HeaderLines.LinesOf(text, block).ToList();
            var found = lines.Select(l => (l, Fields: HeaderLines.Split(l.Text, allowPlain).ToList())).ToList();
            if (found.Any(f => f.Fields.Count == 0 && !HeaderLines.IsTableFrame(f.l.Text)))
            {
                return false;
            }

            foreach (((string _, int number), List<(string Key, string Value, string Raw)> fields) in found)
            {
                foreach ((string key, string value, string raw) in fields.Where(f => !knownOnly || IsFieldHeading(f.Key)))
                {
                    (knownOnly ? _hints : _fields).Add(new DocumentField(key, value, number, raw));
                }
            }

            return found.Any(f => f.Fields.Count > 0);
        }

        bool any = false;
        foreach ((string line, int number) in HeaderLines.LinesOf(text, block))
        {
            any |= AddLine(line, number, allowPlain, knownOnly);
        }

        return any;
    }

    /// <summary>Adds the fields of one plain line.</summary>
    public bool AddFrom(string line, int lineNumber) => AddLine(line, lineNumber, allowPlain: true, knownOnly: false);

    /// <summary>Adds one field whose value is given apart from its name (a <c>## Date</c> section).</summary>
    public void Add(string key, string value, int lineNumber) =>
        _fields.Add(new DocumentField(key, TextRules.SingleLine(value), lineNumber, value));

    /// <summary>True when <paramref name="heading"/> names a header field (<c>## Date</c>, <c>## Branch</c>).</summary>
    public static bool IsFieldHeading(string heading)
    {
        string key = SectionClassifier.Normalize(heading);
        return DateKeys.Contains(key) || TimeKeys.Contains(key) || BranchKeys.Contains(key) || AuthorKeys.Contains(key);
    }

    private bool AddLine(string line, int lineNumber, bool allowPlain, bool knownOnly)
    {
        bool any = false;
        foreach ((string key, string value, string raw) in HeaderLines.Split(line, allowPlain))
        {
            if (!knownOnly || IsFieldHeading(key))
            {
                (knownOnly ? _hints : _fields).Add(new DocumentField(key, value, lineNumber, raw));
                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// Sets Date, Time, Branch, Commit and Author from what <paramref name="reading"/> chose and the header fields,
    /// and keeps every other field by name in <see cref="Handoff.Fields"/>. A field a value was read from is left
    /// out only when the value says all it said: <c>**Branch**: `x` (rebased today)</c> stays, and so does
    /// <c>**Last updated**: …</c>; <c>**Date**: 2026-01-05</c> does not. The front matter's other keys are kept too.
    /// </summary>
    public void ApplyTo(Handoff handoff, HeaderReading reading, IReadOnlyList<FrontMatterEntry> frontMatter, string? descriptionKey)
    {
        var fields = _fields.Select(f => (f.Key, f.Value, Origin: new HeaderOrigin(HeaderOriginKind.Field, f.Key, f.Line)))
            .Concat(frontMatter.Select(e => (e.Key, e.Value, Origin: new HeaderOrigin(HeaderOriginKind.FrontMatter, e.Key, e.Line))));
        foreach ((string key, string stored, HeaderOrigin origin) in fields)
        {
            string value = TextRules.UnescapeInline(TextRules.UnescapeFieldValue(stored));
            string norm = SectionClassifier.Normalize(key);
            if (origin.Kind == HeaderOriginKind.FrontMatter && string.Equals(key, descriptionKey, StringComparison.Ordinal))
            {
                continue;
            }

            if (reading.IsSource(origin) && SaidAll(norm, value, reading, origin))
            {
                continue;
            }

            // A Branch line repeated with the same name says nothing more than the one it repeats.
            if (BranchKeys.Contains(norm) && reading.Branch?.Branch is string branch && StripMarks().Replace(value, string.Empty) == branch)
            {
                continue;
            }

            if (norm == "commit" && handoff.Commit is null && CommitSha().IsMatch(value.Trim('`')))
            {
                handoff.Commit = value.Trim('`').ToLowerInvariant();
                continue;
            }

            if (AuthorKeys.Contains(norm) && handoff.Author is null && value.Length > 0)
            {
                handoff.Author = value;
                continue;
            }

            if (!handoff.Fields.ContainsKey(key))
            {
                handoff.Fields[key] = value;
            }
        }

        handoff.Branch = reading.Branch?.Branch;
        if (reading.Date?.Date is DateTime day)
        {
            handoff.Date = day.Date + (reading.Time?.Time ?? TimeSpan.Zero);
        }

        // A time field's zone counts without a date too ("**Time**: 10:00 UTC+5"); the field itself is then kept.
        handoff.TimeZone = reading.Time?.Zone;
        handoff.Offset = FormatOffset(reading.Time?.Offset);
    }

    /// <summary>True when a field a value was read from says nothing more than that value, so it need not be kept.</summary>
    private static bool SaidAll(string norm, string value, HeaderReading reading, HeaderOrigin origin)
    {
        if (origin == reading.BranchOrigin)
        {
            string branch = reading.Branch!.Branch!;
            string v = value.Trim();
            return BranchKeys.Contains(norm) && (v == branch || v == TextRules.CodeSpan(branch) || StripMarks().Replace(value, string.Empty) == branch);
        }

        // A time read without a date is not written as Time by the renderer: its field stays.
        return reading.Date is not null && (DateKeys.Contains(norm) || TimeKeys.Contains(norm));
    }

    private static string? FormatOffset(TimeSpan? offset) =>
        offset is TimeSpan o ? (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"[`*\s]")]
    private static partial Regex StripMarks();

    [GeneratedRegex(@"^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitSha();
}
