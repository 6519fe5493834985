using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>A derived rule of a <c>Func&lt;double, double&gt;</c>, called with its delegate's target (and that target's tangent) unboxed inside.</summary>
/// <typeparam name="TChunk">The chunk type of the width.</typeparam>
internal delegate double ScalarEntry<TChunk>(object? target, object? targetTangent, double x, TChunk dx, out TChunk dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>
/// Typed entry points into derived rules: small emitted methods that take the delegate's target
/// as <see cref="object"/>, cast it, and call the split rule, so that calling a rule costs a
/// delegate call and no reflection.
/// </summary>
internal static class EntryPoints
{
    private static readonly ConcurrentDictionary<(MethodInfo Method, Type Chunk), Delegate> Scalars = new();

    /// <summary>The entry point of the derived rule of <paramref name="method"/>, a function of one double returning a double.</summary>
    public static ScalarEntry<TChunk> Scalar<TChunk>(MethodInfo method)
        where TChunk : struct, IChunk<TChunk, double>
        => (ScalarEntry<TChunk>)Scalars.GetOrAdd((method, typeof(TChunk)), key => BuildScalar<TChunk>(key.Method));

    /// <summary>The zero tangent of a delegate's target (null for a static method or a target that carries no tangent).</summary>
    public static object? ZeroTangentOfTarget(object? target, ChunkWidth width) =>
        target is null || !TangentTypes.HasTangent(target.GetType()) ? null : TangentSpace.Of(target.GetType(), width).Zero(target);

    private static ScalarEntry<TChunk> BuildScalar<TChunk>(MethodInfo method)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ChunkWidth width = ChunkWidth.Of<TChunk>();
        MethodInfo rule = DerivedRules.GetSplitRule(method, width);
        SplitSignature split = SplitSignature.For(method, width);
        var entry = new DynamicMethod($"entry_{method.Name}", typeof(double), [typeof(object), typeof(object), typeof(double), typeof(TChunk), typeof(TChunk).MakeByRefType()], typeof(EntryPoints).Module, skipVisibility: true);
        ILGenerator il = entry.GetILGenerator();
        int argument = 0;
        if (!method.IsStatic)
        {
            Type receiver = method.DeclaringType!;
            if (receiver.IsValueType)
            {
                throw new UnsupportedILException(method, null, "functions that are instance methods of structs are not supported yet");
            }

            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, receiver);
            if (split.Arguments[0].Tangent >= 0)
            {
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Castclass, split.Parameters[split.Arguments[0].Tangent]);
            }

            argument = 1;
        }

        il.Emit(OpCodes.Ldarg_2);
        if (split.Arguments[argument].Tangent >= 0)
        {
            il.Emit(OpCodes.Ldarg_3);
        }

        il.Emit(OpCodes.Ldarg, 4);
        il.Emit(OpCodes.Call, rule);
        il.Emit(OpCodes.Ret);
        return entry.CreateDelegate<ScalarEntry<TChunk>>();
    }
}
