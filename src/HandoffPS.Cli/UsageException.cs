using System;

namespace HandoffPS.Cli;

/// <summary>A command line that parses but makes no sense (two options that exclude each other, a bad value): exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
