using HandoffPS.Core.Model;
using HandoffPS.Core.Template;

namespace HandoffPS.Core.Tests;

public class HandoffFileNameTests
{
    [Theory]
    [InlineData("Feature Implementation", "feature-implementation")]
    [InlineData("  auth refactor!!  ", "auth-refactor")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("..\\..\\Windows\\System32", "windows-system32")]
    [InlineData("tab\tnew\nline\u0007bell\0nul", "tab-new-line-bell-nul")]
    [InlineData("Café déjà vu", "cafe-deja-vu")]
    [InlineData("Straße Øresund Łódź", "strasse-oresund-lodz")]
    [InlineData("🚀 launch 🚀", "launch")]
    [InlineData("v0.2.0 release", "v0-2-0-release")]
    [InlineData("CON", "con")]
    [InlineData("NUL", "nul")]
    [InlineData("日本語 notes", "notes")]
    public void Slugify_keeps_ascii_words_only(string description, string expected)
    {
        Assert.Equal(expected, HandoffFileName.Slugify(description));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🚀🔥✨")]
    [InlineData("../..//")]
    [InlineData("\u0001\u0002")]
    public void Slugify_refuses_descriptions_with_nothing_usable(string description)
    {
        var ex = Assert.Throws<HandoffException>(() => HandoffFileName.Slugify(description));

        Assert.Equal("InvalidDescription", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.InvalidArgument, ex.Kind);
    }

    // The slug limit is 60 characters: written out here, not taken from the constant under test.
    [Theory]
    [InlineData(59, 59)]
    [InlineData(60, 60)]
    [InlineData(61, 60)]
    [InlineData(80, 60)]
    [InlineData(81, 60)]
    [InlineData(500, 60)]
    public void A_single_huge_word_is_cut_hard_at_60(int length, int expected)
    {
        string slug = HandoffFileName.Slugify(new string('a', length));

        Assert.Equal(new string('a', expected), slug);
    }

    [Theory]
    // 59 and 60 characters with a dash inside: kept whole.
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bcde", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bcde")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bcde", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bcde")]
    // 61 characters: cut at the last dash.
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bcde", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    // A dash right at position 60 (the 61st character): the first 60 stay.
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    // No dash between the first one and the limit: cut at that first dash.
    [InlineData("aaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b", "aaaa")]
    // Twelve words (59 characters) stay; thirteen (64) lose the last; 80 characters of words lose four.
    [InlineData("word word word word word word word word word word word word", "word-word-word-word-word-word-word-word-word-word-word-word")]
    [InlineData("word word word word word word word word word word word word word", "word-word-word-word-word-word-word-word-word-word-word-word")]
    [InlineData("word word word word word word word word word word word word word word word word", "word-word-word-word-word-word-word-word-word-word-word-word")]
    public void Long_slugs_are_cut_at_a_word_boundary_at_60(string description, string expected)
    {
        string slug = HandoffFileName.Slugify(description);

        Assert.Equal(expected, slug);
    }

    [Fact]
    public void The_slug_limit_is_60()
    {
        Assert.Equal(60, HandoffFileName.MaxSlugLength);
    }

    [Theory]
    // The edges of the ASCII letter and digit ranges, and the characters just outside them.
    [InlineData("a`z{0/9:A@Z[", "a-z-0-9-a-z")]
    [InlineData("AZaz09", "azaz09")]
    [InlineData("-lead and trail-", "lead-and-trail")]
    [InlineData("æsir Æon œuvre Œil øl Øst", "aesir-aeon-oeuvre-oeil-ol-ost")]
    [InlineData("łza Łza đa Đa ða Ða þorn Þing ıi ß", "lza-lza-da-da-da-da-thorn-thing-ii-ss")]
    [InlineData("e\u0301t\u00E9", "ete")]
    [InlineData("a\u20DDb", "ab")]
    [InlineData("a\u0903b", "ab")]
    [InlineData("a\u00B7b", "a-b")]
    public void Slugify_transliterates_and_joins_words_with_one_dash(string description, string expected)
    {
        Assert.Equal(expected, HandoffFileName.Slugify(System.Text.RegularExpressions.Regex.Unescape(description)));
    }

    [Fact]
    public void An_unusable_description_is_named_in_the_error()
    {
        var ex = Assert.Throws<HandoffException>(() => HandoffFileName.Slugify("🚀"));

        Assert.Equal("🚀", ex.Target);
        Assert.Contains("'🚀'", ex.Message);
        Assert.Equal("InvalidDescription", Assert.Throws<HandoffException>(() => HandoffFileName.Slugify(null)).ErrorId);
    }

    [Theory]
    [InlineData(2025, 1, 2, 3, 4, "2025-01-02-0304-x.md")]
    [InlineData(2025, 12, 31, 23, 59, "2025-12-31-2359-x.md")]
    [InlineData(2024, 2, 29, 0, 0, "2024-02-29-0000-x.md")]
    public void Format_writes_the_canonical_name_in_24_hours(int y, int mo, int d, int h, int mi, string expected)
    {
        Assert.Equal(expected, HandoffFileName.Format(new DateTime(y, mo, d, h, mi, 59), "x"));
        Assert.Equal(expected, HandoffFileName.ForDescription(new DateTime(y, mo, d, h, mi, 0), "X!"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("CON")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j")]
    public void Hostile_descriptions_always_name_a_file_inside_the_folder(string description)
    {
        string folder = Path.Combine(Path.GetTempPath(), "session-handoffs");
        string name = HandoffFileName.ForDescription(new DateTime(2025, 10, 27, 9, 30, 0), description);
        string full = Path.GetFullPath(Path.Combine(folder, name));

        Assert.Equal(folder, Path.GetDirectoryName(full));
        Assert.Equal(name, Path.GetFileName(name));
        Assert.Matches(@"^2025-10-27-0930-[a-z0-9]+(-[a-z0-9]+)*\.md$", name);
    }

    [Fact]
    public void Format_then_parse_gives_back_timestamp_and_slug()
    {
        var when = new DateTime(2025, 10, 27, 14, 45, 0);

        string name = HandoffFileName.Format(when, "debugging-session");

        Assert.Equal("2025-10-27-1445-debugging-session.md", name);
        Assert.True(HandoffFileName.TryParse(name, out DateTime stamp, out string slug, out bool hasTime));
        Assert.Equal(when, stamp);
        Assert.Equal("debugging-session", slug);
        Assert.True(hasTime);
    }

    [Theory]
    // Canonical YYYY-MM-DD-HHMM-slug
    [InlineData("2025-10-27-0930-feature-implementation.md", "2025-10-27T09:30:00", true, "feature-implementation")]
    [InlineData("2025-10-27-0000-midnight.md", "2025-10-27T00:00:00", true, "midnight")]
    [InlineData("2025-12-31-2359-last.MD", "2025-12-31T23:59:00", true, "last")]
    [InlineData("2024-02-29-1200-leap.md", "2024-02-29T12:00:00", true, "leap")]
    [InlineData("0001-01-01-0000-first.md", "0001-01-01T00:00:00", true, "first")]
    [InlineData("sub/dir/2025-01-31-0101-in-folder.md", "2025-01-31T01:01:00", true, "in-folder")]
    // Compact YYYYMMDD-HHMM-slug
    [InlineData("20260911-2210-proxy-lint-review.md", "2026-09-11T22:10:00", true, "proxy-lint-review")]
    [InlineData("20261231-2359-end.md", "2026-12-31T23:59:00", true, "end")]
    [InlineData("20240229-0000-leap.md", "2024-02-29T00:00:00", true, "leap")]
    // handoff-YYYYMMDD-HHMM[SS]
    [InlineData("handoff-20260701-182147.md", "2026-07-01T18:21:47", true, "")]
    [InlineData("Handoff-20260131-2359.md", "2026-01-31T23:59:00", true, "")]
    [InlineData("handoff-20240229-000000.md", "2024-02-29T00:00:00", true, "")]
    // Date only: YYYY-MM-DD_slug and YYYY-MM-DD-slug
    [InlineData("2026-07-27_021_SESSION_HANDOFF.md", "2026-07-27T00:00:00", false, "021_SESSION_HANDOFF")]
    [InlineData("2026-04-21-pm-portal-governance-handoff.md", "2026-04-21T00:00:00", false, "pm-portal-governance-handoff")]
    [InlineData("2024-02-29-leap.md", "2024-02-29T00:00:00", false, "leap")]
    [InlineData("2025-04-30_x.md", "2025-04-30T00:00:00", false, "x")]
    public void Parses_every_accepted_name_style(string name, string expected, bool expectTime, string expectedSlug)
    {
        Assert.True(HandoffFileName.TryParse(name, out DateTime stamp, out string slug, out bool hasTime));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), stamp);
        Assert.Equal(expectTime, hasTime);
        Assert.Equal(expectedSlug, slug);
        Assert.True(HandoffFileName.IsHandoffName(name));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("notes.txt")]
    [InlineData("2025-13-40-0930-bad-date.md")]
    [InlineData("2025-10-27.md")]
    [InlineData("2025-10-27-0930-feature.txt")]
    [InlineData("2025-10-27-0930-x.md.txt")]
    [InlineData("2025-02-29-1200-not-leap.md")]
    [InlineData("2025-04-31-1200-x.md")]
    [InlineData("2025-00-10-1200-x.md")]
    [InlineData("2025-01-00-1200-x.md")]
    [InlineData("0000-01-01-1200-x.md")]
    [InlineData("20251027-2400-x.md")]
    [InlineData("20251027-2360-x.md")]
    [InlineData("20250229-1200-x.md")]
    [InlineData("20251301-1200-x.md")]
    [InlineData("handoff-20251027-235960.md")]
    [InlineData("handoff-20251027-2400.md")]
    [InlineData("handoff-20250229-1200.md")]
    [InlineData("2025-02-29-x.md")]
    [InlineData("2025-12-32_x.md")]
    [InlineData("notes-2025-10-27-0930-x.md")]
    [InlineData("x20251027-0930-y.md")]
    [InlineData("xhandoff-20251027-0930.md")]
    [InlineData("handoff-20251027-0930x.md")]
    [InlineData("x2025-10-27-notes.md")]
    public void Names_that_are_not_handoffs_are_refused(string name)
    {
        Assert.False(HandoffFileName.IsHandoffName(name));
        Assert.False(HandoffFileName.TryParse(name, out DateTime stamp, out string slug, out bool hasTime));
        Assert.Equal(default, stamp);
        Assert.Equal(string.Empty, slug);
        Assert.False(hasTime);
    }

    [Theory]
    [InlineData("SESSION_HANDOFF_2026-01-04_PHASE3.md", "2026-01-04T00:00:00", false)]
    [InlineData("sessionHandoff-2026-05-15-mobile.md", "2026-05-15T00:00:00", false)]
    [InlineData("notes_20260105-1530_x.md", "2026-01-05T15:30:00", true)]
    [InlineData("notes-2026-01-05-235959.md", "2026-01-05T23:59:59", true)]
    [InlineData("notes-20240229.md", "2024-02-29T00:00:00", false)]
    [InlineData("notes-20260105-1530x.md", "2026-01-05T00:00:00", false)]
    [InlineData("bad-2025-02-29-then-2025-03-01.md", "2025-03-01T00:00:00", false)]
    [InlineData("2025-10-27-0930-x.md", "2025-10-27T09:30:00", true)]
    [InlineData("dir/handoff-20260701-182147.md", "2026-07-01T18:21:47", true)]
    public void Finds_a_timestamp_anywhere_in_a_name(string name, string expected, bool expectTime)
    {
        Assert.True(HandoffFileName.TryFindTimestamp(name, out DateTime stamp, out bool hasTime));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), stamp);
        Assert.Equal(expectTime, hasTime);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("notes-2025-02-29.md")]
    [InlineData("v12026-01-01.md")]
    [InlineData("notes-2026-01-051.md")]
    public void A_name_without_a_valid_timestamp_has_none(string name)
    {
        Assert.False(HandoffFileName.TryFindTimestamp(name, out DateTime stamp, out bool hasTime));
        Assert.Equal(default, stamp);
        Assert.False(hasTime);
    }

    [Theory]
    [InlineData("2025-10-27-0930-auth-refactor.md", "auth-refactor")]
    [InlineData("SESSION_HANDOFF_2026-01-04_PHASE3.md", "PHASE3")]
    [InlineData("20260911-2210-proxy-lint-review.md", "proxy-lint-review")]
    [InlineData("handoff-20260701-182147.md", "")]
    [InlineData("2026-01-04.md", "")]
    [InlineData("2026-01-04 - . notes .md", "notes")]
    [InlineData("README.md", "")]
    public void The_slug_after_the_timestamp(string name, string expected)
    {
        Assert.Equal(expected, HandoffFileName.SlugAfterTimestamp(name));
    }

    [Fact]
    public void Names_sort_by_their_timestamp_in_any_style_then_by_name()
    {
        string[] names =
        {
            "notes.md", "2026-01-05-0900-b.md", "README.md", "handoff-20260105-085959.md", "x/20260104-2300-a.md",
            "2026-01-05-0900-a.md", "2026-01-05-notes.md", "SESSION_2026-01-04_X.md",
        };

        string[] sorted = names.OrderBy(n => n, HandoffFileName.Chronological).ToArray();

        Assert.Equal(
            new[]
            {
                "SESSION_2026-01-04_X.md", "x/20260104-2300-a.md", "2026-01-05-notes.md", "handoff-20260105-085959.md",
                "2026-01-05-0900-a.md", "2026-01-05-0900-b.md", "README.md", "notes.md",
            },
            sorted);
    }

    [Fact]
    public void A_description_with_a_lone_surrogate_names_no_file()
    {
        // Built here, not given as theory data: a lone surrogate does not survive the test runner's serialisation.
        foreach (string description in new[] { "a" + '\uD800' + "b", '\uDC00'.ToString(), "end " + '\uD83D' })
        {
            HandoffException ex = Assert.Throws<HandoffException>(() => HandoffFileName.Slugify(description));
            Assert.Equal("InvalidDescription", ex.ErrorId);
            Assert.Equal("The description holds a lone UTF-16 surrogate (half of a character), which is not text and cannot name a file. Remove it, or retype the description.", ex.Message);
        }
    }
}
