namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Block copies as libraries write them: <see cref="Buffer.BlockCopy"/> between double and float
/// arrays (whole elements, at offsets, overlapping within one array, from bytes of constants),
/// <see cref="Array.ConstrainedCopy"/>, and <see cref="object.MemberwiseClone"/> behind a class's
/// <c>Copy()</c> (the clone's fields carry the original's tangents; a shared array stays shared).
/// </summary>
public sealed class CopiesCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(BlockCopyWhole, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(BlockCopyAtOffsets, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(BlockCopyOverlapping, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(BlockCopyOfConstantBytes, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(BlockCopyOfFloats, CorpusCase.Point(4, -1, 1), tolerance: 1e-5),
        CorpusCase.Gradient(ConstrainedCopy, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(MemberwiseCloneOfAClass, [0.7, -0.4, 1.3]),
        CorpusCase.Gradient(MemberwiseCloneSharesArrays, [0.7, -0.4, 1.3]),
    ];

    public static double BlockCopyWhole(double[] x)
    {
        var copy = new double[x.Length];
        Buffer.BlockCopy(x, 0, copy, 0, x.Length * sizeof(double));
        return copy.Select((v, i) => v * v * (i + 1)).Sum();
    }

    public static double BlockCopyAtOffsets(double[] x)
    {
        var y = new double[8];
        y[0] = x[0] * 2;
        Buffer.BlockCopy(x, 2 * sizeof(double), y, 4 * sizeof(double), 3 * sizeof(double));
        return (y[0] * y[4]) + Math.Sin(y[5]) + (y[6] * y[6]) + y[7];
    }

    /// <summary>A shift within one array (a memmove): later elements first, then the rest read the shifted values.</summary>
    public static double BlockCopyOverlapping(double[] x)
    {
        var a = (double[])x.Clone();
        Buffer.BlockCopy(a, 0, a, sizeof(double), (a.Length - 1) * sizeof(double));
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * (i + 1) * a[i];
        }

        return s;
    }

    /// <summary>Bytes of a constant into a double array: those elements become constants.</summary>
    public static double BlockCopyOfConstantBytes(double[] x)
    {
        var a = (double[])x.Clone();
        byte[] bytes = BitConverter.GetBytes(1.5);
        Buffer.BlockCopy(bytes, 0, a, sizeof(double), bytes.Length);
        return a[0] * a[1] + a[2] * a[3];
    }

    public static double BlockCopyOfFloats(double[] x)
    {
        var f = new float[x.Length];
        for (int i = 0; i < f.Length; i++)
        {
            f[i] = (float)x[i];
        }

        var g = new float[f.Length];
        Buffer.BlockCopy(f, 0, g, 0, f.Length * sizeof(float));
        double s = 0;
        foreach (float v in g)
        {
            s += v * v;
        }

        return s;
    }

    public static double ConstrainedCopy(double[] x)
    {
        var y = new double[x.Length + 2];
        Array.ConstrainedCopy(x, 1, y, 2, x.Length - 1);
        return (y[2] * y[3]) + (y[4] * y[5]) + y[6];
    }

    public static double MemberwiseCloneOfAClass(double[] x)
    {
        var p = new Particle { Position = x[0], Velocity = x[1], Mass = x[2] };
        Particle q = p.Copy();
        q.Position += q.Velocity * 0.5;
        return (p.Position * q.Position) + (q.Mass * q.Velocity * q.Velocity);
    }

    /// <summary>The clone shares the original's array (a shallow copy), and so its tangent: a write through one is seen by the other.</summary>
    public static double MemberwiseCloneSharesArrays(double[] x)
    {
        var p = new Particle { Position = x[0], History = [x[1], x[2]] };
        Particle q = p.Copy();
        q.History![0] = q.History[0] * q.Position;
        return p.History![0] + (p.History[1] * q.Position);
    }

    public sealed class Particle
    {
        public double Position;
        public double Velocity;
        public double Mass;
        public double[]? History;

        public Particle Copy() => (Particle)MemberwiseClone();
    }
}
