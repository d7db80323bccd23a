using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HandoffPS.Core.Markdown;

/// <summary>
/// Reads the YAML front matter that Markdig's front-matter extension finds at the top of a file: each top-level
/// key with its value on one line (a list as <c>a, b</c>, a nested map as <c>k: v; k2: v2</c>). Front matter that
/// is not valid YAML, or not a map, gives no entries: reading goes on without it.
/// </summary>
internal static class FrontMatter
{
    /// <summary>The entries of <paramref name="yaml"/> (the lines between the <c>---</c> fences), whose first line is <paramref name="firstLine"/>.</summary>
    public static IReadOnlyList<FrontMatterEntry> Read(string yaml, int firstLine)
    {
        var entries = new List<FrontMatterEntry>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return entries;
            }

            foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Children)
            {
                if (pair.Key is YamlScalarNode { Value: string key } && key.Length > 0)
                {
                    string value = TextRules.SingleLine(Flatten(pair.Value));
                    entries.Add(new FrontMatterEntry(key, value, firstLine + (int)pair.Key.Start.Line - 1));
                }
            }
        }
        catch (YamlException)
        {
            entries.Clear();
        }

        return entries;
    }

    private static string Flatten(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode seq => string.Join(", ", seq.Children.Select(Flatten)),
        YamlMappingNode m => string.Join("; ", m.Children.Select(p => Flatten(p.Key) + ": " + Flatten(p.Value))),
        _ => string.Empty,
    };
}
