using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // The sine/cosine pairs of the block being emitted (SinCosPairs): the earlier call of a pair
    // computes both results, leaving the later call's in a synthetic variable that it copies.
    private readonly Dictionary<Operation, SinCosPairs.Pair> _sinCosFirst = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Operation, Variable> _sinCosSecond = new(ReferenceEqualityComparer.Instance);
    private IReadOnlySet<Variable>? _addressTaken;

    // The block being emitted, and its value numbering once an operation asked for it.
    private BasicBlock? _block;
    private LocalValueNumbering? _numbering;

    private void PlanSinCos(BasicBlock block)
    {
        _sinCosFirst.Clear();
        _sinCosSecond.Clear();
        if (!Enabled(CompilerOptions.SinCosPairs))
        {
            return;
        }

        foreach (SinCosPairs.Pair pair in SinCosPairs.Find(_method, block, _width, IsActive, () => _addressTaken ??= LocalValueNumbering.AddressTaken(_method)))
        {
            _sinCosFirst[pair.First] = pair;
        }
    }

    private bool TryEmitSinCos(Operation operation)
    {
        if (_sinCosSecond.Remove(operation, out Variable? result))
        {
            Copy(result, operation.Output!);
            return true;
        }

        if (!_sinCosFirst.Remove(operation, out SinCosPairs.Pair? pair))
        {
            return false;
        }

        // DualMath.SinCos is what the sine and cosine rules run, both from one primal SinCos, so
        // the values and the tangents are bit-identical to the two separate rule calls.
        Type dual = pair.Dual;
        Type scalar = dual.GetGenericTypeDefinition() == typeof(Dual<>) ? typeof(double) : typeof(float);
        MethodInfo sinCos = typeof(DualMath<,,>).MakeGenericType(dual, dual.GetGenericArguments()[0], scalar).GetMethod(nameof(DualMath<Dual<Chunk1>, Chunk1, double>.SinCos))!;
        Variable second = DeclareSynthetic(scalar, active: true);
        _sinCosSecond[pair.Second] = second;
        (Variable sine, Variable cosine) = pair.FirstIsSine ? (operation.Output!, second) : (second, operation.Output!);

        sinCos = LoadMemoForSinCos(dual) ?? sinCos;
        LoadDual(operation.Inputs[0], dual);
        _il.Emit(OpCodes.Call, sinCos);
        LocalBuilder both = Scratch(sinCos.ReturnType);
        _il.Emit(OpCodes.Stloc, both);
        _il.Emit(OpCodes.Ldloc, both);
        _il.Emit(OpCodes.Ldfld, sinCos.ReturnType.GetField("Item1")!);
        StoreDual(sine, dual);
        _il.Emit(OpCodes.Ldloc, both);
        _il.Emit(OpCodes.Ldfld, sinCos.ReturnType.GetField("Item2")!);
        StoreDual(cosine, dual);
        return true;
    }
}
