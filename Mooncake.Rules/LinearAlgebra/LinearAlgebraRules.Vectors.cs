using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class LinearAlgebraRules
{
    /// <summary>The rule of <see cref="LinearAlgebra.Sum"/>: <c>d Σ x = Σ dx</c>, every lane at once.</summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Sum), typeof(double[]))]
    public static Dual<TChunk> Sum<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double value = LinearAlgebra.Sum(x.Primal);
        return new(value, ChunkKernels.Sum<TChunk>(ref Lanes(x.Tangent, x.Primal.Length), x.Primal.Length));
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Dot"/>: <c>d(x·y) = dx·y + x·dy</c>, one pass over
    /// both blocks accumulating every lane at once.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Dot), typeof(double[]), typeof(double[]))]
    public static Dual<TChunk> Dot<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x, Dual<double[], ArrayTangent<TChunk, double>> y)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double value = LinearAlgebra.Dot(x.Primal, y.Primal);
        int n = x.Primal.Length;
        TChunk partials = ChunkKernels.DotPair<TChunk>(
            ref Lanes(x.Tangent, n), 1, ref LinearAlgebra.Data(y.Primal), 1, ref Lanes(y.Tangent, n), ref LinearAlgebra.Data(x.Primal), n);
        return new(value, partials);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Axpy"/>: <c>dy += da·x + a·dx</c>. The tangent is
    /// updated before the primal, because it needs the old <c>x</c> when <c>x</c> and <c>y</c>
    /// are one array.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Axpy), typeof(double), typeof(double[]), typeof(double[]))]
    public static void Axpy<TChunk>(Dual<TChunk> a, Dual<double[], ArrayTangent<TChunk, double>> x, Dual<double[], ArrayTangent<TChunk, double>> y)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] xs = x.Primal;
        ArgumentNullException.ThrowIfNull(xs, nameof(x));
        ArgumentNullException.ThrowIfNull(y.Primal, nameof(y));
        LinearAlgebra.RequireSameLength(xs.Length, y.Primal.Length, nameof(y));
        ref double dx = ref Lanes(x.Tangent, xs.Length);
        ref double dy = ref Lanes(y.Tangent, xs.Length);
        for (int i = 0; i < xs.Length; i++)
        {
            TChunk sum = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dx, i), a.Value, ChunkKernels.Load<TChunk>(ref dy, i));
            ChunkKernels.Store(TChunk.MulAdd(a.Partials, xs[i], sum), ref dy, i);
        }

        LinearAlgebra.Axpy(a.Value, xs, y.Primal);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Scale"/>: <c>dx = da·x + a·dx</c>, the tangent
    /// updated before the primal (it needs the old <c>x</c>).
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Scale), typeof(double), typeof(double[]))]
    public static void Scale<TChunk>(Dual<TChunk> a, Dual<double[], ArrayTangent<TChunk, double>> x)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] xs = x.Primal;
        ArgumentNullException.ThrowIfNull(xs, nameof(x));
        ref double dx = ref Lanes(x.Tangent, xs.Length);
        for (int i = 0; i < xs.Length; i++)
        {
            ChunkKernels.Store(TChunk.MulAdd(a.Partials, xs[i], TChunk.Scale(ChunkKernels.Load<TChunk>(ref dx, i), a.Value)), ref dx, i);
        }

        LinearAlgebra.Scale(a.Value, xs);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Norm2"/>: <c>d‖x‖ = Σ (x[i]/‖x‖) dx[i]</c>, dividing
    /// each element first so that nothing overflows where the norm does not; zero at <c>x = 0</c>.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Norm2), typeof(double[]))]
    public static Dual<TChunk> Norm2<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double norm = LinearAlgebra.Norm2(x.Primal);
        double[] xs = x.Primal;
        ref double dx = ref Lanes(x.Tangent, xs.Length);
        if (norm == 0.0)
        {
            return new(norm, TChunk.Zero);
        }

        TChunk a0 = TChunk.Zero, a1 = TChunk.Zero;
        int i = 0;
        for (; i < xs.Length - 1; i += 2)
        {
            a0 = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dx, i), xs[i] / norm, a0);
            a1 = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dx, i + 1), xs[i + 1] / norm, a1);
        }

        if (i < xs.Length)
        {
            a0 = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dx, i), xs[i] / norm, a0);
        }

        return new(norm, TChunk.Add(a0, a1));
    }
}
