using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The field-by-field operations of System.Numerics' float types (<c>+</c>, <c>-</c>, negation,
/// the products and quotients of vectors lane by lane and by a scalar, for the vectors, quaternions
/// and matrices), written once over the type and registered for each by <see cref="NumericsRuleTable"/>.
/// Each is the scalar rule in every field; the primal is each field's one correctly rounded
/// operation, as the runtime's vector instructions compute it.
/// </summary>
public static class NumericsElementwiseRules<TPrimal, TTangent, TChunk>
    where TPrimal : unmanaged
    where TTangent : struct
    where TChunk : struct, IChunk<TChunk, float>
{
    /// <summary><c>a + b</c>.</summary>
    public static Dual<TPrimal, TTangent> Add(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        => Zip<AddField>(a, b);

    /// <summary><c>a - b</c>.</summary>
    public static Dual<TPrimal, TTangent> Subtract(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        => Zip<SubtractField>(a, b);

    /// <summary><c>a * b</c> field by field (vectors).</summary>
    public static Dual<TPrimal, TTangent> Multiply(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        => Zip<MultiplyField>(a, b);

    /// <summary><c>a / b</c> field by field (vectors).</summary>
    public static Dual<TPrimal, TTangent> Divide(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        => Zip<DivideField>(a, b);

    /// <summary><c>-a</c>.</summary>
    public static Dual<TPrimal, TTangent> Negate(Dual<TPrimal, TTangent> a)
        => Scale(a, new FloatDual<TChunk>(-1f));

    /// <summary><c>a * s</c> for a scalar.</summary>
    public static Dual<TPrimal, TTangent> Scale(Dual<TPrimal, TTangent> a, FloatDual<TChunk> s) => WithScalar<MultiplyField>(a, s);

    /// <summary><c>s * a</c> for a scalar (the same products as <c>a * s</c>).</summary>
    public static Dual<TPrimal, TTangent> ScaleLeft(FloatDual<TChunk> s, Dual<TPrimal, TTangent> a) => WithScalar<MultiplyField>(a, s);

    /// <summary><c>a / s</c> for a scalar.</summary>
    public static Dual<TPrimal, TTangent> DivideByScalar(Dual<TPrimal, TTangent> a, FloatDual<TChunk> s) => WithScalar<DivideField>(a, s);

    /// <summary><c>Min(a, b)</c> field by field (vectors): the partials of the field selected, as <c>MathF.Min</c>'s rule.</summary>
    public static Dual<TPrimal, TTangent> Min(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        => Zip<MinField>(a, b);

    /// <summary><c>Max(a, b)</c> field by field (vectors).</summary>
    public static Dual<TPrimal, TTangent> Max(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        => Zip<MaxField>(a, b);

    /// <summary><c>Clamp(a, min, max)</c> = <c>Min(Max(a, min), max)</c>, as the runtime defines it.</summary>
    public static Dual<TPrimal, TTangent> Clamp(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> min, Dual<TPrimal, TTangent> max)
        => Zip<MinField>(Zip<MaxField>(a, min), max);

    /// <summary><c>Abs(a)</c> field by field (vectors).</summary>
    public static Dual<TPrimal, TTangent> Abs(Dual<TPrimal, TTangent> a)
        => WithScalar<AbsField>(a, default);

    /// <summary><c>SquareRoot(a)</c> field by field (vectors).</summary>
    public static Dual<TPrimal, TTangent> SquareRoot(Dual<TPrimal, TTangent> a)
        => WithScalar<SqrtField>(a, default);

    /// <summary><c>+a</c>.</summary>
    public static Dual<TPrimal, TTangent> Identity(Dual<TPrimal, TTangent> a)
        => a;

    // Each field with the scalar s, by TField.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<TPrimal, TTangent> WithScalar<TField>(Dual<TPrimal, TTangent> a, FloatDual<TChunk> s)
        where TField : IFieldFunction
    {
        TPrimal p = a.Primal;
        TTangent t = a.Tangent, result = default;
        Span<float> x = NumericsLanes<TPrimal, TTangent, TChunk>.Floats(ref p);
        Span<TChunk> dx = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref t), r = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref result);
        for (int i = 0; i < x.Length; i++)
        {
            FloatDual<TChunk> z = TField.Apply(new(x[i], dx[i]), s);
            x[i] = z.Value;
            r[i] = z.Partials;
        }

        return new(p, result);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<TPrimal, TTangent> Zip<TField>(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        where TField : IFieldFunction
    {
        TPrimal pa = a.Primal, pb = b.Primal;
        TTangent ta = a.Tangent, tb = b.Tangent, result = default;
        Span<float> x = NumericsLanes<TPrimal, TTangent, TChunk>.Floats(ref pa), y = NumericsLanes<TPrimal, TTangent, TChunk>.Floats(ref pb);
        Span<TChunk> dx = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref ta), dy = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref tb);
        Span<TChunk> r = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref result);
        for (int i = 0; i < x.Length; i++)
        {
            FloatDual<TChunk> z = TField.Apply(new(x[i], dx[i]), new(y[i], dy[i]));
            x[i] = z.Value;
            r[i] = z.Partials;
        }

        return new(pa, result);
    }

    private interface IFieldFunction
    {
        static abstract FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y);
    }

    private readonly struct AddField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x + y;
    }

    private readonly struct SubtractField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x - y;
    }

    private readonly struct MultiplyField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x * y;
    }

    private readonly struct MinField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => DualMath<FloatDual<TChunk>, TChunk, float>.Min(x, y);
    }

    private readonly struct MaxField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => DualMath<FloatDual<TChunk>, TChunk, float>.Max(x, y);
    }

    // Unary functions through WithScalar: the second operand is unused.
    private readonly struct AbsField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> unused) => DualMath<FloatDual<TChunk>, TChunk, float>.Abs(x);
    }

    private readonly struct SqrtField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> unused) => DualMath<FloatDual<TChunk>, TChunk, float>.Sqrt(x);
    }

    private readonly struct DivideField : IFieldFunction
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x / y;
    }
}
