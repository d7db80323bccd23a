using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using HandoffPS.Core.Markdown;
using HandoffPS.Core.Model;

namespace HandoffPS.Input;

/// <summary>
/// Turns what a user passes to <c>-NextPriority</c>, <c>-Blocker</c> and <c>-KeyFile</c> into core objects:
/// a string in its documented form, a hashtable, or any object with the matching properties.
/// </summary>
internal static class InputConverter
{
    public static Priority[] ToPriorities(object[]? values)
    {
        var result = new List<Priority>();
        foreach (object value in Flatten(values))
        {
            int rank = result.Count + 1;
            result.Add(value switch
            {
                Priority p => p.WithRank(rank),
                string s => Priority.FromText(rank, s),
                _ => new Priority(
                    rank,
                    Require(value, "Title", "NextPriority"),
                    Get(value, "Reason"),
                    GetList(value, "Details")),
            });
        }

        return result.Where(p => p.Title.Length > 0).ToArray();
    }

    public static Blocker[] ToBlockers(object[]? values) =>
        Flatten(values).Select(value => value switch
        {
            Blocker b => b,
            string s => Blocker.FromText(s),
            _ => new Blocker(Get(value, "Category"), Require(value, "Text", "Blocker")),
        }).Where(b => b.Text.Length > 0).ToArray();

    public static KeyFile[] ToKeyFiles(object[]? values) =>
        Flatten(values).Select(value => value switch
        {
            KeyFile k => k,
            string s => KeyFile.FromText(s),
            System.IO.FileSystemInfo f => new KeyFile(f.Name),
            _ => new KeyFile(Require(value, "Path", "KeyFile"), Get(value, "Description")),
        }).Where(k => k.Path.Length > 0).ToArray();

    public static string[] ToLines(string[]? values) =>
        (values ?? Array.Empty<string>()).Select(TextRules.SingleLine).Where(s => s.Length > 0).ToArray();

    private static IEnumerable<object> Flatten(object[]? values)
    {
        foreach (object? raw in values ?? Array.Empty<object>())
        {
            object? value = raw is PSObject pso && pso.BaseObject is not PSCustomObject ? pso.BaseObject : raw;
            if (value is not null)
            {
                yield return value;
            }
        }
    }

    private static string Require(object value, string name, string parameter)
    {
        string? text = Get(value, name);
        if (text is null)
        {
            throw new HandoffException(HandoffErrorIds.InvalidHandoffInput, HandoffErrorKind.InvalidArgument,
                $"A -{parameter} value must be a string or have a '{name}' property; got '{value}'.", parameter);
        }

        return text;
    }

    private static string? Get(object value, string name)
    {
        object? v = Lookup(value, name);
        if (v is PSObject p)
        {
            v = p.BaseObject;
        }

        return v is null ? null : TextRules.SingleLineOrNull(LanguagePrimitives.ConvertTo<string>(v));
    }

    private static IEnumerable<string>? GetList(object value, string name)
    {
        object? v = Lookup(value, name);
        if (v is PSObject p)
        {
            v = p.BaseObject;
        }

        return v switch
        {
            null => null,
            string s => new[] { s },
            IEnumerable e => e.Cast<object?>().Where(o => o is not null).Select(o => LanguagePrimitives.ConvertTo<string>(o)),
            _ => new[] { LanguagePrimitives.ConvertTo<string>(v) },
        };
    }

    private static object? Lookup(object value, string name)
    {
        if (value is IDictionary dict)
        {
            foreach (DictionaryEntry entry in dict)
            {
                if (string.Equals(entry.Key?.ToString(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return entry.Value;
                }
            }

            return null;
        }

        return PSObject.AsPSObject(value).Properties[name]?.Value;
    }
}
