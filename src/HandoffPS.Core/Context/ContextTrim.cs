using System.Collections.Generic;

namespace HandoffPS.Core.Context;

/// <summary>What <see cref="ContextTrimmer"/> kept and left out, and the text it made of them.</summary>
/// <param name="Kept">The items kept.</param>
/// <param name="Left">The items left out, in the order they went.</param>
/// <param name="Text">The text, ending with the left-out line.</param>
/// <param name="Tokens">The tokens of <paramref name="Text"/>.</param>
internal sealed record ContextTrim(IReadOnlySet<ContextItem> Kept, IReadOnlyList<ContextItem> Left, string Text, int Tokens);
