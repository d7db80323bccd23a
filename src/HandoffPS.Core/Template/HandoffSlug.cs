using System.Globalization;
using System.Text;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Template;

/// <summary>How a description becomes a file name's slug: transliterated ASCII, else the letters of its own script, cut at a word boundary.</summary>
internal static class HandoffSlug
{
    /// <inheritdoc cref="HandoffFileName.Slugify"/>
    internal static string Slugify(string? description)
    {
        string text = description ?? string.Empty;
        if (!HandoffFileName.IsValidText(text))
        {
            throw new HandoffException(
                "InvalidDescription",
                HandoffErrorKind.InvalidArgument,
                "The description holds a lone UTF-16 surrogate (half of a character), which is not text and cannot name a file. Remove it, or retype the description.",
                description);
        }

        string slug = Cut(AsciiSlug(text));
        if (slug.Length == 0)
        {
            slug = Cut(ScriptSlug(text));
        }

        if (slug.Length == 0)
        {
            throw new HandoffException(
                "InvalidDescription",
                HandoffErrorKind.InvalidArgument,
                $"The description '{description}' has no letters or digits to name the file with. Use a description such as 'auth refactor'.",
                description);
        }

        return slug;
    }

    private static string AsciiSlug(string text)
    {
        var sb = new StringBuilder();
        bool dash = false;
        foreach (char c in Transliterate(text))
        {
            char lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                dash = false;
                sb.Append(lower);
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Letters and digits of any script, with the marks that belong to them; every other run one <c>-</c>.</summary>
    private static string ScriptSlug(string text)
    {
        var sb = new StringBuilder();
        bool dash = false;
        bool inWord = false;
        foreach (Rune r in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            UnicodeCategory category = Rune.GetUnicodeCategory(r);
            bool mark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            if (Rune.IsLetterOrDigit(r) || (mark && inWord))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                dash = false;
                inWord = true;
                sb.Append(Rune.ToLowerInvariant(r).ToString());
            }
            else
            {
                dash = true;
                inWord = false;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A slug cut to <see cref="HandoffFileName.MaxSlugLength"/>: at the last <c>-</c> before it, else at a whole character.</summary>
    private static string Cut(string slug)
    {
        if (slug.Length <= HandoffFileName.MaxSlugLength)
        {
            return slug;
        }

        int cut = slug.LastIndexOf('-', HandoffFileName.MaxSlugLength);
        if (cut > 0)
        {
            return slug[..cut];
        }

        // No word boundary: cut between whole characters (never inside a surrogate pair or before a combining mark).
        int end = 0;
        TextElementEnumerator elements = StringInfo.GetTextElementEnumerator(slug);
        while (elements.MoveNext() && elements.ElementIndex + ((string)elements.Current).Length <= HandoffFileName.MaxSlugLength)
        {
            end = elements.ElementIndex + ((string)elements.Current).Length;
        }

        return slug[..end];
    }

    private static string Transliterate(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            sb.Append(c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' or 'ð' or 'Ð' => "d",
                'þ' or 'Þ' => "th",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
