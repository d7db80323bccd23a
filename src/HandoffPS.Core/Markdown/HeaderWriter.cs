using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>The header lines <see cref="HandoffRenderer"/> writes under the title: the template's fields, then the fields a hand-written file kept.</summary>
internal static class HeaderWriter
{
    /// <summary>
    /// The header's lines, and (with <paramref name="fence"/>) the kept fields that name a value the handoff lacks (a Date
    /// or Branch the reader did not take, where it stood), which are written as code so that they are not taken for it.
    /// </summary>
    public static (List<string> Header, List<string> AsText) Lines(Handoff handoff, bool fence)
    {
        var header = new List<string>();
        // A Branch field that said more than the name ("`x` (rebased today)") is written as it was.
        string? branchLine = handoff.Fields.FirstOrDefault(f => string.Equals(f.Key, "Branch", StringComparison.OrdinalIgnoreCase)
            && handoff.Branch is not null && BranchText.Clean(f.Value) == TextRules.SingleLine(handoff.Branch)).Key;
        Dictionary<TemplateField, string?> values = HeaderValues(handoff, branchLine);
        foreach (TemplateField field in HandoffTemplate.HeaderFields)
        {
            if (values[field] is string value)
            {
                header.Add(HandoffTemplate.FieldLine(field.Name, value));
            }
        }

        var asText = new List<string>();
        foreach (KeyValuePair<string, string> field in handoff.Fields.Where(f => f.Key != branchLine))
        {
            AddField(fence && NamesMissingValue(handoff, field.Key) ? asText : header, FieldKey(field.Key), field.Value);
        }

        return (header, asText);
    }

    /// <summary>True when a field's key names the date, time or branch and the handoff has none.</summary>
    private static bool NamesMissingValue(Handoff handoff, string key) => HeaderKeys.Classify(key, out _, out _) switch
    {
        HeaderKeyKind.Date or HeaderKeyKind.Time => handoff.Date is null,
        HeaderKeyKind.Branch => handoff.Branch is null,
        _ => false,
    };

    /// <summary>The written value of each template header field, null for a field the handoff lacks.</summary>
    private static Dictionary<TemplateField, string?> HeaderValues(Handoff handoff, string? branchLine)
    {
        DateTime? date = handoff.Date;
        string zone = handoff.TimeZone is null ? string.Empty : " " + TextRules.SingleLine(handoff.TimeZone);
        return new Dictionary<TemplateField, string?>
        {
            [HandoffTemplate.Date] = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [HandoffTemplate.Time] = date is DateTime d ? d.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + zone : null,
            [HandoffTemplate.Branch] = branchLine is null ? Branch(handoff.Branch) : Escaped(handoff.Fields[branchLine]),
            [HandoffTemplate.Commit] = Escaped(handoff.Commit),
            [HandoffTemplate.Author] = Escaped(handoff.Author),
        };
    }

    /// <summary>
    /// A branch the reader would not read back as itself from the plain name (spaces, a remark, a leading dot, a word
    /// such as <c>none</c>) is written as code, which the reader takes as written.
    /// </summary>
    private static string? Branch(string? value)
    {
        string? v = TextRules.SingleLineOrNull(value);
        return v is not null && BranchText.Clean(TextRules.EscapeInline(v)) != v ? TextRules.CodeSpan(v) : Escaped(v);
    }

    /// <summary>A single-line value as a field's value is written (<see cref="TextRules.EscapeFieldValue"/>); null when it is empty.</summary>
    private static string? Escaped(string? value) =>
        TextRules.SingleLineOrNull(value) is string v ? TextRules.EscapeFieldValue(TextRules.EscapeInline(v)) : null;

    /// <summary>
    /// A kept field's key as written between <c>**</c> and <c>**:</c>: on one line, without stars, and without the colons
    /// and spaces at its end (<c>1.2 *</c> of a table row, <c>Blockers *</c> of a heading), which the reader would not
    /// read back as part of the key.
    /// </summary>
    private static string FieldKey(string key) => TextRules.SingleLine(key.Replace("*", string.Empty)).TrimEnd(':', '：', ' ');

    private static void AddField(List<string> header, string name, string? value)
    {
        if (Escaped(value) is string v)
        {
            header.Add(HandoffTemplate.FieldLine(name, v));
        }
    }
}
