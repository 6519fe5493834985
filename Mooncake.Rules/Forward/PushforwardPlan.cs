using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// One pass of a <c>Func&lt;double[], double&gt;</c> carrying <see cref="Directions"/> directions,
/// for inputs of one length, prepared once (rule built, direction block, input copy and closure
/// tangent allocated) and evaluated without allocating. The caller's arrays are never modified.
/// An instance may be used by one thread at a time; prepare one per thread to evaluate in parallel.
/// </summary>
/// <remarks>
/// Each evaluation writes the directions into the plan's chunk-major block (element i's lanes
/// side by side), which for a cheap function is a sizeable part of the pass: the overload taking
/// a <c>double[,]</c> whose row i holds element i's directions is a plain copy when
/// <see cref="Directions"/> is a supported chunk width (1, 2, 4, 8, 16, 32, 64), the one taking
/// an array per direction a transpose. For a function that provably cannot write its argument
/// the caller's <c>x</c> goes into the pass as is; otherwise it is copied first.
/// </remarks>
[TakesDerivatives]
public abstract class PushforwardPlan
{
    private readonly PlanKey _key;

    private protected PushforwardPlan(Func<double[], double> function, int length, int directions)
    {
        _key = new PlanKey(function, length, 0, directions, parallel: false);
        Length = length;
        Directions = directions;
    }

    /// <summary>The length of the inputs and of each direction.</summary>
    public int Length { get; }

    /// <summary>The number of directions each evaluation carries.</summary>
    public int Directions { get; }

    /// <summary>
    /// Returns <c>f(x)</c> and sets <c>result[k]</c> to the directional derivative
    /// <c>grad f(x) · directions[k]</c> for each of the <see cref="Directions"/> directions.
    /// </summary>
    /// <exception cref="ArgumentNullException">An array or a direction is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> or a direction does not have <see cref="Length"/> elements, there are not <see cref="Directions"/> directions, or <paramref name="result"/> is shorter than <see cref="Directions"/>.</exception>
    public double ValueAndPushforward(double[] x, double[][] directions, double[] result)
    {
        RequireInput(x);
        RequireDirections(directions);
        ArgumentNullException.ThrowIfNull(result);
        RequireResult(result);
        SeedFrom(directions);
        return Run(x, result);
    }

    private void RequireDirections(double[][] directions)
    {
        ArgumentNullException.ThrowIfNull(directions);
        if (directions.Length != Directions)
        {
            throw new ArgumentException($"The plan was prepared for {Directions} directions, but {nameof(directions)} has {directions.Length}.", nameof(directions));
        }

        for (int k = 0; k < directions.Length; k++)
        {
            if (directions[k] is null)
            {
                // Not ThrowIfNull: its name argument, an interpolated string, would be built on every call.
                throw new ArgumentNullException($"{nameof(directions)}[{k}]");
            }

            if (directions[k].Length != Length)
            {
                throw new ArgumentException($"Direction {k} has {directions[k].Length} elements but x has {Length}.", nameof(directions));
            }
        }
    }

    /// <summary>
    /// Returns <c>f(x)</c> and sets <c>result[k]</c> to the directional derivative along column k
    /// of <paramref name="directions"/>, a <see cref="Length"/> × <see cref="Directions"/> matrix
    /// whose row i holds element i's directions (the chunk-major layout the pass runs on).
    /// </summary>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have <see cref="Length"/> elements, <paramref name="directions"/> is not <see cref="Length"/> × <see cref="Directions"/>, or <paramref name="result"/> is shorter than <see cref="Directions"/>.</exception>
    public double ValueAndPushforward(double[] x, double[,] directions, double[] result)
    {
        RequireInput(x);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentNullException.ThrowIfNull(result);
        if (directions.GetLength(0) != Length || directions.GetLength(1) != Directions)
        {
            throw new ArgumentException(
                $"The plan was prepared for {Length} inputs and {Directions} directions, so {nameof(directions)} must be {Length}×{Directions}, not {directions.GetLength(0)}×{directions.GetLength(1)}.",
                nameof(directions));
        }

        RequireResult(result);
        SeedFrom(directions);
        return Run(x, result);
    }

    /// <summary>
    /// Seeds <paramref name="directions"/> (one array of <see cref="Length"/> elements per
    /// direction) once into a chunk-major block for this plan, to be reused by
    /// <see cref="ValueAndPushforward(double[], PushforwardDirections, double[])"/> at any number
    /// of points: the common case of the same directions at new points then skips the transpose
    /// (for a cheap function, as costly as the function itself). The block is a copy: later
    /// changes to the arrays do not reach it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="directions"/> or a direction is null.</exception>
    /// <exception cref="ArgumentException">There are not <see cref="Directions"/> directions, or one does not have <see cref="Length"/> elements.</exception>
    public PushforwardDirections PrepareDirections(double[][] directions)
    {
        RequireDirections(directions);
        return CreateDirections(directions);
    }

