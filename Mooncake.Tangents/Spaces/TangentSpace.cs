using System.Reflection;
using System.Collections.Concurrent;
using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// The tangent interface of one primal type at one width: zero, random, add / increment, scale,
/// dot product, lane extraction and insertion, and, for tests, add-to-primal and primal
/// difference. Every tangent kind (chunks, array blocks, tuples, emitted struct and class
/// tangents, dynamic tangents) implements it, so tests and seeding code written against it work
/// for all of them.
/// </summary>
/// <remarks>
/// <para>Operations on object graphs mirror aliasing (an object reached twice gives one tangent,
/// reached twice) and terminate on cycles. A null primal reference has a null tangent; in a slot
/// typed <see cref="object"/> or by an interface a null tangent also means zero.</para>
/// <para>Inputs are never modified, except by <see cref="Increment"/> and <see cref="InsertLane"/>,
/// which update their first argument in place where it is mutable (arrays and classes) and
/// return the result (a new value for structs and chunks).</para>
/// <para>Every width gives lane-wise the same results as width 1: <see cref="ExtractLane"/> of
/// a width-N tangent is a width-1 tangent of this primal type.</para>
/// </remarks>
public abstract class TangentSpace
{
    private static readonly ConcurrentDictionary<(Type Primal, ChunkWidth Width), TangentSpace> Spaces = new();

    private protected TangentSpace(Type primalType, Type tangentType, ChunkWidth width)
    {
        PrimalType = primalType;
        TangentType = tangentType;
        Width = width;
    }

    /// <summary>The primal type.</summary>
    public Type PrimalType { get; }

    /// <summary>Its tangent type at this width (see <see cref="TangentTypes"/>).</summary>
    public Type TangentType { get; }

    /// <summary>The width.</summary>
    public ChunkWidth Width { get; }

    /// <summary>The number of lanes.</summary>
    public int Lanes => Width.Lanes;

    /// <summary>Whether the primal carries a derivative (the tangent type is not <see cref="NoTangent"/>).</summary>
    public bool HasTangent => TangentType != typeof(NoTangent);

    /// <summary>The width-1 space of the same primal type, whose tangents <see cref="ExtractLane"/> returns.</summary>
    public TangentSpace LaneSpace => Of(PrimalType, ChunkWidth.Resolve(1));

    /// <summary>The tangent space of <paramref name="primal"/> at <paramref name="width"/>.</summary>
    /// <exception cref="NotSupportedException">The type cannot carry a tangent.</exception>
    public static TangentSpace Of(Type primal, ChunkWidth width)
    {
        ArgumentNullException.ThrowIfNull(primal);
        ArgumentNullException.ThrowIfNull(width);
        if (Spaces.TryGetValue((primal, width), out TangentSpace? space))
        {
            return space;
        }

        // Spaces of recursive types refer to themselves; they look their field spaces up lazily,
        // so building one never re-enters this method for the same key.
        return Spaces.GetOrAdd((primal, width), Create(primal, width));
    }

    /// <summary>The tangent space of <paramref name="primal"/> at the requested width.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not in [1, 64].</exception>
    /// <exception cref="NotSupportedException">The type cannot carry a tangent.</exception>
    public static TangentSpace Of(Type primal, int width) => Of(primal, ChunkWidth.Resolve(width));

    /// <summary>The strongly typed tangent space of <typeparamref name="TPrimal"/> at <paramref name="width"/>.</summary>
    /// <exception cref="ArgumentException"><typeparamref name="TTangent"/> is not the tangent type of <typeparamref name="TPrimal"/> at this width.</exception>
    public static TangentSpace<TPrimal, TTangent> Of<TPrimal, TTangent>(ChunkWidth width) => new(Of(typeof(TPrimal), width));

    /// <summary>The zero tangent of <paramref name="primal"/>.</summary>
    public object? Zero(object? primal)
    {
        CheckPrimal(primal, nameof(primal));
        return Run(context => ZeroCore(primal, context));
    }

    /// <summary>
    /// The zero tangent of <paramref name="primal"/>, sharing with the earlier results of
    /// <paramref name="memo"/>: an object reached before (by this call or an earlier one with the
    /// same memo) maps to the tangent built for it then.
    /// </summary>
    public object? Zero(object? primal, TangentMemo memo)
    {
        ArgumentNullException.ThrowIfNull(memo);
        CheckPrimal(primal, nameof(primal));
        object? result = ZeroCore(primal, memo.Context);
        memo.Context.Drain();
        return result;
    }

