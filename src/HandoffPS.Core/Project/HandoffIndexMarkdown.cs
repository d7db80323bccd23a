using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Project;

/// <summary>The index's Markdown: its header and the table of handoffs, newest first, each cell escaped so that the file passes markdownlint.</summary>
internal static partial class HandoffIndexMarkdown
{
    /// <inheritdoc cref="HandoffIndex.Render"/>
    internal static string Render(IEnumerable<Handoff> handoffs, string folder)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        ArgumentNullException.ThrowIfNull(folder);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        Handoff[] rows = handoffs
            .Where(h => h is not null && (h.Path is null || seen.Add(Path.GetFullPath(h.Path))))
            .OrderByDescending(HandoffKey.Of)
            .ThenByDescending(h => h.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(h => h.Description, StringComparer.Ordinal)
            .ToArray();

        var w = new StringBuilder(256 + (rows.Length * 120));
        w.Append(HandoffIndex.Title).Append('\n');
        w.Append('\n');
        w.Append("The session handoffs of this project, newest first. Each one carries a work session's state to the next session.\n");
        w.Append('\n');
        w.Append("This file is written by `Update-HandoffIndex` (HandoffPS) from the handoffs in this folder: edit them, not it.\n");
        w.Append('\n');
        if (rows.Length == 0)
        {
            w.Append("No handoffs yet: `New-Handoff` writes the first one.\n");
            return w.ToString();
        }

        w.Append("| Date | Time | Description | Branch | Open blockers | Top priority |\n");
        w.Append("| --- | --- | --- | --- | ---: | --- |\n");
        foreach (Handoff h in rows)
        {
            Row(w,
                h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                h.Date?.ToString("HH:mm", CultureInfo.InvariantCulture),
                Link(h, folder),
                Cell(h.Branch),
                h.Blockers.Length.ToString(CultureInfo.InvariantCulture),
                Cell(h.NextPriorities.FirstOrDefault()?.Title));
        }

        return w.ToString();
    }

    /// <summary>A table row in markdownlint's compact style: one space each side of a cell, one inside an empty cell.</summary>
    private static void Row(StringBuilder w, params string?[] cells)
    {
        foreach (string? cell in cells)
        {
            w.Append(string.IsNullOrEmpty(cell) ? "| " : "| " + cell + " ");
        }

        w.Append("|\n");
    }

    private static string Link(Handoff h, string folder)
    {
        string text = Cell(h.Description.Length > 0 ? h.Description : h.FileName);
        if (text.Length == 0)
        {
            text = "(untitled)";
        }

        if (h.Path is null)
        {
            return text;
        }

        string relative = Path.GetRelativePath(folder, h.Path).Replace('\\', '/');
        string href = string.Join('/', relative.Split('/').Select(s => s == ".." ? s : Uri.EscapeDataString(s)));
        return $"[{text}]({href})";
    }

    /// <summary>
    /// Table-cell text: one line, Markdown punctuation escaped (so nothing turns into emphasis, code, HTML or a
    /// second cell), and URLs and e-mail addresses as autolinks (markdownlint's no-bare-urls).
    /// </summary>
    internal static string Cell(string? value)
    {
        string text = TextRules.SingleLine(value);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var w = new StringBuilder(text.Length + 8);
        int at = 0;
        foreach (Match m in Autolinkable().Matches(text))
        {
            Escape(w, text.AsSpan(at, m.Index - at));
            w.Append('<').Append(m.Value.Replace("|", "\\|", StringComparison.Ordinal)).Append('>');
            at = m.Index + m.Length;
        }

        Escape(w, text.AsSpan(at));
        return w.ToString();
    }

    private static void Escape(StringBuilder w, ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~' => true,
                // snake_case stays readable: '_' inside a word never starts emphasis.
                '_' => !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])),
                _ => false,
            };
            if (escape)
            {
                w.Append('\\');
            }

            w.Append(c);
        }
    }

    // A URL with a scheme, or an e-mail address; trailing sentence punctuation is left outside the link.
    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s<>`|]*[^\s<>`|.,;:!?'"")\]]|\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")]
    private static partial Regex Autolinkable();
}
