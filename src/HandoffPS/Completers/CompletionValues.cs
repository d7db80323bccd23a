using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Completers;

/// <summary>What the argument completers share: the project's newest handoffs, and quoting.</summary>
internal static class CompletionValues
{
    /// <summary>How many of the newest handoff files a completer reads, so that completion stays quick in a long-lived project.</summary>
    public const int MaxFiles = 50;

    /// <summary>
    /// The newest handoffs (at most <see cref="MaxFiles"/>, newest first) of the project given by a typed -Path,
    /// else of the project holding the current location. Unreadable files are skipped.
    /// </summary>
    public static IEnumerable<Handoff> ProjectHandoffs(IDictionary? fakeBoundParameters)
    {
        string? folder = ProjectFolder(fakeBoundParameters);
        if (folder is null)
        {
            yield break;
        }

        IReadOnlyList<string> files;
        try
        {
            files = HandoffStore.EnumerateFiles(folder);
        }
        catch (HandoffException)
        {
            yield break;
        }

        foreach (string file in files.Reverse().Take(MaxFiles))
        {
            Handoff? h = null;
            try
            {
                h = HandoffParser.ReadFile(file);
            }
            catch (HandoffException)
            {
            }

            if (h is not null)
            {
                yield return h;
            }
        }
    }

    /// <summary>The project folder completion works in: a typed -Path, else the current location's.</summary>
    public static string? ProjectFolder(IDictionary? fakeBoundParameters)
    {
        string location = CurrentDirectory();
        string? typed = fakeBoundParameters?["Path"] switch
        {
            string s => s,
            string[] { Length: > 0 } a => a[0],
            object[] { Length: > 0 } a => a[0]?.ToString(),
            _ => null,
        };
        try
        {
            return HandoffProject.Resolve(string.IsNullOrWhiteSpace(typed) ? null : typed, location).Folder;
        }
        catch (Exception ex) when (ex is HandoffException or ArgumentException or NotSupportedException or IOException)
        {
            return null;
        }
    }

    /// <summary>The current file system location of the runspace the completion runs in.</summary>
    public static string CurrentDirectory()
    {
        try
        {
            using var ps = PowerShell.Create(RunspaceMode.CurrentRunspace);
            string? path = ps.AddCommand("Microsoft.PowerShell.Management\\Get-Location")
                .AddParameter("PSProvider", "FileSystem")
                .Invoke<PathInfo>()
                .FirstOrDefault()?.ProviderPath;
            if (!string.IsNullOrEmpty(path))
            {
                return path;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or RuntimeException)
        {
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>
    /// Completion results for the values that start with what was typed (case-insensitive), each once, in
    /// alphabetical order. <paramref name="escapeWildcards"/> for parameters that take wildcard patterns.
    /// </summary>
    public static IEnumerable<CompletionResult> Complete(IEnumerable<string?> values, string? wordToComplete, bool escapeWildcards, Func<string, string>? toolTip = null)
    {
        string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return values
            .OfType<string>()
            .Where(v => v.Length > 0 && v.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(v => new CompletionResult(Quote(escapeWildcards ? WildcardPattern.Escape(v) : v), v, CompletionResultType.ParameterValue, toolTip?.Invoke(v) ?? v))
            .ToArray();
    }

    /// <summary>Single-quotes a value when PowerShell would otherwise split or expand it.</summary>
    public static string Quote(string value) =>
        value.Any(c => char.IsWhiteSpace(c) || "'\"`$;,(){}@#|&<>".Contains(c)) || value.StartsWith('-')
            ? "'" + value.Replace("'", "''") + "'"
            : value;
}
