using System.Diagnostics;
using System.Globalization;
using System.Text;
using HandoffPS.Core.Context;
using HandoffPS.Core.Lint;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Adversarial;

/// <summary>What a fuzz run does: how many inputs, from which seed, and what counts as too slow.</summary>
public sealed class FuzzOptions
{
    public int Seed { get; init; } = 14;

    public int Count { get; init; } = 2_000;

    /// <summary>The first input number (to run a slice of a long run again, or input N alone).</summary>
    public int First { get; init; }

    /// <summary>Worker threads. Timing is per input, so two workers on two cores still measure each input alone.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>The time bound of an input: <see cref="MinSeconds"/> plus this many seconds per megabyte of it.</summary>
    public double SecondsPerMegabyte { get; init; } = 1.0;

    /// <summary>The part of the bound every input gets, whatever its size (a garbage collection, a noisy machine).</summary>
    public double MinSeconds { get; init; } = 0.5;

    /// <summary>An input still running after this long is a hang.</summary>
    public TimeSpan HangAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The folder key files are checked against (Test-Handoff's project root).</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>Called once with the input that hangs; it is still running when this is called.</summary>
    public Action<Mutator.Input>? OnHang { get; init; }

    /// <summary>Progress: called after each 1,000 inputs with the count so far.</summary>
    public Action<int>? OnProgress { get; init; }
}

/// <summary>One input that broke a rule, with how to make it again.</summary>
public sealed record FuzzFailure(string Check, int Number, string Recipe, string What);

/// <summary>The figures of a fuzz run.</summary>
public sealed class FuzzReport
{
    internal readonly object Gate = new();

    public int Tried { get; internal set; }

    /// <summary>Inputs the reader took (a handoff came out).</summary>
    public int Read { get; internal set; }

    /// <summary>Inputs the reader refused with a documented error id, by id.</summary>
    public Dictionary<string, int> Refused { get; } = new(StringComparer.Ordinal);

    public int Crashes { get; internal set; }

    public int Hangs { get; internal set; }

    public int Slow { get; internal set; }

    /// <summary>Inputs whose converted text, read and converted again, differs.</summary>
    public int ConvertTwiceDiffers { get; internal set; }

    public long Bytes { get; internal set; }

    public long LargestInput { get; internal set; }

    public double TotalSeconds { get; internal set; }

    /// <summary>The slowest input relative to its size, over inputs of 64 KB or more: seconds per megabyte.</summary>
    public double WorstSecondsPerMegabyte { get; internal set; }

    public string WorstSecondsPerMegabyteInput { get; internal set; } = string.Empty;

    /// <summary>The slowest input of all, in seconds.</summary>
    public double WorstSeconds { get; internal set; }

    public string WorstSecondsInput { get; internal set; } = string.Empty;

    public List<FuzzFailure> Failures { get; } = new();

    public int Failed => Crashes + Hangs + Slow + ConvertTwiceDiffers;