    /// <summary>A tangent of <paramref name="primal"/> with independent standard normal values in every lane, drawn from <paramref name="random"/>.</summary>
    public object? Random(object? primal, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        CheckPrimal(primal, nameof(primal));
        return Run(context => RandomCore(primal, random, context));
    }

    /// <summary>The sum <c>a + b</c>, as a new tangent.</summary>
    public object? Add(object? a, object? b)
    {
        CheckTangents(a, b);
        return Run(context => AddCore(a, b, context));
    }

    /// <summary>Adds <paramref name="b"/> to <paramref name="a"/>, in place where <paramref name="a"/> is mutable, and returns the result.</summary>
    public object? Increment(object? a, object? b)
    {
        CheckTangents(a, b);
        return Run(context => IncrementCore(a, b, context));
    }

    /// <summary>The product <c>s * t</c>, as a new tangent.</summary>
    public object? Scale(double s, object? t)
    {
        CheckTangent(t, nameof(t));
        return Run(context => ScaleCore(s, t, context));
    }

    /// <summary>The inner product of two tangents: the sum over every element and every lane of the products.</summary>
    public double Dot(object? a, object? b)
    {
        CheckTangents(a, b);
        var context = new TangentContext();
        double direct = DotCore(a, b, context);
        context.Drain();
        return direct + context.DeferredDot;
    }

    /// <summary>Lane <paramref name="lane"/> of <paramref name="t"/>, as a width-1 tangent (of <see cref="LaneSpace"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Lanes).</exception>
    public object? ExtractLane(object? t, int lane)
    {
        ChunkLanes.CheckLane(lane, Lanes);
        CheckTangent(t, nameof(t));
        return Run(context => ExtractLaneCore(t, lane, context));
    }

    /// <summary>
    /// Writes the width-1 tangent <paramref name="laneTangent"/> into lane <paramref name="lane"/>
    /// of <paramref name="t"/>, in place where <paramref name="t"/> is mutable, and returns the result.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Lanes).</exception>
    public object? InsertLane(object? t, int lane, object? laneTangent)
    {
        ChunkLanes.CheckLane(lane, Lanes);
        LaneSpace.CheckTangent(laneTangent, nameof(laneTangent));
        CheckTangent(t, nameof(t));
        return Run(context => InsertLaneCore(t, lane, laneTangent, context));
    }

    /// <summary>
    /// A new primal <c>primal + scale * t[lane]</c>: a copy of <paramref name="primal"/> (the
    /// object graph copied with its aliasing; parts without a tangent shared) moved along lane
    /// <paramref name="lane"/> of <paramref name="t"/>. The input is not modified.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Lanes).</exception>
    public object? AddToPrimal(object? primal, object? t, int lane, double scale = 1.0)
    {
        ChunkLanes.CheckLane(lane, Lanes);
        CheckPrimal(primal, nameof(primal));
        CheckTangent(t, nameof(t));
        return Run(context => AddToPrimalCore(primal, t, lane, scale, context));
    }

    /// <summary>
    /// A deep copy of <paramref name="primal"/> with the same bits: the object graph copied with
    /// its aliasing and cycles, parts without a tangent shared. (Moving by a zero step is not a
    /// copy: <c>-0.0 + 0.0</c> is <c>+0.0</c>.)
    /// </summary>
    public object? CopyPrimal(object? primal)
    {
        object? zero = Zero(primal);
        return Run(context => AddToPrimalCore(primal, zero, 0, CopyScale, context));
    }

    /// <summary>The tangent holding <c>a - b</c> in lane <paramref name="lane"/> and zero in the other lanes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Lanes).</exception>
    /// <exception cref="ArgumentException">The primals differ in shape (array lengths, null references, run-time types).</exception>
    public object? Difference(object? a, object? b, int lane)
    {
        ChunkLanes.CheckLane(lane, Lanes);
        CheckPrimal(a, nameof(a));
        CheckPrimal(b, nameof(b));
        return Run(context => DifferenceCore(a, b, lane, context));
    }

    /// <inheritdoc/>
    public override string ToString() => $"TangentSpace({PrimalType} -> {TangentType}, {Lanes} lanes)";

    /// <summary>
    /// The scale <see cref="CopyPrimal"/> passes to <see cref="AddToPrimalCore"/>: spaces that
    /// add to numbers leave them untouched for it. A NaN no caller can pass by accident.
    /// </summary>
    private protected static readonly double CopyScale = BitConverter.Int64BitsToDouble(0x7FF8_0000_C0DE_C0DE);

