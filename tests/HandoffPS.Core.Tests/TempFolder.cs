using System.Diagnostics;

namespace HandoffPS.Core.Tests;

/// <summary>A temporary folder, deleted on dispose, with a helper to run git in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "handoffps-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A new repository on <c>main</c> with user.name 'Ada Lovelace' and, unless told otherwise, one commit.</summary>
    public static TempFolder GitRepo(bool withCommit = true)
    {
        var t = new TempFolder();
        t.Git("init", "-q", "-b", "main");
        t.Git("config", "user.name", "Ada Lovelace");
        t.Git("config", "user.email", "ada@example.com");
        if (withCommit)
        {
            t.Commit("first");
        }

        return t;
    }

    public string Commit(string message) => Commit(message, "file.txt", 1, null);

    /// <summary>Appends <paramref name="lines"/> lines to <paramref name="file"/> and commits, at <paramref name="when"/> if given.</summary>
    public string Commit(string message, string file, int lines, DateTimeOffset? when)
    {
        string full = System.IO.Path.Combine(Path, file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.AppendAllLines(full, Enumerable.Range(0, lines).Select(i => $"{message} {i}"));
        Git("add", "-A");
        var env = when is DateTimeOffset w
            ? new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = w.ToString("o"), ["GIT_COMMITTER_DATE"] = w.ToString("o") }
            : null;
        GitWith(env, "commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => GitWith(null, args);

    public string GitWith(IDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (KeyValuePair<string, string> e in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[e.Key] = e.Value;
        }
        using Process p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }

        return output;
    }

    public void Dispose()
    {
        try
        {
            foreach (string f in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(f, FileAttributes.Normal);
            }

            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
