using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// How much of what a careful reader finds in real handoffs the parser recovers: Description, Date, Time and
/// Branch, scored per set against a hand-made answer key, with every value given where the key has none counted
/// as invented. The first set's key is the project's own (Fixtures/labels/real-handoffs.tsv); the second set
/// brings its own (expected.tsv beside the files). A missing set fails: in CI both are always there.
/// </summary>
public class ReadingScoreTests
{
    private const double DateThreshold = 0.95;
    private const double TimeThreshold = 0.90;
    private const double BranchThreshold = 0.90;
    private const double DescriptionThreshold = 0.85;

    private readonly ITestOutputHelper _output;

    public ReadingScoreTests(ITestOutputHelper output) => _output = output;

    private static string SecondFolder
    {
        get
        {
            string folder = Path.Combine(Path.GetDirectoryName(Corpus.Folder)!, "real-handoffs-2");
            Assert.True(File.Exists(Path.Combine(folder, "expected.tsv")), $"The real-handoffs-2 corpus or its answer key is missing: {folder}");
            return folder;
        }
    }

    [Fact]
    public void First_set_meets_the_thresholds_and_invents_nothing() =>
        Check("real-handoffs", Corpus.Folder, SampleHandoffs.FixturePath(Path.Combine("labels", "real-handoffs.tsv")));

    [Fact]
    public void Second_set_meets_the_thresholds_and_invents_nothing() =>
        Check("real-handoffs-2", SecondFolder, Path.Combine(SecondFolder, "expected.tsv"));

    [Fact]
    public void Every_file_of_both_sets_is_labelled()
    {
        foreach ((string folder, string key) in new[]
        {
            (Corpus.Folder, SampleHandoffs.FixturePath(Path.Combine("labels", "real-handoffs.tsv"))),
            (SecondFolder, Path.Combine(SecondFolder, "expected.tsv")),
        })
        {
            var labelled = Labels(key).Select(l => l.File).ToHashSet(StringComparer.Ordinal);
            var files = Directory.EnumerateFiles(folder, "*.md").Select(Path.GetFileName)
                .Where(f => f is not ("SOURCES.md" or "README.md"));
            Assert.All(files, f => Assert.Contains(f!, labelled));
        }
    }

    private void Check(string set, string folder, string keyFile)
    {
        var labels = Labels(keyFile);
        Assert.NotEmpty(labels);
        var score = new Dictionary<string, Tally>
        {
            ["Description"] = new(), ["Date"] = new(), ["Time"] = new(), ["Branch"] = new(),
        };
        var misses = new StringBuilder();
        foreach (Label label in labels)
        {
            HandoffDocument doc = HandoffParser.ReadDocument(Path.Combine(folder, label.File));
            Handoff h = doc.Handoff;
            string? description = doc.Origins.Description.Kind == HeaderOriginKind.None ? null : h.Description;
            string? date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string? time = doc.Origins.Time.Kind == HeaderOriginKind.None ? null : h.Date?.ToString("HH:mm", CultureInfo.InvariantCulture);
            Score(score["Description"], label.File, "Description", label.Description, description, misses);
            Score(score["Date"], label.File, "Date", label.Date, date, misses);
            Score(score["Time"], label.File, "Time", label.Time, time, misses);
            Score(score["Branch"], label.File, "Branch", label.Branch, h.Branch, misses);
        }

        var table = new StringBuilder();
        table.AppendLine($"{set} ({labels.Count} files)");
        table.AppendLine("| value | found | labelled | recall | wrong | invented |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach ((string name, Tally t) in score)
        {
            table.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {t.Right} | {t.Labelled} | {t.Recall:P0} | {t.Wrong} | {t.Invented} |"));
        }

        _output.WriteLine(table.ToString());
        _output.WriteLine(misses.ToString());
        string report = table + Environment.NewLine + misses;
        Assert.True(score.Values.All(t => t.Invented == 0), "Values invented where the key has none:" + Environment.NewLine + report);
        Assert.True(score["Date"].Wrong + score["Time"].Wrong + score["Branch"].Wrong == 0, "Wrong dates, times or branches:" + Environment.NewLine + report);
        Assert.True(score["Date"].Recall >= DateThreshold, "Date recall below threshold:" + Environment.NewLine + report);
        Assert.True(score["Time"].Recall >= TimeThreshold, "Time recall below threshold:" + Environment.NewLine + report);
        Assert.True(score["Branch"].Recall >= BranchThreshold, "Branch recall below threshold:" + Environment.NewLine + report);
        Assert.True(score["Description"].Recall >= DescriptionThreshold, "Description recall below threshold:" + Environment.NewLine + report);
    }

    private static void Score(Tally tally, string file, string what, string? expected, string? actual, StringBuilder misses)
    {
        expected = string.IsNullOrEmpty(expected) ? null : expected;
        actual = string.IsNullOrEmpty(actual) ? null : actual;
        if (expected is null)
        {
            if (actual is not null)
            {
                tally.Invented++;
                misses.AppendLine($"{file}: {what} invented '{actual}'");
            }

            return;
        }

        tally.Labelled++;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            tally.Right++;
        }
        else if (actual is null)
        {
            misses.AppendLine($"{file}: {what} missed, expected '{expected}'");
        }
        else
        {
            tally.Wrong++;
            misses.AppendLine($"{file}: {what} wrong, expected '{expected}', read '{actual}'");
        }
    }

    private static List<Label> Labels(string keyFile) =>
        File.ReadAllLines(keyFile, Encoding.UTF8)
            .Skip(1)
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => new Label(c[0], At(c, 1), At(c, 2), At(c, 3), At(c, 4)))
            .ToList();

    private static string? At(string[] cells, int i) => i < cells.Length && cells[i].Length > 0 ? cells[i] : null;

    private sealed record Label(string File, string? Description, string? Date, string? Time, string? Branch);

    private sealed class Tally
    {
        public int Labelled { get; set; }

        public int Right { get; set; }

        public int Wrong { get; set; }

        public int Invented { get; set; }

        public double Recall => Labelled == 0 ? 1 : (double)Right / Labelled;
    }
}
