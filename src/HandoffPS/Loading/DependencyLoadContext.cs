using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace HandoffPS.Loading;

/// <summary>
/// The module's private <see cref="AssemblyLoadContext"/>: HandoffPS.Core and every third-party dependency
/// (Markdig, LibGit2Sharp, YamlDotNet, Microsoft.ML.Tokenizers, ...) load from the module's <c>deps</c> folder
/// into it, never into the default context, so another module carrying another version of one of them can
/// be imported before or after HandoffPS and each keeps its own. Assemblies that are not in <c>deps</c> (the
/// framework, PowerShell itself) come from the default context.
/// </summary>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    /// <summary>The name of the folder, beside the cmdlet assembly, that holds the dependencies.</summary>
    public const string FolderName = "deps";

    /// <summary>The assembly of the default context's requests that this context answers: the module's own core.</summary>
    public const string CoreAssemblyName = "HandoffPS.Core";

    private readonly string _folder;

    public DependencyLoadContext(string folder)
        : base("HandoffPS", isCollectible: false)
    {
        _folder = folder;
    }

    /// <summary>The folder the dependencies load from.</summary>
    public string Folder => _folder;

    /// <summary>Test hook: when set to a folder, libgit2 is looked for there instead of <c>deps/runtimes/&lt;rid&gt;/native</c>.</summary>
    internal static string? NativeDirectoryOverride { get; } =
        Environment.GetEnvironmentVariable("HANDOFFPS_NATIVE_DIR") is { Length: > 0 } folder ? folder : null;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null)
        {
            return null;
        }

        string path = Path.Combine(_folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    /// <summary>
    /// libgit2: pwsh does not read a module's deps.json, so the native library is loaded from
    /// <c>deps/runtimes/&lt;rid&gt;/native</c> (<c>lib{name}.so</c>, <c>lib{name}.dylib</c> or <c>{name}.dll</c>).
    /// </summary>
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string nativeDir = NativeDirectoryOverride ?? Path.Combine(_folder, "runtimes", RuntimeId(), "native");
        foreach (string candidate in CandidateFileNames(unmanagedDllName))
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

    /// <summary>The runtime folder name of this process: <c>win-x64</c>, <c>osx-arm64</c>, <c>linux-x64</c>, <c>linux-musl-x64</c>...</summary>
    internal static string RuntimeId()
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
