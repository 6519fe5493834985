using System.Collections.Concurrent;
using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Run-time dispatch of derived rules, for calls whose target is known only at run time:
/// virtual and interface calls, and delegate invocations. A call site passes the receiver (the
/// object, or the delegate's target) and its tangent as <see cref="object"/>, then the split
/// arguments; the site's delegate type is the same for every target, and this class finds, builds
/// once and caches the adapter that casts the receiver and calls the target method's rule
/// (its registered rule, or its derived rule).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Dispatch
{
    private static readonly MethodInfo ConcreteTangent = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ConcreteTangent))!;
    private static readonly List<(MethodInfo Method, CompilerOptions Options, ArgumentActivity Activity)> Sites = [];
    private static readonly ConcurrentDictionary<(int Site, MethodInfo Target, ChunkWidth Width), Delegate> Adapters = new();
    private static readonly ConcurrentDictionary<(int Site, Type Receiver, int Width), Delegate> VirtualAdapters = new();

    // The adapter a site used last, by the key it was found for: a site usually meets one target
    // (a loop calling the same function), and the caches above cost a hashed lookup of a tuple
    // (and, for a virtual call, the search for the override) on every call.
    private static Entry?[] _last = new Entry?[16];

    static Dispatch() => CompilerCaches.Register(() =>
    {
        Adapters.Clear();
        VirtualAdapters.Clear();
        Array.Clear(Volatile.Read(ref _last));
    });

    /// <summary>The rule of the override of site <paramref name="site"/> that <paramref name="receiver"/>'s run-time type runs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the fast path, into every call site's rule
    public static Delegate Virtual(object? receiver, int site, int width)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        Type type = receiver.GetType();
        if (Last(site) is { } last && ReferenceEquals(last.Key, type) && last.Width == width)
        {
            return last.Adapter;
        }

        return FindOverride(type, site, width);
    }

    private static Delegate FindOverride(Type type, int site, int width)
    {
        CompilerCaches.EnsureCurrent();
        Delegate adapter = VirtualAdapters.GetOrAdd((site, type, width), key =>
        {
            MethodInfo method = SiteMethod(key.Site);
            MethodInfo target = Override(method, key.Receiver);
            return Adapters.GetOrAdd((key.Site, target, ChunkWidth.All[key.Width]), k => BuildAdapter(k.Target, k.Width, receiverIsTarget: true, Site(k.Site)));
        });
        Remember(site, new Entry(type, width, adapter));
        return adapter;
    }

    /// <summary>The rule of the method <paramref name="function"/> calls, for an invocation at site <paramref name="site"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the fast path, into every call site's rule
    public static Delegate Invoke(Delegate? function, int site, int width)
    {
        ArgumentNullException.ThrowIfNull(function);

        // A hit is a single-target delegate: a multicast one calls through the runtime's
        // multicast stub, never the entry of the method a single one was cached for.
        if (HasCodeFields && Last(site) is { } last && last.Width == width && last.Code == MethodPointer(function) && last.Auxiliary == MethodPointerAuxiliary(function))
        {
            return last.Adapter;
        }

        return Find(function, site, width);
    }

    private static Delegate Find(Delegate function, int site, int width)
    {
        if (!function.HasSingleTarget)
        {
            throw new NotSupportedException("A multicast delegate has no single result to differentiate.");
        }

        MethodInfo method = function.Method;
        if (!HasCodeFields && Last(site) is { } last && last.Width == width && ReferenceEquals(last.Key, method))
        {
            return last.Adapter;
        }

        CompilerCaches.EnsureCurrent();
        Delegate adapter = Adapters.GetOrAdd((site, method, ChunkWidth.All[width]), key => BuildAdapter(key.Target, key.Width, receiverIsTarget: false, Site(key.Site)));
        Remember(site, HasCodeFields ? new Entry(method, width, adapter) { Code = MethodPointer(function), Auxiliary = MethodPointerAuxiliary(function) } : new Entry(method, width, adapter));
        return adapter;
    }

    // The delegate's code pointers name its method without Delegate.Method, which allocates a
    // method object for every new delegate (a closure built on every call of the function): the
    // method's entry, or a shuffle thunk and the method's entry for a static method; equal
    // pointers are the same method. A method whose entry changed (a delegate made before its
    // code was replaced) only misses the cache. Where the runtime has no such fields,
    // Delegate.Method decides.
    private static readonly bool HasCodeFields = ProbeCodeFields();

    private static bool ProbeCodeFields()
    {
        try
        {
            Func<int> probe = new object().GetHashCode;
            return MethodPointer(probe) != 0;
        }
        catch (MissingFieldException)
        {
            return false;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_methodPtr")]
    private static extern ref nint MethodPointer(Delegate function);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_methodPtrAux")]
    private static extern ref nint MethodPointerAuxiliary(Delegate function);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the fast path, into every call site's rule
    private static Entry? Last(int site)
    {
        Entry?[] last = Volatile.Read(ref _last);
        return (uint)site < (uint)last.Length ? last[site] : null;
    }

    private static void Remember(int site, Entry entry)
    {
        Entry?[] last = Volatile.Read(ref _last);
        if ((uint)site < (uint)last.Length)
        {
            last[site] = entry;
        }
    }

    // A site's last target: the receiver's type or the delegate's method, at a width.
    private sealed record Entry(object Key, int Width, Delegate Adapter)
    {
        /// <summary>For a delegate's method: the delegate's code pointers (<see cref="HasCodeFields"/>).</summary>
        public nint Code { get; init; }

        /// <summary>For a delegate's method: the second code pointer.</summary>
        public nint Auxiliary { get; init; }
    }

    /// <summary>The target of <paramref name="function"/>, for the call site to pass as the receiver.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the fast path, into every call site's rule
    public static object? Target(Delegate? function) =>
        function is null ? null : HasCodeFields && MethodPointerAuxiliary(function) == 0 ? TargetField(function) : function.Target; // a closed instance delegate's target is its field

    /// <summary>The target of a delegate whose method a rule knows (<see cref="KnownDelegates"/>); a null delegate throws, as invoking it does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? KnownTarget(Delegate? function) => function is null ? throw new NullReferenceException("The delegate is null.") : Target(function);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_target")]
    private static extern ref object? TargetField(Delegate function);

    /// <summary>The index of <paramref name="width"/> in <see cref="ChunkWidth.All"/>: how emitted code names a width to the helpers it calls.</summary>
    internal static int WidthIndex(ChunkWidth width)
    {
        for (int i = 0; i < ChunkWidth.All.Count; i++)
        {
            if (ChunkWidth.All[i] == width)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{width} is not a supported width.");
    }

    /// <summary>
    /// Registers a call site's method, the options of the rule it is in (its targets' rules get
    /// the same) and the site's activity (<see cref="SiteActivity"/>); derived rules refer to it by this number.
    /// </summary>
    internal static int Register(MethodInfo method, CompilerOptions options, ArgumentActivity activity)
    {
        lock (Sites)
        {
            Sites.Add((method, options, activity));
            Entry?[] last = _last;
            if (Sites.Count > last.Length)
            {
                // The old array's entries are only hints; starting the new one empty costs one lookup per site.
                Volatile.Write(ref _last, new Entry?[last.Length * 2]);
            }

            return Sites.Count - 1;
        }
    }

    /// <summary>
    /// Which arguments of a call site of <paramref name="method"/> a site holds constant: the
    /// numbers (and structs of numbers) that carry no tangent there, <paramref name="isConstant"/>
    /// by IL argument index. Every target keeps such a copy constant, so the site's delegate type
    /// can leave their tangents out and each target's rule treats them as constants. Arrays and
    /// objects are left active: whether a target keeps them constant depends on the target.
    /// </summary>
    internal static ArgumentActivity SiteActivity(MethodInfo method, Func<int, bool> isConstant)
    {
        ArgumentActivity activity = ArgumentActivity.AllActive;
        ParameterInfo[] parameters = method.GetParameters();
        for (int i = 0; i < parameters.Length; i++)
        {
            Type type = parameters[i].ParameterType;
            if (type.IsValueType && !type.IsByRefLike && ActivityAnalysis.CanCarry(type) && !PrimalCalls.HoldsReferences(type) && isConstant(i + 1))
            {
                activity = activity.WithConstant(i + 1);
            }
        }

        return activity;
    }

    /// <summary>
    /// The delegate type of a call site of the instance method <paramref name="method"/> (a
    /// virtual method, an interface method, or a delegate type's <c>Invoke</c>) with
    /// <paramref name="activity"/>: the receiver and its tangent as objects, then the split arguments.
    /// </summary>
    internal static Type SiteDelegate(MethodInfo method, ChunkWidth width, ArgumentActivity activity)
    {
        SplitSignature split = SplitSignature.For(method, width, activity);
        Type[] rest = [.. split.Parameters.Skip(split.Arguments[0].Tangent >= 0 ? 2 : 1)];
        return Expression.GetDelegateType([typeof(object), typeof(object), .. rest, split.ReturnType]);
    }

    private static MethodInfo SiteMethod(int site) => Site(site).Method;

    private static (MethodInfo Method, CompilerOptions Options, ArgumentActivity Activity) Site(int site)
    {
        lock (Sites)
        {
            return Sites[site];
        }
    }

    // The method a virtual or interface call to method runs on an instance of type.
    private static MethodInfo Override(MethodInfo method, Type type)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return (type.IsArray ? ArrayInterfaces.Resolve(method, type) : null) ?? RuleRegistry.ResolveConstrained(method, type);
        }

        MethodInfo definition = method.GetBaseDefinition();
        for (Type? t = type; t is not null; t = t.BaseType)
        {
            foreach (MethodInfo candidate in t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (candidate.GetBaseDefinition() == definition)
                {
                    return method.IsGenericMethod ? candidate.MakeGenericMethod(method.GetGenericArguments()) : candidate;
                }
            }
        }

        return method;
    }

    // An adapter with the site's delegate type: casts the receiver (the object, or the delegate's
    // target) and its tangent to the target method's types and calls its split rule.
    private static Delegate BuildAdapter(MethodInfo target, ChunkWidth width, bool receiverIsTarget, (MethodInfo Method, CompilerOptions Options, ArgumentActivity Activity) site)
    {
        Type siteDelegate = SiteDelegate(site.Method, width, site.Activity);
        MethodInfo invoke = siteDelegate.GetMethod("Invoke")!;
        Type[] parameters = [.. invoke.GetParameters().Select(p => p.ParameterType)];

        // The site's constant numbers, by the target's IL argument index: the same, unless the
        // target is static and the site's receiver is not among its arguments (a delegate's).
        int shift = target.IsStatic && !receiverIsTarget ? -1 : 0;
        ArgumentActivity activity = ArgumentActivity.AllActive;
        foreach (int constant in site.Activity.Constants(site.Method.GetParameters().Length + 1))
        {
            activity = activity.WithConstant(constant + shift);
        }

        DerivedRule derived = RuleCompiler.Get(RuleRequest.General(target, width, memo: true) with { Options = site.Options, Activity = activity });
        MethodInfo rule = derived.Rule;
        SplitSignature split = derived.Signature;
        var adapter = new DynamicMethod($"dispatch_{target.Name}_{width.Lanes}", invoke.ReturnType, [typeof(object), .. parameters], typeof(Dispatch).Module, skipVisibility: true);
        ILGenerator il = adapter.GetILGenerator();
        // A virtual call resolved to a static method: an array interface stand-in, whose first
        // argument is the array (see ArrayInterfaces).
        bool receiverIsArgument = target.IsStatic && receiverIsTarget;
        if (!target.IsStatic || receiverIsArgument)
        {
            Type receiver = target.IsStatic ? split.Parameters[0] : target.DeclaringType!;
            if (receiver.IsValueType)
            {
                EmitBoxedStructReceiver(il, receiver, split.Arguments[0].Tangent >= 0 ? split.Parameters[split.Arguments[0].Tangent].GetElementType() : null);
            }
            else
            {
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Castclass, receiver);
                if (split.Arguments[0].Tangent >= 0)
                {
                    // A dynamic tangent slot may hold null for zero; the target needs a real one.
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldarg_1);
                    il.Emit(OpCodes.Ldc_I4, WidthIndex(width));
                    il.Emit(OpCodes.Call, ConcreteTangent);
                    il.Emit(OpCodes.Castclass, split.Parameters[split.Arguments[0].Tangent]);
                }
            }
        }

        int skip = target.IsStatic && !receiverIsArgument ? 0 : split.Arguments[0].Tangent >= 0 ? 2 : 1;
        if (split.Parameters.Length - skip != parameters.Length - 2)
        {
            throw new UnsupportedILException(target, null, "the run-time target's signature does not fit its call site");
        }

        for (int i = 2; i < parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, i + 1);
        }

        il.Emit(OpCodes.Call, rule);
        il.Emit(OpCodes.Ret);

        // The adapter's first parameter is a closed-over null, so it fits the site's delegate type.
        return adapter.CreateDelegate(siteDelegate, null);
    }

    // A struct's method called through a delegate or an interface runs on the boxed struct (the
    // delegate's target, the interface reference): its receiver is a reference into the box, so
    // that what the method writes stays in the box, as in the primal. The receiver's tangent is
    // the boxed struct tangent (see box in MethodEmitter.Casts); a null one (a constant struct)
    // is zero and gets a fresh zero tangent whose writes no one reads again.
    private static void EmitBoxedStructReceiver(ILGenerator il, Type receiver, Type? tangent)
    {
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Unbox, receiver);
        if (tangent is null)
        {
            return;
        }

        Label boxed = il.DefineLabel(), done = il.DefineLabel();
        LocalBuilder zero = il.DeclareLocal(tangent);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Brtrue, boxed);
        il.Emit(OpCodes.Ldloca, zero);
        il.Emit(OpCodes.Br, done);
        il.MarkLabel(boxed);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Unbox, tangent);
        il.MarkLabel(done);
    }
}
