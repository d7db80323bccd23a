using System.Collections.Generic;
using System.Linq;
using Markdig;
using Markdig.Syntax;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Lint;

/// <summary>
/// What the rules look at: the parsed file, its Markdown blocks (read by Markdig with the parser's settings, so
/// a rule sees the structure the parser saw), and the options of the run.
/// </summary>
internal sealed class LintContext
{
    private static readonly MarkdownPipeline Pipeline = MarkdownSource.BlocksOnly(frontMatter: false);

    // The lists that stand at the top level of the file, in the order of their lines.
    private readonly ListBlock[] _lists;

    public LintContext(HandoffDocument document, HandoffLintOptions options)
    {
        Document = document;
        Options = options;
        _lists = Markdig.Markdown.Parse(document.Text, Pipeline).OfType<ListBlock>().ToArray();
    }

    public HandoffDocument Document { get; }

    public HandoffLintOptions Options { get; }

    /// <summary>The header fields the template expects of this file: Branch only in a git project.</summary>
    public IEnumerable<TemplateField> ExpectedFields => HandoffTemplate.HeaderFields.Where(f =>
        f.Requirement == FieldRequirement.Required || (f.Requirement == FieldRequirement.RequiredInRepository && Options.ExpectBranch));

    /// <summary>The first header field written under <paramref name="name"/>, in any style (<c>**Date:**</c>, <c>Date:</c>).</summary>
    public DocumentField? FieldNamed(string name) =>
        Document.Fields.FirstOrDefault(f => SectionClassifier.Normalize(f.Key) == name.ToLowerInvariant());

    /// <summary>
    /// The items of the lists that stand directly in a section, which are the items the parser reads: a list in
    /// a code block, a quote or another list's item is not among them. The first list is found by binary search, so
    /// that a file of many sections is linted in linear time.
    /// </summary>
    public IEnumerable<ListItemBlock> ItemsOf(DocumentSection section)
    {
        // The first list that starts after the heading's line (Markdig's lines are 0-based).
        int low = 0;
        int high = _lists.Length;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (_lists[middle].Line + 1 > section.Line)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        for (int i = low; i < _lists.Length && _lists[i].Line + 1 <= section.EndLine; i++)
        {
            foreach (ListItemBlock item in _lists[i].OfType<ListItemBlock>())
            {
                yield return item;
            }
        }
    }

    /// <summary>The source of a block's first line, from where the block starts.</summary>
    public string FirstLine(Block block)
    {
        string text = Document.Text;
        int end = text.IndexOf('\n', block.Span.Start);
        return text[block.Span.Start..(end < 0 ? text.Length : end)];
    }

    /// <summary>Quoted text cut to 60 characters for a message.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
