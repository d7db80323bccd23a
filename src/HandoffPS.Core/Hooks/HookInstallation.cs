using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Hooks;

/// <summary>Which of the hooks a settings file has, and the command of each.</summary>
public sealed class HookInstallation
{
    internal HookInstallation(string path, bool exists, IReadOnlyDictionary<HookEvent, string?> commands)
    {
        Path = path;
        Exists = exists;
        Commands = commands;
    }

    public string Path { get; }

    public bool Exists { get; }

    /// <summary>Each event's HandoffPS hook command, or null when that event has none.</summary>
    public IReadOnlyDictionary<HookEvent, string?> Commands { get; }

    /// <summary>Every event has its hook.</summary>
    public bool IsComplete => Commands.Values.All(c => c is not null);

    /// <summary>Some event has its hook.</summary>
    public bool IsPartial => Commands.Values.Any(c => c is not null);
}
