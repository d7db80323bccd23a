using System;
using System.Globalization;

namespace HandoffPS.Core.Context;

/// <summary>One earlier handoff, as <c>Get-HandoffContext</c> lists it.</summary>
public sealed record ContextHandoffLine(DateTime? Date, string Description, string? Branch, string? Path)
{
    public override string ToString() =>
        (Date is DateTime d ? d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " : string.Empty)
        + Description + (Branch is null ? string.Empty : $" ({Branch})");
}
