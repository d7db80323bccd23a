using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace HandoffPS.Core.Drafts;

/// <summary>
/// Reads a session's own task list from a Claude Code transcript: a JSON-lines file in which each assistant
/// message is one line; the latest <c>TodoWrite</c> tool call's <c>todos</c> (each with <c>content</c> and
/// <c>status</c>) is the task list. Subagents' task lists (<c>isSidechain</c> lines) are not the session's.
/// </summary>
/// <remarks>
/// The file is searched from its end, in blocks, for the text <c>"TodoWrite"</c>; only the lines holding it are
/// parsed, newest first, and the first that is a whole <c>TodoWrite</c> call wins. A transcript of tens of
/// megabytes whose latest call is near its end costs a few blocks; at most <see cref="MaxSearchBytes"/> are
/// searched. Reading never throws: a missing, unreadable, truncated or malformed transcript gives no tasks, or
/// the latest whole call, and a <see cref="TranscriptTasks.Warning"/>. The agent may be appending to the file
/// while it is read: the last line may be incomplete, and is then skipped like any malformed line.
/// </remarks>
public static class TranscriptReader
{
    /// <summary>How much of a transcript, from its end, is searched at most: 64 MiB.</summary>
    public const long MaxSearchBytes = 64L * 1024 * 1024;

    /// <summary>The longest line parsed: a <c>TodoWrite</c> call is a few kilobytes; 8 MiB is far beyond any.</summary>
    public const int MaxLineBytes = 8 * 1024 * 1024;

    private const int BlockSize = 1024 * 1024;

    private static ReadOnlySpan<byte> Needle => "\"TodoWrite\""u8;

