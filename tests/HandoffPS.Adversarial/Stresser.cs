using System.Diagnostics;
using System.Globalization;
using System.Text;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Adversarial;

/// <summary>How hard the stress run pushes: racing writers and writes killed half-way.</summary>
public sealed class StressOptions
{
    /// <summary>Writers racing for one file name (and, apart, each for its own name).</summary>
    public int Writers { get; init; } = 20;

    public int Rounds { get; init; } = 6;

    /// <summary>Writers that each write a handoff and then update the index, all at once.</summary>
    public int IndexWriters { get; init; } = 10;

    public int IndexRounds { get; init; } = 18;

    /// <summary>How many times a process writing handoffs is killed (SIGKILL) in the middle of its work.</summary>
    public int Kills { get; init; } = 400;

    /// <summary>The size of the handoff the killed process writes.</summary>
    public int KillBytes { get; init; } = 2 * 1024 * 1024;

    public Action<string>? Log { get; init; }
}

/// <summary>The figures of a stress run.</summary>
public sealed class StressReport
{
    internal readonly object Gate = new();

    public List<(string Check, int Tried, int Failed)> Rows { get; } = new();

    public List<string> Failures { get; } = new();

    public int Tried => Rows.Sum(r => r.Tried);

    public int Failed => Rows.Sum(r => r.Failed);

    public string Table()
    {
        var sb = new StringBuilder("| check | tried | survived | failed |\n| --- | ---: | ---: | ---: |\n");
        foreach ((string check, int tried, int failed) in Rows)
        {
            sb.Append($"| {check} | {tried:N0} | {tried - failed:N0} | {failed:N0} |\n");
        }

        return sb.ToString();
    }
}

