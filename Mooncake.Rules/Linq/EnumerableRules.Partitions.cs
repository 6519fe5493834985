using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class EnumerableRules
{
    /// <summary>The rule of <see cref="Enumerable.Skip{TSource}(IEnumerable{TSource}, int)"/> at <c>double</c>: the elements after the first <paramref name="count"/>.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Skip), typeof(IEnumerable<GenericParameter.T0>), typeof(int), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Skip<TChunk>(Dual<IEnumerable<double>, object> source, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Skip));
        int skipped = Math.Clamp(count, 0, elements.Length);
        return Run(elements, skipped, elements.Length - skipped);
    }

    /// <summary>The rule of <see cref="Enumerable.Take{TSource}(IEnumerable{TSource}, int)"/> at <c>double</c>: the first <paramref name="count"/> elements.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Take), typeof(IEnumerable<GenericParameter.T0>), typeof(int), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Take<TChunk>(Dual<IEnumerable<double>, object> source, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Take));
        return Run(elements, 0, Math.Clamp(count, 0, elements.Length));
    }

    /// <summary>The rule of <see cref="Enumerable.SkipLast{TSource}(IEnumerable{TSource}, int)"/> at <c>double</c>: all but the last <paramref name="count"/> elements.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.SkipLast), typeof(IEnumerable<GenericParameter.T0>), typeof(int), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> SkipLast<TChunk>(Dual<IEnumerable<double>, object> source, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.SkipLast));
        return Run(elements, 0, elements.Length - Math.Clamp(count, 0, elements.Length));
    }

    /// <summary>The rule of <see cref="Enumerable.TakeLast{TSource}(IEnumerable{TSource}, int)"/> at <c>double</c>: the last <paramref name="count"/> elements.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.TakeLast), typeof(IEnumerable<GenericParameter.T0>), typeof(int), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> TakeLast<TChunk>(Dual<IEnumerable<double>, object> source, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.TakeLast));
        int taken = Math.Clamp(count, 0, elements.Length);
        return Run(elements, elements.Length - taken, taken);
    }

    /// <summary>The rule of <see cref="Enumerable.Concat{TSource}(IEnumerable{TSource}, IEnumerable{TSource})"/> at <c>double</c>: the first sequence's elements, then the second's.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Concat), typeof(IEnumerable<GenericParameter.T0>), typeof(IEnumerable<GenericParameter.T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Concat<TChunk>(Dual<IEnumerable<double>, object> first, Dual<IEnumerable<double>, object> second)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var a = new DualSequence<TChunk>(first, nameof(Enumerable.Concat));
        var b = new DualSequence<TChunk>(second, nameof(Enumerable.Concat));
        var result = new SequenceBuilder<TChunk>(a.Length + b.Length);
        a.CopyTo(0, a.Length, result, 0);
        b.CopyTo(0, b.Length, result, a.Length);
        return result.Result();
    }

    /// <summary>The rule of <see cref="Enumerable.Reverse{TSource}(IEnumerable{TSource})"/> at <c>double</c>: the elements in reverse order.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Reverse), typeof(IEnumerable<GenericParameter.T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Reverse<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Reverse));
        var result = new SequenceBuilder<TChunk>(elements.Length);
        for (int i = 0; i < elements.Length; i++)
        {
            result.Set(elements.Length - 1 - i, elements[i]);
        }

        return result.Result();
    }

    /// <summary>
    /// The rule of <c>Enumerable.Reverse&lt;TSource&gt;(TSource[])</c> at <c>double</c>, the
    /// overload C# 14 binds <c>array.Reverse()</c> to: the elements in reverse order.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Reverse), typeof(GenericParameter.T0[]), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Reverse<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(array.Primal, nameof(array));
        return Reverse<TChunk>(new Dual<IEnumerable<double>, object>(array.Primal, array.Tangent));
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.ToArray{TSource}(IEnumerable{TSource})"/> at <c>double</c>:
    /// a new array and a copy of the tangent, so writing to the result never reaches the source.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.ToArray), typeof(IEnumerable<GenericParameter.T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<double[], ArrayTangent<TChunk, double>> ToArray<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.ToArray));
        var result = new SequenceBuilder<TChunk>(elements.Length);
        elements.CopyTo(0, elements.Length, result, 0);
        return new(result.Values, result.Tangent);
    }

    private static Dual<IEnumerable<double>, object> Run<TChunk>(DualSequence<TChunk> elements, int start, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var result = new SequenceBuilder<TChunk>(count);
        elements.CopyTo(start, count, result, 0);
        return result.Result();
    }
}
