using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Entry point for the derivative of a <c>Func&lt;double, double&gt;</c> at <paramref name="count"/>
/// points: <c>values[i] = f(x[i])</c>, <c>derivatives[i] = f'(x[i])</c>, the references being the
/// first elements of spans the caller has checked.
/// </summary>
internal delegate void ScalarToScalarPoints(object? target, object? targetTangent, ref double x, ref double values, ref double derivatives, int count);

/// <summary>
/// Emits <see cref="ScalarToScalarPoints"/> entries: a loop over the points that runs the width-1
/// derived computation with the unit direction, the derivative written straight into the caller's
/// span (a <see cref="Chunk1"/> is one double), so that a point costs no delegate call, copy or
/// out-parameter round trip. The direction is a constant of the emitted code
/// (<see cref="DerivedRules.GetUnitSeededRule"/>), so the JIT folds the products by it and their
/// strong-zero tests. Where it is the same computation, the loop holds the derived body itself
/// (<see cref="TryBuildInline"/>); otherwise it calls the rule once per point.
/// </summary>
/// <remarks>
/// Each point is its own pass, with its own <see cref="PassScope"/>: a function that writes an
/// active value into static data (an array held by a static field) gets that array's zero tangent
/// materialised for the pass, and a scope shared by the batch would carry the tangent written at
/// point i (a derivative with respect to x[i]) into point i + 1, where it must be zero. The loop is
/// one protected region whose fault handler closes the scope of the point that threw, instead of
/// a try/finally per point. A rule that provably materialises no tangent (<see cref="ScopeUse"/>)
/// gets a loop that opens no scope: from emitted code each scope costs two thread-static updates
/// through a runtime helper, which measured about 0.3 of the scalar chain's ratio.
/// </remarks>
internal static class PointEntries
{
    private static readonly ConcurrentDictionary<(MethodInfo Method, CompilerOptions Options), ScalarToScalarPoints> Entries = new();
    private static readonly Type[] Parameters = [typeof(object), typeof(object), typeof(double).MakeByRefType(), typeof(double).MakeByRefType(), typeof(double).MakeByRefType(), typeof(int)];
    private static readonly MethodInfo Seed = typeof(Chunk1).GetMethod(nameof(Chunk1.Broadcast))!;
    private static readonly MethodInfo AsChunk = typeof(Unsafe).GetMethods()
        .Single(m => m.Name == nameof(Unsafe.As) && m.GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(double), typeof(Chunk1));

    /// <summary>The batched entry into the derived rule of <paramref name="method"/> (a <c>Func&lt;double, double&gt;</c>'s method, its target constant).</summary>
    /// <exception cref="UnsupportedILException">The function cannot be differentiated.</exception>
    public static ScalarToScalarPoints For(MethodInfo method)
    {
        CompilerCaches.EnsureCurrent();
        return Entries.GetOrAdd((method, CompilerSettings.Current), key => Build(key.Method));
    }

    static PointEntries() => CompilerCaches.Register(Entries.Clear);

    private static ScalarToScalarPoints Build(MethodInfo method)
    {
        ChunkWidth width = ChunkWidth.Resolve(1);
        // Each point is one pass, so no memo is ever installed: the rule is built without one. Every
        // point's direction is the unit one, which the rule takes as a constant (GetUnitSeededRule).
        DerivedRule derived = DerivedRules.GetUnitSeededRule(method, constantReceiver: true);
        MethodInfo rule = derived.Rule;
        TargetTangent tangent = method.IsStatic ? TargetTangent.Caller : derived.IsConstant(0) ? TargetTangent.None : TargetTangent.FreshPerPass;
        SplitSignature split = derived.Signature;
        bool perPoint = tangent == TargetTangent.FreshPerPass;
        bool scoped = perPoint || ScopeUse.Needs(rule);
        if (!scoped && TryBuildInline(method) is { } inline)
        {
            return inline;
        }

        var entry = new DynamicMethod($"points_{method.Name}", typeof(void), Parameters, typeof(PointEntries).Module, skipVisibility: true);
        ILGenerator il = entry.GetILGenerator();

        // The cast target (and its tangent) once, into locals, popped in reverse; a tangent made per
        // pass is made again for each point, inside its scope.
        int pushed = EntryPoints.EmitTarget(il, method, split, width, perPoint ? TargetTangent.None : tangent);
        if (split.Parameters.Length - pushed != 3 || split.ReturnType != typeof(double))
        {
            throw new UnsupportedILException(method, null, $"the function's signature does not fit the entry point {nameof(ScalarToScalarPoints)}");
        }

        LocalBuilder[] target = [.. split.Parameters.Take(pushed).Select(il.DeclareLocal)];
        for (int k = pushed - 1; k >= 0; k--)
        {
            il.Emit(OpCodes.Stloc, target[k]);
        }

        LocalBuilder seed = il.DeclareLocal(typeof(Chunk1));
        LocalBuilder i = il.DeclareLocal(typeof(int));
        LocalBuilder offset = il.DeclareLocal(typeof(nint));
        il.Emit(OpCodes.Ldc_R8, 1.0);
        il.Emit(OpCodes.Call, Seed);
        il.Emit(OpCodes.Stloc, seed);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, i);
        Label test = il.DefineLabel(), body = il.DefineLabel(), done = il.DefineLabel();
        if (scoped)
        {
            il.BeginExceptionBlock();
        }

