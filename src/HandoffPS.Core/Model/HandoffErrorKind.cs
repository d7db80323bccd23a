namespace HandoffPS.Core.Model;

/// <summary>What kind of failure a <see cref="HandoffException"/> reports; the cmdlets map it to an error category.</summary>
public enum HandoffErrorKind
{
    InvalidArgument,
    ResourceExists,
    ReadError,
    WriteError,
    ObjectNotFound,
    InvalidData,
    LimitsExceeded,
}
