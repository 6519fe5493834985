using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The gradient of a <c>Func&lt;double[], double&gt;</c> for inputs of one length, prepared once
/// (rule built, workspaces and closure tangent allocated) and evaluated without allocating. An
/// instance may be used by one thread at a time; prepare one per thread to evaluate in parallel.
/// </summary>
public abstract class GradientPlan
{
    private protected GradientPlan(int length, int chunk)
    {
        Length = length;
        Chunk = chunk;
    }

    /// <summary>The length of the inputs.</summary>
    public int Length { get; }

    /// <summary>The directions each pass carries.</summary>
    public int Chunk { get; }

    /// <summary>The number of passes per gradient.</summary>
    public int Passes => ChunkSeeding.PassCount(Length, Chunk);

    /// <summary>Returns <c>f(x)</c> and writes its gradient into <paramref name="gradient"/>.</summary>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">An array's length is not <see cref="Length"/>.</exception>
    public double ValueAndGradient(double[] x, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(gradient);
        RequireLength(x.Length, nameof(x));
        RequireLength(gradient.Length, nameof(gradient));
        return Evaluate(x, gradient);
    }

    private protected abstract double Evaluate(double[] x, double[] gradient);

    private void RequireLength(int actual, string name)
    {
        if (actual != Length)
        {
            throw new ArgumentException($"The plan was prepared for {Length} inputs, but {name} has {actual} elements.", name);
        }
    }
}

/// <summary>A <see cref="GradientPlan"/> at the width of <typeparamref name="TChunk"/>.</summary>
internal sealed class GradientPlan<TChunk> : GradientPlan
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly ArrayToScalar<TChunk> _entry;
    private readonly object? _target;
    private readonly object? _targetTangent;
    private readonly bool _readOnly;
    private readonly double[] _input;
    private readonly ArrayTangent<TChunk, double> _direction;

    public GradientPlan(Func<double[], double> f, int length, int chunk)
        : base(length, chunk)
    {
        _entry = EntryPoints.For<ArrayToScalar<TChunk>>(f.Method);
        _target = f.Target;
        _targetTangent = EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Of<TChunk>());
        _readOnly = InputWrites.CannotWrite(f.Method);
        _input = _readOnly ? [] : new double[length];
        _direction = new ArrayTangent<TChunk, double>(length);
    }

    private protected override double Evaluate(double[] x, double[] gradient) =>
        _readOnly ? EvaluateReadOnly(x, gradient) : EvaluateCopying(x, gradient);

    // The function cannot write its argument (InputWrites): the caller's array goes in as is, and
    // the block, zero between calls, only has this pass's seed set and cleared again, in O(Chunk).
    private double EvaluateReadOnly(double[] x, double[] gradient)
    {
        double value = 0.0;
        for (int start = 0; start < Length; start += Chunk)
        {
            _direction.SeedIdentity(start, Chunk);
            TChunk partials;
            try
            {
                value = _entry(_target, _targetTangent, x, _direction, out partials);
            }
            finally
            {
                // Also when the function throws, so that the next call starts from a zero block.
                _direction.ClearIdentity(start, Chunk);
            }

            ChunkSeeding.ExtractGradient(partials, start, gradient, Chunk);
        }

        return value;
    }

    private double EvaluateCopying(double[] x, double[] gradient)
    {
        double value = 0.0;
        for (int start = 0; start < Length; start += Chunk)
        {
            // A fresh copy of the input and a fresh seed each pass: the function may write its argument.
            x.AsSpan().CopyTo(_input);
            _direction.Clear();
            _direction.SeedIdentity(start, Chunk);
            value = _entry(_target, _targetTangent, _input, _direction, out TChunk partials);
            ChunkSeeding.ExtractGradient(partials, start, gradient, Chunk);
        }

        return value;
    }
}
