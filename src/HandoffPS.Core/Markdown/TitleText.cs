using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>Reads a handoff's title: its description and date, whether an H2 stands in for it, the description from a file name.</summary>
internal static partial class TitleText
{
    /// <summary>Front matter keys that name the session: the description when the title gives none.</summary>
    internal static readonly string[] FrontMatterNames = { "title", "topic", "name", "subject" };

    /// <summary>
    /// The description from a title: the <c>Session Handoff:</c> (or <c>Handoff —</c>, <c>Developer Session
    /// Handoff</c>, ...) prefix removed, and a leading date (<c>2026-06-01 — Topic</c>) taken out and returned.
    /// </summary>
    internal static (string Description, DateTime? Date) TitleToDescription(string title)
    {
        string t = title.Trim();
        Match m = TitlePrefix().Match(t);
        if (m.Success)
        {
            t = t[m.Length..];
            if (BarePrefix().IsMatch(t))
            {
                t = string.Empty;
            }
        }

        DateTime? date = null;
        if (HandoffTimestamp.TryFindDate(t, out DateTime parsed, out int at, out int length) && at == 0)
        {
            Match rest = AfterLeadingDate().Match(t, length);
            if (rest.Success)
            {
                date = parsed;
                t = t[(length + rest.Length)..];
            }
        }

        return (TextRules.SingleLine(t), date);
    }

    /// <summary>
    /// True when <paramref name="description"/>, written after the template's title prefix, would read back as something
    /// else: a leading date or handoff prefix taken out, or nothing left (<c>(Session Handover)</c>).
    /// </summary>
    internal static bool Misreads(string description) =>
        TitleToDescription(HandoffTemplate.TitlePrefix + description).Description != TextRules.SingleLine(description);

    /// <summary>Reverses <see cref="TextRules.EscapeTitle"/> on a description read from a title.</summary>
    internal static string UnescapeTitle(string description) =>
        EscapedClosingMarks().Replace(TextRules.UnescapeLeading(description, Misreads), "${s}${b}${h}");

    [GeneratedRegex(@"(?<s>^|\s)\\(?<b>\\*)(?<h>#+)$")]
    private static partial Regex EscapedClosingMarks();

    /// <summary>An H2 that stands in for a missing H1: it names a handoff or session, or holds a date, and is no known section.</summary>
    internal static bool LooksLikeTitle(string heading) =>
        SectionClassifier.Classify(heading) == SectionKind.Other && !HeaderFields.IsFieldHeading(heading)
        && (TitlePrefix().IsMatch(heading) || TitleWords().IsMatch(heading) || HandoffTimestamp.TryParseDate(heading, out _));

    /// <summary>
    /// A handoff's description, read back: from its title, else from the front matter key that names the session
    /// (<paramref name="descriptionKey"/>), else from the file name, else the title or file name as they are.
    /// </summary>
    internal static string Description(string? title, int titleLine, IReadOnlyList<FrontMatterEntry> frontMatter, string? fileName,
        out string? descriptionKey, out HeaderOrigin descriptionOrigin)
    {
        string description = TitleToDescription(title ?? string.Empty).Description;
        descriptionOrigin = new HeaderOrigin(HeaderOriginKind.Title, null, titleLine);
        descriptionKey = null;
        if (FrontMatterTitle(title, frontMatter) is { } named)
        {
            description = TitleToDescription(named.Value).Description;
            descriptionKey = named.Key;
            descriptionOrigin = new HeaderOrigin(HeaderOriginKind.FrontMatter, named.Key, named.Line);
        }

        if (description.Length == 0)
        {
            string? fromName = DescriptionFromFileName(fileName);
            descriptionOrigin = fromName is null ? HeaderOrigin.None : new HeaderOrigin(HeaderOriginKind.FileName);
            description = fromName
                ?? TextRules.SingleLineOrNull(title)
                ?? TextRules.SingleLine(Path.GetFileNameWithoutExtension(fileName ?? string.Empty));
        }

        return TextRules.UnescapeInline(descriptionOrigin.Kind == HeaderOriginKind.Title ? UnescapeTitle(description) : description);
    }

    /// <summary>
    /// The front matter key that titles the handoff (<c>title: …</c>, the first that names the session) when the title
    /// gives no description and the key does; else null. Converted, its value is written as the title.
    /// </summary>
    internal static FrontMatterEntry? FrontMatterTitle(string? title, IReadOnlyList<FrontMatterEntry> frontMatter) =>
        TitleToDescription(title ?? string.Empty).Description.Length == 0
        && frontMatter.FirstOrDefault(e => FrontMatterNames.Contains(e.Key.ToLowerInvariant())) is { } named
        && TitleToDescription(named.Value).Description.Length > 0
            ? named
            : null;

    /// <summary>The words of a file name after its timestamp (<c>2025-10-27-0930-auth-refactor.md</c> → <c>auth refactor</c>).</summary>
    internal static string? DescriptionFromFileName(string? fileName)
    {
        if (fileName is null)
        {
            return null;
        }

        string slug = HandoffFileName.SlugAfterTimestamp(fileName);
        return TextRules.SingleLineOrNull(slug.Replace('-', ' ').Replace('_', ' '));
    }

    /// <summary>
    /// A leading "handoff" prefix in the languages seen, with a word that only says what kind of text it is before a
    /// separator (<c>Handover Notes:</c>, <c>Handoff Summary —</c>): <c>Session Handoff:</c>, <c>Handoff —</c>, <c>Developer
    /// Session Handoff</c>, <c>Session Handover</c>, <c>Handoff de sesión —</c>, <c>Passation —</c>,
    /// <c>引き継ぎ書 —</c>, <c>会话交接：</c>, with the separator after it.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:developer\s+)?session\s+(?:handoff|handover|hand-off)|handoff\s+de\s+sesi[oó]n|traspaso\s+de\s+sesi[oó]n|passation(?:\s+de\s+session)?|handoff|handover|hand-off)\b(?:\s+(?:notes?|summary|document|report|brief)\b(?=\s*(?:[:：—–|·-]|$)))?|引き継ぎ(?:書|資料|メモ|ノート)?|会话交接(?:记录|文档|笔记)?|交接(?:文档|记录)?|세션\s*인계)\s*(?:[:：—–|?·-]|\s)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    /// <summary>What is left of a title that was only the prefix and its translation: <c>(Session Handover)</c>.</summary>
    [GeneratedRegex(@"^[(（]\s*(?:session\s+)?(?:handoff|handover|hand-off)\s*[)）]$", RegexOptions.IgnoreCase)]
    private static partial Regex BarePrefix();

    /// <summary>After a leading date: a one-letter revision (<c>2026-03-30c</c>), a time, then a separator or the end.</summary>
    [GeneratedRegex(@"\G[a-z]?(?![\p{L}\p{N}])(?:[T\s,]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:[AaPp][Mm])?\s*(?:Z|UTC|GMT|[A-Z]{2,4}|[+-][0-9]{2}:?[0-9]{2})?)?(?:\s*[:：—–?|·-]\s*|\s+|$)")]
    private static partial Regex AfterLeadingDate();

    [GeneratedRegex(@"\b(?:handoff|handover|hand-off|session|checkpoint)\b|交接|引き継ぎ|인계", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWords();
}
