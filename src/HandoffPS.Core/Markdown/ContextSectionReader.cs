using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Markdown;

/// <summary>Reads a Context section: its labelled lists become decisions, references and key files.</summary>
internal sealed class ContextSectionReader
{
    private readonly List<string> _decisions;
    private readonly List<string> _references;
    private readonly List<KeyFile> _keyFiles;
    private readonly HashSet<string> _earlierDecisions;
    private readonly HashSet<string> _earlierReferences;
    private readonly HashSet<string> _earlierKeyFiles;
    private string _label;

    /// <summary>
    /// Starts reading a Context section into the lists given. Items already read from an earlier section are not
    /// added again: a partly mapped Context section is kept whole as well, and converting a file twice must give
    /// the same text.
    /// </summary>
    internal ContextSectionReader(string heading, List<string> decisions, List<string> references, List<KeyFile> keyFiles)
    {
        _decisions = decisions;
        _references = references;
        _keyFiles = keyFiles;
        _earlierDecisions = new HashSet<string>(decisions, StringComparer.Ordinal);
        _earlierReferences = new HashSet<string>(references, StringComparer.Ordinal);
        _earlierKeyFiles = new HashSet<string>(keyFiles.Select(KeyOf), StringComparer.Ordinal);
        _label = SectionClassifier.Normalize(heading).Contains("files", StringComparison.Ordinal) ? "key files" : string.Empty;
    }

    /// <summary>Reads a Context section into the lists given; returns false when part of it maps to nothing and the whole section must be kept.</summary>
    internal static bool Read(string text, string heading, List<Block> body, List<string> decisions, List<string> references, List<KeyFile> keyFiles)
    {
        var reader = new ContextSectionReader(heading, decisions, references, keyFiles);
        bool allMapped = true;
        foreach (Block block in body)
        {
            switch (block)
            {
                case ParagraphBlock or HeadingBlock:
                    allMapped &= reader.Label(MarkdownSource.Inline(text, (LeafBlock)block));
                    break;
                case ListBlock list:
                    allMapped &= reader.Items(list.OfType<ListItemBlock>().Select(li => ListItem.From(text, li)));
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

    /// <summary>A label (<c>**Key Files**:</c>) for the items that follow; false when it names no part of the context.</summary>
    internal bool Label(string text)
    {
        _label = SectionClassifier.Normalize(text);
        return IsKeyFileLabel(_label) || ContextTarget(_label) is not null;
    }

    /// <summary>Items under the current label; false when the label names no part of the context.</summary>
    internal bool Items(IEnumerable<ListItem> items)
    {
        bool allMapped = true;
        foreach (ListItem item in items.Where(x => x.Text.Length > 0))
        {
            if (IsKeyFileLabel(_label))
            {
                KeyFile k = ItemText.ReadKeyFile(item.Text);
                if (!_earlierKeyFiles.Contains(KeyOf(k)))
                {
                    _keyFiles.Add(k);
                }
            }
            else if (ContextTarget(_label) is List<string> target)
            {
                if (!(ReferenceEquals(target, _decisions) ? _earlierDecisions : _earlierReferences).Contains(item.Text))
                {
                    target.Add(item.Text);
                }
            }
            else
            {
                allMapped = false;
            }
        }

        return allMapped;
    }

    /// <summary>A key file as one string: its path and description (null apart from empty).</summary>
    private static string KeyOf(KeyFile k) => k.Path + (k.Description is null ? "\u0001" : "\u0000" + k.Description);

    private static bool IsKeyFileLabel(string label) =>
        label.StartsWith("key files", StringComparison.Ordinal) || label is "files" or "relevant files" or "important files";

    private List<string>? ContextTarget(string label)
    {
        if (label.StartsWith("reference", StringComparison.Ordinal) || label is "links" or "resources")
        {
            return _references;
        }

        if (label.Length == 0 || label.Contains("decision", StringComparison.Ordinal))
        {
            return _decisions;
        }

        return null;
    }
}
