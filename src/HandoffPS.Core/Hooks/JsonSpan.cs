using System.Collections.Generic;

namespace HandoffPS.Core.Hooks;

/// <summary>A JSON value and where it stands in the text: <c>[Start, End)</c>, with its members or elements.</summary>
internal sealed class JsonSpan
{
    public JsonSpanKind Kind { get; init; }

    public int Start { get; init; }

    public int End { get; set; }

    /// <summary>For an object: each member's name, where its name starts (the opening quote) and its value.</summary>
    public List<(string Name, int NameStart, JsonSpan Value)> Members { get; } = new();

    /// <summary>For an array: its elements.</summary>
    public List<JsonSpan> Elements { get; } = new();

    /// <summary>For a string: its value.</summary>
    public string? Text { get; init; }

    public JsonSpan? Member(string name)
    {
        foreach ((string n, int _, JsonSpan v) in Members)
        {
            if (n == name)
            {
                return v;
            }
        }

        return null;
    }
}
