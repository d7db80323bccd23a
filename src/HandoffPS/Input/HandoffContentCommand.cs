using System;
using System.Management.Automation;
using HandoffPS.Core.Model;
using HandoffPS.Core.Project;

namespace HandoffPS.Input;

/// <summary>
/// What every cmdlet that writes a handoff shares: the content parameters (Summary, Completed, NextPriority,
/// Blocker, Decision, KeyFile, Reference) and the header's Branch, Author, Agent and Date, made into one draft.
/// </summary>
public abstract class HandoffContentCommand : PSCmdlet
{
    /// <summary>Two or three sentences on what the session accomplished.</summary>
    [Parameter]
    public string? Summary { get; set; }

    /// <summary>Deliverables of the session, one per item. Each is written as a '- ✅' line.</summary>
    [Parameter]
    public string[]? Completed { get; set; }

    /// <summary>What needs to happen next, in order. A string 'Title (reason)', or a hashtable/object with Title, Reason and Details.</summary>
    [Parameter]
    public object[]? NextPriority { get; set; }

    /// <summary>Open issues. A string 'Category: text' or plain 'text', or a hashtable/object with Category and Text.</summary>
    [Parameter]
    public object[]? Blocker { get; set; }

    /// <summary>Decisions made in the session, for the Context section.</summary>
    [Parameter]
    public string[]? Decision { get; set; }

    /// <summary>Files the next session should look at. A string 'path - description', or a hashtable/object with Path and Description.</summary>
    [Parameter]
    public object[]? KeyFile { get; set; }

    /// <summary>References (specifications, documents, links) for the Context section.</summary>
    [Parameter]
    public string[]? Reference { get; set; }

    /// <summary>The branch to record. Default: the current git branch.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(Completers.BranchCompleter))]
    public string? Branch { get; set; }

    /// <summary>The author to record. Default: '{Agent} + {git user.name}'.</summary>
    [Parameter]
    public string? Author { get; set; }

    /// <summary>The agent named in the default Author. Default: 'Claude Code'.</summary>
    [Parameter]
    public string Agent { get; set; } = HandoffPlan.DefaultAgent;

    /// <summary>The session's date and time, for backfilling. Default: now. Stored to the second, in local time.</summary>
    [Parameter]
    public DateTime? Date { get; set; }

    /// <summary>The handoff these parameters describe, titled <paramref name="description"/>; string and hashtable forms are converted.</summary>
    protected Handoff Draft(string description) => new()
    {
        Description = description,
        Date = Date,
        Branch = Branch,
        Author = Author,
        Summary = Summary,
        CompletedWork = InputConverter.ToLines(Completed),
        NextPriorities = InputConverter.ToPriorities(NextPriority),
        Blockers = InputConverter.ToBlockers(Blocker),
        Decisions = InputConverter.ToLines(Decision),
        KeyFiles = InputConverter.ToKeyFiles(KeyFile),
        References = InputConverter.ToLines(Reference),
    };
}
