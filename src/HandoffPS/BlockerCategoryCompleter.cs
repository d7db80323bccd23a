using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using HandoffPS.Core;

namespace HandoffPS;

/// <summary>
/// Tab completion for -Category of Get-HandoffBlocker: the blocker categories used in the project's newest
/// handoffs (the project of -Path when it is typed, else the current project), those that start with what was
/// typed (case-insensitive), in alphabetical order. A value with spaces or other characters PowerShell would
/// split on is completed in single quotes; wildcard characters are escaped.
/// </summary>
public sealed class BlockerCategoryCompleter : IArgumentCompleter
{
    /// <summary>How many of the newest handoff files are read, so that completion stays quick in a long-lived project.</summary>
    public const int MaxFiles = 50;

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        string? folder = Folder(fakeBoundParameters);
        if (folder is null)
        {
            return Array.Empty<CompletionResult>();
        }

        // Category -> number of blockers with it; the spelling of the newest handoff wins.
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in HandoffStore.EnumerateFiles(folder).Reverse().Take(MaxFiles))
        {
            Handoff handoff;
            try
            {
                handoff = HandoffParser.ReadFile(file);
            }
            catch (Exception ex) when (ex is HandoffException or IOException or UnauthorizedAccessException or FormatException)
            {
                continue;
            }

            foreach (Blocker b in handoff.Blockers)
            {
                if (b.Category is null)
                {
                    continue;
                }

                spelling.TryAdd(b.Category, b.Category);
                counts[b.Category] = counts.TryGetValue(b.Category, out int n) ? n + 1 : 1;
            }
        }

        return spelling.Values
            .Where(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CompletionResult(Quote(c), c, CompletionResultType.ParameterValue,
                $"{c} ({counts[c]} blocker{(counts[c] == 1 ? string.Empty : "s")} in the newest handoffs)"))
            .ToArray();
    }

    /// <summary>The text to insert for a category: escaped for wildcards, single-quoted when PowerShell would otherwise split or expand it.</summary>
    public static string Quote(string category)
    {
        string escaped = WildcardPattern.Escape(category);
        bool needsQuotes = escaped.Any(c => char.IsWhiteSpace(c) || "'\"`$;,(){}@#|&<>".IndexOf(c) >= 0)
            || escaped.StartsWith('-');
        return needsQuotes ? "'" + escaped.Replace("'", "''") + "'" : escaped;
    }

    private static string? Folder(IDictionary fakeBoundParameters)
    {
        string? location = CurrentLocation();
        if (location is null)
        {
            return null;
        }

        string? typedPath = fakeBoundParameters?["Path"] switch
        {
            string s => s,
            string[] { Length: > 0 } a => a[0],
            object[] { Length: > 0 } a => a[0]?.ToString(),
            _ => null,
        };
        if (!string.IsNullOrWhiteSpace(typedPath))
        {
            try
            {
                string full = System.IO.Path.GetFullPath(typedPath, location);
                return Directory.Exists(full) ? HandoffStore.ResolveFolder(full) : null;
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException)
            {
                return null;
            }
        }

        return HandoffSeriesInput.CurrentProjectFolder(location);
    }

    /// <summary>The current file system location of the runspace the completion runs in.</summary>
    private static string? CurrentLocation()
    {
        try
        {
            using var ps = PowerShell.Create(RunspaceMode.CurrentRunspace);
            PathInfo? location = ps.AddCommand("Microsoft.PowerShell.Management\\Get-Location")
                .AddParameter("PSProvider", "FileSystem")
                .Invoke<PathInfo>()
                .FirstOrDefault();
            return location?.ProviderPath;
        }
        catch (Exception ex) when (ex is InvalidOperationException or RuntimeException)
        {
            return null;
        }
    }
}
