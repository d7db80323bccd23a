using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core;

namespace HandoffPS.Completers;

/// <summary>What the argument completers share: the current project's handoffs, and quoting.</summary>
internal static class CompletionValues
{
    /// <summary>The handoffs of the project holding the current location; unreadable files are skipped.</summary>
    public static IEnumerable<Handoff> ProjectHandoffs()
    {
        string folder = HandoffStore.FolderFor(HandoffStore.ProjectRootOf(CurrentDirectory()));
        foreach (string file in HandoffStore.EnumerateFiles(folder))
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

    /// <summary>The current file system location of the runspace the completion runs in.</summary>
    public static string CurrentDirectory()
    {
        try
        {
            using var ps = PowerShell.Create(RunspaceMode.CurrentRunspace);
            string? path = ps.AddCommand("Get-Location").AddParameter("PSProvider", "FileSystem").Invoke<PathInfo>().FirstOrDefault()?.ProviderPath;
            if (!string.IsNullOrEmpty(path))
            {
                return path;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or PSInvalidOperationException or RuntimeException)
        {
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>
    /// Completion results for the values that start with what was typed (case-insensitive), each once, in order;
    /// a value with spaces or quote characters is single-quoted.
    /// </summary>
    public static IEnumerable<CompletionResult> Complete(IEnumerable<string?> values, string wordToComplete)
    {
        string typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return values
            .OfType<string>()
            .Where(v => v.Length > 0 && v.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(v => new CompletionResult(Quote(v), v, CompletionResultType.ParameterValue, v));
    }

    /// <summary>Quotes a value for the command line when it needs it.</summary>
    public static string Quote(string value) =>
        value.Any(c => char.IsWhiteSpace(c) || "'\"`$;,(){}[]@#&|<>".Contains(c))
            ? "'" + value.Replace("'", "''") + "'"
            : value;
}
