namespace Mooncake.Tests.Duals;

/// <summary>
/// One scalar function under test: how to evaluate it on duals and on doubles, and where to
/// sample its arguments (inside the smooth part of its domain, at least a few finite-difference
/// steps away from every singularity, kink and jump).
/// </summary>
internal sealed record ScalarCase
{
    /// <summary>The name shown in test results; also the key of the dual form unless <see cref="Mixed"/>.</summary>
    public required string Name { get; init; }

    /// <summary>Samples the arguments.</summary>
    public required Func<Random, double[]> Sample { get; init; }

    /// <summary>The <see cref="GenericMath"/> function that gives the reference value (defaults to <see cref="Name"/>).</summary>
    public string? Plain { get; init; }

    /// <summary>
    /// For the mixed dual/double operators: which arguments are plain double constants ('c') and
    /// which are duals ('x'), e.g. "xc" for <c>x + c</c>; null when every argument is a dual.
    /// </summary>
    public string? Mixed { get; init; }

    /// <summary>The <see cref="GenericMath"/> function whose finite differences are the reference derivative (defaults to <see cref="Plain"/>).</summary>
    public string? Derivative { get; init; }

    /// <summary>The function is piecewise constant: its partials must be exactly zero.</summary>
    public bool PiecewiseConstant { get; init; }

    /// <summary>The relative tolerance against finite differences.</summary>
    public double Tolerance { get; init; } = Expect.DerivativeTolerance;

    /// <summary>The reference function's name.</summary>
    public string PlainName => Plain ?? Name;

    /// <summary>The name of the function whose finite differences are the reference derivative.</summary>
    public string DerivativeName => Derivative ?? PlainName;

