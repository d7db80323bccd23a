using HandoffPS.Adversarial;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The adversarial run, small enough for every test run (seconds): mutated real handoffs through the reader, the
/// linter, the token count, the context and the converter; racing writers; a writer killed in the middle of a write.
/// The long runs are <c>build.ps1 -Task Fuzz</c> and <c>-Task Stress</c>; both use the same code with larger counts.
/// </summary>
public class AdversarialTests
{
    [Fact]
    public void Mutated_handoffs_never_crash_hang_slow_down_or_convert_differently_twice()
    {
        // Seeded: input N is the same on every machine (build.ps1 -Task Fuzz prints how to see one). The huge inputs are
        // few and a twentieth of their full size here; the bound is generous, for a busy machine, but still scales with
        // the size of each input: time that grows with its square (as a long run of 'x' once did) breaks it.
        var mutator = new Mutator(Mutator.LoadSources(Repository.FuzzSources()), hugePerMille: 10, hugeScale: 0.05);
        using var project = new TempFolder();
        var options = new FuzzOptions
        {
            Seed = 14,
            Count = 1500,
            Parallelism = 2,
            MinSeconds = 2,
            SecondsPerMegabyte = 8,
            HangAfter = TimeSpan.FromSeconds(60),
            ProjectRoot = project.Path,
        };

        FuzzReport report = Fuzzer.Run(mutator, options);

        Assert.True(report.Failed == 0 && report.Tried == options.Count,
            report.Table() + string.Join("\n", report.Failures.Take(20).Select(f => $"{f.Check}: input #{f.Number} ({f.Recipe}): {f.What}")));
        Assert.True(report.Read > options.Count / 2, "most mutated handoffs should still read");
    }

    [Fact]
    public void Racing_writers_and_index_updates_lose_nothing_and_leave_nothing()
    {
        StressReport report = Stresser.Run(new StressOptions { Writers = 20, Rounds = 2, IndexWriters = 10, IndexRounds = 3, Kills = 0 });

        Assert.True(report.Failed == 0, report.Table() + string.Join("\n", report.Failures));
        Assert.Equal(7, report.Tried);
    }

    [UnixFact]
    public void A_writer_killed_in_the_middle_of_a_large_handoff_leaves_no_partial_file()
    {
        StressReport report = Stresser.Run(new StressOptions { Rounds = 0, IndexRounds = 0, Kills = 6, KillBytes = 2 * 1024 * 1024 });

        Assert.True(report.Failed == 0, report.Table() + string.Join("\n", report.Failures));
        Assert.Equal(7, report.Tried);
    }
}
