using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HandoffPS.Core;

/// <summary>
/// Checks a handoff file against the session handoff template and reports each difference as a
/// <see cref="HandoffDiagnostic"/>. A file written by <c>New-Handoff</c> has no findings.
/// </summary>
/// <remarks>
/// Rules: HandoffFileName, HandoffTitle, HandoffHeaderField, HandoffFieldFormat, HandoffTimestampMismatch,
/// HandoffSectionMissing, HandoffSectionOrder, HandoffSectionName, HandoffUnknownSection, HandoffListShape,
/// HandoffKeyFileMissing, HandoffLength, HandoffEncoding.
/// </remarks>
public static partial class HandoffLinter
{
    /// <summary>The seed template's budget for one handoff.</summary>
    public const int DefaultTokenBudget = 600;

    /// <summary>Lints a parsed file.</summary>
    /// <param name="document">The file, as read by <see cref="HandoffParser.ReadDocument"/>.</param>
    /// <param name="options">Where the project is and what to expect; null for defaults.</param>
    public static IReadOnlyList<HandoffDiagnostic> Lint(HandoffDocument document, HandoffLintOptions? options = null)
    {
        options ??= new HandoffLintOptions();
        var lint = new Run(document, options);
        lint.FileName();
        lint.Title();
        lint.HeaderFields();
        lint.Timestamp();
        lint.Sections();
        lint.ListShapes();
        lint.KeyFiles();
        lint.Length();
        lint.Encoding();
        return lint.Findings.OrderBy(f => f.Line).ToArray();
    }

    private sealed class Run
    {
        private readonly HandoffDocument _doc;
        private readonly HandoffLintOptions _options;
        private readonly string[] _lines;
        private readonly string? _path;

        public Run(HandoffDocument doc, HandoffLintOptions options)
        {
            _doc = doc;
            _options = options;
            _lines = doc.Text.Split('\n');
            _path = doc.Handoff.Path;
        }

        public List<HandoffDiagnostic> Findings { get; } = new();

        private void Add(string rule, DiagnosticSeverity severity, int line, string message) =>
            Findings.Add(new HandoffDiagnostic(rule, severity, message, Math.Max(1, line), _path));

        public void FileName()
        {
            string? name = _doc.Handoff.FileName;
            if (name is null)
            {
                return;
            }

            if (!CanonicalName().IsMatch(name))
            {
                string suggestion = _doc.Handoff.Date is DateTime d && TrySlug(_doc.Handoff.Description) is string slug
                    ? $" such as '{HandoffFileName.Format(d, slug)}'"
                    : string.Empty;
                Add("HandoffFileName", DiagnosticSeverity.Warning, 1,
                    $"The file name '{name}' does not follow YYYY-MM-DD-HHMM-description.md (lower-case words joined by '-'); rename it{suggestion}.");
            }
        }

        public void Title()
        {
            DocumentLine? title = _doc.Title;
            if (title is null)
            {
                Add("HandoffTitle", DiagnosticSeverity.Warning, 1, "The file has no title; start it with '# Session Handoff: {Brief Description}'.");
                return;
            }

            if (!title.Text.StartsWith("# " + HandoffTemplate.TitlePrefix, StringComparison.Ordinal) || title.Text.Length <= 2 + HandoffTemplate.TitlePrefix.Length)
            {
                Add("HandoffTitle", DiagnosticSeverity.Warning, title.Line,
                    $"The title '{title.Text}' is not of the form '# Session Handoff: {{Brief Description}}'.");
            }
            else if (title.Line != 1)
            {
                Add("HandoffTitle", DiagnosticSeverity.Information, title.Line, "The title is not on the first line.");
            }
        }

        public void HeaderFields()
        {
            var required = new List<(string Name, string Format, Regex? Pattern)>
            {
                ("Date", "YYYY-MM-DD", DatePattern()),
                ("Time", "HH:MM:SS", TimePattern()),
                ("Author", string.Empty, null),
            };
            if (_options.ExpectBranch)
            {
                required.Insert(2, ("Branch", string.Empty, null));
            }

            int headerLine = (_doc.Title?.Line ?? 0) + 1;
            foreach ((string name, string format, Regex? pattern) in required)
            {
                DocumentField? field = _doc.Fields.FirstOrDefault(f => SectionClassifier.Normalize(f.Key) == name.ToLowerInvariant());
                if (field is null)
                {
                    Add("HandoffHeaderField", DiagnosticSeverity.Warning, headerLine,
                        $"The header has no '**{name}**:' line.{(format.Length > 0 ? $" Write '**{name}**: {format}'." : string.Empty)}");
                    continue;
                }

                if (!field.Raw.StartsWith($"**{name}**: ", StringComparison.Ordinal))
                {
                    Add("HandoffFieldFormat", DiagnosticSeverity.Information, field.Line,
                        $"Write the field as '**{name}**: value' (the template's form), not '{Shorten(field.Raw)}'.");
                }

                if (pattern is not null && !pattern.IsMatch(field.Value))
                {
                    Add("HandoffFieldFormat", DiagnosticSeverity.Warning, field.Line,
                        $"The {name} '{field.Value}' is not in the template's format {format}.");
                }
            }
        }

