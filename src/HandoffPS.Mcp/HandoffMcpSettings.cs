using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace HandoffPS.Mcp;

/// <summary>What one MCP server needs to know: which project it serves and where it logs.</summary>
public sealed class HandoffMcpSettings
{
    /// <summary>
    /// The project, as <c>--project</c> names it: its root, its session-handoffs folder or a handoff file in it,
    /// relative to <see cref="WorkingDirectory"/>. Null: the git work-tree root of the working directory, else the
    /// working directory itself (as the cmdlets find it).
    /// </summary>
    public string? Project { get; init; }

    /// <summary>The directory <see cref="Project"/> is relative to. Default: the process's current directory.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Where the server logs. Default: standard error; standard output is the protocol and carries nothing else.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>The least severe log level written. Default: Warning.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}
