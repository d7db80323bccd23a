using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The line scanner of canonical files (<see cref="CanonicalReader"/>) and the Markdig path
/// (<see cref="HandoffParser.ParseDocument"/>) give equal objects whenever the scanner takes a file: over every file of
/// both shared corpora and of the fixtures, over each of those files as the writer renders it, and over canonical files
/// with lines the canonical shape does not allow put anywhere in them. The round-trip property test checks random
/// canonical files the same way.
/// </summary>
public class CanonicalReaderTests
{
    private readonly ITestOutputHelper _output;

    public CanonicalReaderTests(ITestOutputHelper output) => _output = output;

    /// <summary>Every Markdown file of real-handoffs, real-handoffs-2 and the fixtures.</summary>
    internal static IEnumerable<string> AllFiles()
    {
        string second = Path.Combine(Path.GetDirectoryName(Corpus.Folder)!, "real-handoffs-2");
        Assert.True(Directory.Exists(second), $"The real-handoffs-2 corpus is missing: {second}");
        return Directory.EnumerateFiles(Corpus.Folder, "*.md")
            .Concat(Directory.EnumerateFiles(second, "*.md"))
            .Concat(Directory.EnumerateFiles(SampleHandoffs.FixturePath(string.Empty), "*.md", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    [Fact]
    public void Agrees_with_the_Markdig_path_on_every_corpus_and_fixture_file_and_on_its_rendering()
    {
        var failures = new List<string>();
        int files = 0, taken = 0, rendered = 0, renderedTaken = 0, dated = 0;
        foreach (string file in AllFiles())
        {
            string name = Path.GetFileName(file);
            string text = HandoffParser.Decode(File.ReadAllBytes(file));
            files++;
            (bool read, bool date) = Compare(text, name, file, failures);
            taken += read ? 1 : 0;
            dated += date ? 1 : 0;

            // Sections beyond the template are raw Markdown: a file with them is the Markdig path's.
            Handoff handoff = HandoffParser.ParseDocument(text, name).Handoff;
            string canonical = HandoffRenderer.Render(handoff);
            (read, date) = Compare(canonical, name, file + " (rendered)", failures);
            dated += date ? 1 : 0;
            if (handoff.OtherSections.Length == 0)
            {
                rendered++;
                renderedTaken += read ? 1 : 0;
            }
        }

        _output.WriteLine($"{files} files: {taken} taken as they are; of the {rendered} with nothing beyond the template, {renderedTaken} taken as rendered; {dated} dated from the header alone.");
        Assert.Empty(failures);
        Assert.True(files > 150, $"Only {files} files: a corpus is missing.");
        // The scanner takes what the writer writes from the template's parts (it may leave a rare one to Markdig).
        Assert.True(renderedTaken >= rendered * 9 / 10, $"The scanner took only {renderedTaken} of {rendered} rendered files.");
        Assert.True(CanonicalReader.TryRead(SampleHandoffs.CanonicalText, SampleHandoffs.CanonicalFileName, out _, out _));
    }

    [Fact]
    public void Reads_the_canonical_fixture_as_the_design_sample()
    {
        Assert.True(CanonicalReader.TryRead(SampleHandoffs.CanonicalText, SampleHandoffs.CanonicalFileName, out Handoff? read, out HeaderOrigins origins));

        Handoff expected = SampleHandoffs.DesignSample();
        expected.FileName = SampleHandoffs.CanonicalFileName;
        Assert.Equal(Describe(expected), Describe(read));
        Assert.Equal(HeaderOriginKind.Field, origins.Date.Kind);
        Assert.True(CanonicalReader.TryReadDate(SampleHandoffs.CanonicalText, SampleHandoffs.CanonicalFileName, out DateTime? date));
        Assert.Equal(new DateTime(2025, 10, 27, 9, 30, 0), date);
    }

    /// <summary>Lines Markdown reads otherwise than the canonical grammar, or that name a header field.</summary>
    internal static readonly string[] UnexpectedLines =
    {
        string.Empty, "```", "~~~", "<!--", "<div>", "-->", "    indented", "\tindented", "---", "===", "-", "=", "- - -", "***", "___",
        "# Title", "## Session Summary", "## Completed Work", "## Other", "### Sub", "> quote", "- item", "* item", "+ item", "1. item",
        "2. item", "1) item", "10. item", "   - detail", "  - detail", "    - detail", "[a]: http://x.y", "**Date**: 2020-01-01",
        "**Time**: 10:00 UTC", "**Branch**: dev", "**Commit**: 0123456789ab", "**Status**: ok", "Date: 2021-02-02 08:00", "- **Branch**: x",
        "| Branch | y |", "Branch: `feat/x`", "Updated: 2022-03-03 10:00", "text", "**Key Files**:", "**References**:", "- `a.md` - b",
        "\\---", "- ✅ done", "- [x] done", "- ---", "- ***", "- ___", "- * * *", "- # x", "- ## Completed Work", "- > q", "- x ", "- 1. x", "1. **Title** (reason)", "   - ---", "**", "**Author**:", "**Time**:", "Session",
        "- Date: 2023-04-04", "2024-05-05 10:00", "## Date", "On branch `x` today", "- <div>", "- ```", "-\tx", "-  x", "1.  x",
    };

    [Fact]
    public void Canonical_files_with_unexpected_lines_read_the_same_on_both_paths_or_go_to_Markdig()
    {
        var failures = new List<string>();
        int taken = 0, checkedFiles = 0, combination = 0;
        string[] bases =
        {
            SampleHandoffs.CanonicalText,
            HandoffRenderer.Render(new Handoff { Description = "Header only", Date = new DateTime(2026, 1, 2, 3, 4, 5), Branch = "main" }),
            HandoffRenderer.Render(new Handoff { Description = "No date", Summary = "One line.\n\nTwo paragraphs.", CompletedWork = new[] { "a" } }),
        };
        // Twenty failures say all there is to say: the loop stops there (a broken reader fails in a moment, not after
        // every one of the thousands of files).
        foreach (string canonical in bases.TakeWhile(_ => failures.Count < 20))
        {
            string[] lines = canonical.Split('\n');
            for (int at = 0; at < lines.Length && failures.Count < 20; at++)
            {
                foreach (string unexpected in UnexpectedLines.TakeWhile(_ => failures.Count < 20))
                {
                    foreach (bool replace in new[] { false, true })
                    {
                        var changed = lines.ToList();
                        if (replace)
                        {
                            changed[at] = unexpected;
                        }
                        else
                        {
                            changed.Insert(at, unexpected);
                        }

                        if (!TestScale.Takes(combination++))
                        {
                            continue;
                        }

                        checkedFiles++;
                        (bool read, _) = Compare(string.Join('\n', changed), "2025-10-27-0930-x.md", $"line {at + 1} {(replace ? "replaced by" : "preceded by")} '{unexpected}'", failures);
                        taken += read ? 1 : 0;
                    }
                }
            }
        }

        _output.WriteLine($"{checkedFiles} changed files, {taken} taken by the scanner.");
        foreach (string failure in failures.Take(5))
        {
            _output.WriteLine(failure);
        }

        Assert.Empty(failures.Take(20));
    }

    /// <summary>
    /// Compares both paths over <paramref name="text"/>; returns whether the scanner took the file and whether its
    /// header alone gave the date.
    /// </summary>
    internal static (bool Read, bool Date) Compare(string text, string name, string what, List<string> failures)
    {
        HandoffDocument markdig = HandoffParser.ParseDocument(text, name);
        bool read = CanonicalReader.TryRead(text, name, out Handoff? scanned, out HeaderOrigins origins);
        if (read)
        {
            string expected = Describe(markdig.Handoff) + "\norigins: " + markdig.Origins;
            string actual = Describe(scanned!) + "\norigins: " + origins;
            if (expected != actual)
            {
                failures.Add($"{what}: the scanner read\n{actual}\nthe Markdig path\n{expected}\n--- text:\n{text}");
            }
        }

        bool date = CanonicalReader.TryReadDate(text, name, out DateTime? fromHeader);
        if (date && fromHeader != markdig.Handoff.Date)
        {
            failures.Add($"{what}: the header alone gave the date {fromHeader:o}, the Markdig path {markdig.Handoff.Date:o}\n--- text:\n{text}");
        }

        return (read, date);
    }

    /// <summary>Every value of a handoff, one per line, for a comparison that shows where two differ.</summary>
    internal static string Describe(Handoff h)
    {
        var sb = new StringBuilder();
        void Line(string name, object? value) => sb.Append(name).Append(": ").Append(value is null ? "(null)" : Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        Line("Path", h.Path);
        Line("FileName", h.FileName);
        Line("Description", h.Description);
        Line("Date", h.Date?.ToString("o", CultureInfo.InvariantCulture));
        Line("TimeZone", h.TimeZone);
        Line("Offset", h.Offset);
        Line("Branch", h.Branch);
        Line("Commit", h.Commit);
        Line("Author", h.Author);
        Line("Summary", h.Summary);
        foreach (string c in h.CompletedWork)
        {
            Line("Completed", c);
        }

        foreach (Priority p in h.NextPriorities)
        {
            Line("Priority", $"{p.Rank}|{p.Title}|{p.Reason ?? "(null)"}|{string.Join("¦", p.Details)}");
        }

        foreach (Blocker b in h.Blockers)
        {
            Line("Blocker", $"{b.Category ?? "(null)"}|{b.Text}");
        }

        foreach (string d in h.Decisions)
        {
            Line("Decision", d);
        }

        foreach (KeyFile k in h.KeyFiles)
        {
            Line("KeyFile", $"{k.Path}|{k.Description ?? "(null)"}");
        }

        foreach (string r in h.References)
        {
            Line("Reference", r);
        }

        foreach (KeyValuePair<string, string> f in h.Fields)
        {
            Line("Field", $"{f.Key}={f.Value}");
        }

        Line("Ref", h.Ref is null ? null : string.Join(",", h.Ref));
        foreach (HandoffSection o in h.OtherSections)
        {
            Line("Other", $"{o.Heading}|{o.Markdown}");
        }

        return sb.ToString();
    }
}
