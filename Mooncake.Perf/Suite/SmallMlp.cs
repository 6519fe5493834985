using Mooncake.Perf.Baseline;
using Mooncake.Tangents;

namespace Mooncake.Perf.Suite;

/// <summary>
/// Workload 4: a small multilayer perceptron <c>f(x) = Σ W2 · tanh(W1 · x + b)</c> with W1 of
/// <see cref="Hidden"/>×<see cref="Inputs"/>, W2 of <see cref="Outputs"/>×<see cref="Hidden"/>;
/// the weights are fixed (held by the instance, so the function is a closure) and only x is
/// active. Written three ways: plain C#, by hand on <see cref="Dual{TChunk}"/>, and on the baseline dual.
/// </summary>
public sealed class SmallMlp
{
    /// <summary>The length of x.</summary>
    public const int Inputs = 64;

    /// <summary>The hidden layer's width.</summary>
    public const int Hidden = 128;

    /// <summary>The output layer's width.</summary>
    public const int Outputs = 32;

    private readonly double[,] _w1 = MlpWeights.W1();
    private readonly double[] _b = MlpWeights.B();
    private readonly double[,] _w2 = MlpWeights.W2();

    /// <summary>The user's plain C# function of x.</summary>
    public double Evaluate(double[] x)
    {
        var h = new double[Hidden];
        for (int j = 0; j < Hidden; j++)
        {
            double a = _b[j];
            for (int k = 0; k < Inputs; k++)
            {
                a += _w1[j, k] * x[k];
            }

            h[j] = Math.Tanh(a);
        }

        double s = 0;
        for (int i = 0; i < Outputs; i++)
        {
            for (int j = 0; j < Hidden; j++)
            {
                s += _w2[i, j] * h[j];
            }
        }

        return s;
    }

    /// <summary>The same function written by hand on <see cref="Dual{TChunk}"/> (constant weights as doubles, so their products are scalings).</summary>
    public Dual<TChunk> HandWritten<TChunk>(Dual<TChunk>[] x)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var h = new Dual<TChunk>[Hidden];
        for (int j = 0; j < Hidden; j++)
        {
            var a = new Dual<TChunk>(_b[j]);
            for (int k = 0; k < Inputs; k++)
            {
                a += _w1[j, k] * x[k];
            }

            h[j] = Dual<TChunk>.Tanh(a);
        }

        Dual<TChunk> s = Dual<TChunk>.Zero;
        for (int i = 0; i < Outputs; i++)
        {
            for (int j = 0; j < Hidden; j++)
            {
                s += _w2[i, j] * h[j];
            }
        }

        return s;
    }

    /// <summary>The same function on the baseline dual.</summary>
    public void Baseline<TPartials>(BaselineDual<TPartials>[] x, out BaselineDual<TPartials> result)
        where TPartials : struct, IPartials<TPartials>
    {
        var h = new BaselineDual<TPartials>[Hidden];
        for (int j = 0; j < Hidden; j++)
        {
            BaselineDual<TPartials> a = BaselineDual<TPartials>.Constant(_b[j]);
            for (int k = 0; k < Inputs; k++)
            {
                BaselineDual<TPartials>.Multiply(in x[k], _w1[j, k], out BaselineDual<TPartials> term);
                BaselineDual<TPartials>.Add(in a, in term, out a);
            }

            BaselineDual<TPartials>.Tanh(in a, out h[j]);
        }

        BaselineDual<TPartials> s = BaselineDual<TPartials>.Constant(0.0);
        for (int i = 0; i < Outputs; i++)
        {
            for (int j = 0; j < Hidden; j++)
            {
                BaselineDual<TPartials>.Multiply(in h[j], _w2[i, j], out BaselineDual<TPartials> term);
                BaselineDual<TPartials>.Add(in s, in term, out s);
            }
        }

        result = s;
    }
}
