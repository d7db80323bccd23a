namespace HandoffPS.Core.Tests;

/// <summary>
/// How much of its input space a property or exhaustive test walks: all of it in the test task, a tenth when
/// <c>HANDOFFPS_TEST_SCALE</c> says so. The mutation task sets it to 0.1: Stryker runs every covering test once per
/// mutant, and a sample of each walk still fails on a broken rule (the test task runs the whole walk).
/// </summary>
internal static class TestScale
{
    /// <summary>The share of each walk that runs, from 0.01 to 1 (1 when the variable is unset or unreadable).</summary>
    public static readonly double Factor = Read(Environment.GetEnvironmentVariable("HANDOFFPS_TEST_SCALE"));

    /// <summary>How many of <paramref name="full"/> iterations to run: never fewer than one.</summary>
    public static int Iterations(int full) => Math.Max(1, (int)Math.Round(full * Factor));

    /// <summary>
    /// Whether the <paramref name="index"/>th case of a walk runs: every one at full scale, about one in ten at 0.1,
    /// spread over the walk by a multiplicative hash (a plain stride would fall in step with the walk's nested loops).
    /// </summary>
    public static bool Takes(int index) => Takes(index, Factor);

    internal static bool Takes(int index, double factor) => factor >= 1 || unchecked((uint)index * 2654435761u) % 1000 < factor * 1000;

    internal static double Read(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double f)
        && f >= 0.01 && f <= 1 ? f : 1;
}
