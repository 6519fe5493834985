using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The debug path of the rule builder: the same emitter, writing the derived rules of a method
/// (and of every method it calls) into an assembly that is saved to disk, loaded back and
/// compiled method by method, so invalid IL is reported with the method it is in rather than
/// on a rule's first call. It also lists, per method, the lifted IL with the activity of each
/// variable and the IL emitted for it, for reading a wrong rule.
/// </summary>
/// <remarks>
/// The saved assembly refers to the run-time dispatch sites of this process, so it is for
/// inspection (with ILSpy, say), not for running elsewhere.
/// </remarks>
public static class RuleDebugger
{
    /// <summary>
    /// Builds the derived rules of <paramref name="method"/> at <paramref name="width"/> into an
    /// assembly saved at <paramref name="path"/>, verifies them by loading the assembly and
    /// compiling every method, and returns the listing.
    /// </summary>
    /// <exception cref="UnsupportedILException">The method cannot be differentiated.</exception>
    /// <exception cref="InvalidProgramException">A derived rule's IL is invalid; the message names the method.</exception>
    public static string Save(MethodBase method, ChunkWidth width, string path) => Save(method, width, path, constantReceiver: false);

    /// <summary>
    /// As <see cref="Save(MethodBase, ChunkWidth, string)"/>; with <paramref name="constantReceiver"/>,
    /// <paramref name="method"/>'s own rule is the one <c>Forward</c> uses for a delegate's target,
    /// whose state is constant (see <see cref="DerivedRules.GetConstantReceiverRule"/>).
    /// </summary>
    /// <exception cref="UnsupportedILException">The method cannot be differentiated.</exception>
    /// <exception cref="InvalidProgramException">A derived rule's IL is invalid; the message names the method.</exception>
    public static string Save(MethodBase method, ChunkWidth width, string path, bool constantReceiver)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(width);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = new AssemblyName($"Mooncake.DerivedRules.{method.Name}");
        var assembly = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        ModuleBuilder module = assembly.DefineDynamicModule(name.Name!);
        TypeBuilder type = module.DefineType("DerivedRules", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed);
        // Emitted rules read the private members of the code they differentiate, as the
        // DynamicMethods (which skip visibility checks) do: the saved assembly gets the same
        // access through IgnoresAccessChecksToAttribute. Chunk arithmetic reads and writes the
        // chunks' private vector fields (ChunkLeaves), hence Mooncake.Tangents too.
        var names = new Dictionary<RuleRequest, string>();
        var build = new RuleBuild(
            (request, signature) =>
            {
                MethodBase primal = request.Method;
                string ruleName = $"d_{primal.DeclaringType?.Name}_{primal.Name}_{names.Count}";
                names[request] = ruleName;
                MethodBuilder builder = type.DefineMethod(ruleName, MethodAttributes.Public | MethodAttributes.Static, signature.ReturnType, signature.Parameters);
                return (builder, builder.GetILGenerator());
            },
            _ => null);
        RuleRequest request = RuleRequest.General(method, width, memo: true);
        _ = build.Get(constantReceiver ? request.With(ArgumentActivity.ConstantReceiver(method)) : request);
        foreach (string target in build.Built.Keys.Select(r => r.Method.Module.Assembly.GetName().Name!).Append(typeof(RuleDebugger).Assembly.GetName().Name!).Append(typeof(IChunk<,>).Assembly.GetName().Name!).Distinct())
        {
            assembly.SetCustomAttribute(new CustomAttributeBuilder(typeof(IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!, [target]));
        }

        type.CreateType();
        assembly.Save(path);
        return Verify(path, names, width);
    }

    /// <summary>The lifted IL of <paramref name="method"/> with the activity of every variable (a <c>*</c> marks an active one).</summary>
    public static string Describe(MethodBase method) => Describe(method, constantReceiver: false);

