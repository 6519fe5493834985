namespace Mooncake.Tangents;

/// <summary>
/// The space of a one-dimensional array of non-scalar elements (jagged arrays, arrays of structs
/// or objects): the tangent is an array of the element tangents, each handled by the element's space.
/// </summary>
internal sealed class ElementArraySpace : TangentSpace
{
    private readonly Lazy<TangentSpace> _element;
    private readonly Type _elementTangent;

    public ElementArraySpace(Type primal, Type tangent, ChunkWidth width)
        : base(primal, tangent, width)
    {
        _element = new(() => Of(primal.GetElementType()!, width));
        _elementTangent = tangent.GetElementType()!;
    }

    private TangentSpace Element => _element.Value;

    internal override object? ZeroCore(object? primal, TangentContext context) =>
        Map(primal, context, _elementTangent, (p, i) => Element.ZeroCore(p.GetValue(i), context));

    internal override object? RandomCore(object? primal, Random random, TangentContext context) =>
        Map(primal, context, _elementTangent, (p, i) => Element.RandomCore(p.GetValue(i), random, context));

    internal override object? AddCore(object? a, object? b, TangentContext context) =>
        Map(a, context, _elementTangent, (x, i) => Element.AddCore(x.GetValue(i), Partner(x, b).GetValue(i), context));

    internal override object? IncrementCore(object? a, object? b, TangentContext context)
    {
        VisitLater(a, context, () => Update((Array)a!, b, (x, y, i) => Element.IncrementCore(x.GetValue(i), y.GetValue(i), context)));
        return a;
    }

    internal override object? ScaleCore(double s, object? t, TangentContext context) =>
        Map(t, context, _elementTangent, (x, i) => Element.ScaleCore(s, x.GetValue(i), context));

    internal override double DotCore(object? a, object? b, TangentContext context)
    {
        VisitLater(a, context, () =>
        {
            var x = (Array)a!;
            Array y = Partner(x, b);
            for (int i = 0; i < x.Length; i++)
            {
                context.DeferredDot += Element.DotCore(x.GetValue(i), y.GetValue(i), context);
            }
        });
        return 0.0;
    }

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context) =>
        Map(t, context, LaneSpace.TangentType.GetElementType()!, (x, i) => Element.ExtractLaneCore(x.GetValue(i), lane, context));

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context)
    {
        VisitLater(t, context, () => Update((Array)t!, laneTangent, (x, y, i) => Element.InsertLaneCore(x.GetValue(i), lane, y.GetValue(i), context)));
        return t;
    }

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context) =>
        Map(primal, context, PrimalType.GetElementType()!, (p, i) => Element.AddToPrimalCore(p.GetValue(i), Partner(p, t).GetValue(i), lane, scale, context));

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context) =>
        Map(a, context, _elementTangent, (x, i) => Element.DifferenceCore(x.GetValue(i), Partner(x, b).GetValue(i), lane, context));

    // A new array of resultElement, element i computed from source element i; memoised on the
    // source array so aliased arrays map to one result.
    private static object? Map(object? source, TangentContext context, Type resultElement, Func<Array, int, object?> element) =>
        Memoized(
            source,
            context,
            s => Array.CreateInstance(resultElement, ((Array)s).Length),
            (s, r) =>
            {
                var from = (Array)s;
                var to = (Array)r;
                for (int i = 0; i < from.Length; i++)
                {
                    to.SetValue(element(from, i), i);
                }
            });

    // Replaces every element of target by element(target, other, i).
    private static void Update(Array target, object? other, Func<Array, Array, int, object?> element)
    {
        Array y = Partner(target, other);
        for (int i = 0; i < target.Length; i++)
        {
            target.SetValue(element(target, y, i), i);
        }
    }

    // The array paired with x in a two-argument operation, which must have x's length.
    private static Array Partner(Array x, object? other)
    {
        if (other is not Array y || y.Length != x.Length)
        {
            throw new ArgumentException(
                $"Array lengths differ: {x.Length} elements against {(other is Array a ? $"{a.Length} elements" : "null")}.");
        }

        return y;
    }
}
