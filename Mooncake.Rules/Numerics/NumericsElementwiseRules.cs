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
public static class NumericsElementwiseRules
{
    /// <summary><c>a + b</c>.</summary>
    public static Dual<TPrimal, TTangent> Add<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        => Zip<TPrimal, TTangent, TChunk, AddField<TChunk>>(a, b);

    /// <summary><c>a - b</c>.</summary>
    public static Dual<TPrimal, TTangent> Subtract<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        => Zip<TPrimal, TTangent, TChunk, SubtractField<TChunk>>(a, b);

    /// <summary><c>a * b</c> field by field (vectors).</summary>
    public static Dual<TPrimal, TTangent> Multiply<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        => Zip<TPrimal, TTangent, TChunk, MultiplyField<TChunk>>(a, b);

    /// <summary><c>a / b</c> field by field (vectors).</summary>
    public static Dual<TPrimal, TTangent> Divide<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        => Zip<TPrimal, TTangent, TChunk, DivideField<TChunk>>(a, b);

    /// <summary><c>-a</c>.</summary>
    public static Dual<TPrimal, TTangent> Negate<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        => Scale<TPrimal, TTangent, TChunk>(a, new FloatDual<TChunk>(-1f));

    /// <summary><c>a * s</c> for a scalar.</summary>
    public static Dual<TPrimal, TTangent> Scale<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a, FloatDual<TChunk> s)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
    {
        TPrimal p = a.Primal;
        TTangent t = a.Tangent, result = default;
        Span<float> x = NumericsLanes<TPrimal, TTangent, TChunk>.Floats(ref p);
        Span<TChunk> dx = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref t), r = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref result);
        for (int i = 0; i < x.Length; i++)
        {
            FloatDual<TChunk> product = new FloatDual<TChunk>(x[i], dx[i]) * s;
            x[i] = product.Value;
            r[i] = product.Partials;
        }

        return new(p, result);
    }

    /// <summary><c>s * a</c> for a scalar (the same products as <c>a * s</c>).</summary>
    public static Dual<TPrimal, TTangent> ScaleLeft<TPrimal, TTangent, TChunk>(FloatDual<TChunk> s, Dual<TPrimal, TTangent> a)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        => Scale<TPrimal, TTangent, TChunk>(a, s);

    /// <summary><c>a / s</c> for a scalar.</summary>
    public static Dual<TPrimal, TTangent> DivideByScalar<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a, FloatDual<TChunk> s)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
    {
        TPrimal p = a.Primal;
        TTangent t = a.Tangent, result = default;
        Span<float> x = NumericsLanes<TPrimal, TTangent, TChunk>.Floats(ref p);
        Span<TChunk> dx = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref t), r = NumericsLanes<TPrimal, TTangent, TChunk>.Chunks(ref result);
        for (int i = 0; i < x.Length; i++)
        {
            FloatDual<TChunk> quotient = new FloatDual<TChunk>(x[i], dx[i]) / s;
            x[i] = quotient.Value;
            r[i] = quotient.Partials;
        }

        return new(p, result);
    }

    /// <summary><c>+a</c>.</summary>
    public static Dual<TPrimal, TTangent> Identity<TPrimal, TTangent, TChunk>(Dual<TPrimal, TTangent> a)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        => a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Dual<TPrimal, TTangent> Zip<TPrimal, TTangent, TChunk, TField>(Dual<TPrimal, TTangent> a, Dual<TPrimal, TTangent> b)
        where TPrimal : unmanaged
        where TTangent : struct
        where TChunk : struct, IChunk<TChunk, float>
        where TField : IFieldFunction<TChunk>
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

    private interface IFieldFunction<TChunk>
        where TChunk : struct, IChunk<TChunk, float>
    {
        static abstract FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y);
    }

    private readonly struct AddField<TChunk> : IFieldFunction<TChunk>
        where TChunk : struct, IChunk<TChunk, float>
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x + y;
    }

    private readonly struct SubtractField<TChunk> : IFieldFunction<TChunk>
        where TChunk : struct, IChunk<TChunk, float>
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x - y;
    }

    private readonly struct MultiplyField<TChunk> : IFieldFunction<TChunk>
        where TChunk : struct, IChunk<TChunk, float>
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x * y;
    }

    private readonly struct DivideField<TChunk> : IFieldFunction<TChunk>
        where TChunk : struct, IChunk<TChunk, float>
    {
        public static FloatDual<TChunk> Apply(FloatDual<TChunk> x, FloatDual<TChunk> y) => x / y;
    }
}
