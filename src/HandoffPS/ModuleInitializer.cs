using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Management.Automation;

namespace HandoffPS;

/// <summary>
/// Registers, once per process, a resolver that loads libgit2's native library from the module's own
/// <c>runtimes/&lt;rid&gt;/native</c> folder. pwsh does not read a module's deps.json, so without this
/// LibGit2Sharp cannot find its native library.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer
{
    private static int s_registered;

    /// <summary>Test hook: when set to a folder, the resolver looks there instead of the module folder.</summary>
    internal static string? NativeDirectoryOverride = Environment.GetEnvironmentVariable("HANDOFFPS_NATIVE_DIR");

    public void OnImport()
    {
        if (System.Threading.Interlocked.Exchange(ref s_registered, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.ResolvingUnmanagedDll += ResolveNative;
    }

    private static IntPtr ResolveNative(Assembly requester, string name)
    {
        if (!string.Equals(requester.GetName().Name, "LibGit2Sharp", StringComparison.Ordinal))
        {
            return IntPtr.Zero;
        }

        string nativeDir = NativeDirectoryOverride ?? Path.Combine(
            Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".",
            "runtimes",
            RuntimeId(),
            "native");

        foreach (string candidate in CandidateFileNames(name))
        {
            string full = Path.Combine(nativeDir, candidate);
            if (File.Exists(full) && NativeLibrary.TryLoad(full, out IntPtr handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }

    private static string[] CandidateFileNames(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return new[] { name + ".dll", name };
        }

        string ext = OperatingSystem.IsMacOS() ? ".dylib" : ".so";
        return new[] { "lib" + name + ext, name + ext, name };
    }

    private static string RuntimeId()
    {
        string arch = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.X86 => "x86",
            Architecture.Arm64 => "arm64",
            Architecture.Arm => "arm",
            var other => other.ToString().ToLowerInvariant(),
        };

        if (OperatingSystem.IsWindows())
        {
            return "win-" + arch;
        }

        if (OperatingSystem.IsMacOS())
        {
            return "osx-" + arch;
        }

        return (IsMusl() ? "linux-musl-" : "linux-") + arch;
    }

    private static bool IsMusl()
    {
        try
        {
            return File.Exists("/etc/alpine-release")
                || RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.OrdinalIgnoreCase);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
