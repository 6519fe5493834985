using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public static partial class DualMath<TDual, TChunk, T>
{
    /// <summary>The sine; derivative the cosine (both from one <c>SinCos</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Sin(TDual x)
    {
        (T sin, T cos) = T.SinCos(x.Value);
        return Chain(x, sin, cos);
    }

    /// <summary>The cosine; derivative minus the sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Cos(TDual x)
    {
        (T sin, T cos) = T.SinCos(x.Value);
        return Chain(x, cos, -sin);
    }

    /// <summary>The sine and cosine together, from one primal <c>SinCos</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (TDual Sin, TDual Cos) SinCos(TDual x)
    {
        (T sin, T cos) = T.SinCos(x.Value);
        return (Chain(x, sin, cos), Chain(x, cos, -sin));
    }

    /// <summary>The tangent; derivative <c>1 + tan²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Tan(TDual x)
    {
        T v = PrimalMath<T>.Tan(x.Value);
        return Chain(x, v, T.FusedMultiplyAdd(v, v, T.One));
    }

    /// <summary>The arcsine; derivative <c>1 / sqrt(1 - x²)</c>, infinite at ±1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Asin(TDual x) => Chain(x, PrimalMath<T>.Asin(x.Value), T.One / SqrtOneMinusSquare(x.Value));

    /// <summary>The arccosine; derivative <c>-1 / sqrt(1 - x²)</c>, infinite at ±1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Acos(TDual x) => Chain(x, PrimalMath<T>.Acos(x.Value), -T.One / SqrtOneMinusSquare(x.Value));

    /// <summary>The arctangent; derivative <c>1 / (1 + x²)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Atan(TDual x) => Chain(x, PrimalMath<T>.Atan(x.Value), T.One / T.FusedMultiplyAdd(x.Value, x.Value, T.One));

    /// <summary>
    /// The angle of the point (x, y): partials <c>(y' x - x' y) / (x² + y²)</c>, formed through
    /// <c>hypot</c> so that neither huge nor tiny arguments overflow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Atan2(TDual y, TDual x)
    {
        T h = T.Hypot(x.Value, y.Value);
        return Chain(y, x, PrimalMath<T>.Atan2(y.Value, x.Value), x.Value / h / h, -y.Value / h / h, x.Value / h, h, -y.Value / h, h);
    }

    /// <summary><c>sin(πx)</c>; derivative <c>π cos(πx)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual SinPi(TDual x)
    {
        (T sin, T cos) = T.SinCosPi(x.Value);
        return Chain(x, sin, T.Pi * cos);
    }

    /// <summary><c>cos(πx)</c>; derivative <c>-π sin(πx)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual CosPi(TDual x)
    {
        (T sin, T cos) = T.SinCosPi(x.Value);
        return Chain(x, cos, -T.Pi * sin);
    }

    /// <summary><c>sin(πx)</c> and <c>cos(πx)</c> together.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (TDual SinPi, TDual CosPi) SinCosPi(TDual x)
    {
        (T sin, T cos) = T.SinCosPi(x.Value);
        return (Chain(x, sin, T.Pi * cos), Chain(x, cos, -T.Pi * sin));
    }

    /// <summary><c>tan(πx)</c>; derivative <c>π (1 + tan²(πx))</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual TanPi(TDual x)
    {
        T v = T.TanPi(x.Value);
        return Chain(x, v, T.Pi * T.FusedMultiplyAdd(v, v, T.One));
    }

    /// <summary><c>asin(x) / π</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual AsinPi(TDual x) => Chain(x, T.AsinPi(x.Value), T.One / (T.Pi * SqrtOneMinusSquare(x.Value)));

    /// <summary><c>acos(x) / π</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual AcosPi(TDual x) => Chain(x, T.AcosPi(x.Value), -T.One / (T.Pi * SqrtOneMinusSquare(x.Value)));

    /// <summary><c>atan(x) / π</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual AtanPi(TDual x) => Chain(x, T.AtanPi(x.Value), T.One / (T.Pi * T.FusedMultiplyAdd(x.Value, x.Value, T.One)));

    /// <summary><c>atan2(y, x) / π</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Atan2Pi(TDual y, TDual x)
    {
        T h = T.Hypot(x.Value, y.Value);
        T scale = T.One / (T.Pi * h * h);
        return Chain(y, x, T.Atan2Pi(y.Value, x.Value), x.Value * scale, -y.Value * scale);
    }

    /// <summary>Degrees to radians: a linear map, derivative π/180.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual DegreesToRadians(TDual x) => Chain(x, T.DegreesToRadians(x.Value), T.DegreesToRadians(T.One));

    /// <summary>Radians to degrees: a linear map, derivative 180/π.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual RadiansToDegrees(TDual x) => Chain(x, T.RadiansToDegrees(x.Value), T.RadiansToDegrees(T.One));

    // sqrt(1 - x²) as sqrt((1 - x)(1 + x)), which keeps its precision next to ±1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T SqrtOneMinusSquare(T x) => T.Sqrt((T.One - x) * (T.One + x));
}
