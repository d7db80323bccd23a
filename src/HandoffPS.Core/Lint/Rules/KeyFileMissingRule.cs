using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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

        foreach (KeyFile keyFile in context.Document.Handoff.KeyFiles)
        {
            if (FullPath(root, keyFile.Path.Trim()) is string full && !File.Exists(full) && !Directory.Exists(full))
            {
                int line = LineOf(context, "`" + keyFile.Path + "`") ?? LineOf(context, keyFile.Path) ?? 1;
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

    /// <summary>The line of the first item, in the sections key files are read from, whose first line holds <paramref name="fragment"/>.</summary>
    private static int? LineOf(LintContext context, string fragment) =>
        context.Document.Sections
            .Where(s => s.Kind is SectionKind.Context or SectionKind.KeyFiles)
            .SelectMany(context.ItemsOf)
            .Where(item => context.FirstLine(item).Contains(fragment, StringComparison.Ordinal))
            .Select(item => (int?)(item.Line + 1))
            .FirstOrDefault();
}
