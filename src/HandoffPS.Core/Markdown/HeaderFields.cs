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

    /// <summary>Adds the fields found in a header block; returns false when the block held no field at all.</summary>
    public bool AddFrom(string text, Block block, bool allowPlain, bool knownOnly = false)
    {
        bool any = false;
        if (block is ParagraphBlock)
        {
            string[] lines = HandoffParser.Slice(text, block).Split('\n');
            for (int n = 0; n < lines.Length; n++)
            {
                any |= AddLine(lines[n], block.Line + 1 + n, allowPlain, knownOnly);
            }
        }
        else if (block is ListBlock list)
        {
            foreach (Block item in list)
            {
                if (item is ListItemBlock li && li.Count > 0 && li[0] is ParagraphBlock p)
                {
                    any |= AddLine(HandoffParser.Slice(text, p).Split('\n')[0], p.Line + 1, allowPlain, knownOnly);
                }
            }
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
        foreach (string part in Middot().Split(line.Trim()))
        {
            Match m = BoldField().Match(part.Trim());
            if (!m.Success && allowPlain)
            {
                m = PlainField().Match(part.Trim());
            }

            if (m.Success && (!knownOnly || IsFieldHeading(m.Groups["k"].Value)))
            {
                var field = new DocumentField(TextRules.SingleLine(m.Groups["k"].Value), TextRules.SingleLine(m.Groups["v"].Value), lineNumber, part.Trim());
                (knownOnly ? _hints : _fields).Add(field);
                any = true;
            }
        }

        return any;
    }

    public void ApplyTo(Handoff handoff, DateTime? titleDate)
    {
        DateTime? date = null;
        TimeSpan? time = null;
        foreach ((string key, string stored, _, _) in _fields.Concat(_hints))
        {
            bool hint = _hints.Count > 0 && !_fields.Any(f => f.Key == key && f.Value == stored);
            string value = TextRules.UnescapeInline(stored);
            string norm = SectionClassifier.Normalize(key);
            bool used = false;
            if (DateKeys.Contains(norm) && date is null && HandoffTimestamp.TryParseDate(value, out DateTime d))
            {
                date = d;
                used = true;
                if (time is null && HandoffTimestamp.TryParseTime(value, out TimeSpan t, out string? zone, out TimeSpan? offset))
                {
                    time = t;
                    handoff.TimeZone = zone;
                    handoff.Offset = FormatOffset(offset);
                }
            }
            else if (TimeKeys.Contains(norm) && time is null && HandoffTimestamp.TryParseTime(value, out TimeSpan t, out string? zone, out TimeSpan? offset))
            {
                time = t;
                handoff.TimeZone = zone;
                handoff.Offset = FormatOffset(offset);
                used = true;
            }
            else if (BranchKeys.Contains(norm) && handoff.Branch is null)
            {
                handoff.Branch = CleanBranch(value);
                used = handoff.Branch is not null;
            }
            else if (norm == "commit" && handoff.Commit is null && CommitSha().IsMatch(value.Trim('`')))
            {
                handoff.Commit = value.Trim('`').ToLowerInvariant();
                used = true;
            }
            else if (AuthorKeys.Contains(norm) && handoff.Author is null && value.Length > 0)
            {
                handoff.Author = value;
                used = true;
            }

            if (!used && !hint && !handoff.Fields.ContainsKey(key))
            {
                handoff.Fields[key] = value;
            }
        }

        date ??= titleDate;
        if (HandoffFileName.TryFindTimestamp(handoff.FileName ?? string.Empty, out DateTime stamp, out bool hasTime))
        {
            date ??= stamp.Date;
            if (time is null && hasTime && date == stamp.Date)
            {
                time = stamp.TimeOfDay;
            }
        }

        if (date is DateTime day)
        {
            handoff.Date = day.Date + (time ?? TimeSpan.Zero);
        }
    }

    private static string? FormatOffset(TimeSpan? offset) =>
        offset is TimeSpan o ? (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The branch name from a field value: the first code span when there is one (<c>`develop` (merged)</c>),
    /// the name before a trailing remark (<c>main (clean working tree)</c>, <c>main — merged</c>), else the
    /// whole value; null when empty.
    /// </summary>
    internal static string? CleanBranch(string value)
    {
        string v = value.Trim();
        Match code = CodeSpan().Match(v);
        if (code.Success)
        {
            return TextRules.SingleLineOrNull(code.Groups["c"].Value);
        }

        Match remark = NameWithRemark().Match(v);
        return TextRules.SingleLineOrNull(remark.Success ? remark.Groups["n"].Value : v);
    }

    [GeneratedRegex(@"^(?<n>\S+)\s+(?:\(.*\)|[—–]\s.*)$")]
    private static partial Regex NameWithRemark();

    [GeneratedRegex(@"^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitSha();

    [GeneratedRegex(@"\s+·\s+")]
    private static partial Regex Middot();

    [GeneratedRegex(@"^(?:[-*+]\s+)?\*\*(?<k>[^*:]+?)\s*(?::\*\*|\*\*\s*:)\s*(?<v>.*)$")]
    private static partial Regex BoldField();

    [GeneratedRegex(@"^(?:[-*+]\s+)?(?<k>\p{L}[\p{L}\p{N} ()/&.'-]{1,40}?)\s*:(?![/\\])\s*(?<v>.*)$")]
    private static partial Regex PlainField();

    [GeneratedRegex(@"`(?<c>[^`]+)`")]
    private static partial Regex CodeSpan();
}
