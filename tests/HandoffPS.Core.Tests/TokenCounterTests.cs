using HandoffPS.Core.Context;

namespace HandoffPS.Core.Tests;

public class TokenCounterTests
{
    // Expected counts were derived once, independently of Microsoft.ML.Tokenizers, with js-tiktoken 1.0.21 (the
    // JavaScript port of OpenAI's tiktoken, npm package "js-tiktoken"), in a scratch folder outside the repository:
    //
    //   npm install js-tiktoken@1.0.21
    //   node -e 'const {getEncoding} = require("js-tiktoken"); const e = getEncoding("o200k_base");
    //            for (const s of JSON.parse(process.argv[1])) console.log(e.encode(s).length)' '["hello world", ...]'
    //
    // If a count here changes, the tokenizer or its data changed: re-derive before editing the number.
    [Theory]
    [InlineData("hello world", 2)]
    [InlineData("Session Handoff: Feature Implementation", 6)]
    [InlineData("- ✅ Created Dashboard component (src/components/Dashboard.vue)", 12)]
    [InlineData("**Blocker**: Token refresh taking 500ms — investigate the database query", 16)]
    [InlineData("Überprüfung der Schnittstelle: 認証トークン 🚀", 14)]
    [InlineData("# Session Handoff: Feature Implementation\n\n**Date**: 2025-10-27\n**Time**: 09:30:00\n**Branch**: feat/user-dashboard\n**Author**: Claude Code + Ada Lovelace\n", 51)]
    public void Counts_match_known_o200k_base_counts(string text, int expected)
    {
        Assert.Equal(expected, TokenCounter.Count(text));
    }

    [Fact]
    public void Counts_nothing_in_null_or_empty_text()
    {
        Assert.Equal(0, TokenCounter.Count(null));
        Assert.Equal(0, TokenCounter.Count(string.Empty));
    }

    [Fact]
    public void Is_not_a_characters_over_four_guess()
    {
        // 44 characters, 14 tokens: characters/4 would say 11.
        const string text = "Überprüfung der Schnittstelle: 認証トークン 🚀";
        Assert.NotEqual((text.Length + 3) / 4, TokenCounter.Count(text));
    }

    [Fact]
    public void Loads_once_and_counts_the_same_from_many_threads()
    {
        string text = string.Join("\n", Enumerable.Range(0, 50).Select(i => $"- ✅ item {i}: refresh token rotation"));
        int expected = TokenCounter.Count(text);
        Assert.True(TokenCounter.IsLoaded);
        TimeSpan? load = TokenCounter.LoadTime;
        Assert.NotNull(load);

        int[] counts = new int[64];
        Parallel.For(0, counts.Length, i => counts[i] = TokenCounter.Count(text));

        Assert.All(counts, c => Assert.Equal(expected, c));
        Assert.Equal(load, TokenCounter.LoadTime);
    }
    [Fact]
    public void A_fresh_load_has_not_created_the_tokenizer_until_the_first_count()
    {
        // A fresh copy of the core, with its own static state, as a process that has never counted tokens sees it.
        var context = new System.Runtime.Loader.AssemblyLoadContext("fresh-core", isCollectible: true);
        try
        {
            System.Reflection.Assembly core = context.LoadFromAssemblyPath(typeof(TokenCounter).Assembly.Location);
            Type counter = core.GetType(typeof(TokenCounter).FullName!, throwOnError: true)!;
            object? IsLoaded() => counter.GetProperty(nameof(TokenCounter.IsLoaded))!.GetValue(null);
            object? LoadTime() => counter.GetProperty(nameof(TokenCounter.LoadTime))!.GetValue(null);

            Assert.Equal(false, IsLoaded());
            Assert.Null(LoadTime());
            Assert.Equal(0, counter.GetMethod(nameof(TokenCounter.Count))!.Invoke(null, new object?[] { string.Empty }));
            Assert.Equal(false, IsLoaded());

            Assert.Equal(2, counter.GetMethod(nameof(TokenCounter.Count))!.Invoke(null, new object?[] { "hello world" }));

            Assert.Equal(true, IsLoaded());
            TimeSpan load = Assert.IsType<TimeSpan>(LoadTime());
            Assert.True(load >= TimeSpan.Zero);
        }
        finally
        {
            context.Unload();
        }
    }
}
