using System.Text;
using HandoffPS.Core.Drafts;

namespace HandoffPS.Core.Tests.Drafts;

public class TranscriptReaderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "transcripts", name);

    [Fact]
    public void The_latest_TodoWrite_call_of_the_session_wins_and_a_subagents_list_is_not_the_sessions()
    {
        TranscriptTasks read = TranscriptReader.ReadTasks(Fixture("session.jsonl"));

        Assert.Null(read.Warning);
        Assert.Equal(
            new[]
            {
                new SessionTask("Add Chart.js to the dashboard", SessionTaskStatus.Completed),
                new SessionTask("Stream updates over WebSocket", SessionTaskStatus.Completed),
                new SessionTask("Write tests for the chart component", SessionTaskStatus.InProgress),
                new SessionTask("Reconnect with backoff when the socket drops", SessionTaskStatus.Pending),
            },
            read.Tasks);
    }

    [Fact]
    public void A_truncated_last_line_is_skipped_with_a_warning_and_the_latest_whole_call_is_used()
    {
        TranscriptTasks read = TranscriptReader.ReadTasks(Fixture("truncated.jsonl"));

        Assert.Equal(4, read.Tasks!.Count);
        Assert.Equal("Write tests for the chart component", read.Tasks[2].Content);
        Assert.Contains("could not be read", read.Warning);
    }

    [Fact]
    public void A_missing_transcript_gives_no_tasks_and_a_warning()
    {
        TranscriptTasks read = TranscriptReader.ReadTasks(Fixture("no-such-session.jsonl"));

        Assert.Null(read.Tasks);
        Assert.Contains("does not exist", read.Warning);
        Assert.Contains("git alone", read.Warning);
        Assert.Contains("No transcript", TranscriptReader.ReadTasks(null).Warning);
    }

    [Fact]
    public void A_transcript_of_garbage_or_without_a_task_list_gives_no_tasks()
    {
        using var dir = new TempFolder();
        string garbage = Path.Combine(dir.Path, "garbage.jsonl");
        File.WriteAllBytes(garbage, new byte[] { 0xFF, 0xFE, 0x00, 0x7B, 0x22, 0x0A, 0xC3 });
        File.AppendAllText(garbage, "{\"name\":\"TodoWrite\", broken\n[1,2,3]\n\"TodoWrite\"\n");
        string plain = Path.Combine(dir.Path, "plain.jsonl");
        File.WriteAllText(plain, "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":\"hello\"}}\n");

        TranscriptTasks fromGarbage = TranscriptReader.ReadTasks(garbage);
        TranscriptTasks fromPlain = TranscriptReader.ReadTasks(plain);

        Assert.Null(fromGarbage.Tasks);
        Assert.Contains("could not be read", fromGarbage.Warning);
        Assert.Null(fromPlain.Tasks);
        Assert.Null(fromPlain.Warning);
    }

    [Fact]
    public void In_a_50_MB_transcript_the_latest_call_near_the_end_is_found_by_reading_only_the_last_megabytes()
    {
        using var dir = new TempFolder();
        string path = Path.Combine(dir.Path, "big.jsonl");
        string early = Line("Old task", "completed");
        string late = Line("The task of the hour", "in_progress");
        WriteBig(path, 50L * 1024 * 1024, early, late);

        TranscriptTasks read = TranscriptReader.ReadTasks(path);

        Assert.True(new FileInfo(path).Length >= 50L * 1024 * 1024);
        Assert.Equal(new[] { new SessionTask("The task of the hour", SessionTaskStatus.InProgress) }, read.Tasks);
        // The cost grows with the distance of the latest call from the end, not with the file: a block or two.
        Assert.InRange(read.BytesSearched, 1, 2L * 1024 * 1024);
    }

    [Fact]
    public void Only_the_last_MaxSearchBytes_are_searched_and_a_list_before_them_is_reported_as_not_searched()
    {
        using var dir = new TempFolder();
        string path = Path.Combine(dir.Path, "long.jsonl");
        WriteBig(path, 3L * 1024 * 1024, Line("Far back", "pending"), null);

        TranscriptTasks limited = TranscriptReader.ReadTasks(path, maxSearchBytes: 1024 * 1024);
        TranscriptTasks whole = TranscriptReader.ReadTasks(path);

        Assert.Null(limited.Tasks);
        Assert.Contains("MiB", limited.Warning);
        Assert.Equal("Far back", Assert.Single(whole.Tasks!).Content);
    }

    [Theory]
    [InlineData("completed", SessionTaskStatus.Completed)]
    [InlineData("in_progress", SessionTaskStatus.InProgress)]
    [InlineData("pending", SessionTaskStatus.Pending)]
    [InlineData("cancelled", SessionTaskStatus.Pending)]
    [InlineData(null, SessionTaskStatus.Pending)]
    public void Statuses_map_to_three(string? status, SessionTaskStatus expected) =>
        Assert.Equal(expected, SessionTask.ParseStatus(status));

    internal static string Line(string content, string status) =>
        "{\"type\":\"assistant\",\"isSidechain\":false,\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"TodoWrite\",\"input\":{\"todos\":[{\"content\":\""
        + content + "\",\"status\":\"" + status + "\",\"activeForm\":\"" + content + "\"}]}}]}}";

    /// <summary>A transcript of about <paramref name="size"/> bytes: <paramref name="first"/> at the start, filler lines, then <paramref name="last"/> a few lines before the end.</summary>
    internal static void WriteBig(string path, long size, string first, string? last)
    {
        string filler = "{\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"content\":\"" + new string('x', 4000) + "\"}]}}\n";
        byte[] fillerBytes = Encoding.UTF8.GetBytes(filler);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Write(Encoding.UTF8.GetBytes(first + "\n"));
        while (stream.Length < size)
        {
            stream.Write(fillerBytes);
        }

        if (last is not null)
        {
            stream.Write(Encoding.UTF8.GetBytes(last + "\n"));
            for (int i = 0; i < 3; i++)
            {
                stream.Write(fillerBytes);
            }
        }
    }
}
