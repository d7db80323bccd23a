using System;
using System.Management.Automation;
using HandoffPS.Core.Model;

namespace HandoffPS.Input;

/// <summary>Get-Handoff's filters: the description and branch wildcards (case-insensitive) and the Since and Until dates.</summary>
internal sealed class HandoffFilter
{
    private readonly WildcardPattern? _description;
    private readonly WildcardPattern? _branch;
    private readonly DateTime? _since;
    private readonly DateTime? _until;

    public HandoffFilter(string? description, string? branch, DateTime? since, DateTime? until)
    {
        const WildcardOptions options = WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant;
        _description = description is null ? null : new WildcardPattern(description, options);
        _branch = branch is null ? null : new WildcardPattern(branch, options);
        _since = since;
        _until = until;
    }

    /// <summary>True when <paramref name="h"/> passes every filter given.</summary>
    public bool Matches(Handoff h)
    {
        if (_description is not null && !_description.IsMatch(h.Description))
        {
            return false;
        }

        if (_branch is not null && (h.Branch is null || !_branch.IsMatch(h.Branch)))
        {
            return false;
        }

        if (_since is DateTime since && (h.Date is null || h.Date < since))
        {
            return false;
        }

        return _until is not DateTime until || (h.Date is not null && h.Date <= until);
    }
}
