using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The rules of the SIMD vector types of <see cref="double"/> and <see cref="float"/>
/// (<see cref="Vector{T}"/>, <see cref="System.Runtime.Intrinsics.Vector128{T}"/>,
/// <see cref="System.Runtime.Intrinsics.Vector256{T}"/>, <see cref="System.Runtime.Intrinsics.Vector512{T}"/>),
/// written once over the vector type: <see cref="SimdRuleTable"/> registers each for every vector
/// type whose runtime has the operation, with the type arguments of that vector type and width.
/// </summary>
/// <remarks>
/// A vector's tangent is lane-major (<see cref="LaneTangents4{TChunk}"/>): chunk l is lane l's
/// derivative in every direction. Each rule computes its primal with the runtime's own operation
/// (the vector operator, or the method bound in <see cref="SimdPrimals{TVector, T}"/>), so values
/// are bit for bit the user's, and each lane's tangent with the scalar rule of
/// <see cref="DualMath{TDual, TChunk, T}"/>: a vector rule is the scalar rule in every lane.
/// Type parameters: the vector type, its element type, its lane tangent type, the chunk type and
/// the scalar dual (<see cref="Dual{TChunk}"/> or <see cref="FloatDual{TChunk}"/>).
/// </remarks>
public static class SimdRules<TVector, T, TLanes, TChunk, TScalar>
    where TVector : unmanaged
    where T : unmanaged, IFloatingPointIeee754<T>
    where TLanes : unmanaged
    where TChunk : struct, IChunk<TChunk, T>
    where TScalar : struct, IDual<TScalar, TChunk, T>
{
    /// <summary><c>a + b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Add(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b) =>
        new(Blocks<T>.Add(a.Primal, b.Primal), Blocks<T>.Add(a.Tangent, b.Tangent));

    /// <summary><c>a - b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Subtract(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b) =>
        new(Blocks<T>.Subtract(a.Primal, b.Primal), Blocks<T>.Subtract(a.Tangent, b.Tangent));

    /// <summary><c>-a</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Negate(Dual<TVector, TLanes> a) =>
        new(Blocks<T>.Negate(a.Primal), Blocks<T>.Negate(a.Tangent));

    /// <summary><c>+a</c>: the vector itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Identity(Dual<TVector, TLanes> a)
        => a;

    /// <summary><c>a * b</c>, lane by lane: the product rule in each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Multiply(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
    {
        // In place in the copy of a's tangent, through references: a result built in a fresh local
        // through spans cost more than the arithmetic (see Blocks).
        TVector pa = a.Primal, pb = b.Primal;
        TLanes ta = a.Tangent, tb = b.Tangent;
        ref T va = ref Unsafe.As<TVector, T>(ref pa), vb = ref Unsafe.As<TVector, T>(ref pb);
        ref TChunk x = ref Unsafe.As<TLanes, TChunk>(ref ta), y = ref Unsafe.As<TLanes, TChunk>(ref tb);
        for (int l = 0; l < LaneTangents.Count<TLanes, TChunk>(); l++)
        {
            Unsafe.Add(ref x, l) = TChunk.Combine(Unsafe.Add(ref x, l), Unsafe.Add(ref vb, l), Unsafe.Add(ref y, l), Unsafe.Add(ref va, l));
        }

        return new(Blocks<T>.Multiply(pa, pb), ta);
    }

    /// <summary><c>a + b</c> for a constant <paramref name="b"/> (chosen by the compiler where <paramref name="b"/> carries no derivative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> AddConstantRight(Dual<TVector, TLanes> a, TVector b) => new(Blocks<T>.Add(a.Primal, b), a.Tangent);

    /// <summary><c>a + b</c> for a constant <paramref name="a"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> AddConstantLeft(TVector a, Dual<TVector, TLanes> b) => new(Blocks<T>.Add(a, b.Primal), b.Tangent);

    /// <summary><c>a * b</c> for a constant <paramref name="b"/>: each lane's chunk scaled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> MultiplyConstantRight(Dual<TVector, TLanes> a, TVector b) => new(Blocks<T>.Multiply(a.Primal, b), ScaledLanes(a.Tangent, b));

    /// <summary><c>a * b</c> for a constant <paramref name="a"/>: each lane's chunk scaled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> MultiplyConstantLeft(TVector a, Dual<TVector, TLanes> b) => new(Blocks<T>.Multiply(a, b.Primal), ScaledLanes(b.Tangent, a));

    /// <summary>The dot product with a constant <paramref name="b"/>: Σ a'_l b_l.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar DotConstantRight(Dual<TVector, TLanes> a, TVector b) => TScalar.Create(SimdPrimals<TVector, T>.Dot(a.Primal, b), WeightedSum(a.Tangent, b));

    /// <summary>The dot product with a constant <paramref name="a"/>: Σ a_l b'_l.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar DotConstantLeft(TVector a, Dual<TVector, TLanes> b) => TScalar.Create(SimdPrimals<TVector, T>.Dot(a, b.Primal), WeightedSum(b.Tangent, a));

    /// <summary><c>a * s</c> for a scalar <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> MultiplyByScalar(Dual<TVector, TLanes> a, TScalar s)
        => new(LaneMap<TVector, T, TLanes, TChunk, TScalar>.Scale(a.Primal, s.Value), ScaledSum(a, s));

    /// <summary><c>s * a</c> for a scalar <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> ScalarTimes(TScalar s, Dual<TVector, TLanes> a)
        => new(LaneMap<TVector, T, TLanes, TChunk, TScalar>.Scale(a.Primal, s.Value), ScaledSum(a, s));

    /// <summary><c>a / b</c>, lane by lane: the quotient rule of <see cref="DualMath{TDual, TChunk, T}.Divide(TDual, TDual)"/> in each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Divide(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(Blocks<T>.Divide(a.Primal, b.Primal), LaneMap<TVector, T, TLanes, TChunk, TScalar>.Map<DivideLane<TScalar, TChunk, T>>(a, b));

    /// <summary><c>a / s</c> for a scalar <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> DivideByScalar(Dual<TVector, TLanes> a, TScalar s)
    {
        TLanes result = default;
        Span<TChunk> r = LaneTangents.Of<TLanes, TChunk>(ref result);
        for (int l = 0; l < r.Length; l++)
        {
            r[l] = DualMath<TScalar, TChunk, T>.Divide(LaneMap<TVector, T, TLanes, TChunk, TScalar>.Lane(a, l), s).Partials;
        }

        return new(LaneMap<TVector, T, TLanes, TChunk, TScalar>.Quotient(a.Primal, s.Value), result);
    }

    /// <summary>The square root of every lane (<c>Sqrt</c>, <c>Vector.SquareRoot</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Sqrt(Dual<TVector, TLanes> a)
        => new(SimdPrimals<TVector, T>.Sqrt(a.Primal), LaneMap<TVector, T, TLanes, TChunk, TScalar>.Map<SqrtLane<TScalar, TChunk, T>>(a));

    /// <summary>The magnitude of every lane: the right derivative (+1) at ±0, as <see cref="Math.Abs(double)"/>'s rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Abs(Dual<TVector, TLanes> a)
        => new(SimdPrimals<TVector, T>.Abs(a.Primal), LaneMap<TVector, T, TLanes, TChunk, TScalar>.Map<AbsLane<TScalar, TChunk, T>>(a));

    /// <summary>The lane-wise minimum: each lane's tangent is that of the argument it returns (the first on ties), as <see cref="Math.Min(double, double)"/>'s rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Min(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(SimdPrimals<TVector, T>.Min(a.Primal, b.Primal), LaneMap<TVector, T, TLanes, TChunk, TScalar>.Map<MinLane<TScalar, TChunk, T>>(a, b));

    /// <summary>The lane-wise maximum: each lane's tangent is that of the argument it returns (the first on ties).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Max(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(SimdPrimals<TVector, T>.Max(a.Primal, b.Primal), LaneMap<TVector, T, TLanes, TChunk, TScalar>.Map<MaxLane<TScalar, TChunk, T>>(a, b));

    /// <summary><c>a * b + c</c> rounded once per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FusedMultiplyAdd(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b, Dual<TVector, TLanes> c)
        => new(SimdPrimals<TVector, T>.FusedMultiplyAdd(a.Primal, b.Primal, c.Primal), LaneMap<TVector, T, TLanes, TChunk, TScalar>.Map<FusedMultiplyAddLane<TScalar, TChunk, T>>(a, b, c));

    /// <summary><c>a * b + c</c>, fused or not as the hardware does it: the derivative of <c>a * b + c</c> either way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> MultiplyAddEstimate(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b, Dual<TVector, TLanes> c)
        => new(SimdPrimals<TVector, T>.MultiplyAddEstimate(a.Primal, b.Primal, c.Primal), LaneMap<TVector, T, TLanes, TChunk, TScalar>.Map<FusedMultiplyAddLane<TScalar, TChunk, T>>(a, b, c));

    /// <summary>The sum of the lanes, in the runtime's order; its tangent is the sum of the lanes' tangents.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar Sum(Dual<TVector, TLanes> a)
    {
        TLanes ta = a.Tangent;
        Span<TChunk> x = LaneTangents.Of<TLanes, TChunk>(ref ta);
        TChunk sum = x[0];
        for (int l = 1; l < x.Length; l++)
        {
            sum = TChunk.Add(sum, x[l]);
        }

        return TScalar.Create(SimdPrimals<TVector, T>.Sum(a.Primal), sum);
    }

    /// <summary>The dot product of two vectors: the sum over the lanes of the product rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar Dot(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
    {
        TVector pa = a.Primal, pb = b.Primal;
        TLanes ta = a.Tangent, tb = b.Tangent;
        Span<T> va = LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref pa), vb = LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref pb);
        Span<TChunk> x = LaneTangents.Of<TLanes, TChunk>(ref ta), y = LaneTangents.Of<TLanes, TChunk>(ref tb);
        TChunk sum = TChunk.Zero;
        for (int l = 0; l < x.Length; l++)
        {
            sum = TChunk.Add(sum, TChunk.Combine(x[l], vb[l], y[l], va[l]));
        }

        return TScalar.Create(SimdPrimals<TVector, T>.Dot(pa, pb), sum);
    }

    /// <summary>
    /// <c>ConditionalSelect(mask, a, b)</c>: the bits of <paramref name="a"/> where the mask's are set,
    /// of <paramref name="b"/> elsewhere. A lane whose mask is all ones (what comparisons return)
    /// takes <paramref name="a"/>'s tangent, all zeros <paramref name="b"/>'s; a lane that mixes
    /// the bits of both has no derivative and is refused.
    /// </summary>
    /// <exception cref="NotSupportedException">A lane of the mask is neither all ones nor all zeros.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> ConditionalSelect(Dual<TVector, TLanes> mask, Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => Select<TVector>(mask.Primal, a, b);

    /// <summary><c>ConditionalSelect</c> with a mask of integers (<c>Vector.ConditionalSelect(Vector&lt;long&gt;, Vector&lt;double&gt;, Vector&lt;double&gt;)</c>): see <see cref="ConditionalSelect"/>.</summary>
    /// <exception cref="NotSupportedException">A lane of the mask is neither all ones nor all zeros.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> ConditionalSelectByMask<TMask>(TMask mask, Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        where TMask : unmanaged
        => Select<TMask>(mask, a, b);

    /// <summary>The mask <c>a &gt; b</c> lane by lane (all ones or all zeros): piecewise constant, a zero tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> GreaterThan(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(SimdPrimals<TVector, T>.Compare(nameof(GreaterThan), a.Primal, b.Primal), default);

    /// <summary>The mask <c>a &gt;= b</c> lane by lane (all ones or all zeros): piecewise constant, a zero tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> GreaterThanOrEqual(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(SimdPrimals<TVector, T>.Compare(nameof(GreaterThanOrEqual), a.Primal, b.Primal), default);

    /// <summary>The mask <c>a &lt; b</c> lane by lane (all ones or all zeros): piecewise constant, a zero tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> LessThan(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(SimdPrimals<TVector, T>.Compare(nameof(LessThan), a.Primal, b.Primal), default);

    /// <summary>The mask <c>a &lt;= b</c> lane by lane (all ones or all zeros): piecewise constant, a zero tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> LessThanOrEqual(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(SimdPrimals<TVector, T>.Compare(nameof(LessThanOrEqual), a.Primal, b.Primal), default);

    /// <summary>The mask <c>a == b</c> lane by lane (all ones or all zeros): piecewise constant, a zero tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> EqualLanes(Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        => new(SimdPrimals<TVector, T>.Compare("Equals", a.Primal, b.Primal), default);

    /// <summary>Element <paramref name="index"/> (<c>GetElement</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar GetElement(Dual<TVector, TLanes> a, int index)
    {
        CheckIndex(index);
        return LaneMap<TVector, T, TLanes, TChunk, TScalar>.Lane(a, index);
    }

    /// <summary>Element 0 (<c>ToScalar</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar ToScalar(Dual<TVector, TLanes> a)
        => LaneMap<TVector, T, TLanes, TChunk, TScalar>.Lane(a, 0);

    /// <summary>The indexer of <see cref="Vector{T}"/> and the intrinsic vectors: element <paramref name="index"/> of the receiver.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar GetItem(DualRef<TVector, TLanes> receiver, int index)
    {
        CheckIndex(index);
        return TScalar.Create(LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref receiver.Primal)[index], receiver.HasTangent ? LaneTangents.Of<TLanes, TChunk>(ref receiver.Tangent)[index] : TChunk.Zero);
    }

    /// <summary>A copy of the vector with element <paramref name="index"/> replaced (<c>WithElement</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> WithElement(Dual<TVector, TLanes> a, int index, TScalar value)
    {
        CheckIndex(index);
        TVector p = a.Primal;
        TLanes t = a.Tangent;
        LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref p)[index] = value.Value;
        LaneTangents.Of<TLanes, TChunk>(ref t)[index] = value.Partials;
        return new(p, t);
    }

    /// <summary>Every lane <paramref name="value"/> (<c>Create(T)</c>, <c>new Vector&lt;T&gt;(T)</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> Broadcast(TScalar value)
    {
        TVector p = default;
        LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref p).Fill(value.Value);
        return new(p, LaneMap<TVector, T, TLanes, TChunk, TScalar>.Broadcast(value.Partials));
    }

    /// <summary><c>Create</c> of 2 elements, lane 0 first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromElements2(TScalar e0, TScalar e1)
        => Gather([e0, e1]);

    /// <summary><c>Create</c> of 4 elements, lane 0 first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromElements4(TScalar e0, TScalar e1, TScalar e2, TScalar e3)
        => Gather([e0, e1, e2, e3]);

    /// <summary><c>Create</c> of 8 elements, lane 0 first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromElements8(TScalar e0, TScalar e1, TScalar e2, TScalar e3, TScalar e4, TScalar e5, TScalar e6, TScalar e7)
        => Gather([e0, e1, e2, e3, e4, e5, e6, e7]);

    /// <summary><c>Create</c> of 16 elements, lane 0 first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromElements16(TScalar e0, TScalar e1, TScalar e2, TScalar e3, TScalar e4, TScalar e5, TScalar e6, TScalar e7, TScalar e8, TScalar e9, TScalar e10, TScalar e11, TScalar e12, TScalar e13, TScalar e14, TScalar e15)
        => Gather([e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15]);

    /// <summary>The vector of the first lanes of a span (<c>Create(ReadOnlySpan&lt;T&gt;)</c>, <c>new Vector&lt;T&gt;(ReadOnlySpan&lt;T&gt;)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is shorter than the vector.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromSpan(ReadOnlyDualSpan<T, TChunk> values)
        => Load(values.Primal, values.Tangent, 0);

    /// <summary>The vector of the first lanes of a writable span (<c>new Vector&lt;T&gt;(Span&lt;T&gt;)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is shorter than the vector.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromMutableSpan(DualSpan<T, TChunk> values)
        => Load(values.Primal, values.Tangent, 0);

    /// <summary>The vector of the first lanes of an array (<c>new Vector&lt;T&gt;(T[])</c>, <c>Create(T[])</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The array is shorter than the vector.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromArray(Dual<T[], ArrayTangent<TChunk, T>> values)
        => FromArrayAt(values, 0);

    /// <summary>The vector of lanes <paramref name="index"/>.. of an array (<c>new Vector&lt;T&gt;(T[], int)</c>, <c>Create(T[], int)</c>): chunks index.. of its tangent block.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than a vector's lanes follow <paramref name="index"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> FromArrayAt(Dual<T[], ArrayTangent<TChunk, T>> values, int index)
    {
        ArgumentNullException.ThrowIfNull(values.Primal);
        return Load(values.Primal, ChunksOf(values.Tangent), index);
    }

    /// <summary><c>LoadUnsafe(ref source)</c>: the lanes from <paramref name="source"/> on, their chunks from its tangent reference on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> LoadUnsafe(DualRef<T, TChunk> source)
        => LoadUnsafeAt(source, 0);

    /// <summary><c>LoadUnsafe(ref source, offset)</c>: the lanes from element <paramref name="offset"/> after <paramref name="source"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TVector, TLanes> LoadUnsafeAt(DualRef<T, TChunk> source, nuint offset)
    {
        TVector p = Unsafe.ReadUnaligned<TVector>(ref Unsafe.As<T, byte>(ref Unsafe.Add(ref source.Primal, offset)));
        return new(p, LaneMap<TVector, T, TLanes, TChunk, TScalar>.Read(ref source.Tangent, offset));
    }

    /// <summary><c>StoreUnsafe(v, ref destination)</c>: the lanes to <paramref name="destination"/> on, their chunks to its tangent reference on.</summary>
    /// <exception cref="NotSupportedException">The destination carries no tangent (constant data) while the vector does.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Dual<TVector, TLanes> value, DualRef<T, TChunk> destination)
        => StoreUnsafeAt(value, destination, 0);

    /// <summary><c>StoreUnsafe(v, ref destination, offset)</c>.</summary>
    /// <exception cref="NotSupportedException">The destination carries no tangent (constant data) while the vector does.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafeAt(Dual<TVector, TLanes> value, DualRef<T, TChunk> destination, nuint offset)
    {
        if (!destination.HasTangent)
        {
            throw new NotSupportedException("StoreUnsafe writes a vector that carries derivatives into memory without a tangent (constant data).");
        }

        Unsafe.WriteUnaligned(ref Unsafe.As<T, byte>(ref Unsafe.Add(ref destination.Primal, offset)), value.Primal);
        TLanes t = value.Tangent;
        LaneTangents.Of<TLanes, TChunk>(ref t).CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.Add(ref destination.Tangent, offset), LaneTangents.Count<TLanes, TChunk>()));
    }

    /// <summary><c>CopyTo(T[])</c> (static or on the vector): the lanes into the array's first elements, their chunks into its tangent block.</summary>
    /// <exception cref="ArgumentException">The array is shorter than the vector.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyToArray(Dual<TVector, TLanes> value, Dual<T[], ArrayTangent<TChunk, T>> destination)
        => CopyToArrayAt(value, destination, 0);

    /// <summary><c>CopyTo(T[], int)</c>: the lanes into elements <paramref name="index"/>.. of the array.</summary>
    /// <exception cref="ArgumentException">Fewer than a vector's lanes follow <paramref name="index"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyToArrayAt(Dual<TVector, TLanes> value, Dual<T[], ArrayTangent<TChunk, T>> destination, int index)
    {
        ArgumentNullException.ThrowIfNull(destination.Primal);
        Store(value, destination.Primal, ChunksOf(destination.Tangent), index, "destination");
    }

    /// <summary><c>CopyTo(Span&lt;T&gt;)</c>: the lanes into the span's first elements, their chunks into its tangent.</summary>
    /// <exception cref="ArgumentException">The span is shorter than the vector.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyToSpan(Dual<TVector, TLanes> value, DualSpan<T, TChunk> destination)
        => Store(value, destination.Primal, destination.Tangent, 0, "destination");

    /// <summary>The instance <c>CopyTo(T[])</c> of <see cref="Vector{T}"/>.</summary>
    /// <exception cref="ArgumentException">The array is shorter than the vector.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyToArrayFrom(DualRef<TVector, TLanes> receiver, Dual<T[], ArrayTangent<TChunk, T>> destination)
        => CopyToArrayAt(new(receiver.Primal, receiver.TangentOrZero), destination, 0);

    /// <summary>The instance <c>CopyTo(T[], int)</c> of <see cref="Vector{T}"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than a vector's lanes follow <paramref name="index"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyToArrayAtFrom(DualRef<TVector, TLanes> receiver, Dual<T[], ArrayTangent<TChunk, T>> destination, int index)
        => CopyToArrayAt(new(receiver.Primal, receiver.TangentOrZero), destination, index);

    /// <summary>The instance <c>CopyTo(Span&lt;T&gt;)</c> of <see cref="Vector{T}"/>.</summary>
    /// <exception cref="ArgumentException">The span is shorter than the vector.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyToSpanFrom(DualRef<TVector, TLanes> receiver, DualSpan<T, TChunk> destination)
        => CopyToSpan(new(receiver.Primal, receiver.TangentOrZero), destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<TVector, TLanes> Gather(ReadOnlySpan<TScalar> elements)
    {
        TVector p = default;
        TLanes t = default;
        Span<T> values = LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref p);
        Span<TChunk> chunks = LaneTangents.Of<TLanes, TChunk>(ref t);
        for (int l = 0; l < elements.Length; l++)
        {
            values[l] = elements[l].Value;
            chunks[l] = elements[l].Partials;
        }

        return new(p, t);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<TVector, TLanes> Load(ReadOnlySpan<T> values, ReadOnlySpan<TChunk> tangent, int index)
    {
        int count = LaneTangents.Count<TLanes, TChunk>();
        if ((uint)index > (uint)values.Length || values.Length - index < count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"A vector of {count} lanes does not fit from element {index} of {values.Length}.");
        }

        TVector p = Unsafe.ReadUnaligned<TVector>(ref Unsafe.As<T, byte>(ref Unsafe.AsRef(in values[index])));
        return new(p, LaneMap<TVector, T, TLanes, TChunk, TScalar>.Read(tangent, index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Dual<TVector, TLanes> value, Span<T> values, Span<TChunk> tangent, int index, string parameter)
    {
        int count = LaneTangents.Count<TLanes, TChunk>();
        if ((uint)index > (uint)values.Length || values.Length - index < count)
        {
            throw new ArgumentException($"A vector of {count} lanes does not fit from element {index} of {values.Length}.", parameter);
        }

        if (tangent.IsEmpty)
        {
            throw new NotSupportedException($"CopyTo writes a vector that carries derivatives into '{parameter}', which has no tangent (constant data).");
        }

        Unsafe.WriteUnaligned(ref Unsafe.As<T, byte>(ref values[index]), value.Primal);
        TLanes t = value.Tangent;
        LaneTangents.Of<TLanes, TChunk>(ref t).CopyTo(tangent[index..]);
    }

    // The chunks of an array's tangent block, empty for a constant array (a null tangent).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Span<TChunk> ChunksOf(ArrayTangent<TChunk, T>? tangent) => tangent is null || tangent.Length == 0 ? [] : MemoryMarshal.CreateSpan(ref Unsafe.As<T, TChunk>(ref tangent.ChunkStart(0)), tangent.Length);

    // Lane l's chunk times lane l of the constant c.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TLanes ScaledLanes(TLanes tangent, TVector c)
    {
        if (Unsafe.SizeOf<TLanes>() == Unsafe.SizeOf<TVector>())
        {
            // One direction: chunk l is one number, and the tangent is the block times c.
            TVector product = Blocks<T>.Multiply(Unsafe.As<TLanes, TVector>(ref tangent), c);
            return Unsafe.As<TVector, TLanes>(ref product);
        }

        ref T values = ref Unsafe.As<TVector, T>(ref c);
        ref TChunk x = ref Unsafe.As<TLanes, TChunk>(ref tangent);
        for (int l = 0; l < LaneTangents.Count<TLanes, TChunk>(); l++)
        {
            Unsafe.Add(ref x, l) = TChunk.Scale(Unsafe.Add(ref x, l), Unsafe.Add(ref values, l));
        }

        return tangent;
    }

    // Σ_l chunk l times lane l of the constant c.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TChunk WeightedSum(TLanes tangent, TVector c)
    {
        Span<T> values = LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref c);
        Span<TChunk> x = LaneTangents.Of<TLanes, TChunk>(ref tangent);
        TChunk sum = TChunk.Scale(x[0], values[0]);
        for (int l = 1; l < x.Length; l++)
        {
            sum = TChunk.MulAdd(x[l], values[l], sum);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TLanes ScaledSum(Dual<TVector, TLanes> a, TScalar s)
    {
        TVector pa = a.Primal;
        TLanes ta = a.Tangent, result = default;
        Span<T> va = LaneMap<TVector, T, TLanes, TChunk, TScalar>.Elements(ref pa);
        Span<TChunk> x = LaneTangents.Of<TLanes, TChunk>(ref ta), r = LaneTangents.Of<TLanes, TChunk>(ref result);
        for (int l = 0; l < r.Length; l++)
        {
            r[l] = TChunk.Combine(x[l], s.Value, s.Partials, va[l]);
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<TVector, TLanes> Select<TMask>(TMask mask, Dual<TVector, TLanes> a, Dual<TVector, TLanes> b)
        where TMask : unmanaged
    {
        TVector m = Unsafe.As<TMask, TVector>(ref mask);
        TLanes ta = a.Tangent, tb = b.Tangent, result = default;
        Span<TChunk> x = LaneTangents.Of<TLanes, TChunk>(ref ta), y = LaneTangents.Of<TLanes, TChunk>(ref tb), r = LaneTangents.Of<TLanes, TChunk>(ref result);
        ReadOnlySpan<byte> bits = MemoryMarshal.AsBytes(new ReadOnlySpan<TVector>(in m));
        int size = Unsafe.SizeOf<T>();
        for (int l = 0; l < r.Length; l++)
        {
            ReadOnlySpan<byte> lane = bits.Slice(l * size, size);
            bool all = !lane.ContainsAnyExcept((byte)0xFF), none = !lane.ContainsAnyExcept((byte)0);
            r[l] = all ? x[l] : none ? y[l] : throw new NotSupportedException($"ConditionalSelect's mask mixes the bits of both vectors in lane {l}, which has no derivative; masks from comparisons are all ones or all zeros per lane.");
        }

        return new(LaneMap<TVector, T, TLanes, TChunk, TScalar>.BitSelect(m, a.Primal, b.Primal), result);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckIndex(int index)
    {
        if ((uint)index >= (uint)LaneTangents.Count<TLanes, TChunk>())
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"A vector of {LaneTangents.Count<TLanes, TChunk>()} lanes has no element {index}.");
        }
    }
}
