using System;
using System.Collections.Generic;
using System.Linq;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;
using ModelContextProtocol.Protocol;

namespace HandoffPS.Mcp.Tools;

/// <summary>
/// <c>handoff_list</c>: the project's handoffs, oldest first, with Get-Handoff's filters (-Branch, -Since, -Until,
/// -Description); one short row each, not whole handoffs (handoff_latest gives one whole).
/// </summary>
internal sealed class ListTool : HandoffTool
{
    public const string ToolName = "handoff_list";

    private const string Schema = """
        {"type":"object","properties":{
        "branch":{"type":"string","description":"Wildcards * ?"},
        "description":{"type":"string","description":"Wildcards * ?"},
        "since":{"type":"string","format":"date-time"},
        "until":{"type":"string","format":"date-time"}},
        "additionalProperties":false}
        """;

    public ListTool(ServedProject project)
        : base(project, ToolName, "The project's session handoffs, oldest first, one row each.", Schema, readOnly: true)
    {
    }

    protected override CallToolResult Call(ToolArguments arguments)
    {
        HandoffProject project = Project.Resolve();
        string? branch = arguments.String("branch");
        string? description = arguments.String("description");
        DateTime? since = arguments.Date("since");
        DateTime? until = arguments.Date("until");
        var errors = new List<HandoffException>();
        Row[] rows = HandoffStore.ReadAll(project.Folder, errors)
            .Where(h => Wildcard.IsMatch(description, h.Description) && Wildcard.IsMatch(branch, h.Branch))
            .Where(h => since is null || (h.Date is DateTime d && d >= since))
            .Where(h => until is null || (h.Date is DateTime d && d <= until))
            .Select(Row.Of)
            .ToArray();
        return ToolResults.Structured(new ListResult(rows), ToolResults.Notes(errors));
    }

    /// <summary>What handoff_list returns.</summary>
    internal sealed record ListResult(Row[] Handoffs);

    /// <summary>One handoff in a list: where it is, when, on which branch, what it was about and what comes next.</summary>
    internal sealed record Row(string? FileName, DateTime? Date, string? Branch, string Description, int OpenBlockers, string? TopPriority)
    {
        public static Row Of(Handoff h) =>
            new(h.FileName, h.Date, h.Branch, h.Description, h.Blockers.Length, h.NextPriorities.FirstOrDefault()?.Title);
    }
}