    /// <summary>Whether argument <paramref name="i"/> is a plain constant rather than a dual.</summary>
    public bool IsConstant(int i) => Mixed is not null && Mixed[i] == 'c';

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>The catalogue of scalar functions: every operator and generic-math function of <see cref="Dual{TChunk}"/>.</summary>
internal static class ScalarCases
{
    /// <summary>Every case.</summary>
    public static IReadOnlyList<ScalarCase> All { get; } =
    [
        // Operators.
        Of("Add", Any, Any),
        Of("Subtract", Any, Any),
        Of("Multiply", Any, Any),
        Of("Divide", Any, Off(0.3, 3)),
        Joint("Remainder", TruncatedRemainderArguments),
        Of("Negate", Any),
        Of("UnaryPlus", Any),
        Of("Increment", Any),
        Of("Decrement", Any),
        Of("checked(x + y)", Any, Any),
        Of("checked(x * y)", Any, Any),

        // Operators with a double constant on one side.
        MixedOf("x + c", "Add", "xc", Any, Any),
        MixedOf("c + x", "Add", "cx", Any, Any),
        MixedOf("x - c", "Subtract", "xc", Any, Any),
        MixedOf("c - x", "Subtract", "cx", Any, Any),
        MixedOf("x * c", "Multiply", "xc", Any, Any),
        MixedOf("c * x", "Multiply", "cx", Any, Any),
        MixedOf("x / c", "Divide", "xc", Any, Off(0.3, 3)),
        MixedOf("c / x", "Divide", "cx", Any, Off(0.3, 3)),
        new() { Name = "x % c", Plain = "Remainder", Mixed = "xc", Sample = TruncatedRemainderArguments },
        new() { Name = "c % x", Plain = "Remainder", Mixed = "cx", Sample = TruncatedRemainderArguments },
        MixedOf("Pow(x, c)", "Pow", "xc", In(0.3, 3), In(-2, 2)),
        MixedOf("Pow(x, c) with x < 0 and c = 3", "Pow", "xc", In(-3, -0.3), In(3, 3)),
        MixedOf("Pow(x, c) with x < 0 and c = -2", "Pow", "xc", In(-3, -0.3), In(-2, -2)),
        MixedOf("Pow(c, y)", "Pow", "cx", In(0.3, 3), In(-2, 2)),
        MixedOf("Log(x, c)", "Log(x, base)", "xc", In(0.2, 5), In(1.5, 8)),

        // Fused, estimated and bit-level arithmetic.
        Of("FusedMultiplyAdd", Any, Any, Any),
        Of("MultiplyAddEstimate", Any, Any, Any),
        Joint("Ieee754Remainder", IeeeRemainderArguments),
        Of("Lerp", Any, Any, In(-0.5, 1.5)),
        Of("ScaleB(x, 3)", Any),
        Of("ScaleB(x, -2)", Any),
        Of("BitIncrement", Any),
        Of("BitDecrement", Any),

        // The estimates may come from hardware approximations good to about 2^-14, so their
        // derivative is checked against the exact function's, to that accuracy.
        Of("ReciprocalEstimate", Off(0.3, 3)) with { Derivative = "Reciprocal", Tolerance = 1e-3 },
        Of("ReciprocalSqrtEstimate", In(0.3, 3)) with { Derivative = "ReciprocalSqrt", Tolerance = 1e-3 },

        // Exponentials and logarithms.
        Of("Exp", In(-3, 3)),
        Of("ExpM1", In(-3, 3)),
        Of("Exp2", In(-3, 3)),
        Of("Exp2M1", In(-3, 3)),
        Of("Exp10", In(-2, 2)),
        Of("Exp10M1", In(-2, 2)),
        Of("Log", In(0.1, 10)),
        Of("Log(x, base)", In(0.2, 5), In(1.5, 8)),
        Of("LogP1", In(-0.8, 5)),
        Of("Log2", In(0.1, 10)),
        Of("Log2P1", In(-0.8, 5)),
        Of("Log10", In(0.1, 10)),
        Of("Log10P1", In(-0.8, 5)),

        // Powers and roots.
        Of("Pow", In(0.3, 3), In(-2, 2)),
        Of("Sqrt", In(0.1, 10)),
        Of("Cbrt", Off(0.2, 5)),
        Of("RootN(x, 1)", Any),
        Of("RootN(x, 2)", In(0.2, 5)),
        Of("RootN(x, 3)", Off(0.2, 5)),
        Of("RootN(x, 5)", Off(0.2, 5)),
        Of("RootN(x, -2)", In(0.2, 5)),
        Of("Hypot", Off(0.3, 2), Any),

        // Trigonometric functions.
        Of("Sin", In(-4, 4)),
        Of("Cos", In(-4, 4)),
        Of("SinCos.Sin", In(-4, 4)),
        Of("SinCos.Cos", In(-4, 4)),
        Of("Tan", In(-1.2, 1.2)),
        Of("Asin", In(-0.9, 0.9)),
        Of("Acos", In(-0.9, 0.9)),
        Of("Atan", In(-4, 4)),
        Joint("Atan2", PolarArguments),
        Of("SinPi", In(-2, 2)),
        Of("CosPi", In(-2, 2)),
        Of("SinCosPi.SinPi", In(-2, 2)),
        Of("SinCosPi.CosPi", In(-2, 2)),
        Of("TanPi", In(-0.4, 0.4)),
        Of("AsinPi", In(-0.9, 0.9)),
        Of("AcosPi", In(-0.9, 0.9)),
        Of("AtanPi", In(-4, 4)),
        Joint("Atan2Pi", PolarArguments),
        Of("DegreesToRadians", In(-360, 360)),
        Of("RadiansToDegrees", In(-4, 4)),

        // Hyperbolic functions.
        Of("Sinh", In(-3, 3)),
        Of("Cosh", In(-3, 3)),
        Of("Tanh", In(-3, 3)),
        Of("Asinh", In(-5, 5)),
        Of("Acosh", In(1.2, 5)),
        Of("Atanh", In(-0.8, 0.8)),

        // Selection: away from the kinks, where the argument returned does not change nearby.
        Of("Abs", Off(0.1, 3)),
        Joint("Max", ApartArguments),
        Joint("Min", ApartArguments),
        Joint("MaxNumber", ApartArguments),
        Joint("MinNumber", ApartArguments),
        Joint("MaxMagnitude", ApartInMagnitudeArguments),
        Joint("MinMagnitude", ApartInMagnitudeArguments),
        Joint("MaxMagnitudeNumber", ApartInMagnitudeArguments),
        Joint("MinMagnitudeNumber", ApartInMagnitudeArguments),
        Joint("Clamp", ClampArguments),
        Of("CopySign", Off(0.1, 3), Off(0.1, 3)),

        // Rounding: piecewise constant.
        Of("Floor", In(-10, 10)) with { PiecewiseConstant = true },
        Of("Ceiling", In(-10, 10)) with { PiecewiseConstant = true },
        Of("Truncate", In(-10, 10)) with { PiecewiseConstant = true },
        Of("Round", In(-10, 10)) with { PiecewiseConstant = true },
        Of("Round(x, 2)", In(-10, 10)) with { PiecewiseConstant = true },
        Of("Round(x, AwayFromZero)", In(-10, 10)) with { PiecewiseConstant = true },
        Of("Round(x, 1, ToNegativeInfinity)", In(-10, 10)) with { PiecewiseConstant = true },
    ];

