namespace Mooncake.Rules;

/// <summary>
/// The <c>Forward</c> API's old home, kept for one release so that code written against 0.x
/// (<c>using Mooncake.Rules;</c> then <c>Forward.Gradient</c>) still compiles, with a warning that
/// says what to change. Every member calls <see cref="Mooncake.Forward"/>.
/// </summary>
/// <remarks>
/// Code that names a plan type (<c>GradientPlan</c>, <c>DerivativePlan</c>...) needs
/// <c>using Mooncake;</c> already: the plans moved with the API. Importing both namespaces makes
/// <c>Forward</c> ambiguous; drop <c>using Mooncake.Rules;</c> (rule authoring, <c>FRule</c> and
/// <c>RuleRegistry</c>, moved to <c>Mooncake</c> too).
/// </remarks>
[Obsolete("The API moved to namespace Mooncake: write `using Mooncake;` instead of `using Mooncake.Rules;` (this forwarder goes in the next release).")]
[Builder.TakesDerivatives]
public static class Forward
{
    /// <inheritdoc cref="Mooncake.Forward.SaveRule(Delegate, int, string)"/>
    public static string SaveRule(Delegate f, int chunk, string path) => Mooncake.Forward.SaveRule(f, chunk, path);

    /// <inheritdoc cref="Mooncake.Forward.Gradient(Func{double[], double}, double[], int)"/>
    public static double[] Gradient(Func<double[], double> f, double[] x, int chunk = 0) => Mooncake.Forward.Gradient(f, x, chunk);

    /// <inheritdoc cref="Mooncake.Forward.Gradient(Func{double[], double}, double[], int, bool)"/>
    public static double[] Gradient(Func<double[], double> f, double[] x, int chunk, bool parallel) => Mooncake.Forward.Gradient(f, x, chunk, parallel);

    /// <inheritdoc cref="Mooncake.Forward.Gradient(Func{double[,], double}, double[,], int)"/>
    public static double[,] Gradient(Func<double[,], double> f, double[,] x, int chunk = 0) => Mooncake.Forward.Gradient(f, x, chunk);

    /// <inheritdoc cref="Mooncake.Forward.Gradient(Func{double[,], double}, double[,], int, bool)"/>
    public static double[,] Gradient(Func<double[,], double> f, double[,] x, int chunk, bool parallel) => Mooncake.Forward.Gradient(f, x, chunk, parallel);

    /// <inheritdoc cref="Mooncake.Forward.PrepareGradient(Func{double[], double}, int, int)"/>
    public static GradientPlan PrepareGradient(Func<double[], double> f, int length, int chunk = 0) => Mooncake.Forward.PrepareGradient(f, length, chunk);

    /// <inheritdoc cref="Mooncake.Forward.PrepareGradient(Func{double[], double}, int, int, bool)"/>
    public static GradientPlan PrepareGradient(Func<double[], double> f, int length, int chunk, bool parallel) => Mooncake.Forward.PrepareGradient(f, length, chunk, parallel);

    /// <inheritdoc cref="Mooncake.Forward.Jacobian(Func{double[], double[]}, double[], int)"/>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int chunk = 0) => Mooncake.Forward.Jacobian(f, x, chunk);

    /// <inheritdoc cref="Mooncake.Forward.Jacobian(Func{double[], double[]}, double[], int, bool)"/>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int chunk, bool parallel) => Mooncake.Forward.Jacobian(f, x, chunk, parallel);

    /// <inheritdoc cref="Mooncake.Forward.Jacobian(Action{double[], double[]}, double[], double[], int)"/>
    public static double[,] Jacobian(Action<double[], double[]> f, double[] y, double[] x, int chunk = 0) => Mooncake.Forward.Jacobian(f, y, x, chunk);

    /// <inheritdoc cref="Mooncake.Forward.Pushforward(Func{double[], double}, double[], double[][], double[])"/>
    public static double Pushforward(Func<double[], double> f, double[] x, double[][] directions, double[] result) => Mooncake.Forward.Pushforward(f, x, directions, result);

    /// <inheritdoc cref="Mooncake.Forward.PreparePushforward(Func{double[], double}, int, int)"/>
    public static PushforwardPlan PreparePushforward(Func<double[], double> f, int length, int directions) => Mooncake.Forward.PreparePushforward(f, length, directions);

    /// <inheritdoc cref="Mooncake.Forward.Derivative(Func{double, double}, double)"/>
    public static double Derivative(Func<double, double> f, double x) => Mooncake.Forward.Derivative(f, x);

    /// <inheritdoc cref="Mooncake.Forward.Derivative(Func{double, double[]}, double)"/>
    public static double[] Derivative(Func<double, double[]> f, double x) => Mooncake.Forward.Derivative(f, x);

    /// <inheritdoc cref="Mooncake.Forward.Derivative(Action{double[], double}, double[], double)"/>
    public static double[] Derivative(Action<double[], double> f, double[] y, double x) => Mooncake.Forward.Derivative(f, y, x);

    /// <inheritdoc cref="Mooncake.Forward.PrepareDerivative(Func{double, double})"/>
    public static DerivativePlan PrepareDerivative(Func<double, double> f) => Mooncake.Forward.PrepareDerivative(f);
}