/// <summary>
/// The races and kills a handoff folder must survive: writers racing for one name (exactly one file, every other writer
/// <c>HandoffExists</c>, no temporary file left), writers each with its own name (every file intact), writers that each
/// update the index at once (the index lists every handoff, every round), and a process killed with SIGKILL while it
/// writes a large handoff (no partial file at a final name, and the next write removes what the killed ones left).
/// </summary>
public static class Stresser
{
    public static StressReport Run(StressOptions options)
    {
        var report = new StressReport();
        string root = Directory.CreateTempSubdirectory("handoffps-stress-").FullName;
        try
        {
            Race(options, report, root);
            Separate(options, report, root);
            Index(options, report, root);
            if (options.Kills > 0)
            {
                Kills(options, report, root);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return report;
    }

    private static string Content(string description, int size = 0)
    {
        string text = HandoffRenderer.Render(new Handoff
        {
            Description = description,
            Date = new DateTime(2026, 1, 2, 3, 4, 5),
            Summary = "Written by the stress run.",
            CompletedWork = new[] { "one", "two" },
        });
        if (size > text.Length)
        {
            var sb = new StringBuilder(text).Append("\n## Padding\n\n");
            int line = 0;
            while (sb.Length < size)
            {
                sb.Append("Line ").Append(line++).Append(" of padding, to make the file large enough to be killed in the middle of writing it.\n");
            }

            text = sb.ToString();
        }

        return text;
    }

    /// <summary>Runs <paramref name="count"/> actions at once (started together at a barrier) and waits for them.</summary>
    private static void AtOnce(int count, Action<int> action)
    {
        using var barrier = new Barrier(count);
        var threads = Enumerable.Range(0, count).Select(i => new Thread(() =>
        {
            barrier.SignalAndWait();
            action(i);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    private static void Race(StressOptions options, StressReport report, string root)
    {
        int failed = 0;
        for (int round = 0; round < options.Rounds; round++)
        {
            string folder = Path.Combine(root, $"race-{round}");
            string path = Path.Combine(folder, "2026-01-02-0304-one-name.md");
            int written = 0, exists = 0, other = 0;
            var contents = Enumerable.Range(0, options.Writers).Select(i => Content($"writer {i}")).ToArray();
            int winner = -1;
            AtOnce(options.Writers, i =>
            {
                try
                {
                    HandoffStore.WriteAtomic(path, contents[i], force: false);
                    Interlocked.Increment(ref written);
                    winner = i;
                }
                catch (HandoffException ex) when (ex.ErrorId == "HandoffExists")
                {
                    Interlocked.Increment(ref exists);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref other);
                }
            });

            string[] files = Directory.GetFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0 });
            bool ok = written == 1 && exists == options.Writers - 1 && other == 0 && files.Length == 1
                && winner >= 0 && File.ReadAllText(path) == contents[winner];
            if (!ok)
            {
                failed++;
                report.Failures.Add($"one name, round {round}: {written} written, {exists} HandoffExists, {other} other errors, {files.Length} files ({string.Join(", ", files.Select(Path.GetFileName))})");
            }
        }

        report.Rows.Add(($"{options.Writers} writers racing for one name: one file, {options.Writers - 1} HandoffExists, no temporary file (rounds)", options.Rounds, failed));
        options.Log?.Invoke($"One name: {options.Rounds} rounds, {failed} failed.");
    }

    private static void Separate(StressOptions options, StressReport report, string root)
    {
        int failed = 0;
        for (int round = 0; round < options.Rounds; round++)
        {
            string folder = Path.Combine(root, $"separate-{round}");
            var contents = Enumerable.Range(0, options.Writers).Select(i => Content($"writer {i}")).ToArray();
            int errors = 0;
            AtOnce(options.Writers, i =>
            {
                try
                {
                    HandoffStore.WriteAtomic(Path.Combine(folder, $"2026-01-02-0304-writer-{i}.md"), contents[i], force: false);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
            });

            string[] files = Directory.GetFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0 });
            bool intact = Enumerable.Range(0, options.Writers)
                .All(i => File.Exists(Path.Combine(folder, $"2026-01-02-0304-writer-{i}.md")) && File.ReadAllText(Path.Combine(folder, $"2026-01-02-0304-writer-{i}.md")) == contents[i]);
            if (errors > 0 || files.Length != options.Writers || !intact)
            {
                failed++;
                report.Failures.Add($"separate names, round {round}: {errors} errors, {files.Length} files, intact: {intact}");
            }
        }

        report.Rows.Add(($"{options.Writers} writers with their own names: every file intact (rounds)", options.Rounds, failed));
        options.Log?.Invoke($"Separate names: {options.Rounds} rounds, {failed} failed.");
    }

    private static void Index(StressOptions options, StressReport report, string root)
    {
        int failed = 0;
        for (int round = 0; round < options.IndexRounds; round++)
        {
            string folder = Path.Combine(root, $"index-{round}");
            int errors = 0;
            AtOnce(options.IndexWriters, i =>
            {
                try
                {
                    HandoffStore.WriteAtomic(Path.Combine(folder, $"2026-01-02-{i:00}00-writer-{i}.md"), Content($"writer {i}"), force: false);
                    HandoffIndex.Update(folder);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
            });

            HandoffIndexResult check = HandoffIndex.Check(folder);
            if (errors > 0 || !check.IsCurrent || check.HandoffCount != options.IndexWriters)
            {
                failed++;
                report.Failures.Add($"index, round {round}: {errors} errors; the index is {(check.IsCurrent ? "current" : "stale")} and the folder has {check.HandoffCount} handoffs");
            }
        }

        report.Rows.Add(($"{options.IndexWriters} writers updating the index at once: the index complete (rounds)", options.IndexRounds, failed));
        options.Log?.Invoke($"Index: {options.IndexRounds} rounds, {failed} failed.");
    }

    private static void Kills(StressOptions options, StressReport report, string root)
    {
        string folder = Path.Combine(root, "kills");
        Directory.CreateDirectory(folder);
        string expected = Content("killed writer", options.KillBytes);
        var random = new Random(14);
        int partial = 0;
        string program = typeof(Stresser).Assembly.Location;
        for (int kill = 0; kill < options.Kills; kill++)
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(program);
            psi.ArgumentList.Add("write-loop");
            psi.ArgumentList.Add(folder);
            psi.ArgumentList.Add(options.KillBytes.ToString(CultureInfo.InvariantCulture));
            using Process child = Process.Start(psi)!;

            // Wait until it writes (its first line), then kill it a random while later, most likely mid-write.
            string? ready = child.StandardOutput.ReadLine();
            if (ready != "writing")
            {
                report.Failures.Add($"kill {kill}: the writer did not start ({ready}; {child.StandardError.ReadToEnd()})");
                partial++;
                continue;
            }

            Thread.Sleep(random.Next(1, 120));
            child.Kill(entireProcessTree: true);
            child.WaitForExit();

            foreach (string file in Directory.GetFiles(folder, "*.md"))
            {
                string text = File.ReadAllText(file);
                if (text != expected)
                {
                    partial++;
                    report.Failures.Add($"kill {kill}: '{Path.GetFileName(file)}' is not the whole handoff ({text.Length:N0} of {expected.Length:N0} characters)");
                    File.Delete(file);
                }
            }

            if (options.Kills >= 10 && kill % (options.Kills / 10) == 0)
            {
                options.Log?.Invoke($"  {kill:N0} of {options.Kills:N0} kills");
            }
        }

        report.Rows.Add(($"writer of a {options.KillBytes / 1024:N0} KB handoff killed with SIGKILL: no partial file at a final name (kills)", options.Kills, partial));

        // The temporary files the killed writes left behind go with the next write, once they are a minute old.
        var options2 = new EnumerationOptions { AttributesToSkip = 0 };
        string[] left = Directory.GetFiles(folder, ".*.tmp", options2);
        foreach (string temp in left)
        {
            File.SetLastWriteTimeUtc(temp, DateTime.UtcNow - HandoffStore.StaleTemporaryAge - TimeSpan.FromSeconds(5));
        }

        HandoffStore.WriteAtomic(Path.Combine(folder, "2026-01-02-0304-after.md"), Content("after"), force: true);
        string[] still = Directory.GetFiles(folder, ".*.tmp", options2);
        report.Rows.Add(($"temporary files of killed writes removed by the next write ({left.Length} left by the kills)", 1, still.Length == 0 ? 0 : 1));
        if (still.Length > 0)
        {
            report.Failures.Add($"{still.Length} temporary files are still there after the next write: {string.Join(", ", still.Select(Path.GetFileName))}");
        }

        options.Log?.Invoke($"Kills: {options.Kills} kills, {partial} partial files, {left.Length} temporary files left and {still.Length} still there after the next write.");
    }

    /// <summary>The process the kill test kills: writes the same large handoff over three names, with -Force, until it is killed.</summary>
    public static int WriteLoop(string folder, int bytes)
    {
        string content = Content("killed writer", bytes);
        Directory.CreateDirectory(folder);
        Console.WriteLine("writing");
        Console.Out.Flush();
        for (int i = 0; ; i++)
        {
            HandoffStore.WriteAtomic(Path.Combine(folder, $"2026-01-02-0304-killed-{i % 3}.md"), content, force: true);
        }
    }
}
