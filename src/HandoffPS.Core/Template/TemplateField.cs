namespace HandoffPS.Core.Template;

/// <summary>One header field of the session handoff template, written <c>**Name**: value</c>.</summary>
/// <param name="Name">The field's name as written (<c>Date</c>).</param>
/// <param name="Format">
/// The value's format as the seed template shows it (<c>YYYY-MM-DD</c>): each letter stands for one ASCII digit,
/// any other character for itself; null when any value will do.
/// </param>
/// <param name="Requirement">When the template expects the field.</param>
public sealed record TemplateField(string Name, string? Format, FieldRequirement Requirement)
{
    /// <summary>True when <paramref name="value"/> is written in <see cref="Format"/> (always, without a format).</summary>
    public bool FitsFormat(string value)
    {
        if (Format is null)
        {
            return true;
        }

        if (value.Length != Format.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            bool fits = char.IsAsciiLetter(Format[i]) ? char.IsAsciiDigit(value[i]) : value[i] == Format[i];
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }
}
