using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandoffPS.Core.Hooks;

/// <summary>
/// Edits to the text of a JSON document, each changing one span and nothing else, written in the style the
/// document already uses (its indent unit and line breaks): how the hook settings merge keeps every other byte.
/// </summary>
internal static class JsonTextEdit
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    internal static string InsertMember(string text, JsonSpan obj, string name, Func<Formatter, string> value)
    {
        Formatter f = Formatter.For(text);
        if (obj.Members.Count > 0)
        {
            (string _, int nameStart, JsonSpan last) = obj.Members[^1];
            string? indent = f.Compact ? null : JsonSpans.IndentAt(text, nameStart);
            Formatter at = f.At(indent ?? string.Empty);
            string insertion = indent is null
                ? "," + at.Member(name, value(at.Inline()))
                : "," + f.NewLine + indent + at.Member(name, value(at));
            return text.Insert(last.End, insertion);
        }

        return FillEmpty(text, obj, f, inner => inner.Member(name, value(inner)));
    }

    internal static string AppendElement(string text, JsonSpan array, Func<Formatter, string> value)
    {
        Formatter f = Formatter.For(text);
        if (array.Elements.Count > 0)
        {
            JsonSpan last = array.Elements[^1];
            string? indent = f.Compact ? null : JsonSpans.IndentAt(text, last.Start);
            string insertion = indent is null
                ? "," + (f.Compact ? string.Empty : " ") + value(f.Inline())
                : "," + f.NewLine + indent + value(f.At(indent));
            return text.Insert(last.End, insertion);
        }

        return FillEmpty(text, array, f, value);
    }

    /// <summary>Fills an empty object or list: on its own lines, one level deeper than the line it starts on.</summary>
    internal static string FillEmpty(string text, JsonSpan container, Formatter f, Func<Formatter, string> content)
    {
        string inside = f.Compact
            ? content(f.Inline())
            : f.NewLine + LineIndent(text, container.Start) + f.Unit + content(f.At(LineIndent(text, container.Start) + f.Unit)) + f.NewLine + LineIndent(text, container.Start);
        return text[..(container.Start + 1)] + inside + text[(container.End - 1)..];
    }

    internal static string RemoveElement(string text, JsonSpan array, int index)
    {
        List<JsonSpan> e = array.Elements;
        if (e.Count == 1)
        {
            return text[..(array.Start + 1)] + text[(array.End - 1)..];
        }

        return index > 0
            ? text[..e[index - 1].End] + text[e[index].End..]
            : text[..e[0].Start] + text[e[1].Start..];
    }

    internal static string RemoveMember(string text, JsonSpan obj, int index)
    {
        var m = obj.Members;
        if (m.Count == 1)
        {
            return text[..(obj.Start + 1)] + text[(obj.End - 1)..];
        }

        return index > 0
            ? text[..m[index - 1].Value.End] + text[m[index].Value.End..]
            : text[..m[0].NameStart] + text[m[1].NameStart..];
    }

    internal static string LineIndent(string text, int position)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        int i = start;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>Writes the JSON added, in the file's own style: its line break, its indentation unit, or one line when the file is one line.</summary>
    internal sealed class Formatter
    {
        private Formatter(string newLine, string unit, bool compact, string indent)
        {
            NewLine = newLine;
            Unit = unit;
            Compact = compact;
            Indent = indent;
        }

        public string NewLine { get; }

        public string Unit { get; }

        public bool Compact { get; }

        /// <summary>The indentation of the line the value starts on.</summary>
        public string Indent { get; }

        public static Formatter For(string text)
        {
            string trimmed = text.TrimEnd();
            bool compact = trimmed.Length > 2 && !trimmed.Contains('\n');
            return new Formatter(JsonSpans.NewLineOf(text), UnitOf(text), compact, string.Empty);
        }

        public Formatter At(string indent) => new(NewLine, Unit, Compact, indent);

        public Formatter Inline() => new(NewLine, Unit, true, string.Empty);

        public string Member(string name, string value) => Str(name) + (Compact ? ":" : ": ") + value;

        public string List(string element) => Compact
            ? "[" + element + "]"
            : "[" + NewLine + Indent + Unit + element.Replace(NewLine, NewLine + Unit, StringComparison.Ordinal) + NewLine + Indent + "]";

        public string Group(HookEvent hookEvent, string command)
        {
            var members = new List<string>();
            if (HookEvents.Matcher(hookEvent) is string matcher)
            {
                members.Add(Member("matcher", Str(matcher)));
            }

            string hook = Obj(new[] { Member("type", Str("command")), Member("command", Str(command)), Member("timeout", ClaudeHookSettings.TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) }, Indent + Unit + Unit);
            members.Add(Member("hooks", Compact ? "[" + hook + "]" : "[" + NewLine + Indent + Unit + Unit + hook + NewLine + Indent + Unit + "]"));
            return Obj(members, Indent);
        }

        private string Obj(IReadOnlyList<string> members, string indent) => Compact
            ? "{" + string.Join(",", members) + "}"
            : "{" + NewLine + string.Join("," + NewLine, members.Select(m => indent + Unit + m)) + NewLine + indent + "}";

        internal static string Str(string value) => "\"" + JsonEncodedText.Encode(value, Encoder).ToString() + "\"";

        internal static string UnitOf(string text)
        {
            foreach (string line in text.Split('\n'))
            {
                int n = 0;
                while (n < line.Length && (line[n] == ' ' || line[n] == '\t'))
                {
                    n++;
                }

                if (n > 0 && n < line.Length && line[n] != '\r')
                {
                    return line[..n];
                }
            }

            return "  ";
        }
    }
}
