using System;

namespace HandoffPS.Core.Drafts;

/// <summary>A draft on disk: its file, the session it belongs to and when it was last written.</summary>
public sealed record DraftFile(string Path, string SessionId, DateTime LastWriteTime);
