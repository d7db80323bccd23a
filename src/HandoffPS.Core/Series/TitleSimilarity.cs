namespace HandoffPS.Core.Series;

/// <summary>How two titles compare under <see cref="TitleMatcher"/>.</summary>
/// <param name="IsMatch">Whether the titles match under the rule.</param>
/// <param name="SharedWords">How many significant words the two titles share.</param>
/// <param name="Containment">Shared words divided by the size of the smaller word set (0 to 1).</param>
/// <param name="Jaccard">Shared words divided by the size of the union of the two word sets (0 to 1).</param>
public readonly record struct TitleSimilarity(bool IsMatch, int SharedWords, double Containment, double Jaccard);
