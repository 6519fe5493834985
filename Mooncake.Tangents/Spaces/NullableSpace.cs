namespace Mooncake.Tangents;

/// <summary>
/// The space of <c>Nullable&lt;T&gt;</c>. A boxed nullable is either null or a boxed <c>T</c>, so
/// the tangent is the tangent of <c>T</c>, handled by <c>T</c>'s space; a null value has the zero
/// tangent of <c>default(T)</c> and stays null when moved.
/// </summary>
internal sealed class NullableSpace : TangentSpace
{
    private readonly Lazy<TangentSpace> _value;
    private readonly object _defaultValue;

    public NullableSpace(Type primal, ChunkWidth width)
        : base(primal, TangentTypes.TangentType(Nullable.GetUnderlyingType(primal)!, width), width)
    {
        Type underlying = Nullable.GetUnderlyingType(primal)!;
        _value = new(() => Of(underlying, width));
        _defaultValue = Activator.CreateInstance(underlying)!;
    }

    private TangentSpace Value => _value.Value;

    internal override object? ZeroCore(object? primal, TangentContext context) => Value.ZeroCore(primal ?? _defaultValue, context);

    internal override object? RandomCore(object? primal, Random random, TangentContext context) =>
        primal is null ? Value.ZeroCore(_defaultValue, context) : Value.RandomCore(primal, random, context);

    internal override object? AddCore(object? a, object? b, TangentContext context) => Value.AddCore(a, b, context);

    internal override object? IncrementCore(object? a, object? b, TangentContext context) => Value.IncrementCore(a, b, context);

    internal override object? ScaleCore(double s, object? t, TangentContext context) => Value.ScaleCore(s, t, context);

    internal override double DotCore(object? a, object? b, TangentContext context) => Value.DotCore(a, b, context);

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context) => Value.ExtractLaneCore(t, lane, context);

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context) => Value.InsertLaneCore(t, lane, laneTangent, context);

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context) =>
        primal is null ? null : Value.AddToPrimalCore(primal, t, lane, scale, context);

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context)
    {
        if ((a is null) != (b is null))
        {
            throw new ArgumentException($"Cannot subtract {(b is null ? "null" : "a value")} from {(a is null ? "null" : "a value")}: both {PrimalType} values must be null or both non-null.");
        }

        return a is null ? Value.ZeroCore(_defaultValue, context) : Value.DifferenceCore(a, b, lane, context);
    }
}
