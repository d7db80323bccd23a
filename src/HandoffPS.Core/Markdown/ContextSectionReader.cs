using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>Reads a Context section: its labelled lists become decisions, references and key files.</summary>
internal static class ContextSectionReader
{
    /// <summary>Reads a Context section into the lists given; returns false when part of it maps to nothing and the whole section must be kept.</summary>
    internal static bool Read(string text, string heading, List<Block> body, List<string> decisions, List<string> references, List<KeyFile> keyFiles)
    {
        // Items already read from an earlier section are not added again: a partly mapped Context
        // section is kept whole as well, and converting a file twice must give the same text.
        var earlierDecisions = new HashSet<string>(decisions, StringComparer.Ordinal);
        var earlierReferences = new HashSet<string>(references, StringComparer.Ordinal);
        var earlierKeyFiles = new HashSet<(string, string?)>(keyFiles.Select(k => (k.Path, k.Description)));
        string label = SectionClassifier.Normalize(heading).Contains("files", StringComparison.Ordinal) ? "key files" : string.Empty;
        bool allMapped = true;
        foreach (Block block in body)
        {
            switch (block)
            {
                case ParagraphBlock or HeadingBlock:
                    label = SectionClassifier.Normalize(MarkdownSource.Inline(text, (LeafBlock)block));
                    allMapped &= IsKeyFileLabel(label) || ContextTarget(label, decisions, references) is not null;
                    break;
                case ListBlock list:
                    foreach (ListItem item in list.OfType<ListItemBlock>().Select(li => ListItem.From(text, li)).Where(x => x.Text.Length > 0))
                    {
                        if (IsKeyFileLabel(label))
                        {
                            KeyFile k = ItemText.ReadKeyFile(item.Text);
                            if (!earlierKeyFiles.Contains((k.Path, k.Description)))
                            {
                                keyFiles.Add(k);
                            }
                        }
                        else if (ContextTarget(label, decisions, references) is List<string> target)
                        {
                            if (!(ReferenceEquals(target, decisions) ? earlierDecisions : earlierReferences).Contains(item.Text))
                            {
                                target.Add(item.Text);
                            }
                        }
                        else
                        {
                            allMapped = false;
                        }
                    }

                    break;
                case ThematicBreakBlock:
                    break;
                default:
                    allMapped = false;
                    break;
            }
        }

        return allMapped;
    }

    private static bool IsKeyFileLabel(string label) =>
        label.StartsWith("key files", StringComparison.Ordinal) || label is "files" or "relevant files" or "important files";

    private static List<string>? ContextTarget(string label, List<string> decisions, List<string> references)
    {
        if (label.StartsWith("reference", StringComparison.Ordinal) || label is "links" or "resources")
        {
            return references;
        }

        if (label.Length == 0 || label.Contains("decision", StringComparison.Ordinal))
        {
            return decisions;
        }

        return null;
    }
}
