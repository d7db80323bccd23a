using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using HandoffPS.Errors;

namespace HandoffPS.Input;

/// <summary>
/// How the cmdlets that act on a project find it: each -Path, -LiteralPath or piped handoff names one project
/// (<see cref="HandoffProject.Resolve"/>: a project root, its handoff folder, or a handoff file in it); with none of
/// them, the current project. Paths that name nothing and handoffs that are not files are non-terminating errors.
/// </summary>
internal static class ProjectInput
{
    public static IEnumerable<HandoffProject> Resolve(PSCmdlet cmdlet, string[]? paths, string[]? literalPaths, IEnumerable<Handoff>? handoffs = null)
    {
        if (paths is null && literalPaths is null && handoffs is null)
        {
            yield return HandoffFiles.CurrentProject(cmdlet);
            yield break;
        }

        string cwd = HandoffFiles.CurrentDirectory(cmdlet);
        foreach (string path in ProviderPaths.Resolve(cmdlet, paths, literalPaths))
        {
            yield return HandoffProject.Resolve(path, cwd);
        }

        foreach (Handoff handoff in handoffs ?? System.Array.Empty<Handoff>())
        {
            if (handoff?.Path is string file && File.Exists(file))
            {
                yield return HandoffProject.Resolve(file, cwd);
            }
            else if (handoff is not null)
            {
                cmdlet.WriteError(ErrorRecords.HandoffHasNoFile(handoff, "no project on disk to act on"));
            }
        }
    }

    /// <summary>
    /// The one project a write goes to: <paramref name="path"/> (its wildcards must match one folder) or
    /// <paramref name="literalPath"/>, else the current project. Null after a non-terminating error (PathNotFound);
    /// a wildcard that matches several folders is the terminating error AmbiguousPath.
    /// </summary>
    public static HandoffProject? ResolveOne(PSCmdlet cmdlet, string? path, string? literalPath)
    {
        var projects = Resolve(cmdlet, path is null ? null : new[] { path }, literalPath is null ? null : new[] { literalPath }).ToList();
        if (projects.Count > 1)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.Create("AmbiguousPath", ErrorCategory.InvalidArgument,
                $"-Path '{path}' matches {projects.Count} folders; a handoff is written to one project. Name one, or use -LiteralPath.", path));
        }

        return projects.FirstOrDefault();
    }
}