    /// <summary>Whether <paramref name="scale"/> asks for a copy rather than a move.</summary>
    private protected static bool IsCopy(double scale) => BitConverter.DoubleToInt64Bits(scale) == BitConverter.DoubleToInt64Bits(CopyScale);

    internal abstract object? ZeroCore(object? primal, TangentContext context);

    internal abstract object? RandomCore(object? primal, Random random, TangentContext context);

    internal abstract object? AddCore(object? a, object? b, TangentContext context);

    internal abstract object? IncrementCore(object? a, object? b, TangentContext context);

    internal abstract object? ScaleCore(double s, object? t, TangentContext context);

    internal abstract double DotCore(object? a, object? b, TangentContext context);

    internal abstract object? ExtractLaneCore(object? t, int lane, TangentContext context);

    internal abstract object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context);

    internal abstract object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context);

    internal abstract object? DifferenceCore(object? a, object? b, int lane, TangentContext context);

    /// <summary>The space that handles a tangent of run-time type <paramref name="tangentType"/> at <paramref name="width"/>.</summary>
    internal static TangentSpace OfTangent(Type tangentType, ChunkWidth width) => Of(PrimalOfTangent(tangentType, width), width);

    /// <summary>Throws unless <paramref name="primal"/> is a value of this space's primal type (or null, for reference types).</summary>
    internal object? CheckPrimal(object? primal, string parameterName)
    {
        bool nullable = !PrimalType.IsValueType || Nullable.GetUnderlyingType(PrimalType) is not null;
        if (primal is null ? !nullable : !PrimalType.IsInstanceOfType(primal))
        {
            throw new ArgumentException(
                $"Expected a primal of type {PrimalType}, but got {(primal is null ? "null" : $"a {primal.GetType()}")}.", parameterName);
        }

        return primal;
    }

    /// <summary>Throws unless <paramref name="tangent"/> can be a tangent of this space.</summary>
    internal object? CheckTangent(object? tangent, string parameterName)
    {
        bool valid = tangent is null
            ? !TangentType.IsValueType
            : TangentType.IsInstanceOfType(tangent);
        if (!valid)
        {
            throw new ArgumentException(
                $"Expected a tangent of type {TangentType} (the tangent of {PrimalType} at {Lanes} lanes), but got {(tangent is null ? "null" : $"a {tangent.GetType()}")}.",
                parameterName);
        }

        return tangent;
    }

    /// <summary>
    /// Computes the result for a reference-typed <paramref name="key"/> once per call: a key
    /// reached again maps to the same result (aliasing). The result is created and recorded
    /// at once and <paramref name="fill"/> runs later from the context's work stack, so cycles
    /// terminate and long chains of objects do not deepen the call stack. A null key maps to null.
    /// </summary>
    private protected static object? Memoized(object? key, TangentContext context, Func<object, object> create, Action<object, object>? fill = null)
    {
        if (key is null)
        {
            return null;
        }

        if (context.TryGet(key, out object? known))
        {
            return known;
        }

        object result = create(key);
        context.Set(key, result);
        if (fill is not null)
        {
            context.Defer(() => fill(key, result));
        }

        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="target"/> once per call and later, from the
    /// context's work stack (see <see cref="Memoized"/>), for operations that update or read a
    /// reference in place. Returns false, doing nothing, for null or an already visited target.
    /// </summary>
    private protected static bool VisitLater(object? target, TangentContext context, Action work)
    {
        if (target is null || !context.Visit(target))
        {
            return false;
        }

        context.Defer(work);
        return true;
    }

    private static object? Run(Func<TangentContext, object?> operation)
    {
        var context = new TangentContext();
        object? result = operation(context);
        context.Drain();
        return result;
    }

    private void CheckTangents(object? a, object? b)
    {
        CheckTangent(a, nameof(a));
        CheckTangent(b, nameof(b));
    }

    // The primal type whose tangent has run-time type tangentType. Tangent-only operations
    // behave the same for every primal with a given tangent type, so where several primals
    // share one (a TupleTangent with a NoTangent element), any of them serves.
    private static Type PrimalOfTangent(Type tangentType, ChunkWidth width)
    {
        if (TangentTypeBuilder.TryGetEmittedPrimal(tangentType, out Type emittedPrimal, out _))
        {
            return emittedPrimal;
        }

        if (tangentType == typeof(NoTangent) || tangentType == typeof(object))
        {
            return tangentType;
        }

        if (ChunkWidth.OfChunk(tangentType) is { } chunkWidth)
        {
            return chunkWidth.DoubleChunk == tangentType ? typeof(double) : typeof(float);
        }

        if (tangentType.IsSZArray)
        {
            return PrimalOfTangent(tangentType.GetElementType()!, width).MakeArrayType();
        }

        if (tangentType.IsGenericType)
        {
            Type definition = tangentType.GetGenericTypeDefinition();
            Type[] arguments = tangentType.GetGenericArguments();
            if (definition == typeof(ArrayTangent<,>))
            {
                return arguments[1].MakeArrayType();
            }

            if (NumericsTypes.PrimalOrNull(definition) is { } numerics)
            {
                return numerics;
            }

            if (LaneTangents.Is(tangentType))
            {
                // Any vector of that many lanes of the chunk's element type serves.
                int lanes = tangentType.GetGenericTypeDefinition().GetCustomAttribute<System.Runtime.CompilerServices.InlineArrayAttribute>()!.Length;
                Type element = ChunkWidth.OfChunk(arguments[0]) is { } w && w.DoubleChunk == arguments[0] ? typeof(double) : typeof(float);
                int bytes = lanes * (element == typeof(double) ? 8 : 4);
                Type? vector = bytes switch { 16 => typeof(System.Runtime.Intrinsics.Vector128<>), 32 => typeof(System.Runtime.Intrinsics.Vector256<>), 64 => typeof(System.Runtime.Intrinsics.Vector512<>), _ => null };
                if (vector is not null)
                {
                    return vector.MakeGenericType(element);
                }
            }

            if (definition == typeof(MatrixTangent<,>))
            {
                return arguments[1].MakeArrayType(2);
            }

            if (definition.Name.StartsWith("TupleTangent`", StringComparison.Ordinal) && definition.Namespace == typeof(NoTangent).Namespace)
            {
                Type tuple = Type.GetType($"System.ValueTuple`{arguments.Length}")!;
                return tuple.MakeGenericType([.. arguments.Select(a => PrimalOfTangent(a, width))]);
            }
        }

        throw new ArgumentException($"{tangentType} is not a tangent type of the tangent system.", nameof(tangentType));
    }

    private static TangentSpace Create(Type primal, ChunkWidth width)
    {
        Type tangent = TangentTypes.TangentType(primal, width);
        if (tangent == typeof(NoTangent))
        {
            return new NoTangentSpace(primal, width);
        }

        return PrimalTypes.KindOf(primal) switch
        {
            PrimalKind.Scalar => primal == typeof(double)
                ? Generic(typeof(ScalarSpace<,,>), [width.DoubleChunk, typeof(double), typeof(Chunk1)], width)
                : Generic(typeof(ScalarSpace<,,>), [width.FloatChunk, typeof(float), typeof(FloatChunk1)], width),
            PrimalKind.SimdVector => SimdSpace(primal, tangent, width),
            PrimalKind.ScalarArray => BlockSpace(typeof(ArraySpace<,,>), primal.GetElementType()!, width),
            PrimalKind.ScalarMatrix => BlockSpace(typeof(MatrixSpace<,,>), primal.GetElementType()!, width),
            PrimalKind.ElementArray => new ElementArraySpace(primal, tangent, width),
            PrimalKind.Dynamic => new DynamicSpace(primal, width),
            PrimalKind.Delegate => new DelegateSpace(primal, width),
            PrimalKind.Nullable => new NullableSpace(primal, width),
            _ => new FieldwiseSpace(primal, tangent, width),
        };
    }

    private static TangentSpace SimdSpace(Type primal, Type tangent, ChunkWidth width)
    {
        SimdVectors.IsFloatingVector(primal, out Type element, out int lanes);
        ChunkWidth one = ChunkWidth.Resolve(1);
        Type chunk1 = element == typeof(double) ? one.DoubleChunk : one.FloatChunk;
        Type chunk = element == typeof(double) ? width.DoubleChunk : width.FloatChunk;
        return Generic(typeof(SimdSpace<,,,,,>), [primal, element, tangent, chunk, LaneTangents.TypeFor(lanes, chunk1)!, chunk1], width);
    }

    private static TangentSpace BlockSpace(Type definition, Type element, ChunkWidth width) =>
        element == typeof(double)
            ? Generic(definition, [width.DoubleChunk, typeof(double), typeof(Chunk1)], width)
            : Generic(definition, [width.FloatChunk, typeof(float), typeof(FloatChunk1)], width);

    private static TangentSpace Generic(Type definition, Type[] arguments, ChunkWidth width) =>
        (TangentSpace)Activator.CreateInstance(definition.MakeGenericType(arguments), width)!;
}
