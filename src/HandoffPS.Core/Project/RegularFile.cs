using System;
using System.IO;
using System.Runtime.InteropServices;
using HandoffPS.Core.Model;

namespace HandoffPS.Core.Project;

/// <summary>
/// Reads files the way handoffs are read: regular files only, never a named pipe (which would wait forever for a
/// writer), a device (<c>/dev/zero</c> never ends) or a socket, and never more than a given number of bytes. Symbolic
/// links are followed: what counts is what they point to.
/// </summary>
public static class RegularFile
{
    /// <summary>
    /// What <paramref name="path"/> is when it is not a regular file (<c>a named pipe (FIFO)</c>, <c>a character
    /// device</c>, <c>a folder</c>, ...); null for a regular file, and for a file whose kind cannot be told (it is
    /// then read like a regular one, within the size limit).
    /// </summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? "a folder" : null;
        }

        int? mode = UnixMode(path);
        return mode switch
        {
            null => null,
            int m => (m & 0xF000) switch
            {
                0x8000 => null,
                0x1000 => "a named pipe (FIFO)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0x4000 => "a folder",
                0xC000 => "a socket",
                _ => "not a regular file",
            },
        };
    }

    /// <summary>
    /// The bytes of the regular file <paramref name="path"/>, at most <paramref name="maxBytes"/> of them. Every failure
    /// is a <see cref="HandoffException"/> naming the file: <c>HandoffUnreadable</c> for what is not a regular file or
    /// cannot be read (I/O, access), <c>HandoffTooLarge</c> for a file larger than <paramref name="maxBytes"/>.
    /// </summary>
    public static byte[] ReadAllBytes(string path, int maxBytes)
    {
        if (NotRegular(path) is string kind)
        {
            throw new HandoffException(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError,
                $"Cannot read handoff '{path}': it is {kind}, not a regular file; handoffs are read from regular files only, so it was skipped.", path);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            long length = stream.CanSeek ? stream.Length : -1;
            if (length > maxBytes)
            {
                throw TooLarge(path, length, maxBytes);
            }

            // Read one byte more than allowed: a file that grows while it is read, or whose length is not known, is
            // still bounded.
            byte[] buffer = new byte[length >= 0 ? (int)length + 1 : 64 * 1024];
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > maxBytes)
                    {
                        throw TooLarge(path, total, maxBytes);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)maxBytes + 1));
                }

                int read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > maxBytes)
                {
                    throw TooLarge(path, total, maxBytes);
                }
            }

            Array.Resize(ref buffer, total);
            return buffer;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new HandoffException(HandoffErrorIds.HandoffUnreadable, HandoffErrorKind.ReadError, $"Cannot read handoff '{path}': {ex.Message}", path, ex);
        }
    }

    /// <summary>The error for a file over the size limit.</summary>
    internal static HandoffException TooLarge(string path, long bytes, int maxBytes) =>
        new(HandoffErrorIds.HandoffTooLarge, HandoffErrorKind.LimitsExceeded,
            $"The handoff '{path}' is {Describe(bytes)}{(bytes > maxBytes ? string.Empty : " or more")}; a handoff is read only up to {Describe(maxBytes)} (a handoff is a few kilobytes). It was skipped.",
            path);

    /// <summary>A byte count in words: <c>1.5 GB</c>, <c>5.0 MB</c>, <c>812 bytes</c>.</summary>
    internal static string Describe(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024 * 1024):0.0} GB".Replace(',', '.'),
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.0} MB".Replace(',', '.'),
        >= 1024 => $"{bytes / 1024.0:0.0} KB".Replace(',', '.'),
        _ => $"{bytes} bytes",
    };

    /// <summary>The st_mode of a path (symbolic links followed), from the runtime's own stat; null when it cannot be read.</summary>
    private static int? UnixMode(string path)
    {
        try
        {
            // The runtime's FileStatus: int Flags, int Mode, ...: Mode is at byte 4, in the POSIX S_IF* bits.
            byte[] status = new byte[256];
            return Native.Stat(path, status) == 0 ? BitConverter.ToInt32(status, 4) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return null;
        }
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
        internal static extern int Stat(string path, [Out] byte[] output);
    }
}
