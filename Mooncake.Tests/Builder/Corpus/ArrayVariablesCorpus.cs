namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Array variables whose element tangents the emitter addresses from a block reference kept per
/// variable (see <c>ChunkBases</c>): variables reassigned in loops, two variables holding one
/// array (written through one, read through the other), empty and null arrays, jagged rows held in
/// a local, an argument reassigned, a store between reading a variable and indexing it, and
/// variables whose address is taken (which keep loading the block from the tangent).
/// </summary>
public sealed class ArrayVariablesCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Rosenbrock, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(SwappedInLoop, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(AliasedWritesAndReads, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(AliasOfTheArgument, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(EmptyArrays, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(NullThenAssigned, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(JaggedRowLocal, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(StoreBetweenReadAndIndex, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ArgumentReassigned, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(AddressTaken, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(OutArgument, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(ElementAddresses, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(FloatLoop, CorpusCase.Point(5, -1, 1), reference: FloatLoopInDoubles, tolerance: 1e-5),
    ];

    public static double Rosenbrock(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = 1 - x[i], b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }

        return s;
    }

    /// <summary>Two buffers swapped after each sweep: every element access follows the current one.</summary>
    public static double SwappedInLoop(double[] x)
    {
        double[] a = new double[x.Length], b = new double[x.Length];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = x[i];
        }

        for (int k = 0; k < 3; k++)
        {
            for (int i = 0; i < a.Length; i++)
            {
                b[i] = (a[i] * x[(i + k) % x.Length]) + (0.5 * a[(i + 1) % a.Length]);
            }

            (a, b) = (b, a);
        }

        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] - (0.25 * b[i]);
        }

        return s;
    }

    /// <summary>Two variables for one array: writes through one are read through the other.</summary>
    public static double AliasedWritesAndReads(double[] x)
    {
        double[] y = new double[x.Length];
        double[] z = y;
        for (int i = 0; i < x.Length; i++)
        {
            z[i] = x[i] * x[i];
        }

        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += y[i] * x[(i + 1) % x.Length];
        }

        y[0] = s;
        return (z[0] * y[1]) + z[2];
    }

    /// <summary>A local holding the argument: a write through it changes what the argument reads.</summary>
    public static double AliasOfTheArgument(double[] x)
    {
        double[] y = x;
        y[0] = x[1] * x[2];
        x[3] += y[0];
        return (x[0] * y[3]) + y[1];
    }

    /// <summary>Arrays of length 0, indexed by loops that never run, and a variable that holds one or the input.</summary>
    public static double EmptyArrays(double[] x)
    {
        double[] e = new double[0];
        double[] f = x.Length > 100 ? x : e;
        double s = 0;
        for (int i = 0; i < f.Length; i++)
        {
            s += f[i] * f[i];
        }

        f = x.Length > 100 ? e : x;
        for (int i = 0; i < f.Length; i++)
        {
            s += f[i] * x[i];
        }

        return s + e.Length;
    }

    /// <summary>A variable that is null until the loop assigns it.</summary>
    public static double NullThenAssigned(double[] x)
    {
        double[]? a = null;
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (a is not null)
            {
                s += a[i] * x[i];
                a[0] += s;
            }

            if (i == 1)
            {
                a = new double[x.Length];
                for (int j = 0; j < a.Length; j++)
                {
                    a[j] = x[j] * x[(j + 2) % x.Length];
                }
            }
        }

        return s + (a is null ? 0 : a[0]);
    }

    /// <summary>Rows of a jagged array held in a local reassigned each iteration, and indexed directly.</summary>
    public static double JaggedRowLocal(double[] x)
    {
        double[][] rows = [[x[0], x[1]], [x[2], x[3], x[4]], [x[5]]];
        double s = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            double[] row = rows[i];
            for (int j = 0; j < row.Length; j++)
            {
                s += row[j] * row[(j + 1) % row.Length];
            }

            row[0] = s;
        }

        return s + (rows[0][0] * rows[2][0]) + rows[1][2];
    }

    /// <summary>
    /// <c>a[0] = (a = b)[1]</c>: the store writes into the array <c>a</c> held before it was
    /// reassigned (IL: <c>ldloc a</c>, then <c>stloc a</c>, then <c>stelem</c> on the older value).
    /// </summary>
    public static double StoreBetweenReadAndIndex(double[] x)
    {
        double[] a = new double[2];
        double[] first = a;
        double[] b = new double[2];
        b[0] = x[0] * x[1];
        b[1] = x[2];
        a[0] = (a = b)[1] * x[3];
        return (first[0] * x[4]) + (a[0] * a[1]);
    }

    /// <summary>An argument reassigned (<c>starg</c>) after it was indexed.</summary>
    public static double ArgumentReassigned(double[] x)
    {
        double s = x[0] * x[3];
        x = Doubled(x);
        return (s * x[1]) + x[2];
    }

    /// <summary>A local passed by reference and replaced by the callee: its accesses load the block from the tangent.</summary>
    public static double AddressTaken(double[] x)
    {
        double[] a = x;
        double s = a[0] * a[1];
        Replace(ref a, x);
        return (s * a[0]) + (a[1] * x[2]);
    }

    /// <summary>A local assigned through an <c>out</c> argument.</summary>
    public static double OutArgument(double[] x)
    {
        Make(x, out double[] a);
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * x[i];
        }

        return s;
    }

    /// <summary>Element addresses (<c>ref x[i]</c>, compound assignments) of a local and of the argument.</summary>
    public static double ElementAddresses(double[] x)
    {
        double[] y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            ref double slot = ref y[i];
            slot = x[i] * x[i];
            y[(i + 1) % y.Length] += slot * x[i];
        }

        return y[0] + (y[1] * y[x.Length - 1]);
    }

    public static double FloatLoop(double[] x)
    {
        float[] f = new float[x.Length];
        for (int i = 0; i < f.Length; i++)
        {
            f[i] = (float)x[i];
        }

        float s = 0;
        for (int i = 0; i < f.Length - 1; i++)
        {
            s += (f[i] * f[i + 1]) + f[i];
        }

        return s;
    }

    public static double FloatLoopInDoubles(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            s += (x[i] * x[i + 1]) + x[i];
        }

        return s;
    }

    private static double[] Doubled(double[] x)
    {
        double[] d = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            d[i] = 2 * x[i];
        }

        return d;
    }

    private static void Replace(ref double[] a, double[] x) => a = [x[1] * x[3], x[0]];

    private static void Make(double[] x, out double[] a)
    {
        a = new double[x.Length];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = x[i] + x[(i + 1) % x.Length];
        }
    }
}
