using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// The Jacobian of an <c>Action&lt;double[], double[]&gt;</c> that writes its first argument from
/// its second, for inputs and outputs of one length each, prepared once (rule built, input copy,
/// seed block, output tangent, closure tangent and a copy of the output's initial values
/// allocated), so that an evaluation allocates only the Jacobian it returns. One thread at a time:
/// <see cref="Forward.Jacobian(Action{double[], double[]}, double[], double[], int)"/> keeps one
/// per thread (<see cref="LastPlan{TPlan}"/>).
/// </summary>
[TakesDerivatives]
internal abstract class InPlaceJacobianPlan
{
    private readonly PlanKey _key;

    private protected InPlaceJacobianPlan(Action<double[], double[]> function, int outputs, int inputs, int chunk)
    {
        _key = new PlanKey(function, inputs, outputs, chunk, parallel: false);
        Outputs = outputs;
        Inputs = inputs;
        Chunk = chunk;
    }

    /// <summary>The length of the output the function writes.</summary>
    public int Outputs { get; }

    /// <summary>The length of the inputs.</summary>
    public int Inputs { get; }

    /// <summary>The directions each pass carries.</summary>
    public int Chunk { get; }

    /// <summary>Prepares the plan of <paramref name="f"/> for outputs of <paramref name="outputs"/> and inputs of <paramref name="inputs"/> elements, in passes of <paramref name="chunk"/> directions.</summary>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static InPlaceJacobianPlan Prepare(Action<double[], double[]> f, int outputs, int inputs, int chunk) =>
        ChunkWidth.Resolve(chunk).Accept(new Factory(f, outputs, inputs, chunk));

    /// <summary>Whether this plan is the one <see cref="Prepare"/> would build for these arguments (same method and closure).</summary>
    public bool Serves(Action<double[], double[]> f, int outputs, int inputs, int chunk) => _key.Matches(f, inputs, outputs, chunk, parallel: false);

    /// <summary>
    /// The Jacobian of what the function writes into <paramref name="y"/> (of <see cref="Outputs"/>
    /// elements) with respect to <paramref name="x"/> (of <see cref="Inputs"/>). Every pass starts
    /// from the caller's <paramref name="y"/>, which afterwards holds the result of one call.
    /// </summary>
    public abstract double[,] Evaluate(double[] y, double[] x);

    private sealed class Factory(Action<double[], double[]> f, int outputs, int inputs, int chunk) : IChunkVisitor<InPlaceJacobianPlan>
    {
        public InPlaceJacobianPlan Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
            => new InPlaceJacobianPlan<TChunk>(f, outputs, inputs, chunk);
    }
}

/// <summary>An <see cref="InPlaceJacobianPlan"/> at the width of <typeparamref name="TChunk"/>.</summary>
internal sealed class InPlaceJacobianPlan<TChunk> : InPlaceJacobianPlan
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly ArrayIntoArray<TChunk> _entry;
    private readonly object? _target;

    // The input copy, seed block, closure tangent and memo. The function writes y, so it is never
    // taken to leave its arrays alone: the input is copied and the block rebuilt every pass.
    private readonly PassWorkspace<TChunk> _workspace;
    private readonly ArrayTangent<TChunk, double> _output;

    // The caller's y as it was before the first pass (values only: the plan holds no caller's array).
    private readonly double[] _initial;

    public InPlaceJacobianPlan(Action<double[], double[]> f, int outputs, int inputs, int chunk)
        : base(f, outputs, inputs, chunk)
    {
        _entry = EntryPoints.For<ArrayIntoArray<TChunk>>(f.Method, memo: inputs > chunk);
        _target = f.Target;
        _workspace = new PassWorkspace<TChunk>(f.Target, inputs, readOnly: false);
        _output = new ArrayTangent<TChunk, double>(outputs);
        _initial = new double[outputs];
    }

    public override double[,] Evaluate(double[] y, double[] x)
    {
        var jacobian = new double[Outputs, Inputs];

        // f may read y (y[i] += ...): every pass starts from the caller's y, so that the
        // derivative is that of one call and y holds one call's result afterwards.
        y.AsSpan().CopyTo(_initial);
        using PrimalMemo.Installation memo = PrimalMemo.Install(Inputs > Chunk ? _workspace.Memo : null);
        for (int start = 0; start < Inputs; start += Chunk)
        {
            _initial.AsSpan().CopyTo(y);
            try
            {
                double[] input = _workspace.Begin(x, start, Chunk);
                _output.Clear();
                ArrayIntoArrayCall<TChunk>.Call(_entry, _target, _workspace.TargetTangent, y, _output, input, _workspace.Direction);
                _output.ExtractColumns(start, Math.Min(Chunk, Inputs - start), jacobian);
            }
            finally
            {
                _workspace.End(start, Chunk);
            }
        }

        return jacobian;
    }
}