    /// <summary>
    /// As <see cref="Describe(MethodBase)"/>; with <paramref name="constantReceiver"/>, the activity
    /// <c>Forward</c> uses for a delegate's target, whose state is constant: the receiver and what
    /// is read from it are inactive where that is sound, and otherwise (then the listing says so)
    /// the ordinary activity.
    /// </summary>
    public static string Describe(MethodBase method, bool constantReceiver)
    {
        ArgumentNullException.ThrowIfNull(method);
        LiftedMethod lifted = LiftedMethods.Of(method);
        RuleRequest request = RuleRequest.General(method, ChunkWidth.Resolve(1), memo: true);
        RuleRequest honoured = RuleBuild.Honour(constantReceiver ? request.With(ArgumentActivity.ConstantReceiver(method)) : request);
        int count = method.GetParameters().Length + (method.IsStatic ? 0 : 1);
        ConstantData.Result result = ConstantData.Analyze(lifted, [.. honoured.Activity.Constants(count)], StaticConstancy.IsConstant, CallFacts.Precise);
        ActivityAnalysis activity = result.Activity;
        var text = new StringBuilder(lifted.ToString());
        if (constantReceiver && !method.IsStatic && !honoured.Activity.IsConstant(0))
        {
            text.AppendLine("receiver: not constant (its state is written with, or handed over with, values that carry tangents)");
        }

        IEnumerable<string> constants = lifted.Blocks.SelectMany(b => b.Operations)
            .Select(o => o.Instruction.Operand).OfType<FieldInfo>().Where(f => f.IsStatic && ConstantRoot.IsRootType(f.FieldType)).Distinct()
            .Select(f => $"{f.Name}: {(StaticConstancy.IsConstant(f) && !result.Failed.Contains(ConstantRoot.OfStatic(f)) ? "constant" : "written with derivatives")}");
        if (constants.Any())
        {
            text.AppendLine("static data: " + string.Join(", ", constants));
        }

        text.AppendLine("active: " + string.Join(", ", lifted.Arguments.Concat(lifted.Locals).Concat(lifted.Temporaries).Where(activity.IsActive).Select(v => v.Name)));
        return text.ToString();
    }

    // The name of the in-memory (dynamic) assembly a load failure names, if it names one.
    private static string? InMemoryAssembly(string? fileName) =>
        fileName is null ? null : AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.IsDynamic && new AssemblyName(fileName).Name == a.GetName().Name)?.GetName().Name;

    // Loads the saved assembly into a collectible context, compiles every rule (which reports
    // invalid IL per method) and lists each rule's primal and emitted IL.
    private static string Verify(string path, Dictionary<RuleRequest, string> names, ChunkWidth width)
    {
        var context = new AssemblyLoadContext($"verify {Path.GetFileName(path)}", isCollectible: true);
        try
        {
            Assembly loaded = context.LoadFromAssemblyPath(Path.GetFullPath(path));
            Type rules = loaded.GetType("DerivedRules")!;
            var text = new StringBuilder();
            foreach ((RuleRequest built, string ruleName) in names)
            {
                MethodBase primal = built.Method;
                MethodInfo rule = rules.GetMethod(ruleName)!;
                try
                {
                    RuntimeHelpers.PrepareMethod(rule.MethodHandle);
                }
                catch (IOException e) when (InMemoryAssembly(e switch { FileNotFoundException f => f.FileName, FileLoadException l => l.FileName, _ => null }) is { } emitted)
                {
                    // The rule uses tangent classes (of a closure, of objects) emitted in memory:
                    // a saved assembly refers to them by name, and no load context can bind a name
                    // to an assembly that exists only in memory. Listed, not verified.
                    text.AppendLine($"==== {primal.DeclaringType}.{primal.Name} -> {ruleName} ({width.Lanes} lanes): saved, not verified");
                    text.AppendLine($"-- it refers to types of {emitted}, emitted in memory (tangent classes), which a saved assembly cannot load; the in-memory rule is what Forward runs.");
                    if (primal.GetMethodBody() is not null && !RuleRegistry.TryFind(primal, out _))
                    {
                        text.AppendLine(Describe(primal));
                    }

                    continue;
                }
                catch (Exception e) when (e is InvalidProgramException or BadImageFormatException or TypeLoadException or MissingMemberException or MemberAccessException)
                {
                    throw new InvalidProgramException($"The derived rule of {primal.DeclaringType}.{primal.Name} at {width.Lanes} lanes is invalid: {e.Message}", e);
                }

                text.AppendLine($"==== {primal.DeclaringType}.{primal.Name} -> {ruleName} ({width.Lanes} lanes)");
                if (primal.GetMethodBody() is not null && !RuleRegistry.TryFind(primal, out _))
                {
                    text.AppendLine(Describe(primal));
                }

                text.AppendLine("-- emitted:");
                text.AppendLine(ILText.Format(ILReader.Read(rule)));
            }

            return text.ToString();
        }
        finally
        {
            context.Unload();
        }
    }
}
