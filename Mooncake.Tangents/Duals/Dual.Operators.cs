using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public readonly partial struct Dual<TChunk> :
    IAdditionOperators<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>>,
    ISubtractionOperators<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>>,
    IMultiplyOperators<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>>,
    IDivisionOperators<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>>,
    IModulusOperators<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>>,
    IUnaryNegationOperators<Dual<TChunk>, Dual<TChunk>>,
    IUnaryPlusOperators<Dual<TChunk>, Dual<TChunk>>,
    IIncrementOperators<Dual<TChunk>>,
    IDecrementOperators<Dual<TChunk>>,
    IComparisonOperators<Dual<TChunk>, Dual<TChunk>, bool>
{
    /// <summary>Sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator +(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Add(x, y);

    /// <summary>Sum with a constant; the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator +(Dual<TChunk> x, double c) => DualMath<Dual<TChunk>, TChunk, double>.Add(x, c);

    /// <summary>Sum with a constant; the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator +(double c, Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Add(c, x);

    /// <summary>Difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator -(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Subtract(x, y);

    /// <summary>Difference with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator -(Dual<TChunk> x, double c) => DualMath<Dual<TChunk>, TChunk, double>.Subtract(x, c);

    /// <summary>Difference from a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator -(double c, Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Subtract(c, x);

    /// <summary>Product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator *(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Multiply(x, y);

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator *(Dual<TChunk> x, double c) => DualMath<Dual<TChunk>, TChunk, double>.Multiply(x, c);

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator *(double c, Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Multiply(c, x);

    /// <summary>Quotient.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator /(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Divide(x, y);

    /// <summary>Quotient by a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator /(Dual<TChunk> x, double c) => DualMath<Dual<TChunk>, TChunk, double>.Divide(x, c);

    /// <summary>Quotient of a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator /(double c, Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Divide(c, x);

    /// <summary>Truncated remainder, as C#'s <c>%</c> on doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator %(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Remainder(x, y);

    /// <summary>Truncated remainder by a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator %(Dual<TChunk> x, double c) => DualMath<Dual<TChunk>, TChunk, double>.Remainder(x, c);

    /// <summary>Truncated remainder of a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator %(double c, Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Remainder(c, x);

    /// <summary>Negation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> operator -(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Negate(x);

    /// <summary>Identity.</summary>
    public static Dual<TChunk> operator +(Dual<TChunk> x) => x;

    /// <summary>Adds one.</summary>
    public static Dual<TChunk> operator ++(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Increment(x);

    /// <summary>Subtracts one.</summary>
    public static Dual<TChunk> operator --(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Decrement(x);

    /// <summary>Compares the primal values.</summary>
    public static bool operator ==(Dual<TChunk> x, Dual<TChunk> y) => x.Value == y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator !=(Dual<TChunk> x, Dual<TChunk> y) => x.Value != y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator <(Dual<TChunk> x, Dual<TChunk> y) => x.Value < y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator >(Dual<TChunk> x, Dual<TChunk> y) => x.Value > y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator <=(Dual<TChunk> x, Dual<TChunk> y) => x.Value <= y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator >=(Dual<TChunk> x, Dual<TChunk> y) => x.Value >= y.Value;

    /// <summary>Compares the primal value with a constant.</summary>
    public static bool operator <(Dual<TChunk> x, double c) => x.Value < c;

    /// <summary>Compares the primal value with a constant.</summary>
    public static bool operator >(Dual<TChunk> x, double c) => x.Value > c;

    /// <summary>Compares the primal value with a constant.</summary>
    public static bool operator <=(Dual<TChunk> x, double c) => x.Value <= c;

    /// <summary>Compares the primal value with a constant.</summary>
    public static bool operator >=(Dual<TChunk> x, double c) => x.Value >= c;

    /// <summary>Compares a constant with the primal value.</summary>
    public static bool operator <(double c, Dual<TChunk> x) => c < x.Value;

    /// <summary>Compares a constant with the primal value.</summary>
    public static bool operator >(double c, Dual<TChunk> x) => c > x.Value;

    /// <summary>Compares a constant with the primal value.</summary>
    public static bool operator <=(double c, Dual<TChunk> x) => c <= x.Value;

    /// <summary>Compares a constant with the primal value.</summary>
    public static bool operator >=(double c, Dual<TChunk> x) => c >= x.Value;
}
