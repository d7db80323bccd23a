using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig.Syntax;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint.Rules;

/// <summary>
/// HandoffKeyFileMissing: each key file exists under the project root (skipped without one; patterns and URLs are
/// not checked). The finding is on the key file's item.
/// </summary>
internal sealed class KeyFileMissingRule : ILintRule
{
    public string Name => "HandoffKeyFileMissing";

    public IEnumerable<LintFinding> Check(LintContext context)
    {
        if (context.Options.ProjectRoot is not string root)
        {
            yield break;
        }

        Dictionary<string, int>? lines = null;
        foreach (KeyFile keyFile in context.Document.Handoff.KeyFiles)
        {
            if (FullPath(root, keyFile.Path.Trim()) is string full && !Path.Exists(full))
            {
                lines ??= ItemLines(context);
                int line = lines.TryGetValue(keyFile.Path, out int at) ? at : 1;
                yield return new LintFinding(DiagnosticSeverity.Warning, line,
                    $"The key file '{keyFile.Path}' does not exist under the project root '{root}'.");
            }
        }
    }

    /// <summary>
    /// Where a key file would be; null for what is not a file path (empty, a pattern, a URL). The path holds no NUL,
    /// the one character that makes <see cref="Path.GetFullPath(string)"/> throw: the reader turns control characters
    /// into spaces.
    /// </summary>
    private static string? FullPath(string root, string path) =>
        path.Length == 0 || path.Contains('*') || path.Contains('?') || (Uri.TryCreate(path, UriKind.Absolute, out Uri? uri) && !uri.IsFile)
            ? null
            : Path.GetFullPath(Path.Combine(root, path.TrimStart('/', '\\')));

    /// <summary>
    /// The line of each key file's item, by path: the first item, in the sections key files are read from, that the reader
    /// reads as that path. Built once, so that a file with many key files is linted in linear time.
    /// </summary>
    private static Dictionary<string, int> ItemLines(LintContext context)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ListItemBlock item in context.Document.Sections
            .Where(s => s.Kind is SectionKind.Context or SectionKind.KeyFiles)
            .SelectMany(context.ItemsOf))
        {
            lines.TryAdd(ItemText.ReadKeyFile(ListItem.From(context.Document.Text, item).Text).Path, item.Line + 1);
        }

        return lines;
    }
}
