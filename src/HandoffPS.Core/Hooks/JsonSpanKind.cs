namespace HandoffPS.Core.Hooks;

/// <summary>The kind of a JSON value in <see cref="JsonSpans"/>.</summary>
internal enum JsonSpanKind
{
    Object,
    Array,
    String,
    Other,
}
