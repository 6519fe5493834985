using System.Numerics;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>Generic math (<c>T F&lt;T&gt;(T x) where T : INumber&lt;T&gt;</c> and friends) instantiated at <c>double</c>.</summary>
public sealed class GenericMathCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Derivative(Square<double>, 0.7, x => 2 * x),
        CorpusCase.Derivative(Polynomial<double>, 0.7, x => 3 - (4 * x) + (3 * x * x)),
        CorpusCase.Derivative(Transcendental<double>, 0.7),
        CorpusCase.Derivative(Clamped<double>, 0.7),
        CorpusCase.Derivative(NewtonSqrt<double>, 2.5, x => 0.5 / Math.Sqrt(x)),
        CorpusCase.Derivative(Mixed<double>, 0.7),
        CorpusCase.Gradient(SumOf<double>, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Rosenbrock<double>, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(GenericStruct, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(GenericHelperCalls, CorpusCase.Point(3, 0.2, 1)),
        CorpusCase.Gradient(ComparisonsAndSigns, [0.3, -0.8, 0.5]),
    ];

    public static T Square<T>(T x)
        where T : INumber<T>
        => x * x;

    public static T Polynomial<T>(T x)
        where T : INumber<T>
        => T.One + (T.CreateChecked(3) * x) - (T.CreateChecked(2) * x * x) + (x * x * x);

    public static T Transcendental<T>(T x)
        where T : IFloatingPointIeee754<T>
        => T.Exp(T.Sin(x)) / (T.One + T.Sqrt(x * x + T.One)) + T.Atan2(x, T.One + x) + T.Pow(x, T.CreateChecked(2.5)) + T.Log(x + T.One);

    public static T Clamped<T>(T x)
        where T : INumber<T>
        => T.Clamp(x * x, T.Zero, T.One) + T.Max(x, T.One - x) + T.Abs(x - T.One);

    public static T NewtonSqrt<T>(T a)
        where T : IFloatingPoint<T>
    {
        T r = T.One;
        T half = T.One / (T.One + T.One);
        for (int i = 0; i < 30; i++)
        {
            r = half * (r + (a / r));
        }

        return r;
    }

    public static T Mixed<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        T y = x;
        y += T.Pi;
        y *= x;
        y -= T.E * x;
        y /= T.CreateChecked(3);
        T r = y % T.CreateChecked(10);
        return -r + T.FusedMultiplyAdd(x, x, y) + T.Hypot(x, y);
    }

    public static T SumOf<T>(T[] x)
        where T : INumber<T>
    {
        T s = T.Zero;
        foreach (T v in x)
        {
            s += v * v;
        }

        return s;
    }

    public static T Rosenbrock<T>(T[] x)
        where T : INumber<T>
    {
        T s = T.Zero, hundred = T.CreateChecked(100);
        for (int i = 0; i < x.Length - 1; i++)
        {
            T a = T.One - x[i], b = x[i + 1] - (x[i] * x[i]);
            s += (a * a) + (hundred * b * b);
        }

        return s;
    }

    public static double GenericStruct(double[] x)
    {
        var v = new Vector2<double>(x[0], x[1]);
        Vector2<double> w = v * x[2] + v;
        return w.Dot(v);
    }

    public static double GenericHelperCalls(double[] x) => Norm(x[0], x[1], x[2]) + Square(Norm(x[2], x[1], x[0]));

    public static double ComparisonsAndSigns(double[] x)
    {
        double s = 0;
        foreach (double v in x)
        {
            s += Sign(v) * Square(v) + (IsSmall(v) ? v : -v);
        }

        return s;
    }

    private static T Norm<T>(T a, T b, T c)
        where T : IRootFunctions<T>
        => T.Sqrt((a * a) + (b * b) + (c * c));

    private static T Sign<T>(T x)
        where T : INumber<T>
        => T.CreateChecked(T.Sign(x));

    private static bool IsSmall<T>(T x)
        where T : INumber<T>
        => T.Abs(x) < T.CreateChecked(0.4);

    public readonly struct Vector2<T>(T x, T y)
        where T : INumber<T>
    {
        public T X { get; } = x;

        public T Y { get; } = y;

        public T Dot(Vector2<T> other) => (X * other.X) + (Y * other.Y);

        public static Vector2<T> operator *(Vector2<T> v, T s) => new(v.X * s, v.Y * s);

        public static Vector2<T> operator +(Vector2<T> a, Vector2<T> b) => new(a.X + b.X, a.Y + b.Y);
    }
}
