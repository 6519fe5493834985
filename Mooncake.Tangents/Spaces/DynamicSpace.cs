namespace Mooncake.Tangents;

/// <summary>
/// The space of a slot typed <see cref="object"/> or by an interface: the tangent is typed
/// <see cref="object"/> and is the tangent of whatever value the slot holds at run time, so every
/// operation is handed to the space of the run-time primal or tangent type. A null tangent means zero.
/// </summary>
internal sealed class DynamicSpace(Type primal, ChunkWidth width) : TangentSpace(primal, typeof(object), width)
{
    internal override object? ZeroCore(object? primal, TangentContext context) =>
        RunTimeSpace(primal)?.ZeroCore(primal, context);

    internal override object? RandomCore(object? primal, Random random, TangentContext context) =>
        RunTimeSpace(primal)?.RandomCore(primal, random, context);

    // The space of the value's run-time type; null for null, and for a plain object (a lock,
    // new object()), whose space would be this dynamic one again: it holds nothing that carries a
    // derivative. Dispatching to it anyway recursed forever (a SystemRandomSource's _lock).
    private TangentSpace? RunTimeSpace(object? primal) =>
        primal is null || primal.GetType() == typeof(object) ? null : Of(primal.GetType(), Width);

    internal override object? AddCore(object? a, object? b, TangentContext context) => (a, b) switch
    {
        (null, null) => null,
        (null, _) => Space(b).ScaleCore(1.0, b, context),
        (_, null) => Space(a).ScaleCore(1.0, a, context),
        _ => Space(a).AddCore(a, b, context),
    };

    internal override object? IncrementCore(object? a, object? b, TangentContext context) => (a, b) switch
    {
        (_, null) => a,
        (null, _) => Space(b).ScaleCore(1.0, b, context),
        _ => Space(a).IncrementCore(a, b, context),
    };

    internal override object? ScaleCore(double s, object? t, TangentContext context) =>
        t is null ? null : Space(t).ScaleCore(s, t, context);

    internal override double DotCore(object? a, object? b, TangentContext context) =>
        a is null || b is null ? 0.0 : Space(a).DotCore(a, b, context);

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context) =>
        t is null ? null : Space(t).ExtractLaneCore(t, lane, context);

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context) => (t, laneTangent) switch
    {
        (_, null) => t,
        (null, _) => throw new ArgumentException(
            "Cannot insert a lane into a null dynamic tangent: the width-N tangent of the value must exist first (see Zero).", nameof(t)),
        _ => Space(t).InsertLaneCore(t, lane, laneTangent, context),
    };

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context)
    {
        if (RunTimeSpace(primal) is not { } space)
        {
            return primal;
        }

        return space.AddToPrimalCore(primal, t ?? space.ZeroCore(primal, context), lane, scale, context);
    }

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context)
    {
        if (a is null && b is null)
        {
            return null;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            throw new ArgumentException(
                $"Cannot subtract {Describe(b)} from {Describe(a)}: values in a slot of type {PrimalType} must have the same run-time type.");
        }

        return RunTimeSpace(a)?.DifferenceCore(a, b, lane, context);
    }

    private static string Describe(object? value) => value is null ? "null" : $"a {value.GetType()}";

    private TangentSpace Space(object tangent) => OfTangent(tangent.GetType(), Width);
}
