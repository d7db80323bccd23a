using System.IO;
using HandoffPS.Core;

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
    [InlineData("日本語")]
    [InlineData("\u0001\u0002")]
    public void Slugify_refuses_descriptions_with_nothing_usable(string description)
    {
        var ex = Assert.Throws<HandoffException>(() => HandoffFileName.Slugify(description));

        Assert.Equal("InvalidDescription", ex.ErrorId);
        Assert.Equal(HandoffErrorKind.InvalidArgument, ex.Kind);
    }

    [Fact]
    public void Long_descriptions_are_cut_at_a_word_boundary()
    {
        string description = string.Join(' ', Enumerable.Repeat("word", 100)) + new string('x', 400);

        string slug = HandoffFileName.Slugify(description);

        Assert.True(slug.Length <= HandoffFileName.MaxSlugLength);
        Assert.EndsWith("word", slug);
        Assert.DoesNotContain("--", slug);
    }

    [Fact]
    public void A_single_huge_word_is_cut_hard()
    {
        Assert.Equal(new string('a', HandoffFileName.MaxSlugLength), HandoffFileName.Slugify(new string('a', 500)));
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
    [InlineData("2025-10-27-0930-feature-implementation.md", "2025-10-27T09:30:00", true)]
    [InlineData("20260911-2210-proxy-lint-review.md", "2026-09-11T22:10:00", true)]
    [InlineData("handoff-20260701-182147.md", "2026-07-01T18:21:47", true)]
    [InlineData("2026-07-27_021_SESSION_HANDOFF.md", "2026-07-27T00:00:00", false)]
    [InlineData("2026-04-21-pm-portal-governance-handoff.md", "2026-04-21T00:00:00", false)]
    public void Parses_every_accepted_name_style(string name, string expected, bool expectTime)
    {
        Assert.True(HandoffFileName.TryParse(name, out DateTime stamp, out _, out bool hasTime));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), stamp);
        Assert.Equal(expectTime, hasTime);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("notes.txt")]
    [InlineData("2025-13-40-0930-bad-date.md")]
    [InlineData("2025-10-27.md")]
    [InlineData("2025-10-27-0930-feature.txt")]
    public void Names_that_are_not_handoffs_are_refused(string name)
    {
        Assert.False(HandoffFileName.IsHandoffName(name));
    }
}
