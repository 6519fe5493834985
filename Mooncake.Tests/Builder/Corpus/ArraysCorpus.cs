namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Arrays of every kind (<c>double[]</c>, <c>float[]</c>, <c>double[,]</c>, jagged, arrays of
/// structs and of objects) and their operations: new, load, store, Length, GetLength, Clone,
/// Array.Copy, Array.Fill, ranges, foreach.
/// </summary>
public sealed class ArraysCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(NewLoadStore, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(WritesItsInput, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(LengthAndIndexArithmetic, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(CollectionExpression, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(ArrayInitializer, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(FloatArray, CorpusCase.Point(4, -1, 1), reference: x => x.Sum(v => v * v), tolerance: 1e-5),
        CorpusCase.Gradient(MatrixBuiltInside, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(MatrixGetLength, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(Jagged, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(JaggedRowsSwapped, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ArrayOfStructs, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ArrayOfStructsByRef, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ArrayOfObjects, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(Clone, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(CopyAndFill, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(CopyRange, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ClearPart, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(RangeFrom, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(RangeToHat, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(RangeBoth, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(IndexFromEnd, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(ForeachOverJagged, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ArrayPassedToHelper, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ArrayReturnedByHelper, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ReverseAndSort, [0.3, -0.8, 0.1, 0.9, -0.4]),
        CorpusCase.Gradient(TypeTestsOnArrays, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(ContainsAndIndexOf, [0.3, -0.8, 0.1, 0.9]),
        CorpusCase.Gradient(ForeachOverInterface, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ConstantsIntoActiveUses, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Jacobian(Cumulative, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Jacobian(ReturnsTheInput, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Jacobian(ReturnsAClone, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Jacobian(ReturnsARange, CorpusCase.Point(5, -1, 1)),
        CorpusCase.InPlace(Smooth, 5, CorpusCase.Point(5, -1, 1)),
        CorpusCase.InPlace(CopyIntoOutput, 4, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Matrix(Frobenius, new double[,] { { 0.3, -0.7, 1.2 }, { 0.5, 0.1, -0.4 } }, x => Scale(x, 2)),
        CorpusCase.Matrix(RowMaxima, new double[,] { { 0.3, -0.7, 1.2 }, { 0.5, 0.1, -0.4 }, { 0.9, 0.2, 0.8 } }),
        CorpusCase.Matrix(MatrixWrittenInside, new double[,] { { 0.3, -0.7 }, { 0.5, 0.1 } }),
    ];

    public static double NewLoadStore(double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] * x[(i + 1) % x.Length];
        }

        y[0] += y[^1];
        return y[0] * y[1] + y[2] - y[3] + y[4] * y[5];
    }

    public static double WritesItsInput(double[] x)
    {
        for (int i = 1; i < x.Length; i++)
        {
            x[i] += x[i - 1] * x[i];
        }

        return x[^1];
    }

    public static double LengthAndIndexArithmetic(double[] x)
    {
        double s = 0;
        int n = x.Length;
        for (int i = 0; i < n / 2; i++)
        {
            s += x[i] * x[n - 1 - i] / n;
        }

        return s + x[n / 2];
    }

    public static double CollectionExpression(double[] x)
    {
        double[] y = [x[0], x[1] * 2, 3.0, x[2]];
        return y[0] * y[1] + y[2] * y[3];
    }

    public static double ArrayInitializer(double[] x)
    {
        double[] weights = { 0.5, 1.5, -2.0 };
        double s = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            s += weights[i] * Math.Exp(x[i]);
        }

        return s;
    }

    public static double FloatArray(double[] x)
    {
        var f = new float[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            f[i] = (float)x[i];
        }

        float s = 0;
        for (int i = 0; i < f.Length; i++)
        {
            s += f[i] * f[i];
        }

        return s;
    }

    public static double MatrixBuiltInside(double[] x)
    {
        var m = new double[2, 3];
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                m[i, j] = x[(3 * i) + j] * (i + 1);
            }
        }

        return (m[0, 0] * m[1, 1]) - (m[0, 1] * m[1, 0]) + m[1, 2] * m[0, 2];
    }

    public static double MatrixGetLength(double[] x)
    {
        var m = new double[3, 2];
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                m[i, j] = Math.Sin(x[(2 * i) + j]);
            }
        }

        double s = 0;
        foreach (double v in m)
        {
            s += v * v;
        }

        return s + m.Length + m.Rank;
    }

    public static double Jagged(double[] x)
    {
        double[][] rows = new double[3][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new double[i + 1];
            for (int j = 0; j <= i; j++)
            {
                rows[i][j] = x[i + j] * x[j];
            }
        }

        return rows[2][2] + rows[1][0] * rows[2][1] + rows[0][0];
    }

    public static double JaggedRowsSwapped(double[] x)
    {
        double[][] rows = [[x[0], x[1]], [x[2], x[3]], [x[4], x[5]]];
        (rows[0], rows[2]) = (rows[2], rows[0]);
        rows[1] = rows[0];
        rows[1][0] *= 2;
        return rows[0][0] * rows[2][1] + rows[1][1];
    }

    public static double ArrayOfStructs(double[] x)
    {
        var points = new StructsCorpus.Vec3[2];
        points[0] = new StructsCorpus.Vec3(x[0], x[1], x[2]);
        points[1] = new StructsCorpus.Vec3(x[3], x[4], x[5]);
        StructsCorpus.Vec3 p = points[0];
        return p.Dot(points[1]) + points[1].Length();
    }

    public static double ArrayOfStructsByRef(double[] x)
    {
        var points = new StructsCorpus.Vec3[2];
        points[0] = new StructsCorpus.Vec3(x[0], x[1], x[2]);
        points[1] = new StructsCorpus.Vec3(x[3], x[4], x[5]);
        points[0].X *= points[1].Y;
        points[1].Normalize();
        ref StructsCorpus.Vec3 first = ref points[0];
        first.Z += 1;
        return points[0].Dot(points[1]);
    }

    public static double ArrayOfObjects(double[] x)
    {
        var bodies = new ClassesCorpus.Body[3];
        for (int i = 0; i < bodies.Length; i++)
        {
            bodies[i] = new ClassesCorpus.Body(x[2 * i], x[(2 * i) + 1]);
        }

        bodies[2] = bodies[0];
        bodies[2].Speed *= 3;
        double s = 0;
        foreach (ClassesCorpus.Body b in bodies)
        {
            s += b.Speed * b.Height;
        }

        return s;
    }

    public static double Clone(double[] x)
    {
        var y = (double[])x.Clone();
        y[0] = y[1] * y[2];
        return y[0] + x[0] * y[4];
    }

    public static double CopyAndFill(double[] x)
    {
        var y = new double[x.Length + 2];
        Array.Fill(y, x[0] * 0.5);
        Array.Copy(x, y, x.Length);
        var z = new double[3];
        Array.Fill(z, x[1]);
        return y[^1] * y[^2] + y[1] * y[2] + z[0] * z[2];
    }

    public static double CopyRange(double[] x)
    {
        // CopyTo overwrites the last element Array.Copy wrote, so the later copy's lanes must win.
        var y = new double[9];
        Array.Copy(x, 2, y, 1, 3);
        x.CopyTo(y, 3);
        return (y[1] * y[3]) + (y[2] * y[4]) + y[8];
    }

    public static double ClearPart(double[] x)
    {
        var y = (double[])x.Clone();
        Array.Clear(y, 1, 2);
        Array.Fill(y, x[0] * x[5], 4, 1);
        return y[0] + y[1] + y[2] + y[3] * y[4] + y[5];
    }

    public static double RangeFrom(double[] x)
    {
        double[] tail = x[1..];
        return tail[0] * tail[^1] + tail.Length;
    }

    public static double RangeToHat(double[] x)
    {
        double[] init = x[..^1];
        double s = 0;
        for (int i = 0; i < init.Length; i++)
        {
            s += init[i] * x[i + 1];
        }

        return s;
    }

    public static double RangeBoth(double[] x)
    {
        double[] middle = x[1..^2];
        middle[0] *= 2;
        return middle[0] * middle[^1] + x[1];
    }

    public static double IndexFromEnd(double[] x)
    {
        Index last = ^1;
        return x[last] * x[^2] + x[^4];
    }

    public static double ForeachOverJagged(double[] x)
    {
        double[][] rows = [x[..3], x[3..]];
        double s = 0;
        foreach (double[] row in rows)
        {
            foreach (double v in row)
            {
                s = (s * v) + 1;
            }
        }

        return s;
    }

    public static double ArrayPassedToHelper(double[] x) => Dot(x, x) + Dot(x, Doubled(x));

    public static double ArrayReturnedByHelper(double[] x)
    {
        double[] y = Doubled(Doubled(x));
        return y[0] * y[5];
    }

    public static double ReverseAndSort(double[] x)
    {
        var y = (double[])x.Clone();
        Array.Reverse(y);
        double reversed = (y[0] * 2) + y[4];
        Array.Sort(y);
        return reversed + (y[0] * y[1]) + y[4];
    }

    public static double TypeTestsOnArrays(double[] x)
    {
        IEnumerable<double> sequence = x;
        object boxed = x;
        double s = sequence is double[] a ? a[0] * a[1] : 0;
        s += ((double[])boxed)[2];
        if (boxed is IReadOnlyList<double> list)
        {
            s *= list[3];
        }

        return s;
    }

    public static double ContainsAndIndexOf(double[] x)
    {
        // C# 14 binds Contains to MemoryExtensions.Contains over a span of the array.
        double s = x.Contains(2.0) ? 0 : x[0] * x[1];
        return s + (Array.IndexOf(x, x[2]) * x[3]);
    }

    public static double ForeachOverInterface(double[] x)
    {
        double s = 0;
        foreach (double v in (IEnumerable<double>)x)
        {
            s = (s * v) + 1;
        }

        return s;
    }

    // Values computed from constants only (Array.Empty, Enumerable.Range, Comparer.Default, a
    // static factory) flowing into merges, stores and calls that carry tangents.
    public static double ConstantsIntoActiveUses(double[] x)
    {
        double[] chosen = x[0] > 10 ? Array.Empty<double>() : x;
        double[] weights = Weights(chosen.Length);
        weights[1] = x[1];
        double s = 0;
        foreach (int i in Enumerable.Range(0, chosen.Length))
        {
            s += weights[i] * chosen[i];
        }

        return Comparer<double>.Default.Compare(x[2], x[3]) < 0 ? s * x[2] : s * x[3];
    }

    private static double[] Weights(int n)
    {
        var w = new double[n];
        Array.Fill(w, 0.5);
        return w;
    }

    public static double[] Cumulative(double[] x)
    {
        var y = new double[x.Length];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * x[i];
            y[i] = s;
        }

        return y;
    }

    public static double[] ReturnsTheInput(double[] x)
    {
        x[0] *= x[1];
        return x;
    }

    public static double[] ReturnsAClone(double[] x)
    {
        var y = (double[])x.Clone();
        y[1] = Math.Sin(y[0]);
        return y;
    }

    public static double[] ReturnsARange(double[] x) => x[1..^1];

    public static void Smooth(double[] y, double[] x)
    {
        for (int i = 0; i < y.Length; i++)
        {
            double left = x[Math.Max(i - 1, 0)], right = x[Math.Min(i + 1, x.Length - 1)];
            y[i] = (left + (2 * x[i]) + right) / 4 * x[i];
        }
    }

    public static void CopyIntoOutput(double[] y, double[] x)
    {
        Array.Copy(x, y, x.Length);
        y[0] = y[1] * y[2];
    }

    public static double Frobenius(double[,] m)
    {
        double s = 0;
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                s += m[i, j] * m[i, j];
            }
        }

        return s;
    }

    public static double RowMaxima(double[,] m)
    {
        double s = 0;
        for (int i = 0; i < m.GetLength(0); i++)
        {
            double best = m[i, 0];
            for (int j = 1; j < m.GetLength(1); j++)
            {
                best = Math.Max(best, m[i, j]);
            }

            s += best * (i + 1);
        }

        return s;
    }

    public static double MatrixWrittenInside(double[,] m)
    {
        var c = (double[,])m.Clone();
        c[0, 0] = m[0, 1] * m[1, 0];
        m[1, 1] = c[0, 0] + 1;
        return c[0, 0] + m[1, 1] * c[1, 1];
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    private static double[] Doubled(double[] a)
    {
        var b = new double[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            b[i] = 2 * a[i];
        }

        return b;
    }

    private static double[,] Scale(double[,] m, double factor)
    {
        var r = (double[,])m.Clone();
        for (int i = 0; i < r.GetLength(0); i++)
        {
            for (int j = 0; j < r.GetLength(1); j++)
            {
                r[i, j] *= factor;
            }
        }

        return r;
    }
}