    /// <summary>The latest task list in the transcript at <paramref name="path"/> (see the remarks).</summary>
    public static TranscriptTasks ReadTasks(string? path, long maxSearchBytes = MaxSearchBytes)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return TranscriptTasks.None("No transcript was named, so the draft has no tasks of the session; it was written from git alone.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            return Search(stream, path, maxSearchBytes);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return TranscriptTasks.None($"The transcript '{path}' does not exist, so the draft has no tasks of the session; it was written from git alone.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return TranscriptTasks.None($"The transcript '{path}' could not be read ({ex.Message}), so the draft has no tasks of the session; it was written from git alone.");
        }
    }

    /// <summary>Parses one transcript line: the task list of its <c>TodoWrite</c> call, or null when it holds none.</summary>
    public static IReadOnlyList<SessionTask>? ParseLine(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 256 });
            using JsonDocument doc = JsonDocument.ParseValue(ref reader);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("isSidechain", out JsonElement side) && side.ValueKind == JsonValueKind.True)
            {
                return null;
            }

            if (!root.TryGetProperty("message", out JsonElement message) || message.ValueKind != JsonValueKind.Object
                || !message.TryGetProperty("content", out JsonElement content) || content.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            IReadOnlyList<SessionTask>? tasks = null;
            foreach (JsonElement part in content.EnumerateArray())
            {
                if (part.ValueKind == JsonValueKind.Object
                    && Text(part, "type") == "tool_use" && Text(part, "name") == "TodoWrite"
                    && part.TryGetProperty("input", out JsonElement input) && input.ValueKind == JsonValueKind.Object
                    && input.TryGetProperty("todos", out JsonElement todos) && todos.ValueKind == JsonValueKind.Array)
                {
                    // Several calls in one message: the last one is the latest.
                    tasks = Tasks(todos);
                }
            }

            return tasks;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<SessionTask> Tasks(JsonElement todos)
    {
        var tasks = new List<SessionTask>();
        foreach (JsonElement todo in todos.EnumerateArray())
        {
            if (todo.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string? text = Text(todo, "content");
            if (!string.IsNullOrWhiteSpace(text))
            {
                tasks.Add(new SessionTask(text.Trim(), SessionTask.ParseStatus(Text(todo, "status"))));
            }
        }

        return tasks;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TranscriptTasks Search(FileStream stream, string path, long maxSearchBytes)
    {
        long length = stream.Length;
        long floor = Math.Max(0, length - maxSearchBytes);
        var tried = new HashSet<long>();
        int malformed = 0;
        byte[] block = new byte[BlockSize + Needle.Length];
        long end = length;
        while (end > floor)
        {
            long start = Math.Max(floor, end - BlockSize);
            // The block overlaps the next one by the needle's length, so a needle across their edge is found.
            int count = Read(stream, start, block, (int)Math.Min(end - start + Needle.Length - 1, length - start));
            Span<byte> span = block.AsSpan(0, count);
            int limit = span.Length;
            while (limit > 0)
            {
                int hit = span[..limit].LastIndexOf(Needle);
                if (hit < 0)
                {
                    break;
                }

                limit = hit;
                (long lineStart, byte[]? line) = LineAround(stream, start + hit, length);
                // Other hits in the same line are the same line: go on before its start.
                limit = (int)Math.Clamp(lineStart - start, 0, limit);
                if (!tried.Add(lineStart))
                {
                    continue;
                }

                IReadOnlyList<SessionTask>? tasks = line is null ? null : ParseLine(line);
                if (tasks is not null)
                {
                    string? note = malformed == 0 ? null
                        : $"The transcript '{path}' has {malformed} newer line(s) naming TodoWrite that could not be read (incomplete or malformed); the latest whole task list was used.";
                    return new TranscriptTasks(tasks, note, length - start);
                }

                if (line is null || !LooksLikeOtherUse(line))
                {
                    malformed++;
                }
            }

            end = start;
        }

        long searched = length - floor;
        if (floor > 0)
        {
            return new TranscriptTasks(null,
                $"The transcript '{path}' is {length / (1024 * 1024)} MiB; its last {maxSearchBytes / (1024 * 1024)} MiB hold no task list, so the draft has no tasks of the session; it was written from git alone.", searched);
        }

        return new TranscriptTasks(null, malformed == 0 ? null
            : $"The transcript '{path}' names TodoWrite only in lines that could not be read (incomplete or malformed), so the draft has no tasks of the session; it was written from git alone.", searched);
    }

    /// <summary>A whole line that parses but holds no TodoWrite call (a tool result, a message quoting the name): not malformed.</summary>
    private static bool LooksLikeOtherUse(byte[] line)
    {
        try
        {
            using JsonDocument _ = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The line holding byte <paramref name="at"/>: its start, and its bytes (null when longer than <see cref="MaxLineBytes"/>).</summary>
    private static (long Start, byte[]? Line) LineAround(FileStream stream, long at, long length)
    {
        byte[] buffer = new byte[64 * 1024];
        long start = at;
        while (start > 0)
        {
            long from = Math.Max(0, start - buffer.Length);
            int n = Read(stream, from, buffer, (int)(start - from));
            int nl = buffer.AsSpan(0, n).LastIndexOf((byte)'\n');
            if (nl >= 0)
            {
                start = from + nl + 1;
                break;
            }

            start = from;
            if (at - start > MaxLineBytes)
            {
                return (start, null);
            }
        }

        long stop = at;
        while (stop < length)
        {
            int n = Read(stream, stop, buffer, (int)Math.Min(buffer.Length, length - stop));
            if (n == 0)
            {
                break;
            }

            int nl = buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                stop += nl;
                break;
            }

            stop += n;
            if (stop - start > MaxLineBytes)
            {
                return (start, null);
            }
        }

        if (stop - start > MaxLineBytes)
        {
            return (start, null);
        }

        byte[] line = new byte[stop - start];
        int got = Read(stream, start, line, line.Length);
        return (start, got == line.Length ? line : line[..got]);
    }

    private static int Read(FileStream stream, long offset, byte[] buffer, int count)
    {
        stream.Position = offset;
        int total = 0;
        while (total < count)
        {
            int n = stream.Read(buffer, total, count - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