        il.Emit(OpCodes.Br, test);

        il.MarkLabel(body);
        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Ldc_I4_8);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Mul);
        il.Emit(OpCodes.Stloc, offset);
        if (scoped)
        {
            il.Emit(OpCodes.Call, EntryPoints.PassScopeEnter);
        }

        // &values[i], under the rule's result for the store.
        EmitElement(il, 3, offset);
        if (perPoint)
        {
            _ = EntryPoints.EmitTarget(il, method, split, width, tangent);
        }
        else
        {
            foreach (LocalBuilder local in target)
            {
                il.Emit(OpCodes.Ldloc, local);
            }
        }

        EmitElement(il, 2, offset);
        il.Emit(OpCodes.Ldind_R8);
        il.Emit(OpCodes.Ldloc, seed);
        EmitElement(il, 4, offset);
        il.Emit(OpCodes.Call, AsChunk);
        il.Emit(OpCodes.Call, rule);
        il.Emit(OpCodes.Stind_R8);
        if (scoped)
        {
            il.Emit(OpCodes.Call, EntryPoints.PassScopeExit);
        }

        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, i);

        il.MarkLabel(test);
        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldarg, 5);
        il.Emit(OpCodes.Blt, body);
        if (scoped)
        {
            // Only the rule can throw (the stores go to spans of checked length), so a fault means
            // the current point's scope is open: close it.
            il.Emit(OpCodes.Leave, done);
            il.BeginFaultBlock();
            il.Emit(OpCodes.Call, EntryPoints.PassScopeExit);
            il.EndExceptionBlock();
        }

        il.MarkLabel(done);
        il.Emit(OpCodes.Ret);
        return entry.CreateDelegate<ScalarToScalarPoints>();
    }

    // The loop with the derived body in it instead of a call of the rule, for a rule that needs no
    // pass scope: a DynamicMethod is never inlined, and the call cost the scalar chain about 5%
    // (the primal's loop has the function inlined). Each point runs the body with its locals
    // cleared, as a call would find them. Null where the body cannot be inlined (RuleBuild.TryEmitInline).
    internal static ScalarToScalarPoints? TryBuildInline(MethodInfo method)
    {
        if (!method.IsStatic && method.DeclaringType!.IsValueType)
        {
            return null;
        }

        var entry = new DynamicMethod($"points_{method.Name}", typeof(void), Parameters, typeof(PointEntries).Module, skipVisibility: true);
        ILGenerator il = entry.GetILGenerator();
        LocalBuilder i = il.DeclareLocal(typeof(int)), offset = il.DeclareLocal(typeof(nint)), x = il.DeclareLocal(typeof(double));
        Place[] arguments = [Place.Of(x)];
        if (!method.IsStatic)
        {
            LocalBuilder receiver = il.DeclareLocal(method.DeclaringType!);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, method.DeclaringType!);
            il.Emit(OpCodes.Stloc, receiver);
            arguments = [Place.Of(receiver), Place.Of(x)];
        }

        Label test = il.DefineLabel(), body = il.DefineLabel(), next = il.DefineLabel();
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, i);
        il.Emit(OpCodes.Br, test);

        il.MarkLabel(body);
        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Ldc_I4_8);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Mul);
        il.Emit(OpCodes.Stloc, offset);
        EmitElement(il, 2, offset);
        il.Emit(OpCodes.Ldind_R8);
        il.Emit(OpCodes.Stloc, x);

        // A return stores the value and the derivative (a Chunk1 is one double) and ends the point.
        var inline = new InlineBody(arguments, null, (g, loadPrimal, loadTangent) =>
        {
            EmitElement(g, 3, offset);
            loadPrimal!();
            g.Emit(OpCodes.Stind_R8);
            EmitElement(g, 4, offset);
            loadTangent!(typeof(Chunk1));
            g.Emit(OpCodes.Stobj, typeof(Chunk1));
            g.Emit(OpCodes.Br, next);
        });
        if (RuleCompiler.TryEmitInline(DerivedRules.UnitSeeded(method, constantReceiver: true), il, inline) is not { } locals)
        {
            return null;
        }

        il.MarkLabel(next);
        foreach (LocalBuilder local in locals.Where(l => !l.LocalType.IsByRef))
        {
            // Dead stores for the locals every point writes before it reads, which the JIT drops.
            il.Emit(OpCodes.Ldloca, local);
            il.Emit(OpCodes.Initobj, local.LocalType);
        }

        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, i);
        il.MarkLabel(test);
        il.Emit(OpCodes.Ldloc, i);
        il.Emit(OpCodes.Ldarg, 5);
        il.Emit(OpCodes.Blt, body);
        il.Emit(OpCodes.Ret);
        return entry.CreateDelegate<ScalarToScalarPoints>();
    }

    // The address of element i of the span whose first element is parameter `argument`.
    private static void EmitElement(ILGenerator il, int argument, LocalBuilder offset)
    {
        il.Emit(OpCodes.Ldarg, argument);
        il.Emit(OpCodes.Ldloc, offset);
        il.Emit(OpCodes.Add);
    }
}
