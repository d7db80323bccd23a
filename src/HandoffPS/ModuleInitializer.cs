using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;
using HandoffPS.Loading;

namespace HandoffPS;

/// <summary>
/// Puts the module's dependencies behind its own load context. PowerShell loads only this cmdlet assembly
/// into the default context; when it first needs HandoffPS.Core (a cmdlet's parameter or output type, or its
/// code), the handler registered here loads the core from the module's <c>deps</c> folder into
/// <see cref="DependencyLoadContext"/>, which then loads every dependency of the core, and libgit2's native
/// library, from that folder too. The handler answers for HandoffPS.Core only.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object s_gate = new();
    private static DependencyLoadContext? s_context;
    private static bool s_registered;

    /// <summary>The module's load context, created on first use (one per process).</summary>
    internal static DependencyLoadContext Context
    {
        get
        {
            lock (s_gate)
            {
                return s_context ??= new DependencyLoadContext(Path.Combine(
                    Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".",
                    DependencyLoadContext.FolderName));
            }
        }
    }

    public void OnImport()
    {
        Register();
        TypeNames.Register(Context.LoadFromAssemblyName(new AssemblyName(DependencyLoadContext.CoreAssemblyName)));
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        TypeNames.Unregister();
        lock (s_gate)
        {
            if (s_registered)
            {
                AssemblyLoadContext.Default.Resolving -= ResolveCore;
                s_registered = false;
            }
        }
    }

    /// <summary>Registers the handler once; importing again (-Force) after a removal registers it again.</summary>
    internal static void Register()
    {
        lock (s_gate)
        {
            if (!s_registered)
            {
                AssemblyLoadContext.Default.Resolving += ResolveCore;
                s_registered = true;
            }
        }
    }

    private static Assembly? ResolveCore(AssemblyLoadContext context, AssemblyName name)
    {
        if (!string.Equals(name.Name, DependencyLoadContext.CoreAssemblyName, StringComparison.Ordinal))
        {
            return null;
        }

        return Context.LoadFromAssemblyName(name);
    }
}
