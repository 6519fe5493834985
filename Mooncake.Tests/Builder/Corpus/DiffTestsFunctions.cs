namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// The DiffTests.jl functions in plain C#, named after their originals (num2num_1 is
/// <see cref="Num2Num1"/>, chebyquad! is <see cref="ChebyquadInPlace"/>, ...). Julia's 1-based,
/// column-major indexing is translated; where a Julia expression builds whole arrays
/// (broadcasts, slices, <c>map</c>) the C# uses what a C# user would: slices, LINQ or loops.
/// </summary>
public static class DiffTestsFunctions
{
    // ---- f(x::Number)::Number ----

    public static double Num2Num1(double x) => Math.Pow(Math.Sin(x), 2) / Math.Pow(Math.Cos(x), 2);

    public static double Num2Num2(double x) => (2 * x) + Math.Sqrt(x * x * x);

    public static double Num2Num3(double x) => Math.Pow(10.31, x + x) - x;

    /// <summary>A constant: the derivative is zero and the result never depends on the input.</summary>
    public static double Num2Num4(double x) => 1;

    public static double Num2Num5(double x) => 1.0 / (1.0 + Math.Exp(-x));

    public static double Identity(double x) => x;

    // ---- f(x::Number)::Array and f!(y::Array, x::Number) ----

    public static double[] Num2Arr1(double x)
    {
        double a = Num2Num1(x), b = Num2Num2(x), c = Num2Num3(x);
        return [a, b, c, a - b, b, c, b, c];
    }

    public static void Num2Arr1InPlace(double[] y, double x)
    {
        Array.Fill(y, 0.0);
        for (int i = 1; i < y.Length; i++)
        {
            y[i] = Math.Pow(Math.Sin(x) + y[i - 1], 2);
        }
    }

    // ---- f(x::Vector)::Number ----

    public static double Vec2Num1(double[] x) => (Math.Exp(x[0]) + (Math.Log(x[2]) * x[3])) / x[4];

    public static double Vec2Num2(double[] x) => (x[0] * x[1]) + Math.Sin(x[0]);

    /// <summary>The Frobenius norm of the outer product <c>x xᵀ</c>.</summary>
    public static double Vec2Num3(double[] x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                double p = x[i] * x[j];
                sum += p * p;
            }
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Computes a value from the input, then returns a constant.</summary>
    public static double Vec2Num4(double[] x)
    {
        _ = x.Sum() + Product(x);
        return 1;
    }

    /// <summary><see cref="Vec2Num4"/>'s unused value passed to <c>GC.KeepAlive</c> (a JIT intrinsic that only reads), then 2·x₀.</summary>
    public static double Vec2Num4KeptAlive(double[] x)
    {
        GC.KeepAlive(x.Sum() + Product(x));
        return 2 * x[0];
    }

    public static double Vec2Num5(double[] x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            sum += Math.Pow(-v, 3);
        }

