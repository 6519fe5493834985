using System.Reflection;
using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// The space of a struct, tuple or class: each field that carries a derivative is handled by its
/// own space. For classes the tangent is an object, results are memoised per object (mirroring
/// aliasing, terminating on cycles), and a value whose run-time type is a subclass is handed to
/// that subclass's space.
/// </summary>
internal sealed class FieldwiseSpace : TangentSpace
{
    private static readonly Func<object, object> ShallowCopy =
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Func<object, object>>();

    private readonly Lazy<Field[]> _fields;
    private readonly bool _isClass;

    public FieldwiseSpace(Type primal, Type tangent, ChunkWidth width)
        : base(primal, tangent, width)
    {
        _isClass = !primal.IsValueType;
        _fields = new(() => PairFields(primal, width));
    }

    private Field[] Fields => _fields.Value;

    private FieldwiseSpace Lanes1 => (FieldwiseSpace)LaneSpace;

    internal override object? ZeroCore(object? primal, TangentContext context) =>
        ForPrimal(primal)?.Build(primal, context, (f, p) => f.Space.ZeroCore(f.Primal.GetValue(p), context));

    internal override object? RandomCore(object? primal, Random random, TangentContext context) =>
        ForPrimal(primal)?.Build(primal, context, (f, p) => f.Space.RandomCore(f.Primal.GetValue(p), random, context));

    internal override object? AddCore(object? a, object? b, TangentContext context) =>
        ForTangent(a)?.Build(a, context, (f, x) => f.Space.AddCore(f.Tangent.GetValue(x), f.Tangent.GetValue(Partner(x, b)), context));

