using System.Collections.Generic;
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
}
