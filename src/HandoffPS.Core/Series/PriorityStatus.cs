namespace HandoffPS.Core.Series;

/// <summary>What became of a priority of handoff N, as the next handoff (N+1) tells.</summary>
public enum PriorityStatus
{
    /// <summary>There is no handoff after this one yet.</summary>
    Pending,

    /// <summary>A Completed Work item of the next handoff matches the priority's title.</summary>
    Done,

    /// <summary>Not done, but the priority reappears among the next handoff's priorities.</summary>
    CarriedOver,

    /// <summary>Neither done nor carried over: the next handoff does not mention it.</summary>
    Dropped,
}
