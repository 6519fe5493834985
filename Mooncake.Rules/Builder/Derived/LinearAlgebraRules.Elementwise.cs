using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class LinearAlgebraRules
{
    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Map{TFunction}(double[])"/>: each element through the
    /// function's dual overload, whose value is the primal element (so each is computed once).
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Map), typeof(double[]), GenericParameterCount = 1)]
    public static Dual<double[], ArrayTangent<TChunk, double>> Map<TFunction, TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x)
        where TFunction : IScalarFunction
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] xs = x.Primal;
        ArgumentNullException.ThrowIfNull(xs, nameof(x));
        ref double dx = ref Lanes(x.Tangent, xs.Length);
        var y = new double[xs.Length];
        var dy = new ArrayTangent<TChunk, double>(xs.Length);
        ref double dyData = ref dy.ChunkStart(0);
        for (int i = 0; i < xs.Length; i++)
        {
            Dual<TChunk> yi = TFunction.Invoke(new Dual<TChunk>(xs[i], ChunkKernels.Load<TChunk>(ref dx, i)));
            y[i] = yi.Value;
            ChunkKernels.Store(yi.Partials, ref dyData, i);
        }

        return new(y, dy);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Map(double[], Func{double, double})"/>: each element
    /// through the function's dual (<see cref="DelegateRules.Unary{TChunk}(Dual{Func{double, double}, object})"/>).
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Map), typeof(double[]), typeof(Func<double, double>))]
    public static Dual<double[], ArrayTangent<TChunk, double>> Map<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x, Dual<Func<double, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] xs = x.Primal;
        ArgumentNullException.ThrowIfNull(xs, nameof(x));
        Func<Dual<TChunk>, Dual<TChunk>> dual = DelegateRules.Unary<TChunk>(function);
        ref double dx = ref Lanes(x.Tangent, xs.Length);
        var y = new double[xs.Length];
        var dy = new ArrayTangent<TChunk, double>(xs.Length);
        ref double dyData = ref dy.ChunkStart(0);
        for (int i = 0; i < xs.Length; i++)
        {
            Dual<TChunk> yi = dual(new Dual<TChunk>(xs[i], ChunkKernels.Load<TChunk>(ref dx, i)));
            y[i] = yi.Value;
            ChunkKernels.Store(yi.Partials, ref dyData, i);
        }

        return new(y, dy);
    }

    /// <summary>The rule of <see cref="LinearAlgebra.Zip{TFunction}(double[], double[])"/>: each pair through the function's dual overload.</summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Zip), typeof(double[]), typeof(double[]), GenericParameterCount = 1)]
    public static Dual<double[], ArrayTangent<TChunk, double>> Zip<TFunction, TChunk>(
        Dual<double[], ArrayTangent<TChunk, double>> x, Dual<double[], ArrayTangent<TChunk, double>> y)
        where TFunction : IBinaryScalarFunction
        where TChunk : struct, IChunk<TChunk, double>
    {
        (double[] xs, double[] ys) = (x.Primal, y.Primal);
        ArgumentNullException.ThrowIfNull(xs, nameof(x));
        ArgumentNullException.ThrowIfNull(ys, nameof(y));
        LinearAlgebra.RequireSameLength(xs.Length, ys.Length, nameof(y));
        ref double dx = ref Lanes(x.Tangent, xs.Length), dy = ref Lanes(y.Tangent, xs.Length);
        var z = new double[xs.Length];
        var dz = new ArrayTangent<TChunk, double>(xs.Length);
        ref double dzData = ref dz.ChunkStart(0);
        for (int i = 0; i < xs.Length; i++)
        {
            Dual<TChunk> zi = TFunction.Invoke(new Dual<TChunk>(xs[i], ChunkKernels.Load<TChunk>(ref dx, i)), new Dual<TChunk>(ys[i], ChunkKernels.Load<TChunk>(ref dy, i)));
            z[i] = zi.Value;
            ChunkKernels.Store(zi.Partials, ref dzData, i);
        }

        return new(z, dz);
    }

    /// <summary>The rule of <see cref="LinearAlgebra.Zip(double[], double[], Func{double, double, double})"/>: each pair through the function's dual (<see cref="DelegateRules.Binary{TChunk}(Dual{Func{double, double, double}, object})"/>).</summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Zip), typeof(double[]), typeof(double[]), typeof(Func<double, double, double>))]
    public static Dual<double[], ArrayTangent<TChunk, double>> Zip<TChunk>(
        Dual<double[], ArrayTangent<TChunk, double>> x, Dual<double[], ArrayTangent<TChunk, double>> y, Dual<Func<double, double, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        (double[] xs, double[] ys) = (x.Primal, y.Primal);
        ArgumentNullException.ThrowIfNull(xs, nameof(x));
        ArgumentNullException.ThrowIfNull(ys, nameof(y));
        LinearAlgebra.RequireSameLength(xs.Length, ys.Length, nameof(y));
        Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>> dual = DelegateRules.Binary<TChunk>(function);
        ref double dx = ref Lanes(x.Tangent, xs.Length), dy = ref Lanes(y.Tangent, xs.Length);
        var z = new double[xs.Length];
        var dz = new ArrayTangent<TChunk, double>(xs.Length);
        ref double dzData = ref dz.ChunkStart(0);
        for (int i = 0; i < xs.Length; i++)
        {
            Dual<TChunk> zi = dual(new Dual<TChunk>(xs[i], ChunkKernels.Load<TChunk>(ref dx, i)), new Dual<TChunk>(ys[i], ChunkKernels.Load<TChunk>(ref dy, i)));
            z[i] = zi.Value;
            ChunkKernels.Store(zi.Partials, ref dzData, i);
        }

        return new(z, dz);
    }
}
