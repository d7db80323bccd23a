using HandoffPS.Core.Markdown;

namespace HandoffPS.Core.Tests;

/// <summary>
/// The header key vocabulary word by word (<see cref="HeaderKeys"/>): every date, time and branch word in each language
/// read, every word that makes a key about something else, every word that leaves a branch key plain. Each row is
/// written here by hand, so a word dropped from a table, or moved to another, fails its own row.
/// </summary>
public class HeaderKeyWordsTests
{
    [Theory]
    [InlineData("date", 0)]
    [InlineData("datetime", 0)]
    [InlineData("timestamp", 0)]
    [InlineData("fecha", 0)]
    [InlineData("datum", 0)]
    [InlineData("data", 0)]
    [InlineData("when", 0)]
    [InlineData("日期", 0)]
    [InlineData("日付", 0)]
    [InlineData("날짜", 0)]
    [InlineData("дата", 0)]
    [InlineData("updated", 1)]
    [InlineData("update", 1)]
    [InlineData("generated", 1)]
    [InlineData("written", 1)]
    [InlineData("saved", 1)]
    [InlineData("ended", 1)]
    [InlineData("modified", 1)]
    [InlineData("actualizado", 1)]
    [InlineData("actualización", 1)]
    [InlineData("aktualisiert", 1)]
    [InlineData("stand", 1)]
    [InlineData("checkpoint", 1)]
    [InlineData("更新", 1)]
    [InlineData("作成日", 1)]
    [InlineData("生成", 1)]
    [InlineData("创建", 1)]
    [InlineData("時点", 1)]
    [InlineData("created", 2)]
    [InlineData("started", 2)]
    [InlineData("creado", 2)]
    [InlineData("erstellt", 2)]
    [InlineData("créé", 2)]
    public void Every_date_word_makes_a_date_key_of_its_rank(string key, int rank)
    {
        Assert.Equal(HeaderKeyKind.Date, HeaderKeys.Classify(key, out int r, out _));
        Assert.Equal(rank, r);
        Assert.True(HeaderKeys.MayClassify(key));
        Assert.True(HeaderKeys.MayClassify("Session " + key.ToUpperInvariant() + ":"));
    }

    [Theory]
    [InlineData("time")]
    [InlineData("hora")]
    [InlineData("heure")]
    [InlineData("zeit")]
    [InlineData("uhrzeit")]
    [InlineData("ora")]
    [InlineData("时间")]
    [InlineData("時刻")]
    public void Every_time_word_makes_a_time_key(string key)
    {
        Assert.Equal(HeaderKeyKind.Time, HeaderKeys.Classify(key, out _, out _));
        Assert.True(HeaderKeys.MayClassify(key));
    }

    [Theory]
    [InlineData("branch")]
    [InlineData("branches")]
    [InlineData("rama")]
    [InlineData("ramas")]
    [InlineData("branche")]
    [InlineData("zweig")]
    [InlineData("zweige")]
    [InlineData("arbeitszweig")]
    [InlineData("ramo")]
    [InlineData("ветка")]
    [InlineData("ブランチ")]
    [InlineData("分支")]
    [InlineData("브랜치")]
    public void Every_branch_word_makes_a_plain_branch_key(string key)
    {
        Assert.Equal(HeaderKeyKind.Branch, HeaderKeys.Classify(key, out _, out bool qualified));
        Assert.False(qualified);
        Assert.True(HeaderKeys.MayClassify(key));
    }

    [Theory]
    [InlineData("previous")]
    [InlineData("prior")]
    [InlineData("next")]
    [InlineData("old")]
    [InlineData("older")]
    [InlineData("earlier")]
    [InlineData("base")]
    [InlineData("target")]
    [InlineData("parent")]
    [InlineData("source")]
    [InlineData("upstream")]
    [InlineData("default")]
    [InlineData("merged")]
    [InlineData("deleted")]
    [InlineData("protection")]
    [InlineData("strategy")]
    [InlineData("naming")]
    [InlineData("policy")]
    [InlineData("due")]
    [InlineData("deadline")]
    [InlineData("release")]
    [InlineData("released")]
    [InlineData("expiry")]
    [InlineData("expires")]
    [InlineData("expiration")]
    [InlineData("eta")]
    [InlineData("launch")]
    [InlineData("cutoff")]
    [InlineData("planned")]
    [InlineData("scheduled")]
    [InlineData("review")]
    [InlineData("birth")]
    [InlineData("build")]
    [InlineData("commit")]
    [InlineData("age")]
    [InlineData("anterior")]
    [InlineData("vorherige")]
    [InlineData("précédente")]
    [InlineData("spent")]
    [InlineData("total")]
    [InlineData("elapsed")]
    [InlineData("duration")]
    [InlineData("estimated")]
    [InlineData("estimate")]
    public void A_word_about_something_else_makes_no_date_or_branch_key(string word)
    {
        Assert.Equal(HeaderKeyKind.None, HeaderKeys.Classify(word + " date", out _, out _));
        Assert.Equal(HeaderKeyKind.None, HeaderKeys.Classify(word + " branch", out _, out _));
    }

    [Fact]
    public void The_last_session_is_about_something_else_but_a_session_is_not()
    {
        Assert.Equal(HeaderKeyKind.None, HeaderKeys.Classify("last session date", out _, out _));
        Assert.Equal(HeaderKeyKind.Date, HeaderKeys.Classify("session date", out _, out _));
        Assert.Equal(HeaderKeyKind.Date, HeaderKeys.Classify("last date", out _, out _));
    }

    [Theory]
    [InlineData("current")]
    [InlineData("active")]
    [InlineData("working")]
    [InlineData("work")]
    [InlineData("session")]
    [InlineData("git")]
    [InlineData("repository")]
    [InlineData("repo")]
    [InlineData("feature")]
    [InlineData("name")]
    [InlineData("de")]
    [InlineData("trabajo")]
    [InlineData("es")]
    [InlineData("the")]
    [InlineData("my")]
    [InlineData("our")]
    [InlineData("this")]
    [InlineData("checked")]
    [InlineData("out")]
    [InlineData("head")]
    [InlineData("en")]
    [InlineData("cours")]
    public void A_plain_word_beside_branch_leaves_it_one_branch(string word)
    {
        Assert.Equal(HeaderKeyKind.Branch, HeaderKeys.Classify(word + " branch", out _, out bool qualified));
        Assert.False(qualified);
    }

    [Theory]
    [InlineData("freight-docs branch")]
    [InlineData("api branch")]
    [InlineData("Branch (Synthex)")]
    [InlineData("作業ブランチ api")]
    public void Any_other_word_beside_branch_names_one_of_several(string key)
    {
        Assert.Equal(HeaderKeyKind.Branch, HeaderKeys.Classify(key, out _, out bool qualified));
        Assert.True(qualified);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("status")]
    [InlineData("goal")]
    [InlineData("version 2 date")]
    public void Other_keys_are_none(string key)
    {
        Assert.Equal(HeaderKeyKind.None, HeaderKeys.Classify(key, out _, out _));
    }
}
