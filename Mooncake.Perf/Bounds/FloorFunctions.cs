using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Perf.Bounds;

/// <summary>
/// Hand-written code that computes what a derived rule computes, on plain doubles, with no AD
/// machinery: the floors a derived rule's time is compared with in <see cref="BoundRows"/>.
/// </summary>
public static class FloorFunctions
{
    private const double Seed = 1.0;

    /// <summary>
    /// The scalar chain's value and derivative at every point, written by hand with the derived
    /// rule's operations (one <c>SinCos</c>, the quotient rule through <c>1/(1+t²)</c>) and its
    /// strong-zero test at each chain-rule step, inlined into the loop with the direction a
    /// constant, as the <c>DerivativePlan</c> runs the derived body.
    /// </summary>
    public static double ScalarChainWithStrongZero(double[] t, double[] values, double[] derivatives) =>
        ScalarChain<StrongZero>(t, values, derivatives);

    /// <summary>The same without the strong-zero tests: plain products, as a C++ dual number such as Ceres' <c>Jet</c> computes.</summary>
    public static double ScalarChainPlainProducts(double[] t, double[] values, double[] derivatives) =>
        ScalarChain<PlainProduct>(t, values, derivatives);

    /// <summary><c>Σ sin(x[i])</c> in a plain loop: the primal's own cost without LINQ's delegate call.</summary>
    public static double SineLoop(double[] x)
    {
        double sum = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += Math.Sin(x[i]);
        }

        return sum;
    }

    /// <summary><c>Σ sin(x[i])</c> and <c>Σ cos(x[i])</c> from one <c>Math.SinCos</c> per element: the least a derivative of the sum of sines computes.</summary>
    public static double SineCosineLoop(double[] x)
    {
        double sines = 0.0, cosines = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            (double sin, double cos) = Math.SinCos(x[i]);
            sines += sin;
            cosines += cos;
        }

        return sines + cosines;
    }

    /// <summary>
    /// The derived <c>_sum_1000</c> loop by hand: the while loop's sum, and beside it the sum of
    /// one tangent lane per element read from a separate array.
    /// </summary>
    public static double SumWithTangent(double[] x, double[] tangent)
    {
        double y = 0.0, dy = 0.0;
        ref double lanes = ref MemoryMarshal.GetArrayDataReference(tangent);
        int n = 0;
        while (n < x.Length)
        {
            y += x[n];
            dy += Unsafe.Add(ref lanes, n);
            n++;
        }

        return y + dy;
    }

    // The body in the point loop with the direction t' = 1 a constant, as the DerivativePlan's
    // loop runs the derived body: the JIT folds the products by the direction.
    private static double ScalarChain<TStep>(double[] t, double[] values, double[] derivatives)
        where TStep : struct, IChainStep
    {
        const double dt = Seed;
        for (int j = 0; j < t.Length; j++)
        {
            (double sin, double cos) = Math.SinCos(t[j]);
            double dSin = TStep.Times(dt, cos), dCos = TStep.Times(dt, -sin);
            double e = Math.Exp(sin);
            double de = TStep.Times(dSin, e);
            double denominator = 1 + (t[j] * t[j]);
            double dDenominator = 2 * t[j] * dt;
            double quotient = e / denominator;
            double reciprocal = 1 / denominator;
            double dQuotient = TStep.Combine(de, reciprocal, dDenominator, -quotient * reciprocal);
            double w = 1 + (cos * cos);
            double dw = 2 * cos * dCos;
            double log = Math.Log(w);
            derivatives[j] = dQuotient + TStep.Times(dw, 1 / w);
            values[j] = quotient + log;
        }

        return values[^1];
    }

    // One chain-rule step: a tangent times a local derivative, and the sum of two such products.
    private interface IChainStep
    {
        static abstract double Times(double tangent, double derivative);

        static abstract double Combine(double a, double da, double b, double db);
    }

    // The derived rule's policy: a zero tangent stays zero where the local derivative is not finite.
    private readonly struct StrongZero : IChainStep
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Times(double tangent, double derivative) =>
            double.IsFinite(derivative) ? tangent * derivative : tangent == 0 ? 0 : tangent * derivative;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Combine(double a, double da, double b, double db) =>
            double.IsFinite(da) && double.IsFinite(db) ? double.FusedMultiplyAdd(a, da, b * db) : Times(a, da) + Times(b, db);
    }

    private readonly struct PlainProduct : IChainStep
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Times(double tangent, double derivative) => tangent * derivative;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Combine(double a, double da, double b, double db) => double.FusedMultiplyAdd(a, da, b * db);
    }
}