        public void Timestamp()
        {
            Handoff h = _doc.Handoff;
            if (h.FileName is null || h.Date is not DateTime date
                || !HandoffFileName.TryParse(h.FileName, out DateTime stamp, out _, out bool hasTime))
            {
                return;
            }

            DocumentField? dateField = _doc.Fields.FirstOrDefault(f => SectionClassifier.Normalize(f.Key) == "date");
            bool headerHasTime = _doc.Fields.Any(f => SectionClassifier.Normalize(f.Key) == "time")
                || (dateField is not null && HandoffTimestamp.TryParseTime(dateField.Value, out _, out _, out _));
            int line = dateField?.Line ?? 1;
            if (stamp.Date != date.Date)
            {
                Add("HandoffTimestampMismatch", DiagnosticSeverity.Warning, line,
                    $"The file name says {stamp:yyyy-MM-dd} but the header says {date:yyyy-MM-dd}.");
            }
            else if (hasTime && headerHasTime && (stamp.Hour != date.Hour || stamp.Minute != date.Minute))
            {
                Add("HandoffTimestampMismatch", DiagnosticSeverity.Warning, line,
                    $"The file name says {stamp:HH:mm} but the header says {date:HH:mm}.");
            }
        }

        public void Sections()
        {
            var mapped = _doc.Sections.Where(s => s.Kind != SectionKind.Other).ToList();
            int afterHeader = (_doc.Fields.Count > 0 ? _doc.Fields.Max(f => f.Line) : _doc.Title?.Line ?? 1) + 1;
            foreach (TemplateSection template in HandoffTemplate.Sections)
            {
                if (!mapped.Any(s => HandoffTemplate.SectionOf(s.Kind).Kind == template.Kind))
                {
                    Add("HandoffSectionMissing", template.Required ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information, afterHeader,
                        $"There is no '## {template.Heading}' section.");
                }
            }

            int lastOrder = -1;
            string lastName = string.Empty;
            foreach (DocumentSection section in mapped)
            {
                int order = Order(section.Kind);
                if (order < lastOrder)
                {
                    Add("HandoffSectionOrder", DiagnosticSeverity.Warning, section.Line,
                        $"'{section.Heading}' comes after '{lastName}'; the template's order is {string.Join(", ", HandoffTemplate.Sections.Select(s => s.Heading))}.");
                }
                else
                {
                    lastOrder = order;
                    lastName = section.Heading;
                }

                string canonical = HandoffTemplate.SectionOf(section.Kind).Heading;
                if (!string.Equals(section.Heading, canonical, StringComparison.Ordinal))
                {
                    Add("HandoffSectionName", DiagnosticSeverity.Information, section.Line,
                        $"The section '{section.Heading}' is read as '{canonical}'; name it '## {canonical}'.");
                }
            }

            foreach (DocumentSection section in _doc.Sections.Where(s => s.Kind == SectionKind.Other && !HeaderFieldsIsField(s.Heading)))
            {
                Add("HandoffUnknownSection", DiagnosticSeverity.Information, section.Line,
                    $"The section '{section.Heading}' is not part of the template; it is kept as is.");
            }
        }