    /// <summary>
    /// Returns <c>f(x)</c> and sets <c>result[k]</c> to the directional derivative along the
    /// k-th of the <paramref name="directions"/> this plan prepared
    /// (<see cref="PrepareDirections"/>): the same numbers, bit for bit, as the overload taking
    /// the direction arrays, without writing them into the block again.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have <see cref="Length"/> elements, <paramref name="directions"/> were prepared by another plan, or <paramref name="result"/> is shorter than <see cref="Directions"/>.</exception>
    public double ValueAndPushforward(double[] x, PushforwardDirections directions, double[] result)
    {
        RequireInput(x);
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentNullException.ThrowIfNull(result);
        if (!ReferenceEquals(directions.Plan, this))
        {
            throw new ArgumentException("The directions were prepared by another plan; prepare them with this plan's PrepareDirections.", nameof(directions));
        }

        RequireResult(result);
        return Run(x, directions, result);
    }

    /// <summary>Whether this plan is the one <c>PreparePushforward(f, length, directions)</c> would build (same method and closure).</summary>
    internal bool Serves(Func<double[], double> f, int length, int directions) => _key.Matches(f, length, 0, directions, parallel: false);

    // Writes the directions into the plan's block.
    private protected abstract void SeedFrom(double[][] directions);

    private protected abstract void SeedFrom(double[,] directions);

    // Runs the pass on the seeded block; writes the Directions derivatives into result.
    private protected abstract double Run(double[] x, double[] result);

    private protected abstract PushforwardDirections CreateDirections(double[][] directions);

    // Runs the pass on a block this plan prepared.
    private protected abstract double Run(double[] x, PushforwardDirections directions, double[] result);

    // The checks inline and the throws do not (their messages are built in methods of their own),
    // which saves two calls of each evaluation: a few nanoseconds of a cheap function.
    private void RequireInput(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != Length)
        {
            ThrowInputLength(x.Length);
        }
    }

    private void RequireResult(double[] result)
    {
        if (result.Length < Directions)
        {
            ThrowResultLength(result.Length);
        }
    }

    [DoesNotReturn]
    private void ThrowInputLength(int length) =>
        throw new ArgumentException($"The plan was prepared for {Length} inputs, but x has {length} elements.", "x");

    [DoesNotReturn]
    private void ThrowResultLength(int length) =>
        throw new ArgumentException($"The result has room for {length} derivatives but there are {Directions} directions.", "result");
}

/// <summary>A <see cref="PushforwardPlan"/> at the width of <typeparamref name="TChunk"/>.</summary>
internal sealed class PushforwardPlan<TChunk> : PushforwardPlan
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly ArrayToScalar<TChunk> _entry;
    private readonly object? _target;
    private readonly object? _targetTangent;
    private readonly ArrayTangent<TChunk, double> _direction;

    // The copy the pass runs on when the function may write its argument; empty otherwise.
    private readonly double[] _input;
    private readonly bool _readOnly;

    public PushforwardPlan(Func<double[], double> f, int length, int directions)
        : base(f, length, directions)
    {
        // One pass per call: no memo is ever installed, so the rule is built without one.
        _entry = EntryPoints.For<ArrayToScalar<TChunk>>(f.Method, memo: false);
        _target = f.Target;
        _targetTangent = EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Of<TChunk>());
        _direction = new ArrayTangent<TChunk, double>(length);
        _readOnly = InputWrites.CannotWrite(f.Method);
        _input = _readOnly ? [] : new double[length];
    }

    // Every carried lane is overwritten, so the block needs no clearing. The spare lanes of a
    // width rounded up (3 directions on 4 lanes) are zero from allocation and stay so for a
    // function that cannot write its argument's tangent; otherwise the function may have written
    // them, and they are cleared with the rest.
    private protected override void SeedFrom(double[][] directions) =>
        DirectionBlock.Transpose(directions, Directions, _direction.Block, Length, TChunk.Width, clearSpare: !_readOnly);

    private protected override void SeedFrom(double[,] directions) =>
        DirectionBlock.Copy(directions, Directions, _direction.Block, Length, TChunk.Width, clearSpare: !_readOnly);

    private protected override PushforwardDirections CreateDirections(double[][] directions)
    {
        // Spare lanes are zero from allocation.
        var block = new ArrayTangent<TChunk, double>(Length);
        DirectionBlock.Transpose(directions, Directions, block.Block, Length, TChunk.Width, clearSpare: false);
        return new PushforwardDirections(this, block);
    }

    // A function that may write its argument may write its tangent: it runs on a copy of the
    // prepared block (a plain copy, no transpose), which stays as prepared.
    private protected override double Run(double[] x, PushforwardDirections directions, double[] result)
    {
        var prepared = (ArrayTangent<TChunk, double>)directions.Block;
        if (_readOnly)
        {
            return Run(x, prepared, result);
        }

        prepared.Block.AsSpan().CopyTo(_direction.Block);
        return Run(x, _direction, result);
    }

    private protected override double Run(double[] x, double[] result) => Run(x, _direction, result);

    private double Run(double[] x, ArrayTangent<TChunk, double> direction, double[] result)
    {
        double[] input = x;
        if (!_readOnly)
        {
            x.AsSpan().CopyTo(_input);
            input = _input;
        }

        double value = ArrayToScalarCall<TChunk>.Call(_entry, _target, _targetTangent, input, direction, out TChunk partials);
        if (Directions == TChunk.Width)
        {
            // One store rather than a call of Memmove, a few nanoseconds of a cheap function
            // (result has room: it was checked against Directions).
            TChunk.StoreUnsafe(partials, ref MemoryMarshal.GetArrayDataReference(result));
        }
        else
        {
            ChunkLanes.AsSpan<TChunk, double>(in partials)[..Directions].CopyTo(result);
        }

        return value;
    }
}
