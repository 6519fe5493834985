using System.Numerics;
using Mooncake.Perf.Baseline;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The scalar chain <c>exp(sin t) / (1 + t²) + log(1 + cos² t)</c>, differentiated at one point
/// per call (one direction): the derivative a user asks for in a loop.
/// </summary>
public static class ScalarChain
{
    /// <summary>The user's plain C# function.</summary>
    public static double Plain(double t)
    {
        double c = Math.Cos(t);
        return Math.Exp(Math.Sin(t)) / (1 + t * t) + Math.Log(1 + c * c);
    }

    /// <summary>The same function written with generic math.</summary>
    public static T Generic<T>(T t)
        where T : IFloatingPointIeee754<T>
    {
        T c = T.Cos(t);
        return T.Exp(T.Sin(t)) / (T.One + t * t) + T.Log(T.One + c * c);
    }

    /// <summary>The same function on the baseline dual (<c>1 + u</c> as <c>u + 1</c>: the sum is exact either way).</summary>
    public static void Baseline<TPartials>(in BaselineDual<TPartials> t, out BaselineDual<TPartials> result)
        where TPartials : struct, IPartials<TPartials>
    {
        BaselineDual<TPartials>.Cos(in t, out BaselineDual<TPartials> c);
        BaselineDual<TPartials>.Sin(in t, out BaselineDual<TPartials> left);
        BaselineDual<TPartials>.Exp(in left, out left);
        BaselineDual<TPartials>.Multiply(in t, in t, out BaselineDual<TPartials> denominator);
        BaselineDual<TPartials>.Add(in denominator, 1.0, out denominator);
        BaselineDual<TPartials>.Divide(in left, in denominator, out left);
        BaselineDual<TPartials>.Multiply(in c, in c, out c);
        BaselineDual<TPartials>.Add(in c, 1.0, out c);
        BaselineDual<TPartials>.Log(in c, out c);
        BaselineDual<TPartials>.Add(in left, in c, out result);
    }
}
