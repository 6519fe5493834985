using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly Dictionary<ILOp, string> ArithmeticRules = new()
    {
        [ILOp.Add] = "Add",
        [ILOp.Subtract] = "Subtract",
        [ILOp.Multiply] = "Multiply",
        [ILOp.Divide] = "Divide",
        [ILOp.Remainder] = "Remainder",
        [ILOp.Negate] = "Negate",
    };

    // Floating-point arithmetic with an active operand calls DualMath: the overload taking a
    // plain number for an inactive operand, so constants cost no tangent work.
    private bool TryEmitArithmetic(Operation operation)
    {
        if (operation.Instruction.Flags != ILFlags.None || !ArithmeticRules.TryGetValue(operation.Instruction.Op, out string? rule)
            || operation.Output is not { } output
            || (output.Type != typeof(double) && output.Type != typeof(float))
            || !operation.Inputs.Any(IsActive))
        {
            return false;
        }

        if (TryEmitLeafArithmetic(operation, output))
        {
            return true;
        }

        Type scalar = output.Type;
        Type dual = DualShapes.ScalarDual(scalar, _width);
        Type[] parameters = [.. operation.Inputs.Select(v => IsActive(v) ? dual : scalar)];
        MethodInfo method = DualShapes.ScalarMath(scalar, _width).GetMethod(rule, parameters)
            ?? throw Unsupported(operation.Instruction, $"DualMath has no {rule}({string.Join(", ", parameters.Select(p => p.Name))})");
        foreach (Variable input in operation.Inputs)
        {
            if (IsActive(input))
            {
                LoadDual(input, dual);
            }
            else
            {
                LoadPrimal(input);
            }
        }

        _il.Emit(OpCodes.Call, method);
        StoreDual(output, dual);
        return true;
    }

    // add, sub, mul and neg are written out leaf by leaf (ChunkLeaves): the primal as the IL
    // opcode itself, the tangent as vector intrinsics, lane for lane what DualMath computes
    // (x' + y', x' - y', -x', fma(x', y, y' · x), x' · c), and a square as (2v) · v'. Intrinsics need no inlining, so a long
    // straight-line body stays free of calls however many operations it has.
    private bool TryEmitLeafArithmetic(Operation operation, Variable output)
    {
        ILOp op = operation.Instruction.Op;
        Type scalar = output.Type;
        Type chunk = scalar == typeof(double) ? _width.DoubleChunk : _width.FloatChunk;
        if (op is not (ILOp.Add or ILOp.Subtract or ILOp.Multiply or ILOp.Negate or ILOp.Divide)
            || _slots[output].Tangent is not { } outputTangent
            || outputTangent.Type != chunk
            || ChunkLeaves.Of(chunk, scalar) is not { } leaves)
        {
            return false;
        }

        if (op == ILOp.Divide)
        {
            return _request.Options.HasFlag(CompilerOptions.WrittenDivisions) && TryEmitLeafDivision(operation, output, outputTangent, leaves);
        }

        if ((op == ILOp.Multiply && TryDeferProduct(operation, output, chunk))
            || (op is ILOp.Add or ILOp.Subtract && outputTangent.Local is not null && TryEmitFusedSum(operation, output, outputTangent, leaves)))
        {
            return true;
        }

        // Operands are read in place (their tangent locals or parameters, by address), and the
        // result is written leaf by leaf into the output's tangent local: few IL bytes and few local
        // references per operation, which keeps long bodies under the JIT's MinOpts thresholds.
        // Each leaf of the result is written after its operands' leaves are read, and the primal
        // after the tangent, so an output that is also an input is still right.
        IReadOnlyList<Variable> inputs = operation.Inputs;
        var tangents = new Place?[inputs.Count];
        for (int i = 0; i < inputs.Count; i++)
        {
            if (_slots[inputs[i]].Tangent is { } tangent)
            {
                tangents[i] = tangent.Type == chunk ? tangent : CopyToScratch(inputs[i], chunk, i);
            }
        }

        Place result = outputTangent.Local is not null ? outputTangent : Place.Of(IndexedScratch(chunk, inputs.Count));
        foreach (FieldInfo[] path in leaves.Paths)
        {
            Type leaf = path[^1].FieldType;
            ChunkLeaves.LoadLeafOwner(_il, result, path);
            switch (op)
            {
                case ILOp.Negate:
                    ChunkLeaves.LoadLeaf(_il, tangents[0]!.Value, path);
                    ChunkLeaves.Negate(_il, leaf);
                    break;
                case ILOp.Add or ILOp.Subtract when tangents[0] is { } a && tangents[1] is { } b:
                    ChunkLeaves.LoadLeaf(_il, a, path);
                    ChunkLeaves.LoadLeaf(_il, b, path);
                    ChunkLeaves.Binary(_il, leaf, op);
                    break;
                case ILOp.Add:
                    ChunkLeaves.LoadLeaf(_il, (tangents[0] ?? tangents[1])!.Value, path);
                    break;
                case ILOp.Subtract when tangents[0] is { } a:
                    ChunkLeaves.LoadLeaf(_il, a, path);
                    break;
                case ILOp.Subtract:
                    ChunkLeaves.LoadLeaf(_il, tangents[1]!.Value, path);
                    ChunkLeaves.Negate(_il, leaf);
                    break;
                case ILOp.Multiply when tangents[0] is not null && tangents[1] is not null && SquareOf(inputs) is { } square:
                    // v · v: (2v) · v', one broadcast and one product where the product rule takes
                    // two of each (2v is exact, so this differs from fma(v', v, v' · v) by at most
                    // one rounding, the same at every width); (c·v) · v likewise: (2(c·v)) · v'.
                    ChunkLeaves.LoadLeaf(_il, (inputs[0] == square.Of ? tangents[0] : tangents[1])!.Value, path);
                    LoadPrimal(square.Half);
                    EmitTwo(scalar);
                    _il.Emit(OpCodes.Mul);
                    ChunkLeaves.Broadcast(_il, leaf, scalar);
                    ChunkLeaves.Binary(_il, leaf, ILOp.Multiply);
                    break;
                case ILOp.Multiply when tangents[0] is { } a && tangents[1] is { } b:
                    // Combine(x', y, y', x) = fma(x', y, y' · x).
                    ChunkLeaves.LoadLeaf(_il, a, path);
                    LoadPrimal(inputs[1]);
                    ChunkLeaves.Broadcast(_il, leaf, scalar);
                    ChunkLeaves.LoadLeaf(_il, b, path);
                    LoadPrimal(inputs[0]);
                    ChunkLeaves.Broadcast(_il, leaf, scalar);
                    ChunkLeaves.Binary(_il, leaf, ILOp.Multiply);
                    ChunkLeaves.FusedMultiplyAdd(_il, leaf);
                    break;
                default:
                    // mul by a constant: Scale(x', c) = x' · c.
                    int active = tangents[0] is null ? 1 : 0;
                    ChunkLeaves.LoadLeaf(_il, tangents[active]!.Value, path);
                    LoadPrimal(inputs[1 - active]);
                    ChunkLeaves.Broadcast(_il, leaf, scalar);
                    ChunkLeaves.Binary(_il, leaf, ILOp.Multiply);
                    break;
            }

            _il.Emit(OpCodes.Stfld, path[^1]);
        }

        foreach (Variable input in inputs)
        {
            LoadPrimal(input);
        }

        _il.Emit(operation.Instruction.OpCode);
        StorePrimal(output);
        if (result != outputTangent)
        {
            result.Load(_il);
            StoreTangent(output);
        }

        return true;
    }

    // Whether a product's two operands are the same value: the same variable, or two reads the
    // block's value numbering proves equal (x[i] * x[i], a * a with a not written between).
    private bool IsSquare(IReadOnlyList<Variable> inputs) => SameValue(inputs[0], inputs[1]);

    private bool SameValue(Variable a, Variable b) =>
        a == b || (_block is not null && (_numbering ??= LocalValueNumbering.Of(_method, _block, _addressTaken ??= LocalValueNumbering.AddressTaken(_method))).Same(a, b));

    // A product of two active operands that is a square: v · v (Of = Half = v), or a scaled square
    // (c·v) · v or v · (c·v) with c inactive (Of = v, Half = c·v): its tangent is (2·Half) · Of'.
    // 100 * b * b parses as (100 * b) * b; as a product of two active values its tangent took two
    // broadcasts, a product and an FMA, where this takes one broadcast and one product.
    private (Variable Of, Variable Half)? SquareOf(IReadOnlyList<Variable> inputs)
    {
        if (!Enabled(CompilerOptions.Squares))
        {
            return null;
        }

        if (IsSquare(inputs))
        {
            return (inputs[0], inputs[0]);
        }

        for (int k = 0; k < 2; k++)
        {
            if (inputs[k].Kind == VariableKind.Temporary
                && _block?.Operations.FirstOrDefault(o => o.Output == inputs[k]) is { Instruction.Op: ILOp.Multiply, Inputs: [var x, var y] }
                && (IsActive(x) != IsActive(y))
                && SameValue(IsActive(x) ? x : y, inputs[1 - k]))
            {
                return (inputs[1 - k], inputs[k]);
            }
        }

        return null;
    }

    private void EmitTwo(Type scalar)
    {
        if (scalar == typeof(float))
        {
            _il.Emit(OpCodes.Ldc_R4, 2f);
        }
        else
        {
            _il.Emit(OpCodes.Ldc_R8, 2.0);
        }
    }

    private Place CopyToScratch(Variable variable, Type chunk, int index)
    {
        LocalBuilder scratch = IndexedScratch(chunk, index);
        LoadTangent(variable, chunk);
        _il.Emit(OpCodes.Stloc, scratch);
        return Place.Of(scratch);
    }

    // Scratch locals told apart by an index, for operations that hold several values of one type at once.
    private LocalBuilder IndexedScratch(Type type, int index)
    {
        if (!_indexedScratch.TryGetValue((type, index), out LocalBuilder? local))
        {
            local = DeclareLocal(type);
            _indexedScratch[(type, index)] = local;
        }

        return local;
    }
}
