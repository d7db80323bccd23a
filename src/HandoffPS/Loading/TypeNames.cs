using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace HandoffPS.Loading;

/// <summary>
/// Makes the core's public types known to PowerShell by their full names. PowerShell resolves a type name such
/// as <c>[HandoffPS.Core.Model.Handoff]</c> only in the default load context, and the core lives in the module's
/// own (<see cref="DependencyLoadContext"/>); registering each public type of the core under its full name as a
/// type accelerator keeps such names working in scripts. Only the core's own types are registered, never a
/// dependency's.
/// </summary>
internal static class TypeNames
{
    private static readonly object s_gate = new();
    private static readonly List<string> s_added = new();

    public static void Register(Assembly core)
    {
        lock (s_gate)
        {
            if (s_added.Count > 0 || Accelerators() is not (Type accelerators, MethodInfo add, _))
            {
                return;
            }

            var existing = (IDictionary<string, Type>?)accelerators.GetProperty("Get")?.GetValue(null);
            foreach (Type type in core.GetExportedTypes().Where(t => t.FullName is not null && !t.IsNested))
            {
                if (existing is not null && existing.ContainsKey(type.FullName!))
                {
                    continue;
                }

                add.Invoke(null, new object[] { type.FullName!, type });
                s_added.Add(type.FullName!);
            }
        }
    }

    public static void Unregister()
    {
        lock (s_gate)
        {
            if (Accelerators() is (_, _, MethodInfo remove))
            {
                s_added.ForEach(name => remove.Invoke(null, new object[] { name }));
            }

            s_added.Clear();
        }
    }

    /// <summary>PowerShell's (non-public) type accelerator table; null when this PowerShell has none.</summary>
    private static (Type, MethodInfo, MethodInfo)? Accelerators()
    {
        Type? accelerators = typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");
        MethodInfo? add = accelerators?.GetMethod("Add", new[] { typeof(string), typeof(Type) });
        MethodInfo? remove = accelerators?.GetMethod("Remove", new[] { typeof(string) });
        return accelerators is null || add is null || remove is null ? null : (accelerators, add, remove);
    }
}
