namespace Mooncake.Tangents;

/// <summary>
/// The space of a delegate: a delegate carries the derivatives of what its target (a closure
/// object) captured, so its tangent is the target's tangent (null for a static method or a target
/// without one). Operations on the tangent go to the target's space; a moved delegate calls the
/// same method on a moved target.
/// </summary>
internal sealed class DelegateSpace(Type primal, ChunkWidth width) : TangentSpace(primal, typeof(object), width)
{
    internal override object? ZeroCore(object? primal, TangentContext context) => Target(primal) is { } target ? Of(target.GetType(), Width).ZeroCore(target, context) : null;

    internal override object? RandomCore(object? primal, Random random, TangentContext context) =>
        Target(primal) is { } target ? Of(target.GetType(), Width).RandomCore(target, random, context) : null;

    internal override object? AddCore(object? a, object? b, TangentContext context) => a is null ? b : Space(a).AddCore(a, b, context);

    internal override object? IncrementCore(object? a, object? b, TangentContext context) => a is null ? b : Space(a).IncrementCore(a, b, context);

    internal override object? ScaleCore(double s, object? t, TangentContext context) => t is null ? null : Space(t).ScaleCore(s, t, context);

    internal override double DotCore(object? a, object? b, TangentContext context) => a is null || b is null ? 0.0 : Space(a).DotCore(a, b, context);

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context) => t is null ? null : Space(t).ExtractLaneCore(t, lane, context);

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context) =>
        t is null ? laneTangent : Space(t).InsertLaneCore(t, lane, laneTangent, context);

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context)
    {
        if (primal is not Delegate function || Target(function) is not { } target)
        {
            return primal;
        }

        object? moved = Of(target.GetType(), Width).AddToPrimalCore(target, t, lane, scale, context);
        return Delegate.CreateDelegate(function.GetType(), moved, function.Method);
    }

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context)
    {
        object? x = Target(a), y = Target(b);
        if (x is null || y is null)
        {
            return null;
        }

        return x.GetType() == y.GetType()
            ? Of(x.GetType(), Width).DifferenceCore(x, y, lane, context)
            : throw new ArgumentException($"Cannot subtract delegates whose targets have different types ({x.GetType()} and {y.GetType()}).");
    }

    // The target a delegate's derivatives live in; only single-cast delegates to instances with a tangent have one.
    private static object? Target(object? primal) =>
        primal is Delegate function && function.GetInvocationList().Length == 1 && function.Target is { } target && TangentTypes.HasTangent(target.GetType())
            ? target
            : null;

    private TangentSpace Space(object tangent) => OfTangent(tangent.GetType(), Width);
}
