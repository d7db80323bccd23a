namespace HandoffPS.Core.Tests;

/// <summary>
/// A test of what exists on Linux and macOS only (named pipes, <c>/dev/zero</c>, symbolic links to devices): it runs
/// there, in CI, and is reported as skipped, with the reason, on Windows.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Named pipes and devices in the file system exist on Linux and macOS only.";
        }
    }
}