    /// <summary>The figures as a Markdown table: tried, survived, failed, per check.</summary>
    public string Table()
    {
        string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        int refused = Refused.Values.Sum();
        var sb = new StringBuilder();
        sb.Append("| check | tried | survived | failed |\n| --- | ---: | ---: | ---: |\n");
        sb.Append($"| read (Get-Handoff): no crash, documented errors only | {N(Tried)} | {N(Tried - Crashes - Hangs)} | {N(Crashes + Hangs)} |\n");
        sb.Append($"| lint, measure, context (Test-Handoff, Measure-Handoff, Get-HandoffContext) | {N(Read)} | {N(Read - Failures.Count(f => f.Check is "lint" or "measure" or "context"))} | {N(Failures.Count(f => f.Check is "lint" or "measure" or "context"))} |\n");
        sb.Append($"| convert twice = convert once (ConvertTo-HandoffMarkdown) | {N(Read)} | {N(Read - ConvertTwiceDiffers)} | {N(ConvertTwiceDiffers)} |\n");
        sb.Append($"| within the time bound | {N(Tried)} | {N(Tried - Slow)} | {N(Slow)} |\n");
        sb.Append($"| hangs | {N(Tried)} | {N(Tried - Hangs)} | {N(Hangs)} |\n");
        sb.Append('\n');
        sb.Append($"Read: {N(Read)}; refused with a documented error: {N(refused)}");
        if (refused > 0)
        {
            sb.Append(" (").Append(string.Join(", ", Refused.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {N(p.Value)}"))).Append(')');
        }

        sb.Append(".\n");
        sb.Append($"Input: {N(Bytes)} bytes, the largest {N(LargestInput)}; {TotalSeconds:0.0} s in all.\n");
        sb.Append($"Slowest per size (inputs of 64 KB or more): {WorstSecondsPerMegabyte:0.000} s per MB ({WorstSecondsPerMegabyteInput}).\n");
        sb.Append($"Slowest input: {WorstSeconds:0.000} s ({WorstSecondsInput}).\n");
        return sb.ToString();
    }
}

/// <summary>
/// Runs mutated handoffs through what the cmdlets do with a file: read it (Get-Handoff), lint it (Test-Handoff, with real
/// token counts), measure it (Measure-Handoff), build the next session's context from it (Get-HandoffContext, the
/// SessionStart hook), and convert it (ConvertTo-HandoffMarkdown) twice. The rules: no exception other than a
/// documented error id, no input slower than a bound that grows with its size, no hang, and converting the converted
/// text again gives the same text.
/// </summary>
public static class Fuzzer
{
    /// <summary>The error ids the reader may answer a file with (about_HandoffPS).</summary>
    public static readonly IReadOnlySet<string> ReadErrors = new HashSet<string>(StringComparer.Ordinal)
    {
        HandoffErrorIds.HandoffUnreadable,
        HandoffErrorIds.HandoffTooLarge,
    };

    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0);

    public static FuzzReport Run(Mutator mutator, FuzzOptions options)
    {
        var report = new FuzzReport();
        // What each worker runs, and since when: one reference, written and read whole (a pair of fields could be read
        // half old, half new, and an input just taken read with the cleared start time 0, a false hang).
        var running = new Running?[Math.Max(1, options.Parallelism)];
        int next = options.First;
        int end = options.First + options.Count;
        using var done = new CountdownEvent(running.Length);
        var clock = Stopwatch.StartNew();

        // Warm up: the tokenizer's first load and the first JIT are no input's fault.
        Check(mutator.Make(options.Seed, options.First), options, new FuzzReport());

        for (int w = 0; w < running.Length; w++)
        {
            int worker = w;
            var thread = new Thread(() =>
            {
                try
                {
                    while (true)
                    {
                        int number = Interlocked.Increment(ref next) - 1;
                        if (number >= end)
                        {
                            return;
                        }

                        Mutator.Input input = mutator.Make(options.Seed, number);
                        Volatile.Write(ref running[worker], new Running(input, Stopwatch.GetTimestamp()));
                        Check(input, options, report);
                        Volatile.Write(ref running[worker], null);
                        int count;
                        lock (report.Gate)
                        {
                            count = ++report.Tried;
                        }

                        if (count % 1000 == 0)
                        {
                            options.OnProgress?.Invoke(count);
                        }
                    }
                }
                finally
                {
                    done.Signal();
                }
            }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true, Name = $"fuzz-{worker}" };
            thread.Start();
        }

        var reported = new HashSet<int>();
        while (!done.Wait(TimeSpan.FromSeconds(1)))
        {
            for (int w = 0; w < running.Length; w++)
            {
                Running? now = Volatile.Read(ref running[w]);
                if (now is { Input: var input } && Stopwatch.GetElapsedTime(now.Started) > options.HangAfter && reported.Add(input.Number))
                {
                    lock (report.Gate)
                    {
                        report.Hangs++;
                        report.Failures.Add(new FuzzFailure("hang", input.Number, input.Recipe, $"still running after {options.HangAfter.TotalSeconds:0} s"));
                    }

                    options.OnHang?.Invoke(input);
                }
            }

            if (reported.Count > 0 && options.OnHang is null)
            {
                // A hung worker never comes back: report what is known.
                break;
            }
        }

        report.TotalSeconds = clock.Elapsed.TotalSeconds;
        return report;
    }

    /// <summary>
    /// Runs one input through every check, adding what it found to <paramref name="report"/>. The time bound applies to
    /// what one cmdlet does with the input: Get-Handoff reads it; Test-Handoff reads and lints it; Measure-Handoff reads
    /// and counts it; Get-HandoffContext reads it and builds the context; ConvertTo-HandoffMarkdown converts what was
    /// read. The slowest of these must stay within the bound.
    /// </summary>
    public static void Check(Mutator.Input input, FuzzOptions options, FuzzReport report)
    {
        List<FuzzFailure> failures = Stages(input, options, out string? refused, out bool read, out StageTimes times);
        double seconds = times.Slowest;
        double megabytes = input.Bytes.Length / (1024.0 * 1024.0);
        double bound = options.MinSeconds + (options.SecondsPerMegabyte * megabytes);
        for (int retry = 0; retry < 2 && seconds > bound; retry++)
        {
            // A noisy machine: measure again, and keep the better time of each cmdlet.
            Stages(input, options, out _, out _, out StageTimes again);
            times = times.Min(again);
            seconds = times.Slowest;
        }

        lock (report.Gate)
        {
            report.Bytes += input.Bytes.Length;
            report.LargestInput = Math.Max(report.LargestInput, input.Bytes.Length);
            if (read)
            {
                report.Read++;
            }

            if (refused is not null)
            {
                report.Refused[refused] = report.Refused.GetValueOrDefault(refused) + 1;
            }

            foreach (FuzzFailure f in failures)
            {
                if (f.Check == "convert twice")
                {
                    report.ConvertTwiceDiffers++;
                }
                else
                {
                    report.Crashes++;
                }

                report.Failures.Add(f);
            }

            if (seconds > bound)
            {
                report.Slow++;
                report.Failures.Add(new FuzzFailure("time", input.Number, input.Recipe,
                    $"{times.SlowestName} took {seconds:0.000} s for {input.Bytes.Length:N0} bytes; the bound is {bound:0.000} s ({times})"));
            }

            if (seconds > report.WorstSeconds)
            {
                report.WorstSeconds = seconds;
                report.WorstSecondsInput = $"#{input.Number}, {input.Bytes.Length:N0} bytes, {times.SlowestName}";
            }

            if (input.Bytes.Length >= 64 * 1024 && seconds / megabytes > report.WorstSecondsPerMegabyte)
            {
                report.WorstSecondsPerMegabyte = seconds / megabytes;
                report.WorstSecondsPerMegabyteInput = $"#{input.Number}, {input.Bytes.Length:N0} bytes, {times.SlowestName} {seconds:0.000} s";
            }
        }
    }

    /// <summary>The time of each step, and of each cmdlet made of them.</summary>
    public readonly record struct StageTimes(double Read, double Lint, double Measure, double Context, double Convert)
    {
        public (string Name, double Seconds)[] Cmdlets => new[]
        {
            ("Get-Handoff", Read), ("Test-Handoff", Read + Lint), ("Measure-Handoff", Read + Measure),
            ("Get-HandoffContext", Read + Context), ("ConvertTo-HandoffMarkdown", Convert),
        };

        public double Slowest => Cmdlets.Max(c => c.Seconds);

        public string SlowestName => Cmdlets.MaxBy(c => c.Seconds).Name;

        public StageTimes Min(StageTimes o) =>
            new(Math.Min(Read, o.Read), Math.Min(Lint, o.Lint), Math.Min(Measure, o.Measure), Math.Min(Context, o.Context), Math.Min(Convert, o.Convert));

        public override string ToString() =>
            $"read {Read:0.000} s, lint {Lint:0.000} s, measure {Measure:0.000} s, context {Context:0.000} s, convert {Convert:0.000} s";
    }

    private static List<FuzzFailure> Stages(Mutator.Input input, FuzzOptions options, out string? refused, out bool read, out StageTimes times)
    {
        var failures = new List<FuzzFailure>();
        refused = null;
        read = false;
        string stage = "read";
        double tRead = 0, tLint = 0, tMeasure = 0, tContext = 0, tConvert = 0;
        long t = Stopwatch.GetTimestamp();
        double Lap()
        {
            double s = Stopwatch.GetElapsedTime(t).TotalSeconds;
            t = Stopwatch.GetTimestamp();
            return s;
        }

        try
        {
            HandoffDocument document;
            try
            {
                document = HandoffParser.ParseBytes(input.Bytes, input.Name);
            }
            catch (HandoffException ex) when (ReadErrors.Contains(ex.ErrorId))
            {
                refused = ex.ErrorId;
                tRead = Lap();
                times = new StageTimes(tRead, 0, 0, 0, 0);
                return failures;
            }

            tRead = Lap();
            read = true;
            Handoff handoff = document.Handoff;

            stage = "lint";
            HandoffLinter.Lint(document, new HandoffLintOptions { ProjectRoot = options.ProjectRoot, ExpectBranch = true, CountTokens = TokenCounter.Count }).ToList();
            tLint = Lap();

            stage = "measure";
            HandoffMeasure.Of(new string(document.Text), handoff);
            tMeasure = Lap();

            stage = "context";
            HandoffContextBuilder.Build(new[] { handoff }, new HandoffContextOptions { Now = Now, ProjectRoot = "/p", Branch = handoff.Branch });
            tContext = Lap();

            stage = "convert";
            string once = HandoffRenderer.Render(handoff);
            tConvert = Lap();
            HandoffDocument again;
            try
            {
                again = HandoffParser.ParseBytes(Encoding.UTF8.GetBytes(once), input.Name);
            }
            catch (HandoffException ex) when (ex.ErrorId == HandoffErrorIds.HandoffTooLarge)
            {
                // Converting may add a few bytes to a file at the size limit.
                times = new StageTimes(tRead, tLint, tMeasure, tContext, tConvert);
                return failures;
            }

            string twice = HandoffRenderer.Render(again.Handoff);
            if (!string.Equals(once, twice, StringComparison.Ordinal))
            {
                failures.Add(new FuzzFailure("convert twice", input.Number, input.Recipe, FirstDifference(once, twice)));
            }
        }
        catch (Exception ex)
        {
            failures.Add(new FuzzFailure(stage, input.Number, input.Recipe, $"{ex.GetType().FullName}: {ex.Message}"));
        }

        times = new StageTimes(tRead, tLint, tMeasure, tContext, tConvert);
        return failures;
    }

    /// <summary>Where two texts first differ: the line number and both lines.</summary>
    public static string FirstDifference(string a, string b)
    {
        string[] x = a.Split('\n');
        string[] y = b.Split('\n');
        for (int i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            string l = i < x.Length ? x[i] : "<end>";
            string r = i < y.Length ? y[i] : "<end>";
            if (l != r)
            {
                return $"line {i + 1}: once '{Trim(l)}', twice '{Trim(r)}' ({x.Length} and {y.Length} lines)";
            }
        }

        return "same lines, different text";
    }

    private static string Trim(string s) => s.Length > 120 ? s[..120] + "…" : s;

    /// <summary>The input a worker is checking and the timestamp it started at.</summary>
    private sealed record Running(Mutator.Input Input, long Started);
}
