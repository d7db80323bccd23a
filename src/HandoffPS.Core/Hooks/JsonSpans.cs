using System;
using System.Text;

namespace HandoffPS.Core.Hooks;

/// <summary>
/// Locates every value of a JSON text, so that it can be edited in place: an insertion or a removal changes only
/// its own span, and every other byte of the file stays as it was (its formatting, key order, escapes and
/// numbers, which a parse-and-serialize round trip would rewrite). The text must already be valid JSON
/// (checked with <see cref="System.Text.Json.JsonDocument"/> first); this reader only finds the spans.
/// </summary>
internal sealed class JsonSpans
{
    private readonly string _text;
    private int _pos;

    private JsonSpans(string text) => _text = text;

    public static JsonSpan Parse(string text)
    {
        var reader = new JsonSpans(text);
        reader.SkipSpace();
        return reader.Value();
    }

    /// <summary>The line break the text uses: <c>\r\n</c> when it has one, else <c>\n</c>.</summary>
    public static string NewLineOf(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>The white space before <paramref name="position"/> on its line, when only white space stands there; else null.</summary>
    public static string? IndentAt(string text, int position)
    {
        int i = position;
        while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n' ? text[i..position] : null;
    }

    private JsonSpan Value()
    {
        int start = _pos;
        char c = _text[_pos];
        switch (c)
        {
            case '{':
            {
                var obj = new JsonSpan { Kind = JsonSpanKind.Object, Start = start };
                _pos++;
                SkipSpace();
                while (_text[_pos] != '}')
                {
                    int nameStart = _pos;
                    string name = ReadString();
                    SkipSpace();
                    _pos++; // ':'
                    SkipSpace();
                    obj.Members.Add((name, nameStart, Value()));
                    SkipSpace();
                    if (_text[_pos] == ',')
                    {
                        _pos++;
                        SkipSpace();
                    }
                }

                _pos++;
                obj.End = _pos;
                return obj;
            }

            case '[':
            {
                var arr = new JsonSpan { Kind = JsonSpanKind.Array, Start = start };
                _pos++;
                SkipSpace();
                while (_text[_pos] != ']')
                {
                    arr.Elements.Add(Value());
                    SkipSpace();
                    if (_text[_pos] == ',')
                    {
                        _pos++;
                        SkipSpace();
                    }
                }

                _pos++;
                arr.End = _pos;
                return arr;
            }

            case '"':
            {
                string s = ReadString();
                return new JsonSpan { Kind = JsonSpanKind.String, Start = start, End = _pos, Text = s };
            }

            default:
                while (_pos < _text.Length && _text[_pos] is not (',' or '}' or ']' or ' ' or '\t' or '\r' or '\n'))
                {
                    _pos++;
                }

                return new JsonSpan { Kind = JsonSpanKind.Other, Start = start, End = _pos };
        }
    }

    private string ReadString()
    {
        var sb = new StringBuilder();
        _pos++; // opening quote
        while (_text[_pos] != '"')
        {
            char c = _text[_pos++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            char e = _text[_pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u':
                    sb.Append((char)Convert.ToInt32(_text.Substring(_pos, 4), 16));
                    _pos += 4;
                    break;
                default: sb.Append(e); break;
            }
        }

        _pos++; // closing quote
        return sb.ToString();
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n')
        {
            _pos++;
        }
    }
}
