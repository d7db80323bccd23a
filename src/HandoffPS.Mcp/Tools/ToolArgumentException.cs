using System;

namespace HandoffPS.Mcp.Tools;

/// <summary>A tool call whose arguments the tool's input schema does not allow; it becomes an InvalidArgument tool error.</summary>
internal sealed class ToolArgumentException : Exception
{
    public ToolArgumentException(string message)
        : base(message)
    {
    }
}
