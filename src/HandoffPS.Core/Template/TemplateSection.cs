using System.Collections.Generic;

namespace HandoffPS.Core.Template;

/// <summary>
/// One section of the session handoff template: what it maps to, its canonical heading, whether every handoff
/// should have it, the other headings the reader accepts for it, and the labelled parts it holds.
/// </summary>
/// <param name="Kind">What the reader maps the section to.</param>
/// <param name="Heading">The canonical heading (<c>Session Summary</c>), or the bold label of a part (<c>Decisions Made</c>).</param>
/// <param name="Required">True when a handoff without the section misses something the template asks for.</param>
/// <param name="Aliases">
/// Other headings the reader maps to the section, as <see cref="SectionClassifier.Normalize"/> gives them
/// (lower-case words, no punctuation); the canonical heading is accepted without being listed.
/// </param>
/// <param name="Parts">The parts written as bold labels inside the section (only Context for Next Session has them).</param>
public sealed record TemplateSection(
    SectionKind Kind,
    string Heading,
    bool Required,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<TemplateSection> Parts);