    /// <summary>The case names, as MSTest dynamic data.</summary>
    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static ScalarCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Evaluates <paramref name="scalarCase"/> on duals: through generic math, or through the mixed dual/double operators.</summary>
    public static Dual<TChunk> Evaluate<TChunk>(ScalarCase scalarCase, ReadOnlySpan<Dual<TChunk>> x)
        where TChunk : struct, IChunk<TChunk, double>
    {
        if (scalarCase.Mixed is null)
        {
            return GenericMath.Evaluate(scalarCase.Name, x);
        }

        // The constant operands are passed as plain doubles, so these reach the mixed overloads.
        return scalarCase.Name switch
        {
            "x + c" => x[0] + x[1].Value,
            "c + x" => x[0].Value + x[1],
            "x - c" => x[0] - x[1].Value,
            "c - x" => x[0].Value - x[1],
            "x * c" => x[0] * x[1].Value,
            "c * x" => x[0].Value * x[1],
            "x / c" => x[0] / x[1].Value,
            "c / x" => x[0].Value / x[1],
            "x % c" => x[0] % x[1].Value,
            "c % x" => x[0].Value % x[1],
            "Log(x, c)" => Dual<TChunk>.Log(x[0], x[1].Value),
            "Pow(c, y)" => Dual<TChunk>.Pow(x[0].Value, x[1]),
            _ when scalarCase.Name.StartsWith("Pow(x, c)", StringComparison.Ordinal) => Dual<TChunk>.Pow(x[0], x[1].Value),
            _ => throw new ArgumentException($"No mixed form is called '{scalarCase.Name}'.", nameof(scalarCase)),
        };
    }

    private static Func<Random, double> Any => In(-3, 3);

    private static Func<Random, double> In(double low, double high) => r => r.Uniform(low, high);

    private static Func<Random, double> Off(double low, double high) => r => r.AwayFromZero(low, high);

    private static ScalarCase Of(string name, params Func<Random, double>[] arguments) =>
        new() { Name = name, Sample = r => [.. arguments.Select(a => a(r))] };

    private static ScalarCase MixedOf(string name, string plain, string mixed, params Func<Random, double>[] arguments) =>
        Of(name, arguments) with { Plain = plain, Mixed = mixed };

    private static ScalarCase Joint(string name, Func<Random, double[]> sample) => new() { Name = name, Sample = sample };

    // x = q y with the truncated quotient q at least 0.15 from an integer, so trunc(x / y) stays put
    // within the finite-difference steps.
    private static double[] TruncatedRemainderArguments(Random r)
    {
        double y = r.AwayFromZero(1, 2);
        double q = r.AwayFromZero(0, 2.99);
        q = Math.Truncate(q) + (Math.Sign(q) * r.Uniform(0.15, 0.85));
        return [q * y, y];
    }

    // x = q y with q at least 0.15 from a half-integer, where the nearest integer to x / y jumps.
    private static double[] IeeeRemainderArguments(Random r)
    {
        double y = r.AwayFromZero(1, 2);
        double q = r.Next(-3, 4) + r.Uniform(-0.35, 0.35);
        return [q * y, y];
    }

    // (y, x) on an annulus around the origin, away from the branch cut of atan2 on the negative x axis.
    private static double[] PolarArguments(Random r)
    {
        double radius = r.Uniform(0.5, 2), angle = r.Uniform(-Math.PI + 0.3, Math.PI - 0.3);
        return [radius * Math.Sin(angle), radius * Math.Cos(angle)];
    }

    private static double[] ApartArguments(Random r) => Rejecting(r, 2, a => Math.Abs(a[0] - a[1]) >= 0.2);

    private static double[] ApartInMagnitudeArguments(Random r) => Rejecting(r, 2, a => Math.Abs(Math.Abs(a[0]) - Math.Abs(a[1])) >= 0.2);

    // (value, min, max): min < max and the value at least 0.1 from both bounds, inside or outside.
    private static double[] ClampArguments(Random r) =>
        Rejecting(r, 3, a => a[1] + 0.3 <= a[2] && Math.Abs(a[0] - a[1]) >= 0.1 && Math.Abs(a[0] - a[2]) >= 0.1);

    private static double[] Rejecting(Random r, int arity, Func<double[], bool> accept)
    {
        while (true)
        {
            var a = new double[arity];
            for (int i = 0; i < arity; i++)
            {
                a[i] = r.Uniform(-3, 3);
            }

            if (accept(a))
            {
                return a;
            }
        }
    }
}
