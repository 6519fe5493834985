using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The dual functions of delegate arguments, for rules such as <c>Enumerable.Sum(source, selector)</c>
/// that call a function the user passes. A delegate's dual is the delegate and its tangent, which
/// is the tangent of its target (the values a lambda captured), so derivatives that flow through
/// captured values are kept. The function's own rule is its registered rule (a method group such
/// as <c>Math.Exp</c>) or the derived rule the rule builder builds from its IL (a lambda, a closure,
/// any method), cached per (method, width).
/// </summary>
public static class DelegateRules
{
    /// <summary>The dual function of <paramref name="function"/> at the width of <typeparamref name="TChunk"/>.</summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    public static Func<Dual<TChunk>, Dual<TChunk>> Unary<TChunk>(Dual<Func<double, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Func<double, double> primal = Single(function.Primal);
        ScalarToScalar<TChunk> entry = EntryPoints.For<ScalarToScalar<TChunk>>(primal.Method, constantTarget: false);
        object? target = primal.Target;
        object? tangent = TargetTangent<TChunk>(primal, function.Tangent);
        return x => new Dual<TChunk>(entry(target, tangent, x.Value, x.Partials, out TChunk d), d);
    }

    /// <summary>
    /// The split rule of the <see cref="Converter{TInput, TOutput}"/> <paramref name="function"/>
    /// with its target and the target's tangent, for rules that call it once per element without
    /// building a <see cref="Dual{TChunk}"/> closure around each call (<c>Array.ConvertAll</c>).
    /// </summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    internal static (ScalarToScalar<TChunk> Rule, object? Target, object? TargetTangent) Split<TChunk>(Dual<Converter<double, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Converter<double, double> primal = Single(function.Primal);
        ScalarToScalar<TChunk> entry = EntryPoints.For<ScalarToScalar<TChunk>>(primal.Method, constantTarget: false, scoped: false);
        return (entry, primal.Target, TargetTangent<TChunk>(primal, function.Tangent));
    }

    /// <summary>
    /// The split rule of <paramref name="function"/> for a rule that calls it once per element
    /// inside a pass: one call of the entry per element, with no closure around it and no
    /// pass scope of its own (the pass's is open).
    /// </summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    internal static UnaryRule<TChunk> InPass<TChunk>(Dual<Func<double, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Func<double, double> primal = Single(function.Primal);
        ScalarToScalar<TChunk> entry = EntryPoints.For<ScalarToScalar<TChunk>>(primal.Method, constantTarget: false, scoped: false);
        return new(entry, primal.Target, TargetTangent<TChunk>(primal, function.Tangent));
    }

    /// <summary>The dual function of <paramref name="function"/>, whose captured values are taken as constants.</summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    public static Func<Dual<TChunk>, Dual<TChunk>> Unary<TChunk>(Func<double, double> function)
        where TChunk : struct, IChunk<TChunk, double>
        => Unary<TChunk>(new Dual<Func<double, double>, object>(function, null!));

    /// <summary>The dual function of the two-argument <paramref name="function"/> at the width of <typeparamref name="TChunk"/>.</summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    public static Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>> Binary<TChunk>(Dual<Func<double, double, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Func<double, double, double> primal = Single(function.Primal);
        ScalarsToScalar<TChunk> entry = EntryPoints.For<ScalarsToScalar<TChunk>>(primal.Method, constantTarget: false);
        object? target = primal.Target;
        object? tangent = TargetTangent<TChunk>(primal, function.Tangent);
        return (x, y) => new Dual<TChunk>(entry(target, tangent, x.Value, x.Partials, y.Value, y.Partials, out TChunk d), d);
    }

    /// <summary>The dual function of the two-argument <paramref name="function"/>, whose captured values are taken as constants.</summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    public static Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>> Binary<TChunk>(Func<double, double, double> function)
        where TChunk : struct, IChunk<TChunk, double>
        => Binary<TChunk>(new Dual<Func<double, double, double>, object>(function, null!));

    /// <summary>
    /// The dual function of <paramref name="function"/>, which takes an element and its index (as
    /// LINQ's indexed overloads pass them), at the width of <typeparamref name="TChunk"/>.
    /// </summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    public static Func<Dual<TChunk>, int, Dual<TChunk>> Indexed<TChunk>(Dual<Func<double, int, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Func<double, int, double> primal = Single(function.Primal);
        ScalarAndIndexToScalar<TChunk> entry = EntryPoints.For<ScalarAndIndexToScalar<TChunk>>(primal.Method, constantTarget: false);
        object? target = primal.Target;
        object? tangent = TargetTangent<TChunk>(primal, function.Tangent);
        return (x, i) => new Dual<TChunk>(entry(target, tangent, x.Value, x.Partials, i, out TChunk d), d);
    }

    /// <summary>
    /// The dual function of <paramref name="function"/>, a function of an integer such as the
    /// selector of <c>Enumerable.Range(0, n).Select(i =&gt; x[i] * x[i])</c>: its derivatives come
    /// from the values it captured, through its target's tangent.
    /// </summary>
    /// <exception cref="NotSupportedException">The delegate is multicast, or its method cannot be differentiated.</exception>
    public static Func<int, Dual<TChunk>> OfIndex<TChunk>(Dual<Func<int, double>, object> function)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Func<int, double> primal = Single(function.Primal);
        IndexToScalar<TChunk> entry = EntryPoints.For<IndexToScalar<TChunk>>(primal.Method, constantTarget: false);
        object? target = primal.Target;
        object? tangent = TargetTangent<TChunk>(primal, function.Tangent);
        return i => new Dual<TChunk>(entry(target, tangent, i, out TChunk d), d);
    }

    private static TDelegate Single<TDelegate>(TDelegate function)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(function);
        return function.HasSingleTarget ? function : throw new NotSupportedException("A multicast delegate has no single result to differentiate.");
    }

    // The tangent of the delegate's target: the one the delegate's dual carries, or zero.
    private static object? TargetTangent<TChunk>(Delegate function, object? tangent)
        where TChunk : struct, IChunk<TChunk, double>
        => tangent ?? EntryPoints.ZeroTangentOfTarget(function.Target, ChunkWidth.Of<TChunk>());
}
