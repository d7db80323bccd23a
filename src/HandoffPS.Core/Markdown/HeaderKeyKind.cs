namespace HandoffPS.Core.Markdown;

/// <summary>What a header field's key names, whatever its language or wording.</summary>
internal enum HeaderKeyKind
{
    None,
    Date,
    Time,
    Branch,
}