        return sum;
    }

    public static double Vec2Num6(double[] x) => x.Select(v => v > 0 ? v : 0).Sum();

    public static double Vec2Num7(double[] x) => x.Select(y => x[0] * y).Sum();

    public static double Rosenbrock1(double[] x)
    {
        const double a = 1, b = 100 * a;
        double result = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            result += Math.Pow(a - x[i], 2) + (b * Math.Pow(x[i + 1] - (x[i] * x[i]), 2));
        }

        return result;
    }

    public static double Rosenbrock2(double[] x)
    {
        double a = x[0];
        double b = 100 * a;
        double[] v = [.. x[1..].Zip(x[..^1], (i, j) => Math.Pow(a - j, 2) + (b * Math.Pow(i - (j * j), 2)))];
        return v.Sum();
    }

    public static double Rosenbrock3(double[] x) => x[1..].Zip(x[..^1], (i, j) => Math.Pow(1 - j, 2) + (100 * Math.Pow(i - (j * j), 2))).Sum();

    public static double Rosenbrock4(double[] x)
    {
        double[] head = x[..^1], tail = x[1..];
        var t1 = new double[head.Length];
        var t2 = new double[head.Length];
        for (int i = 0; i < head.Length; i++)
        {
            t1[i] = Math.Pow(1 + head[i], 2);
            t2[i] = tail[i] + (head[i] * head[i]);
        }

        double sum = 0;
        for (int i = 0; i < t1.Length; i++)
        {
            sum += t1[i] + (100 * Math.Pow(Math.Abs(t2[i]), 2));
        }

        return sum;
    }

    public static double Ackley(double[] x)
    {
        const double a = 20, b = -0.2, c = 2 * Math.PI;
        double lengthReciprocal = 1.0 / x.Length;
        double sumOfSquares = 0, sumOfCosines = 0;
        foreach (double v in x)
        {
            sumOfCosines += Math.Cos(c * v);
            sumOfSquares += v * v;
        }

        return (-a * Math.Exp(b * Math.Sqrt(lengthReciprocal * sumOfSquares))) - Math.Exp(lengthReciprocal * sumOfCosines) + a + Math.E;
    }

    public static double SelfWeightedLogit(double[] x) => 1.0 / (1.0 + Math.Exp(-Dot(x, x)));

    public static double First(double[] x) => x.First();

    /// <summary>
    /// DiffTests' neural_step(x1, w1, w2) = sigmoid(w2 · relu(w1 x1)) with relu the softplus
    /// log(1 + eᵛ), its three arguments packed into one vector: x1 (3), w1 (3×3 row-major), w2 (3).
    /// </summary>
    public static double NeuralStep(double[] p)
    {
        const int n = 3;
        ReadOnlySpan<double> x1 = p.AsSpan(0, n), w1 = p.AsSpan(n, n * n), w2 = p.AsSpan(n + (n * n), n);
        double dot = 0;
        for (int i = 0; i < n; i++)
        {
            double row = 0;
            for (int j = 0; j < n; j++)
            {
                row += w1[(i * n) + j] * x1[j];
            }

            dot += w2[i] * Math.Log(1.0 + Math.Exp(row));
        }

        return 1.0 / (1.0 + Math.Exp(-dot));
    }

    // ---- f(x::Matrix)::Number ----

    /// <summary>The determinant by LU decomposition with partial pivoting, on a copy.</summary>
    public static double Det(double[,] x)
    {
        var a = (double[,])x.Clone();
        int n = a.GetLength(0);
        double det = 1;
        for (int k = 0; k < n; k++)
        {
            int pivot = k;
            for (int i = k + 1; i < n; i++)
            {
                if (Math.Abs(a[i, k]) > Math.Abs(a[pivot, k]))
                {
                    pivot = i;
                }
            }

            if (pivot != k)
            {
                SwapRows(a, k, pivot);
                det = -det;
            }

            det *= a[k, k];
            for (int i = k + 1; i < n; i++)
            {
                double factor = a[i, k] / a[k, k];
                for (int j = k; j < n; j++)
                {
                    a[i, j] -= factor * a[k, j];
                }
            }
        }

        return det;
    }

    /// <summary>det(x₁₁ · inv(x·x) + x).</summary>
    public static double Mat2Num1(double[,] x)
    {
        double[,] inverse = Inverse(Multiply(x, x));
        int n = x.GetLength(0);
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = (x[0, 0] * inverse[i, j]) + x[i, j];
            }
        }

        return Det(m);
    }

    /// <summary>tr(log(1 + a bᵀ + a - bᵀ)) for a = b = x flattened: the whole matrix of logarithms, then its trace.</summary>
    public static double Mat2Num2(double[,] x)
    {
        double[] a = Flatten(x);
        double[] b = (double[])a.Clone();
        var logs = new double[a.Length, b.Length];
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < b.Length; j++)
            {
                logs[i, j] = Math.Log(1 + (a[i] * b[j]) + a[i] - b[j]);
            }
        }

        double trace = 0;
        for (int i = 0; i < a.Length; i++)
        {
            trace += logs[i, i];
        }

        return trace;
    }

    public static double Mat2Num3(double[,] x)
    {
        double sum = 0;
        foreach (double n in x)
        {
            sum += Math.Sqrt(Math.Abs(n) + (n * n)) * 0.5;
        }

        return sum;
    }

    /// <summary>The mean of the row sums of sin(x)·x (a matrix product).</summary>
    public static double Mat2Num4(double[,] x)
    {
        int n = x.GetLength(0);
        var sines = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                sines[i, j] = Math.Sin(x[i, j]);
            }
        }

        double[,] product = Multiply(sines, x);
        var rowSums = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                rowSums[i] += product[i, j];
            }
        }

        return rowSums.Average();
    }

    /// <summary>The sum of the row-wise softmax: the number of rows, whatever x is, so the gradient is zero.</summary>
    public static double Softmax(double[,] x)
    {
        int rows = x.GetLength(0), columns = x.GetLength(1);
        double total = 0;
        for (int i = 0; i < rows; i++)
        {
            double rowSum = 0;
            for (int j = 0; j < columns; j++)
            {
                rowSum += Math.Exp(x[i, j]);
            }

            for (int j = 0; j < columns; j++)
            {
                total += Math.Exp(x[i, j]) / rowSum;
            }
        }

        return total;
    }

    // ---- f(x::Array)::Array ----

    public static double[] Negate(double[] x) => [.. x.Select(v => -v)];

    public static double[] Chebyquad(double[] x)
    {
        var y = new double[x.Length];
        ChebyquadInPlace(y, x);
        return y;
    }

    public static double[] BrownAlmostLinear(double[] x)
    {
        var y = new double[x.Length];
        BrownAlmostLinearInPlace(y, x);
        return y;
    }

    public static double[] Trigonometric(double[] x)
    {
        var y = new double[x.Length];
        Array.Fill(y, 1.0);
        TrigonometricInPlace(y, x);
        return y;
    }

    /// <summary>Computes a value from the input, then returns zeros.</summary>
    public static double[] Arr2Arr1(double[] x)
    {
        _ = Dot(x, x);
        return new double[x.Length];
    }

    /// <summary>x[1, :] + x[1, :] + first(x) for x the square matrix whose column-major storage is the input.</summary>
    public static double[] Arr2Arr2(double[] x)
    {
        int n = (int)Math.Sqrt(x.Length);
        var y = new double[n];
        for (int j = 0; j < n; j++)
        {
            y[j] = x[j * n] + x[j * n] + x[0];
        }

        return y;
    }

    public static double[] MutationTest1(double[] x)
    {
        var y = new double[x.Length];
        MutationTest1InPlace(y, x);
        return y;
    }

    public static double[] MutationTest2(double[] x)
    {
        var y = new double[x.Length];
        MutationTest2FromOnes(y, x);
        return y;
    }

    /// <summary>Returns its argument itself: the result aliases the input.</summary>
    public static double[] IdentityArray(double[] x) => x;

    /// <summary>The inverse of the square matrix stored row-major in <paramref name="flat"/>, stored the same way.</summary>
    public static double[] Inverse(double[] flat)
    {
        int n = (int)Math.Sqrt(flat.Length);
        var x = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                x[i, j] = flat[(i * n) + j];
            }
        }

        return Flatten(Inverse(x));
    }

    // ---- f!(y::Array, x::Array) ----

    public static void ChebyquadInPlace(double[] y, double[] x)
    {
        double tk = 1.0 / x.Length;
        for (int j = 0; j < x.Length; j++)
        {
            double temp1 = 1.0;
            double temp2 = (2 * x[j]) - 1;
            double temp = 2 * temp2;
            for (int i = 0; i < y.Length; i++)
            {
                y[i] += temp2;
                double ti = (temp * temp2) - temp1;
                temp1 = temp2;
                temp2 = ti;
            }
        }

        double iev = -1.0;
        for (int k = 1; k <= y.Length; k++)
        {
            y[k - 1] *= tk;
            if (iev > 0)
            {
                y[k - 1] += 1.0 / ((k * k) - 1);
            }

            iev = -iev;
        }
    }

    public static void BrownAlmostLinearInPlace(double[] y, double[] x)
    {
        double c = x.Sum() - (x.Length + 1);
        for (int i = 0; i < x.Length - 1; i++)
        {
            for (int j = 0; j < y.Length - 1; j++)
            {
                y[j] += x[i] + c;
            }
        }

        y[^1] = Product(x) - 1;
    }

    public static void TrigonometricInPlace(double[] y, double[] x)
    {
        foreach (double i in x)
        {
            for (int j = 0; j < y.Length; j++)
            {
                y[j] = Math.Cos(i);
            }
        }

        double c = y.Sum();
        int n = x.Length;
        foreach (double i in x)
        {
            for (int j = 0; j < y.Length; j++)
            {
                y[j] = (Math.Sin(i) * y[j]) + n - c;
            }
        }
    }

    public static void MutationTest1InPlace(double[] y, double[] x)
    {
        y[0] = x[0];
        y[0] = y[0] * x[1];
        y[1] = y[1] * x[2];
        y[2] = y.Sum();
    }

    /// <summary>mutation_test_2! on a y first filled with ones, as its DiffTests wrapper does.</summary>
    public static void MutationTest2FromOnes(double[] y, double[] x)
    {
        Array.Fill(y, 1.0);
        y[0] *= x[0];
        y[1] *= x[0];
        y[0] *= x[1];
        y[1] *= x[1];
    }

    // ---- helpers, differentiated with the functions that call them ----

    public static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    public static double Product(double[] x)
    {
        double product = 1;
        foreach (double v in x)
        {
            product *= v;
        }

        return product;
    }

    public static double[,] Multiply(double[,] a, double[,] b)
    {
        int n = a.GetLength(0), inner = a.GetLength(1), m = b.GetLength(1);
        var c = new double[n, m];
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < inner; k++)
            {
                double aik = a[i, k];
                for (int j = 0; j < m; j++)
                {
                    c[i, j] += aik * b[k, j];
                }
            }
        }

        return c;
    }

    /// <summary>The inverse by Gauss-Jordan elimination with partial pivoting.</summary>
    public static double[,] Inverse(double[,] x)
    {
        int n = x.GetLength(0);
        var a = (double[,])x.Clone();
        var inverse = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            inverse[i, i] = 1;
        }

        for (int k = 0; k < n; k++)
        {
            int pivot = k;
            for (int i = k + 1; i < n; i++)
            {
                if (Math.Abs(a[i, k]) > Math.Abs(a[pivot, k]))
                {
                    pivot = i;
                }
            }

            SwapRows(a, k, pivot);
            SwapRows(inverse, k, pivot);
            double scale = 1.0 / a[k, k];
            for (int j = 0; j < n; j++)
            {
                a[k, j] *= scale;
                inverse[k, j] *= scale;
            }

            for (int i = 0; i < n; i++)
            {
                if (i != k)
                {
                    double factor = a[i, k];
                    for (int j = 0; j < n; j++)
                    {
                        a[i, j] -= factor * a[k, j];
                        inverse[i, j] -= factor * inverse[k, j];
                    }
                }
            }
        }

        return inverse;
    }

    public static double[] Flatten(double[,] x)
    {
        var flat = new double[x.Length];
        int columns = x.GetLength(1);
        for (int i = 0; i < x.GetLength(0); i++)
        {
            for (int j = 0; j < columns; j++)
            {
                flat[(i * columns) + j] = x[i, j];
            }
        }

        return flat;
    }

    /// <summary>A random n×n matrix with entries in [low, high), the same on every run.</summary>
    public static double[,] Square(int n, double low, double high)
    {
        double[] values = CorpusCase.Point(n * n, low, high, $"Square{n}", (int)(100 * (high - low)));
        var x = new double[n, n];
        for (int i = 0; i < n * n; i++)
        {
            x[i / n, i % n] = values[i];
        }

        return x;
    }

    /// <summary>A random n×n matrix plus n on the diagonal: far from singular, so pivots and inverses are stable.</summary>
    public static double[,] WellConditioned(int n)
    {
        double[,] x = Square(n, -1, 1);
        for (int i = 0; i < n; i++)
        {
            x[i, i] += n;
        }

        return x;
    }

    private static void SwapRows(double[,] a, int r, int s)
    {
        for (int j = 0; j < a.GetLength(1); j++)
        {
            (a[r, j], a[s, j]) = (a[s, j], a[r, j]);
        }
    }
}
