using System.Text;

namespace HandoffPS.Adversarial;

/// <summary>
/// Makes hostile variants of real handoffs: lines deleted, duplicated, swapped, indented or spliced from another file;
/// Markdown punctuation at line starts (headings, fences, quotes, list markers, link definitions, HTML); characters
/// replaced; bytes flipped or cut mid-character; and, now and then, an input far larger or deeper than any handoff
/// (long runs without spaces, thousands of nested levels, tens of thousands of list items). Every choice comes from
/// one seed, so input number N of a run is the same input on every machine.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] LinePrefixes =
    {
        "#", "# ", "## ", "### ", "```", "~~~", "````", "    ", "\t", "  ", "> ", ">", "- ", "* ", "+ ", "1. ", "1) ", "- [ ] ", "- [x] ",
        "**", "`", "|", "---", "===", "<div>", "<!--", "[x]: http://e.x/", "\\", "***", "  - ", "- ✅ ", "1. **", "- **", "**Key Files**:",
        "<", "_", "[", "]", "(", ")", "!", "    #", "#####", "2026-01-01 ", "Session Handoff: ", ":", "- - ", "> - ", "    - ",
    };

    private static readonly string[] Lines =
    {
        string.Empty, "```", "~~~", "---", "===", "#", "    #", "## ", "## Context for Next Session", "## Session Summary", "## Next Priorities",
        "## Blockers/Questions", "## Completed Work", "**Key Files**:", "**Decisions Made**:", "**References**:", "**Date**: 2026-01-01",
        "**Time**: 25:99:00", "**Branch**: main (clean)", "# Session Handoff: x", "- **Bold**: x", "1. **T** (r)", "<details>", "</details>",
        "|a|b|", "|-|-|", "[x]: http://evil", "- `a`b` - c", "    indented", "> quote", "- [x] done", "***", "<!-- open", "-->",
        "---\ntitle: x\n---", "\\", "- ", "1.", "* * *", "- - -", "```python", "~~~~", "<script>", "$$", "\uFEFF", "\u00A0",
    };

    private static readonly string[] Characters =
    {
        "*", "`", "_", "[", "]", "(", ")", "#", ">", "<", "\\", "\r", "\t", "\u00A0", "\uFEFF", "é", "日", "🚀", "\u200B", ":", "|", "-", "!",
        "~", "\n", "\n\n", " ", "**", "``", "\u0301", "\u202E", "\r\n", "&", "&amp;", "\"", "'", "0",
    };

    private readonly IReadOnlyList<Source> _sources;
    private readonly int _hugePerMille;
    private readonly double _hugeScale;

    /// <param name="sources">The files to start from (<see cref="LoadSources"/>).</param>
    /// <param name="hugePerMille">How often, per thousand steps, a step makes the input huge or deep.</param>
    /// <param name="hugeScale">How big the huge steps are, 1 for the full size (up to a few MB, thousands of levels).</param>
    public Mutator(IReadOnlyList<Source> sources, int hugePerMille = 30, double hugeScale = 1.0)
    {
        if (sources.Count == 0)
        {
            throw new ArgumentException("No source files to mutate.", nameof(sources));
        }

        _sources = sources;
        _hugePerMille = hugePerMille;
        _hugeScale = hugeScale;
    }

    /// <summary>A file to start from: its name (which supplies a date when the header lacks it) and its bytes.</summary>
    public sealed record Source(string Name, byte[] Bytes);

    /// <summary>One hostile input: what it was made from, how, and its bytes.</summary>
    public sealed record Input(int Number, string Name, string Recipe, byte[] Bytes);

    /// <summary>Input number <paramref name="number"/> of the run seeded <paramref name="seed"/>: always the same bytes.</summary>
    public Input Make(int seed, int number)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number) ^ 0x5eed); // not HashCode: it is salted per process
        Source source = _sources[random.Next(_sources.Count)];
        var recipe = new List<string>();
        byte[] bytes = source.Bytes;
        int steps = 1 + random.Next(random.Next(8) == 0 ? 12 : 5);
        for (int i = 0; i < steps; i++)
        {
            bytes = Step(random, bytes, recipe);
        }

        return new Input(number, source.Name, $"{source.Name}: {string.Join(", ", recipe)}", bytes);
    }

    private byte[] Step(Random r, byte[] bytes, List<string> recipe)
    {
        if (r.Next(1000) < _hugePerMille)
        {
            return Huge(r, bytes, recipe, _hugeScale);
        }

        int choice = r.Next(100);
        if (choice < 5)
        {
            return Bytes(r, bytes, recipe);
        }

        string text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        int at = r.Next(lines.Count);
        switch (choice % 12)
        {
            case 0:
            {
                int n = 1 + r.Next(Math.Min(8, lines.Count));
                lines.RemoveRange(at, Math.Min(n, lines.Count - at));
                recipe.Add($"delete {n} lines at {at}");
                break;
            }

            case 1:
            {
                int n = 1 + r.Next(Math.Min(6, lines.Count - at));
                int times = 1 + r.Next(3);
                var copy = lines.GetRange(at, n);
                for (int t = 0; t < times; t++)
                {
                    lines.InsertRange(at, copy);
                }

                recipe.Add($"duplicate {n} lines at {at} x{times}");
                break;
            }

            case 2:
            {
                int other = r.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                recipe.Add($"swap lines {at} and {other}");
                break;
            }

            case 3:
            case 4:
            {
                string prefix = LinePrefixes[r.Next(LinePrefixes.Length)];
                lines[at] = prefix + lines[at];
                recipe.Add($"prefix line {at} with {Show(prefix)}");
                break;
            }

            case 5:
            case 6:
            {
                string line = Lines[r.Next(Lines.Length)];
                lines.Insert(at, line);
                recipe.Add($"insert line {Show(line)} at {at}");
                break;
            }

            case 7:
            {
                string c = Characters[r.Next(Characters.Length)];
                int pos = r.Next(text.Length + 1);
                recipe.Add($"insert {Show(c)} at char {pos}");
                return Encoding.UTF8.GetBytes(text.Insert(pos, c));
            }

            case 8:
            {
                if (text.Length == 0)
                {
                    break;
                }

                int pos = r.Next(text.Length);
                int n = 1 + r.Next(Math.Min(40, text.Length - pos));
                recipe.Add($"delete {n} chars at {pos}");
                return Encoding.UTF8.GetBytes(text.Remove(pos, n));
            }

            case 9:
            {
                Source other = _sources[r.Next(_sources.Count)];
                var from = Encoding.UTF8.GetString(other.Bytes).Split('\n');
                int start = r.Next(from.Length);
                int n = 1 + r.Next(Math.Min(15, from.Length - start));
                lines.InsertRange(at, from.Skip(start).Take(n));
                recipe.Add($"splice {n} lines of {other.Name} at {at}");
                break;
            }

            case 10:
            {
                int n = 1 + r.Next(Math.Min(10, lines.Count - at));
                int by = r.Next(2) == 0 ? 1 + r.Next(8) : -(1 + r.Next(4));
                for (int i = at; i < at + n; i++)
                {
                    lines[i] = by > 0 ? new string(' ', by) + lines[i] : lines[i][Math.Min(-by, lines[i].Length - lines[i].TrimStart().Length)..];
                }

                recipe.Add($"indent {n} lines at {at} by {by}");
                break;
            }

            default:
            {
                string c = Characters[r.Next(Characters.Length)];
                if (lines[at].Length > 0)
                {
                    int pos = r.Next(lines[at].Length);
                    lines[at] = lines[at].Remove(pos, 1).Insert(pos, c);
                    recipe.Add($"replace char {pos} of line {at} with {Show(c)}");
                }

                break;
            }
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Byte-level damage: a flipped byte, a cut in the middle of a character, a BOM, CRLF line ends.</summary>
    private static byte[] Bytes(Random r, byte[] bytes, List<string> recipe)
    {
        switch (r.Next(4))
        {
            case 0 when bytes.Length > 0:
            {
                byte[] copy = (byte[])bytes.Clone();
                int pos = r.Next(copy.Length);
                copy[pos] ^= (byte)(1 << r.Next(8));
                recipe.Add($"flip a bit of byte {pos}");
                return copy;
            }

            case 1 when bytes.Length > 0:
            {
                int cut = r.Next(bytes.Length);
                recipe.Add($"truncate at byte {cut}");
                return bytes[..cut];
            }

            case 2:
                recipe.Add("BOM");
                return new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
            default:
                recipe.Add("CRLF");
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n"));
        }
    }

    /// <summary>What no handoff is, but a broken or hostile file can be: huge, deep, long without a space, full of items.</summary>
    private static byte[] Huge(Random r, byte[] bytes, List<string> recipe, double scale)
    {
        int Scaled(int n) => Math.Max(1, (int)(n * scale));
        string text = Encoding.UTF8.GetString(bytes);
        var sb = new StringBuilder(text);
        switch (r.Next(8))
        {
            case 0:
            {
                int n = Scaled(10_000 + r.Next(200_000));
                sb.Append("\n\n").Append('x', n).Append('\n');
                recipe.Add($"a run of {n} x");
                break;
            }

            case 1:
            {
                int n = Scaled(10_000 + r.Next(200_000));
                sb.Append("\n\na").Append(' ', n).Append("b\n");
                recipe.Add($"a run of {n} spaces");
                break;
            }

            case 2:
            {
                int n = Scaled(150 + r.Next(2_000));
                for (int i = 0; i < n; i++)
                {
                    sb.Append(' ', 2 * i).Append("- level\n");
                }

                recipe.Add($"{n} nested list levels");
                break;
            }

            case 3:
            {
                int n = Scaled(150 + r.Next(5_000));
                sb.Append('\n').Append('>', n).Append(" deep\n");
                recipe.Add($"{n} nested quotes");
                break;
            }

            case 4:
            {
                int n = Scaled(1_000 + r.Next(60_000));
                sb.Append("\n## Context for Next Session\n\n**Key Files**:\n\n");
                for (int i = 0; i < n; i++)
                {
                    sb.Append("- `src/f").Append(i).Append(".cs` - file ").Append(i).Append('\n');
                }

                recipe.Add($"{n} key files");
                break;
            }

            case 5:
            {
                int n = Scaled(1_000 + r.Next(40_000));
                sb.Append("\n## Blockers/Questions\n\n");
                for (int i = 0; i < n; i++)
                {
                    sb.Append("- **Cat").Append(i % 50).Append("**: blocker ").Append(i).Append('\n');
                }

                recipe.Add($"{n} blockers");
                break;
            }

            case 6:
            {
                int n = Scaled(100 + r.Next(5_000));
                sb.Append('\n').Append('[', n).Append("x").Append(']', n).Append('\n').Append('*', n).Append("y").Append('*', n).Append('\n');
                recipe.Add($"{n} nested brackets and stars");
                break;
            }

            default:
            {
                int n = Scaled(1_000 + r.Next(20_000));
                string[] lines = text.Split('\n');
                for (int i = 0; i < n; i++)
                {
                    sb.Append('\n').Append(lines[r.Next(lines.Length)]);
                }

                recipe.Add($"{n} lines repeated");
                break;
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static string Show(string s) =>
        "'" + s.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t").Replace("\uFEFF", "\\uFEFF").Replace("\u00A0", "\\u00A0") + "'";

    /// <summary>
    /// The sources of a run: the project's own fixtures and both shared corpora, read in name order, each
    /// <c>*.md</c> except the corpora's <c>SOURCES.md</c> and <c>README.md</c>.
    /// </summary>
    public static IReadOnlyList<Source> LoadSources(IEnumerable<string> folders)
    {
        var sources = new List<Source>();
        foreach (string folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"The source folder of the fuzzer is missing: {folder}");
            }

            foreach (string file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                if (name is "SOURCES.md" or "README.md")
                {
                    continue;
                }

                sources.Add(new Source(name, File.ReadAllBytes(file)));
            }
        }

        return sources;
    }
}