        public void ListShapes()
        {
            foreach (DocumentSection section in _doc.Sections)
            {
                foreach ((int line, string marker, string text) in TopLevelItems(section))
                {
                    switch (section.Kind)
                    {
                        case SectionKind.CompletedWork when !(marker == "-" && text.StartsWith("✅ ", StringComparison.Ordinal)):
                            Add("HandoffListShape", DiagnosticSeverity.Warning, line, $"Write a completed item as '- ✅ text', not '{Shorten(marker + " " + text)}'.");
                            break;
                        case SectionKind.NextPriorities when !NumberedMarker().IsMatch(marker):
                            Add("HandoffListShape", DiagnosticSeverity.Warning, line, $"Next Priorities is an ordered list: write '1. **Title** (reason)', not '{Shorten(marker + " " + text)}'.");
                            break;
                        case SectionKind.NextPriorities when !text.StartsWith("**", StringComparison.Ordinal):
                            Add("HandoffListShape", DiagnosticSeverity.Information, line, $"Write a priority's title in bold: '{marker} **{Shorten(text)}**'.");
                            break;
                        case SectionKind.Blockers when BoldColonInside().IsMatch(text):
                            Add("HandoffListShape", DiagnosticSeverity.Information, line, $"Write a blocker's category as '**Category**: text', not '{Shorten(text)}'.");
                            break;
                    }
                }
            }
        }

        public void KeyFiles()
        {
            if (_options.ProjectRoot is not string root)
            {
                return;
            }

            foreach (KeyFile k in _doc.Handoff.KeyFiles)
            {
                string path = k.Path.Trim();
                if (path.Length == 0 || path.Contains('*') || path.Contains('?') || Uri.TryCreate(path, UriKind.Absolute, out Uri? uri) && !uri.IsFile)
                {
                    continue;
                }

                string full;
                try
                {
                    full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/', '\\')));
                }
                catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    continue;
                }

                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    Add("HandoffKeyFileMissing", DiagnosticSeverity.Warning, LineOf("`" + k.Path + "`") ?? LineOf(k.Path) ?? 1,
                        $"The key file '{k.Path}' does not exist under the project root '{root}'.");
                }
            }
        }

        public void Length()
        {
            int tokens = (_options.CountTokens ?? TokenCounter.Count)(_doc.Text);
            if (tokens > _options.TokenBudget)
            {
                Add("HandoffLength", DiagnosticSeverity.Warning, 1,
                    $"The handoff is {tokens.ToString(CultureInfo.InvariantCulture)} tokens ({TokenCounter.EncodingName}); the budget is {_options.TokenBudget.ToString(CultureInfo.InvariantCulture)}. Move detail into linked files or trim older items.");
            }
        }

        public void Encoding()
        {
            if (_doc.HasBom)
            {
                Add("HandoffEncoding", DiagnosticSeverity.Information, 1, "The file starts with a byte-order mark; handoffs are UTF-8 without BOM.");
            }

            if (_doc.HasCrlf)
            {
                Add("HandoffEncoding", DiagnosticSeverity.Information, 1, "The file has CRLF line endings; handoffs use LF.");
            }

            if (_doc.Text.Length > 0 && !_doc.Text.EndsWith('\n'))
            {
                Add("HandoffEncoding", DiagnosticSeverity.Information, _lines.Length, "The file does not end with a newline.");
            }
        }

        private IEnumerable<(int Line, string Marker, string Text)> TopLevelItems(DocumentSection section)
        {
            bool inFence = false;
            for (int n = section.Line; n < Math.Min(section.EndLine, _lines.Length); n++)
            {
                string line = _lines[n];
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                }

                if (inFence)
                {
                    continue;
                }

                Match m = ListItemLine().Match(line);
                if (m.Success)
                {
                    yield return (n + 1, m.Groups["m"].Value, m.Groups["t"].Value);
                }
            }
        }

        private int? LineOf(string fragment)
        {
            for (int n = 0; n < _lines.Length; n++)
            {
                if (_lines[n].Contains(fragment, StringComparison.Ordinal))
                {
                    return n + 1;
                }
            }

            return null;
        }
    }

    private static bool HeaderFieldsIsField(string heading) => HeaderFields.IsFieldHeading(heading);

    private static string? TrySlug(string description)
    {
        try
        {
            return HandoffFileName.Slugify(description);
        }
        catch (HandoffException)
        {
            return null;
        }
    }

    private static int Order(SectionKind kind) =>
        HandoffTemplate.Sections.Select(s => s.Kind).ToList().IndexOf(HandoffTemplate.SectionOf(kind).Kind);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")]
    private static partial Regex CanonicalName();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[0-9]{2}:[0-9]{2}:[0-9]{2}$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<m>[-*+]|[0-9]{1,9}[.)])\s+(?<t>.*)$")]
    private static partial Regex ListItemLine();

    [GeneratedRegex(@"^[0-9]{1,9}\.$")]
    private static partial Regex NumberedMarker();

    [GeneratedRegex(@"^\*\*[^*]+:\*\*")]
    private static partial Regex BoldColonInside();
}