    internal override object? ScaleCore(double s, object? t, TangentContext context) =>
        ForTangent(t)?.Build(t, context, (f, x) => f.Space.ScaleCore(s, f.Tangent.GetValue(x), context));

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context)
    {
        if (a is not null && (b is null || a.GetType() != b.GetType()))
        {
            throw new ArgumentException($"Cannot subtract {(b is null ? "null" : $"a {b.GetType()}")} from a {a.GetType()}: the primals must have the same type.", nameof(b));
        }

        return ForPrimal(a)?.Build(a, context, (f, x) => f.Space.DifferenceCore(f.Primal.GetValue(x), f.Primal.GetValue(b!), lane, context));
    }

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context)
    {
        if (ForTangent(t) is not { } space)
        {
            return null;
        }

        Field[] laneFields = space.Lanes1.Fields;
        return Memoized(
            t,
            context,
            _ => Activator.CreateInstance(space.Lanes1.TangentType)!,
            (x, r) =>
            {
                for (int i = 0; i < laneFields.Length; i++)
                {
                    laneFields[i].Tangent.SetValue(r, space.Fields[i].Space.ExtractLaneCore(space.Fields[i].Tangent.GetValue(x), lane, context));
                }
            },
            space._isClass);
    }

    internal override object? IncrementCore(object? a, object? b, TangentContext context) =>
        ForTangent(a)?.Update(a, context, (i, f, x) => f.Space.IncrementCore(f.Tangent.GetValue(x), f.Tangent.GetValue(Partner(x, b)), context));

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context)
    {
        if (ForTangent(t) is not { } space)
        {
            return null;
        }

        Field[] laneFields = space.Lanes1.Fields;
        object laneValue = laneTangent ?? throw new ArgumentException("Cannot insert a null lane tangent into a non-null tangent.", nameof(laneTangent));
        return space.Update(t, context, (i, f, x) => f.Space.InsertLaneCore(f.Tangent.GetValue(x), lane, laneFields[i].Tangent.GetValue(laneValue), context));
    }

    internal override double DotCore(object? a, object? b, TangentContext context)
    {
        if (ForTangent(a) is not { } space)
        {
            return 0.0;
        }

        if (space._isClass)
        {
            VisitLater(a, context, () => context.DeferredDot += space.SumFields(a!, b, context));
            return 0.0;
        }

        return space.SumFields(a!, b, context);
    }

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context)
    {
        if (ForPrimal(primal) is not { } space)
        {
            return null;
        }

        object tangent = t ?? throw new ArgumentException($"A non-null {primal!.GetType()} needs a non-null tangent.", nameof(t));

        // A shallow copy keeps the fields without a derivative; the others are replaced below.
        return Memoized(
            primal,
            context,
            p => space._isClass ? ShallowCopy(p) : RuntimeHelpers.GetObjectValue(p)!,
            (p, copy) =>
            {
                foreach (Field f in space.Fields)
                {
                    f.Primal.SetValue(copy, f.Space.AddToPrimalCore(f.Primal.GetValue(p), f.Tangent.GetValue(tangent), lane, scale, context));
                }
            },
            space._isClass);
    }

    // The space for a value whose run-time type may be a subclass of the primal type (null for null).
    private FieldwiseSpace? ForPrimal(object? primal) =>
        primal is null ? null : !_isClass || primal.GetType() == PrimalType ? this : (FieldwiseSpace)Of(primal.GetType(), Width);

    private FieldwiseSpace? ForTangent(object? tangent) =>
        tangent is null ? null : !_isClass || tangent.GetType() == TangentType ? this : (FieldwiseSpace)OfTangent(tangent.GetType(), Width);

    // A new tangent of this space, field by field from source; memoised on source for classes.
    private object? Build(object? source, TangentContext context, Func<Field, object, object?> field) =>
        Memoized(
            source,
            context,
            _ => Activator.CreateInstance(TangentType)!,
            (s, r) =>
            {
                foreach (Field f in Fields)
                {
                    f.Tangent.SetValue(r, field(f, s));
                }
            },
            _isClass);

    // Updates target field by field: in place for a class (once per object, later, from the
    // work stack), on a copy for a struct.
    private object? Update(object? target, TangentContext context, Func<int, Field, object, object?> field)
    {
        if (target is null)
        {
            return null;
        }

        if (_isClass)
        {
            VisitLater(target, context, () => SetFields(target, target, field));
            return target;
        }

        object copy = RuntimeHelpers.GetObjectValue(target)!;
        SetFields(copy, target, field);
        return copy;
    }

    private void SetFields(object result, object source, Func<int, Field, object, object?> field)
    {
        for (int i = 0; i < Fields.Length; i++)
        {
            Fields[i].Tangent.SetValue(result, field(i, Fields[i], source));
        }
    }

    private double SumFields(object a, object? b, TangentContext context)
    {
        object y = Partner(a, b);
        double sum = 0.0;
        foreach (Field f in Fields)
        {
            sum += f.Space.DotCore(f.Tangent.GetValue(a), f.Tangent.GetValue(y), context);
        }

        return sum;
    }

    private static object? Memoized(object? key, TangentContext context, Func<object, object> create, Action<object, object> fill, bool byReference)
    {
        if (byReference)
        {
            return TangentSpace.Memoized(key, context, create, fill);
        }

        object result = create(key!);
        fill(key!, result);
        return result;
    }

    private static object Partner(object x, object? other) =>
        other ?? throw new ArgumentException($"Cannot combine a {x.GetType()} tangent with null.");

    // The fields that carry a derivative, paired with their tangent fields level by level
    // through the class hierarchy (base first), so same-named private fields of a base and a
    // subclass stay apart.
    private static Field[] PairFields(Type primal, ChunkWidth width)
    {
        var fields = new List<Field>();
        for (Type? level = primal; level is not null && level != typeof(object) && level != typeof(ValueType); level = level.BaseType)
        {
            Type tangentLevel = TangentTypes.TangentType(level, width);
            var declared = new List<Field>();
            foreach (FieldInfo field in PrimalTypes.DeclaredFields(level))
            {
                FieldInfo tangentField = tangentLevel.GetField(field.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    ?? throw new InvalidOperationException($"The tangent type {tangentLevel} has no field {field.Name} for {level}.{field.Name}.");
                if (tangentField.FieldType != typeof(NoTangent))
                {
                    declared.Add(new Field(field, tangentField, Of(field.FieldType, width)));
                }
            }

            fields.InsertRange(0, declared);
            if (level.IsValueType)
            {
                break;
            }
        }

        return [.. fields];
    }

    private sealed record Field(FieldInfo Primal, FieldInfo Tangent, TangentSpace Space);
}
