using System.ComponentModel;

namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets the assembly that carries it use the non-public members of the named assembly. The
/// runtime honours it by name; <see cref="Mooncake.Rules.Builder.RuleDebugger"/> puts it on saved
/// rule assemblies, which read the private fields of the code they differentiate as the
/// <c>DynamicMethod</c> rules (which skip visibility checks) do. (An attribute type defined inside a
/// <c>PersistedAssemblyBuilder</c> assembly cannot be applied to it: the saved image is invalid.)
/// </summary>
/// <param name="assemblyName">The simple name of the assembly whose members become accessible.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class IgnoresAccessChecksToAttribute(string assemblyName) : Attribute
{
    /// <summary>The simple name of the assembly whose members become accessible.</summary>
    public string AssemblyName { get; } = assemblyName;
}
