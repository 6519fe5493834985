using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // An element read x[i] (a double or float array whose chunk block has a cached reference)
    // whose only use is an add or a subtract a few operations later, with nothing but loads of
    // variables and constants between, is not emitted where it stands: the sum reads the element
    // itself, primal and tangent, as operands. Emitted in place, the read stored both parts in
    // locals, and the JIT, which moves a value into its use only from the statement just before
    // it, kept each as a separate load: y += x[n] was two loads and two adds of registers where a
    // hand-written loop has two adds with memory operands, and 28 bytes of loop where it has 20.
    // On this machine (Zen 4, shared) that loop ran 20-30% slower in the phases when its
    // neighbours were busy, when it straddled a 64-byte line, and the hand-written one did not.
    // The sum emits its primal first, so the primal read checks the array and the index before the
    // chunk is addressed (as in place). Nothing between the read and the sum writes a variable or
    // memory or can throw, so the read sees the same array, index and element.
    private readonly Dictionary<Variable, Operation> _deferredElements = new(ReferenceEqualityComparer.Instance);

    private bool TryDeferElementRead(Operation read, Variable element)
    {
        if (_block is null
            || !Enabled(CompilerOptions.ElementOperands)
            || element.Kind != VariableKind.Temporary
            || Uses(element) != 1
            || _slots[element].Tangent is not { } tangent
            || tangent.Type != ScalarChunk(element.Type)
            || !HasCachedChunkAddress(read))
        {
            return false;
        }

        int end = _block.EndsWithTransfer ? _block.Operations.Count - 1 : _block.Operations.Count;
        for (int i = _operationIndex + 1; i < end; i++)
        {
            Operation next = _block.Operations[i];
            if (next.Inputs.Contains(element))
            {
                if (next.Instruction.Op is ILOp.Add or ILOp.Subtract && next.Instruction.Flags == ILFlags.None && next.Output?.Type == element.Type)
                {
                    _deferredElements[element] = read;
                    return true;
                }

                return false;
            }

            if (!LoadsOnly(next))
            {
                return false;
            }
        }

        return false;
    }

    // Whether the operation only pushes a variable's value or a constant: no store, no memory, no exception.
    private static bool LoadsOnly(Operation operation)
    {
        return operation.Instruction.Op is ILOp.Nop or ILOp.LoadLocal or ILOp.LoadArgument or ILOp.LoadConstant;
    }

    // Before an operation that reads a deferred element: the sum it was deferred to takes it as an
    // operand; any other reader (the sum, if it cannot) gets it emitted now, in its locals.
    private bool TryEmitWithDeferredElements(Operation operation)
    {
        if (_deferredElements.Count == 0 || !operation.Inputs.Any(_deferredElements.ContainsKey))
        {
            return false;
        }

        if (TryEmitElementSum(operation))
        {
            return true;
        }

        foreach (Variable input in operation.Inputs)
        {
            if (_deferredElements.Remove(input, out Operation? read))
            {
                EmitElementRead(read, input);
            }
        }

        return false;
    }

    // a ± x[i], x[i] ± a, x[i] ± y[j]: the primal with the reads as operands, then the tangent leaf
    // by leaf with the chunks read in place. Primal first is safe for a sum: its tangent reads no primal.
    private bool TryEmitElementSum(Operation sum)
    {
        if (sum.Instruction.Op is not (ILOp.Add or ILOp.Subtract) || sum.Instruction.Flags != ILFlags.None
            || sum.Output is not { } output
            || ScalarChunk(output.Type) is not { } chunk
            || _slots[output].Tangent is not { } outputTangent
            || outputTangent.Type != chunk
            || ChunkLeaves.Of(chunk, output.Type) is not { } leaves
            || sum.Inputs.Count != 2
            || sum.Inputs[0] == sum.Inputs[1]
            || sum.Inputs.Any(v => _deferredProducts.ContainsKey(v)
                || (!_deferredElements.ContainsKey(v) && _slots[v].Tangent is { } t && t.Type != chunk)))
        {
            return false;
        }

        foreach (Variable input in sum.Inputs)
        {
            if (_deferredElements.TryGetValue(input, out Operation? read))
            {
                LoadPrimal(read.Inputs[0]);
                LoadPrimal(read.Inputs[1]);
                EmitInstruction(read.Instruction);
            }
            else
            {
                LoadPrimal(input);
            }
        }

        _il.Emit(sum.Instruction.OpCode);
        StorePrimal(output);

        bool subtract = sum.Instruction.Op == ILOp.Subtract;
        bool[] carries = [.. sum.Inputs.Select(v => _deferredElements.ContainsKey(v) || _slots[v].Tangent is not null)];
        Place result = outputTangent.Local is not null ? outputTangent : Place.Of(IndexedScratch(chunk, 2));
        foreach (FieldInfo[] path in leaves.Paths)
        {
            Type leaf = path[^1].FieldType;
            ChunkLeaves.LoadLeafOwner(_il, result, path);
            if (carries[0])
            {
                LoadOperandLeaf(sum.Inputs[0], path);
            }

            if (carries[1])
            {
                LoadOperandLeaf(sum.Inputs[1], path);
                if (carries[0])
                {
                    ChunkLeaves.Binary(_il, leaf, subtract ? ILOp.Subtract : ILOp.Add);
                }
                else if (subtract)
                {
                    ChunkLeaves.Negate(_il, leaf);
                }
            }

            _il.Emit(OpCodes.Stfld, path[^1]);
        }

        if (result != outputTangent)
        {
            result.Load(_il);
            StoreTangent(output);
        }

        foreach (Variable input in sum.Inputs)
        {
            _deferredElements.Remove(input);
        }

        return true;
    }

    private void LoadOperandLeaf(Variable operand, FieldInfo[] path)
    {
        if (!_deferredElements.TryGetValue(operand, out Operation? read))
        {
            ChunkLeaves.LoadLeaf(_il, _slots[operand].Tangent!.Value, path);
            return;
        }

        if (!TryLoadCachedChunkAddress(read))
        {
            throw new InvalidOperationException($"Internal error in {_method.Method.DeclaringType}.{_method.Method.Name}: a deferred element read lost its cached block reference.");
        }

        for (int i = 0; i < path.Length - 1; i++)
        {
            _il.Emit(OpCodes.Ldflda, path[i]);
        }

        _il.Emit(OpCodes.Ldfld, path[^1]);
    }

    // The chunk type of a double or float at this width; null for any other type.
    private Type? ScalarChunk(Type scalar) =>
        scalar == typeof(double) ? _width.DoubleChunk : scalar == typeof(float) ? _width.FloatChunk : null;
}
