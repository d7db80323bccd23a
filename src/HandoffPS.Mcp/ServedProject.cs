using System;
using System.IO;
using HandoffPS.Core.Project;
using Microsoft.Extensions.Logging;

namespace HandoffPS.Mcp;

/// <summary>
/// The project one server serves. It is found anew for every call (<see cref="Resolve"/>), with the same arguments
/// as at start-up, so that git facts (the branch, HEAD) are those of the moment, not of when the server started.
/// </summary>
internal sealed class ServedProject
{
    private readonly string? _project;
    private readonly string _workingDirectory;

    public ServedProject(HandoffMcpSettings settings, ILoggerFactory loggers)
    {
        _project = settings.Project;
        _workingDirectory = Path.GetFullPath(settings.WorkingDirectory);
        Log = loggers.CreateLogger("HandoffPS.Mcp");
        // Fails now (PathNotFound) rather than at the first call.
        HandoffProject first = Resolve();
        Root = first.Root;
    }

    /// <summary>The project root found at start-up.</summary>
    public string Root { get; }

    public ILogger Log { get; }

    /// <summary>The project as it is now: root, handoff folder, git facts read on first use.</summary>
    public HandoffProject Resolve() => HandoffProject.Resolve(_project, _workingDirectory);

    /// <summary>The time a call happens at (local time, like handoff dates).</summary>
    public DateTime Now() => DateTime.Now;
}
