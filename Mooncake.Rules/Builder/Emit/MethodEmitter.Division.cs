using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // Scratch slots of the division's scalars and leaf temporaries (IndexedScratch indices past those of the other operations).
    private const int QuotientSlot = 16, FirstFactorSlot = 17, SecondFactorSlot = 18;

    // A division written out leaf by leaf, as DualMath.Divide computes it: q = x / y; the local
    // derivatives 1/c (x / c), -q / x (c / x), or 1/y and -q · (1/y) (x / y); then, if they are
    // finite, the scaled tangents (fma(x', 1/y, y' · (-q/y)) for two active operands), otherwise the
    // tangent as ratios lane by lane (ChunkLanes.QuotientTangent: strong zero, and no overflow of a
    // derivative the tangent does not need). A rule call here took a Dual struct built from the parts, a call and
    // two getters: in a long body (MathNet's ErfImp, dozens of rational approximations) the JIT's
    // inline budget runs out and each of them became a call.
    private bool TryEmitLeafDivision(Operation operation, Variable output, Place outputTangent, ChunkLeaves leaves)
    {
        Type scalar = output.Type;
        Type chunk = leaves.Chunk;
        IReadOnlyList<Variable> inputs = operation.Inputs;
        var tangents = new Place?[2];
        for (int i = 0; i < 2; i++)
        {
            if (_slots[inputs[i]].Tangent is { } tangent)
            {
                tangents[i] = tangent.Type == chunk ? tangent : CopyToScratch(inputs[i], chunk, i);
            }
        }

        // The primal parts first: the output may be one of the inputs.
        LocalBuilder q = IndexedScratch(scalar, QuotientSlot), d1 = IndexedScratch(scalar, FirstFactorSlot), d2 = IndexedScratch(scalar, SecondFactorSlot);
        LoadPrimal(inputs[0]);
        EmitDivideBy(inputs[1]);
        _il.Emit(OpCodes.Stloc, q);
        bool both = tangents[0] is not null && tangents[1] is not null;
        if (tangents[0] is not null)
        {
            // 1 / y, the derivative along x (x / c, and the first of x / y).
            ChunkLeaves.EmitOne(_il, scalar);
            EmitDivideBy(inputs[1]);
            _il.Emit(OpCodes.Stloc, d1);
            if (both)
            {
                // -q · (1 / y), the derivative along y.
                _il.Emit(OpCodes.Ldloc, q);
                _il.Emit(OpCodes.Neg);
                _il.Emit(OpCodes.Ldloc, d1);
                _il.Emit(OpCodes.Mul);
                _il.Emit(OpCodes.Stloc, d2);
            }
        }
        else
        {
            // c / x: -q / x.
            _il.Emit(OpCodes.Ldloc, q);
            _il.Emit(OpCodes.Neg);
            LoadPrimal(inputs[1]);
            _il.Emit(OpCodes.Div);
            _il.Emit(OpCodes.Stloc, d1);
        }

        Place result = outputTangent.Local is not null ? outputTangent : Place.Of(IndexedScratch(chunk, inputs.Count));
        Label strong = _il.DefineLabel(), done = _il.DefineLabel();
        EmitIsFinite(d1);
        if (both)
        {
            EmitIsFinite(d2);
            _il.Emit(OpCodes.And);
        }

        _il.Emit(OpCodes.Brfalse, strong);
        foreach (FieldInfo[] path in leaves.Paths)
        {
            Type leaf = path[^1].FieldType;
            ChunkLeaves.LoadLeafOwner(_il, result, path);
            ChunkLeaves.LoadLeaf(_il, (tangents[0] ?? tangents[1])!.Value, path);
            _il.Emit(OpCodes.Ldloc, d1);
            ChunkLeaves.Broadcast(_il, leaf, scalar);
            if (both)
            {
                // Combine(x', 1/y, y', -q/y) = fma(x', 1/y, y' · (-q/y)).
                ChunkLeaves.LoadLeaf(_il, tangents[1]!.Value, path);
                _il.Emit(OpCodes.Ldloc, d2);
                ChunkLeaves.Broadcast(_il, leaf, scalar);
                ChunkLeaves.Binary(_il, leaf, ILOp.Multiply);
                ChunkLeaves.FusedMultiplyAdd(_il, leaf);
            }
            else
            {
                ChunkLeaves.Binary(_il, leaf, ILOp.Multiply);
            }

            _il.Emit(OpCodes.Stfld, path[^1]);
        }

        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(strong);
        // A local derivative overflowed (or y is zero): the tangent as a ratio, lane by lane
        // (ChunkLanes.QuotientTangent), so that 1 / y at y = 1e-269 keeps a finite tangent.
        for (int i = 0; i < 2; i++)
        {
            if (tangents[i] is { } tangent)
            {
                tangent.Load(_il);
            }
            else
            {
                LoadZero(chunk);
            }
        }

        _il.Emit(OpCodes.Ldloc, q);
        LoadPrimal(inputs[1]);
        _il.Emit(OpCodes.Call, typeof(ChunkLanes).GetMethod(nameof(ChunkLanes.QuotientTangent))!.MakeGenericMethod(chunk, scalar));
        result.Store(_il);
        _il.MarkLabel(done);
        _il.Emit(OpCodes.Ldloc, q);
        StorePrimal(output);
        if (result != outputTangent)
        {
            result.Load(_il);
            StoreTangent(output);
        }

        return true;
    }

    // Pushes whether the scalar in the local is finite: d - d is 0 for a finite d and NaN for an
    // infinity or a NaN (T.IsFinite, without a call).
    private void EmitIsFinite(LocalBuilder value)
    {
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Ldloc, value);
        _il.Emit(OpCodes.Sub);
        ChunkLeaves.EmitZero(_il, value.LocalType);
        _il.Emit(OpCodes.Ceq);
    }

    // Divides the value on the stack by the primal of divisor. A literal power of two becomes a
    // product with its reciprocal, which is exact, so the result is the same bit for bit: the JIT
    // makes that change in compiled C#, but not once the literal sits in a local of a rule.
    private void EmitDivideBy(Variable divisor)
    {
        if (ReciprocalOf(divisor) is { } reciprocal)
        {
            if (divisor.Type == typeof(float))
            {
                _il.Emit(OpCodes.Ldc_R4, (float)reciprocal);
            }
            else
            {
                _il.Emit(OpCodes.Ldc_R8, reciprocal);
            }

            _il.Emit(OpCodes.Mul);
            return;
        }

        LoadPrimal(divisor);
        _il.Emit(OpCodes.Div);
    }

    // The exact reciprocal of a divisor that is a literal power of two whose reciprocal is a
    // normal number of the divisor's type, or null.
    private double? ReciprocalOf(Variable divisor)
    {
        if (!_request.Options.HasFlag(CompilerOptions.LiteralDivisors))
        {
            return null;
        }

        _literals ??= Literals();
        if (!_literals.TryGetValue(divisor, out double value) || value == 0 || !double.IsFinite(value) || !double.IsPow2(Math.Abs(value)))
        {
            return null;
        }

        int exponent = Math.ILogB(value);
        int limit = divisor.Type == typeof(float) ? 126 : 1022;
        return exponent >= -limit && exponent <= limit ? 1.0 / value : null;
    }

    // The temporaries that hold a floating-point literal (ldc.r8, ldc.r4): each is assigned once.
    private Dictionary<Variable, double> Literals()
    {
        var literals = new Dictionary<Variable, double>();
        foreach (Operation operation in _method.Blocks.SelectMany(b => b.Operations))
        {
            if (operation.Output is { Kind: VariableKind.Temporary } output && operation.Instruction.Operand is var operand
                && (operation.Instruction.OpCode == OpCodes.Ldc_R8 || operation.Instruction.OpCode == OpCodes.Ldc_R4))
            {
                literals[output] = Convert.ToDouble(operand);
            }
        }

        return literals;
    }

    private Dictionary<Variable, double>? _literals;
}
