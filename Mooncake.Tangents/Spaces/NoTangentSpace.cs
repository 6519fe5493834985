namespace Mooncake.Tangents;

/// <summary>The space of a primal without derivatives: every tangent is <see cref="NoTangent"/>.</summary>
internal sealed class NoTangentSpace(Type primal, ChunkWidth width) : TangentSpace(primal, typeof(NoTangent), width)
{
    private static readonly object Empty = NoTangent.Value;

    internal override object? ZeroCore(object? primal, TangentContext context) => Empty;

    internal override object? RandomCore(object? primal, Random random, TangentContext context) => Empty;

    internal override object? AddCore(object? a, object? b, TangentContext context) => Empty;

    internal override object? IncrementCore(object? a, object? b, TangentContext context) => Empty;

    internal override object? ScaleCore(double s, object? t, TangentContext context) => Empty;

    internal override double DotCore(object? a, object? b, TangentContext context) => 0.0;

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context) => Empty;

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context) => Empty;

    // Values without a derivative are shared, not copied, by the perturbed primal.
    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context) => primal;

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context) => Empty;
}
