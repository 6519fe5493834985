namespace Mooncake.Tests.Builder.Corpus;

/// <summary>Branches, loops, nested loops, switches, goto, short-circuit logic and ternaries: control flow follows the primal.</summary>
public sealed class ControlFlowCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Derivative(Straight, 0.7, x => Math.Sin(x) + (x * Math.Cos(x)) + 6 + Math.Cos(x)),
        CorpusCase.Derivative(IfElse, 0.7),
        CorpusCase.Derivative(IfElse, -0.6, name: "IfElse (other branch)"),
        CorpusCase.Derivative(IfWithoutElse, 1.3),
        CorpusCase.Derivative(IfWithoutElse, -1.3, name: "IfWithoutElse (skipped)"),
        CorpusCase.Derivative(ElseIfChain, 0.2),
        CorpusCase.Derivative(ElseIfChain, 1.6, name: "ElseIfChain (middle)"),
        CorpusCase.Derivative(ElseIfChain, 3.1, name: "ElseIfChain (last)"),
        CorpusCase.Derivative(Ternary, 0.4),
        CorpusCase.Derivative(Ternary, -0.4, name: "Ternary (other arm)"),
        CorpusCase.Derivative(NestedTernary, 1.8),
        CorpusCase.Derivative(WhileLoop, 1.7),
        CorpusCase.Derivative(DoWhileLoop, 0.3),
        CorpusCase.Derivative(BreakAndContinue, 0.9),
        CorpusCase.Derivative(Goto, 0.45),
        CorpusCase.Derivative(Newton, 2.3, x => 1 / (2 * Math.Sqrt(x))),
        CorpusCase.Gradient(ForLoop, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(NestedLoops, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(TriangularLoops, CorpusCase.Point(6, 0.5, 1.5)),
        CorpusCase.Gradient(SwitchOnIndex, CorpusCase.Point(9, -1, 1)),
        CorpusCase.Gradient(SwitchExpression, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(SparseSwitch, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ShortCircuit, [0.5, 0.7, -0.4, 2.0]),
        CorpusCase.Gradient(ShortCircuit, [-0.5, 0.7, 0.4, 2.0], name: "ShortCircuit (or arm)"),
        CorpusCase.Gradient(ShortCircuit, [-0.5, -0.7, 0.4, 2.0], name: "ShortCircuit (neither)"),
        CorpusCase.Gradient(BooleanLocals, [0.3, -0.2, 0.9]),
        CorpusCase.Gradient(PiecewiseByComparison, [-1.7, -0.9, -0.2, 0.4, 0.95, 1.05, 1.6]),
        CorpusCase.Gradient(EarlyReturn, [0.3, 0.2, -0.9, 0.5]),
        CorpusCase.Gradient(EarlyReturn, [0.3, 0.2, 0.9, 0.5], name: "EarlyReturn (late)"),
        CorpusCase.Gradient(IntegerCodeAlongside, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(MaxByLoop, [0.1, 0.9, -0.3, 0.5, 0.2]),
        CorpusCase.Gradient(ForeachOverArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(HornerPolynomial, CorpusCase.Point(9, -1, 1)),
        CorpusCase.Gradient(MathHeavy, CorpusCase.Point(4, 0.2, 0.9)),
    ];

    public static double Straight(double x)
    {
        double a = Math.Sin(x);
        double b = a * x;
        return b + (3 * x * 2) - (a - Math.Sin(x)) + x * 0 + a - a + a;
    }

    public static double IfElse(double x)
    {
        double y;
        if (x > 0)
        {
            y = Math.Exp(x) * x;
        }
        else
        {
            y = Math.Cos(x) / (1 + (x * x));
        }

        return y * 2;
    }

    public static double IfWithoutElse(double x)
    {
        double y = x * x;
        if (x > 1)
        {
            y += Math.Log(x);
        }

        return y;
    }

    public static double ElseIfChain(double x)
    {
        if (x < 1)
        {
            return x * x * x;
        }
        else if (x < 2)
        {
            return Math.Sqrt(x) + 1;
        }
        else if (x < 3)
        {
            return 2 * x;
        }
        else
        {
            return Math.Atan(x) * x;
        }
    }

    public static double Ternary(double x) => x >= 0 ? x * Math.Sin(x) : -x * Math.Cos(x);

    public static double NestedTernary(double x) => x < 1 ? x : x < 2 ? x * x : x < 3 ? Math.Exp(x) : -x;

    public static double WhileLoop(double x)
    {
        double y = x;
        int steps = 0;
        while (steps < 5)
        {
            y = Math.Sin(y) + (x * 0.5);
            steps++;
        }

        return y;
    }

    public static double DoWhileLoop(double x)
    {
        double y = 1;
        int i = 0;
        do
        {
            y *= 1 + (x / (i + 1));
            i++;
        }
        while (i < 4);
        return y;
    }

    public static double BreakAndContinue(double x)
    {
        double s = 0;
        for (int i = 0; i < 100; i++)
        {
            if (i % 3 == 0)
            {
                continue;
            }

            if (i > 10)
            {
                break;
            }

            s += Math.Pow(x, i % 4) / i;
        }

        return s;
    }

    public static double Goto(double x)
    {
        double y = x;
        int n = 0;
    again:
        y = (y * y) + 0.25;
        n++;
        if (n < 3)
        {
            goto again;
        }

        if (y > 100)
        {
            goto done;
        }

        y = Math.Tanh(y);
    done:
        return y;
    }

    // A fixed number of Newton steps for sqrt(x): a loop whose iterate depends on x.
    public static double Newton(double x)
    {
        double r = 1;
        for (int i = 0; i < 30; i++)
        {
            r = 0.5 * (r + (x / r));
        }

        return r;
    }

    public static double ForLoop(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * Math.Sin(x[i]) * (i + 1);
        }

        return s;
    }

    public static double NestedLoops(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
            {
                s += Math.Cos(x[i] - x[j]) * x[i] * (j + 1);
            }
        }

        return s;
    }

    public static double TriangularLoops(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double p = 1;
            for (int j = 0; j <= i; j++)
            {
                p *= x[j];
                if (p > 1.5)
                {
                    break;
                }
            }

            s += p;
        }

        return s;
    }

    public static double SwitchOnIndex(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            switch (i % 4)
            {
                case 0:
                    s += x[i];
                    break;
                case 1:
                    s += x[i] * x[i];
                    break;
                case 2:
                    s -= Math.Sin(x[i]);
                    break;
                default:
                    s *= 1 + (0.1 * x[i]);
                    break;
            }
        }

        return s;
    }

    public static double SwitchExpression(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += (i % 3) switch
            {
                0 => Math.Exp(x[i]),
                1 => -x[i] * s,
                _ => x[i] / (2 + s * s),
            };
        }

        return s;
    }

    // Cases far apart compile to compare-and-branch chains rather than a jump table.
    public static double SparseSwitch(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            int key = i * 100;
            switch (key)
            {
                case 0: s += x[i]; break;
                case 200: s += 3 * x[i] * x[i]; break;
                case 500: s += Math.Sinh(x[i]); break;
                case 100000: s = 0; break;
                default: s += x[i] * s; break;
            }
        }

        return s;
    }

    public static double ShortCircuit(double[] x)
    {
        double y = x[3];
        if ((x[0] > 0 && x[1] > 0) || (x[2] > 0 && !(x[1] < -10)))
        {
            y *= x[0] + x[1] + x[2];
        }
        else
        {
            y *= x[0] * x[1] * x[2];
        }

        return y;
    }

    public static double BooleanLocals(double[] x)
    {
        bool positive = x[0] > 0;
        bool small = Math.Abs(x[1]) < 0.5;
        bool both = positive & small;
        bool either = positive ^ small;
        double y = both ? x[0] * x[1] : x[2];
        return either ? y + x[2] : y - x[2] * x[0];
    }

    public static double PiecewiseByComparison(double[] x)
    {
        double s = 0;
        foreach (double v in x)
        {
            if (v < -1)
            {
                s += -v;
            }
            else if (v <= 1)
            {
                s += v * v;
            }
            else
            {
                s += 2 * v - 1;
            }
        }

        return s;
    }

    public static double EarlyReturn(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] < 0)
            {
                return s * x[i];
            }

            s += Math.Sqrt(x[i]);
        }

        return s;
    }

    public static double IntegerCodeAlongside(double[] x)
    {
        int count = 0;
        long bits = 1;
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            count += i * i % 7;
            bits <<= 1;
            uint mask = (uint)(bits & 0xFF);
            s += x[i] * (count + (mask >> 1)) + (byte)i * x[i];
        }

        return s / count;
    }

    public static double MaxByLoop(double[] x)
    {
        double best = double.NegativeInfinity;
        int at = -1;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > best)
            {
                best = x[i];
                at = i;
            }
        }

        return best * best + at;
    }

    public static double ForeachOverArray(double[] x)
    {
        double s = 1;
        foreach (double v in x)
        {
            s = s * 0.5 + Math.Exp(-v * v);
        }

        return s;
    }

    public static double HornerPolynomial(double[] c)
    {
        double t = 0.7, y = 0;
        for (int i = c.Length - 1; i >= 0; i--)
        {
            y = y * (t + c[0]) + c[i];
        }

        return y;
    }

    public static double MathHeavy(double[] x) =>
        Math.Pow(x[0], x[1]) + Math.Log(x[2] + x[3]) * Math.Atan2(x[0], x[3]) + Math.Sqrt(x[1]) / Math.Cosh(x[2]) + Math.Pow(x[3], 3.0) + Math.Log10(x[0]) + Math.Cbrt(x[1]);
}
