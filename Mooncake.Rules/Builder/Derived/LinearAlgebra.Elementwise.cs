using Mooncake.Rules.Builder;

namespace Mooncake.Rules;

public static partial class LinearAlgebra
{
    /// <summary><c>y[i] = f(x[i])</c> for the function <typeparamref name="TFunction"/>, as a new vector.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static double[] Map<TFunction>(double[] x)
        where TFunction : IScalarFunction
    {
        ArgumentNullException.ThrowIfNull(x);
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = TFunction.Invoke(x[i]);
        }

        return y;
    }

    /// <summary>
    /// <c>y[i] = function(x[i])</c>, as a new vector. Its rule differentiates <paramref name="function"/>
    /// through <see cref="DelegateRules"/>: a method group with a registered rule (<c>Math.Exp</c>)
    /// works now, lambdas once the rule builder is installed. The struct overload
    /// <see cref="Map{TFunction}(double[])"/> is faster.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static double[] Map(double[] x, Func<double, double> function)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(function);
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = function(x[i]);
        }

        return y;
    }

    /// <summary><c>z[i] = f(x[i], y[i])</c> for the function <typeparamref name="TFunction"/>, as a new vector.</summary>
    /// <exception cref="ArgumentNullException">A vector is null.</exception>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static double[] Zip<TFunction>(double[] x, double[] y)
        where TFunction : IBinaryScalarFunction
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        RequireSameLength(x.Length, y.Length, nameof(y));
        var z = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            z[i] = TFunction.Invoke(x[i], y[i]);
        }

        return z;
    }

    /// <summary><c>z[i] = function(x[i], y[i])</c>, as a new vector; see <see cref="Map(double[], Func{double, double})"/> for how it is differentiated.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static double[] Zip(double[] x, double[] y, Func<double, double, double> function)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(function);
        RequireSameLength(x.Length, y.Length, nameof(y));
        var z = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            z[i] = function(x[i], y[i]);
        }

        return z;
    }
}
