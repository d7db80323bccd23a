namespace HandoffPS.Cli;

/// <summary>The exit codes of <c>handoff</c> (documented in its help and the README).</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>An error: the command could not do what was asked, or a file could not be read on the way.</summary>
    public const int Error = 1;

    /// <summary>The command line is wrong: an unknown command or option, a missing or bad value.</summary>
    public const int Usage = 2;

    /// <summary>A check said no: a handoff is due (<c>status</c>), findings (<c>lint</c>), a stale index (<c>index --check</c>), hooks missing (<c>hooks status</c>).</summary>
    public const int CheckFailed = 3;
}
