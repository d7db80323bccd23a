using System;
using System.IO;
using System.Runtime.InteropServices;

namespace HandoffPS.Core.Project;

/// <summary>
/// Moves a finished temporary file to its final name only if that name is free, atomically: of writers racing for
/// one name exactly one wins. <see cref="File.Move(string, string, bool)"/> without overwrite checks and then
/// renames on Unix, so two writers can both pass the check and the second silently replaces the first.
/// </summary>
internal static class FileMove
{
    // errno values, the same on Linux and macOS.
    private const int EEXIST = 17;
    private const int EPERM = 1;
    private const int ENOSYS = 38;
    private const int EOPNOTSUPP = 95;
    private const int ENOTSUP_MAC = 45;

    /// <summary>
    /// Gives <paramref name="temp"/> the name <paramref name="path"/> unless it exists (an <see cref="IOException"/>
    /// then, and <paramref name="path"/> is untouched). <paramref name="temp"/> may remain; the caller deletes it.
    /// </summary>
    public static void MoveNoReplace(string temp, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // MoveFileEx without MOVEFILE_REPLACE_EXISTING fails when the target exists: already atomic.
            File.Move(temp, path, overwrite: false);
            return;
        }

        // link(2) fails with EEXIST when the name is taken, as one step in the kernel.
        if (link(temp, path) == 0)
        {
            return;
        }

        int errno = Marshal.GetLastPInvokeError();
        if (errno == EEXIST)
        {
            throw new IOException($"The file '{path}' already exists.");
        }

        if (errno is EPERM or ENOSYS or EOPNOTSUPP or ENOTSUP_MAC)
        {
            // A file system without hard links: the best the platform offers.
            File.Move(temp, path, overwrite: false);
            return;
        }

        throw new IOException($"Cannot move '{temp}' to '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
}
