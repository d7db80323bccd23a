using System.Globalization;
using HandoffPS.Adversarial;

// The adversarial run as a command (build.ps1 -Task Fuzz and -Task Stress run it):
//   fuzz   [--count N] [--seed S] [--first N] [--parallel P] [--seconds-per-mb X] [--min-seconds X]
//          [--huge-per-mille N] [--huge-scale X] [--dump FOLDER]  (writes each input that converts unstably, once, twice)
//                 how often (per 1,000 steps) and how big the huge inputs are
//   input  --number N [--seed S] [--out FILE]      writes input N of a fuzz run, to look at it
//   stress [--writers N] [--rounds N] [--index-writers N] [--index-rounds N] [--kills N] [--kill-bytes N]
//   write-loop FOLDER BYTES                        the process the stress run kills: writes handoffs until killed
return Commands.Run(args);

internal static class Commands
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("Usage: HandoffPS.Adversarial fuzz|input|stress|write-loop [options]");
            return 2;
        }

        var options = Options(args.Skip(1).ToArray(), out List<string> positional);
        return args[0] switch
        {
            "fuzz" => Fuzz(options),
            "input" => Input(options),
            "stress" => Stress(options),
            "write-loop" => Stresser.WriteLoop(positional[0], int.Parse(positional[1], CultureInfo.InvariantCulture)),
            _ => Unknown(args[0]),
        };
    }

    private static int Unknown(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'.");
        return 2;
    }

    private static int Fuzz(Dictionary<string, string> o)
    {
        int count = Int(o, "count", 100_000);
        var mutator = new Mutator(Mutator.LoadSources(Repository.FuzzSources()), Int(o, "huge-per-mille", 30), Double(o, "huge-scale", 1.0));
        string root = Directory.CreateTempSubdirectory("handoffps-fuzz-").FullName;
        try
        {
            var options = new FuzzOptions
            {
                Seed = Int(o, "seed", 14),
                Count = count,
                First = Int(o, "first", 0),
                Parallelism = Int(o, "parallel", Math.Max(1, Environment.ProcessorCount)),
                SecondsPerMegabyte = Double(o, "seconds-per-mb", 1.0),
                MinSeconds = Double(o, "min-seconds", 0.5),
                ProjectRoot = root,
                OnProgress = n => Console.WriteLine($"  {n:N0} of {count:N0} inputs"),
                OnHang = input =>
                {
                    Console.WriteLine($"HANG: input #{input.Number} ({input.Recipe}) is still running; stopping the run.");
                    Environment.Exit(3);
                },
            };
            Console.WriteLine($"Fuzzing {count:N0} inputs (seed {options.Seed}, from input {options.First}) with {options.Parallelism} worker(s); bound {options.MinSeconds} s + {options.SecondsPerMegabyte} s per MB.");
            FuzzReport report = Fuzzer.Run(mutator, options);
            Console.WriteLine();
            Console.WriteLine(report.Table());
            foreach (FuzzFailure f in report.Failures.Take(40))
            {
                Console.WriteLine($"FAILED {f.Check}: input #{f.Number} ({f.Recipe}): {f.What}");
            }

            if (report.Failures.Count > 40)
            {
                Console.WriteLine($"... and {report.Failures.Count - 40} more failures.");
            }

            if (o.TryGetValue("dump", out string? dump))
            {
                Directory.CreateDirectory(dump);
                foreach (FuzzFailure f in report.Failures.Where(f => f.Check == "convert twice"))
                {
                    Mutator.Input input = mutator.Make(options.Seed, f.Number);
                    File.WriteAllBytes(Path.Combine(dump, $"{f.Number}.in.md"), input.Bytes);
                    string once = HandoffPS.Core.Markdown.HandoffRenderer.Render(HandoffPS.Core.Markdown.HandoffParser.ParseBytes(input.Bytes, input.Name).Handoff);
                    File.WriteAllText(Path.Combine(dump, $"{f.Number}.once.md"), once);
                    File.WriteAllText(Path.Combine(dump, $"{f.Number}.twice.md"), HandoffPS.Core.Markdown.HandoffRenderer.Render(HandoffPS.Core.Markdown.HandoffParser.Parse(once, input.Name)));
                }
            }

            Console.WriteLine($"Fuzz: {report.Tried - report.Failed} survived, {report.Failed} failed");
            return report.Failed == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Input(Dictionary<string, string> o)
    {
        var mutator = new Mutator(Mutator.LoadSources(Repository.FuzzSources()), Int(o, "huge-per-mille", 30), Double(o, "huge-scale", 1.0));
        Mutator.Input input = mutator.Make(Int(o, "seed", 14), Int(o, "number", 0));
        Console.Error.WriteLine($"Input #{input.Number}: {input.Recipe} ({input.Bytes.Length:N0} bytes)");
        if (o.TryGetValue("out", out string? file))
        {
            File.WriteAllBytes(file, input.Bytes);
        }
        else
        {
            using Stream stdout = Console.OpenStandardOutput();
            stdout.Write(input.Bytes);
        }

        return 0;
    }

    private static int Stress(Dictionary<string, string> o)
    {
        var options = new StressOptions
        {
            Writers = Int(o, "writers", 20),
            Rounds = Int(o, "rounds", 6),
            IndexWriters = Int(o, "index-writers", 10),
            IndexRounds = Int(o, "index-rounds", 18),
            Kills = Int(o, "kills", 400),
            KillBytes = Int(o, "kill-bytes", 2 * 1024 * 1024),
            Log = Console.WriteLine,
        };
        StressReport report = Stresser.Run(options);
        Console.WriteLine();
        Console.WriteLine(report.Table());
        foreach (string f in report.Failures.Take(40))
        {
            Console.WriteLine($"FAILED: {f}");
        }

        Console.WriteLine($"Stress: {report.Tried - report.Failed} survived, {report.Failed} failed");
        return report.Failed == 0 ? 0 : 1;
    }

    private static Dictionary<string, string> Options(string[] args, out List<string> positional)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        positional = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return options;
    }

    private static int Int(Dictionary<string, string> o, string name, int fallback) =>
        o.TryGetValue(name, out string? v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static double Double(Dictionary<string, string> o, string name, double fallback) =>
        o.TryGetValue(name, out string? v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
