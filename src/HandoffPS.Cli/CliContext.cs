using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Cli;

/// <summary>
/// What every command works with: the console, the current folder, and the errors and warnings it reports. An
/// error that stops the command is a <see cref="HandoffException"/>; one that does not (an unreadable file among
/// many) is reported (<see cref="Report(HandoffException)"/>) and makes the exit code 1 at the end.
/// </summary>
public sealed class CliContext
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public CliContext(TextWriter output, TextWriter error, TextReader input, bool inputRedirected, string currentDirectory)
    {
        Out = output;
        Error = error;
        In = input;
        InputRedirected = inputRedirected;
        CurrentDirectory = currentDirectory;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public TextReader In { get; }

    public bool InputRedirected { get; }

    public string CurrentDirectory { get; }

    /// <summary>How many errors were reported without stopping the command.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The project of <c>--path</c>, else the current project (the git work-tree root, else the current folder).</summary>
    /// <exception cref="HandoffException">PathNotFound.</exception>
    public HandoffProject Project(string? path) => HandoffProject.Resolve(string.IsNullOrEmpty(path) ? null : path, CurrentDirectory);

    /// <summary>An error that does not stop the command: one line on standard error, with its id.</summary>
    public void Report(HandoffException error)
    {
        ErrorCount++;
        Error.WriteLine($"handoff: {error.Message} ({error.ErrorId})");
    }

    public void Report(IEnumerable<HandoffException> errors)
    {
        foreach (HandoffException error in errors)
        {
            Report(error);
        }
    }

    /// <summary>A warning: one line on standard error.</summary>
    public void Warn(string message) => Error.WriteLine($"handoff: warning: {message}");

    public void Warn(IEnumerable<string> messages)
    {
        foreach (string message in messages.Distinct(StringComparer.Ordinal))
        {
            Warn(message);
        }
    }

    /// <summary>Writes <paramref name="value"/> as indented JSON (property names as the PowerShell objects have them).</summary>
    public void WriteJson(object? value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>0, or 1 when an error was reported on the way.</summary>
    public int Done(int code = ExitCodes.Ok) => ErrorCount > 0 && code == ExitCodes.Ok ? ExitCodes.Error : code;

    /// <summary>A path shown to a person: relative to <paramref name="root"/> when under it.</summary>
    public static string Display(string path, string root)
    {
        string relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
