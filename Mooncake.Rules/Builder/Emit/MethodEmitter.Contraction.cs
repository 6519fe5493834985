using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // A scaling or a square whose only use is an add or a subtract later in the block leaves its
    // tangent to it: the sum's tangent is then one fused multiply-add (a' + x'·c as fma(x', c, a'),
    // a' + v·v as fma(v', 2v, a')), where it was a product, an add and a store and load of the
    // product's chunk. Accumulations (a += w[k] * x[k] with constant weights, s += r * r) are the
    // inner loops of matrix-vector products and sums of squares. The tangent is rounded once
    // where it was rounded twice: it differs from the rule's by at most that rounding, the same at
    // every width. The primal is the IL's, untouched. The product's operands are temporaries (values
    // on the evaluation stack, written once in the block), so they still hold their values and
    // tangents when the sum reads them, whatever runs in between.
    // A product of two active values is not folded: fma(x', y, fma(y', x, a')) puts two FMAs on
    // the accumulator's dependency chain where a' + m' puts one add (m' is computed off the
    // chain), and measured slower (simple_mlp 1.6x to 2.1x the primal at width 1).
    private readonly Dictionary<Variable, Operation> _deferredProducts = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Variable, int>? _uses;
    private int _operationIndex;

    private bool TryDeferProduct(Operation product, Variable output, Type chunk)
    {
        if (_block is null
            || !Enabled(CompilerOptions.FusedSums)
            || Uses(output) != 1
            || product.Inputs.Any(v => v.Kind != VariableKind.Temporary || (_slots[v].Tangent is { } t && t.Type != chunk))
            || (IsActive(product.Inputs[0]) && IsActive(product.Inputs[1]) && SquareOf(product.Inputs) is null)
            || ConsumingSum(output) is not { } sum
            || sum.Output is not { } sumOutput
            || sumOutput.Type != output.Type
            || _slots[sumOutput].Tangent is not { } sumTangent
            || sumTangent.Type != chunk
            || sumTangent.Local is null)
        {
            return false;
        }

        // a + m, m + a, a - m: the other operand carries a tangent of this chunk type, and is not
        // itself a product left to this sum (a sum folds one).
        int at = sum.Inputs[1] == output ? 1 : 0;
        Variable other = sum.Inputs[1 - at];
        if ((at == 0 && sum.Instruction.Op == ILOp.Subtract)
            || other == output
            || _slots[other].Tangent is not { } otherTangent || otherTangent.Type != chunk
            || _deferredProducts.ContainsKey(other))
        {
            return false;
        }

        foreach (Variable input in product.Inputs)
        {
            LoadPrimal(input);
        }

        _il.Emit(product.Instruction.OpCode);
        StorePrimal(output);
        _deferredProducts[output] = product;
        return true;
    }

    // The add or subtract of two operands later in this block that reads value, before the
    // block's transfers (emitted before its last operation when that transfers control); or null.
    private Operation? ConsumingSum(Variable value)
    {
        int end = _block!.EndsWithTransfer ? _block.Operations.Count - 1 : _block.Operations.Count;
        for (int i = _operationIndex + 1; i < end; i++)
        {
            Operation operation = _block.Operations[i];
            if (operation.Inputs.Contains(value))
            {
                return operation.Instruction.Op is ILOp.Add or ILOp.Subtract && operation.Instruction.Flags == ILFlags.None && operation.Inputs.Count == 2 ? operation : null;
            }
        }

        return null;
    }

    // The tangent of a sum one of whose operands is a deferred product, leaf by leaf; false if neither is.
    private bool TryEmitFusedSum(Operation sum, Variable output, Place outputTangent, ChunkLeaves leaves)
    {
        int at = _deferredProducts.ContainsKey(sum.Inputs[^1]) ? sum.Inputs.Count - 1 : _deferredProducts.ContainsKey(sum.Inputs[0]) ? 0 : -1;
        if (at < 0 || !_deferredProducts.Remove(sum.Inputs[at], out Operation? product))
        {
            return false;
        }

        Type scalar = output.Type;
        bool subtract = sum.Instruction.Op == ILOp.Subtract;
        Place other = _slots[sum.Inputs[1 - at]].Tangent!.Value;
        IReadOnlyList<Variable> factors = product.Inputs;
        Place? first = _slots[factors[0]].Tangent, second = _slots[factors[1]].Tangent;
        (Variable Of, Variable Half)? square = first is not null && second is not null ? SquareOf(factors) : null;
        foreach (FieldInfo[] path in leaves.Paths)
        {
            Type leaf = path[^1].FieldType;
            ChunkLeaves.LoadLeafOwner(_il, outputTangent, path);
            if (square is { } sq)
            {
                // a' ± (2h)·v' for v·v (h = v) or (c·v)·v (h = c·v).
                ChunkLeaves.LoadLeaf(_il, _slots[sq.Of].Tangent!.Value, path);
                LoadPrimal(sq.Half);
                EmitTwo(scalar);
                _il.Emit(OpCodes.Mul);
                PushFactor(leaf, scalar, subtract);
                ChunkLeaves.LoadLeaf(_il, other, path);
                ChunkLeaves.FusedMultiplyAdd(_il, leaf);
            }
            else
            {
                // a' ± x'·c.
                int active = first is null ? 1 : 0;
                ChunkLeaves.LoadLeaf(_il, (first ?? second)!.Value, path);
                LoadPrimal(factors[1 - active]);
                PushFactor(leaf, scalar, subtract);
                ChunkLeaves.LoadLeaf(_il, other, path);
                ChunkLeaves.FusedMultiplyAdd(_il, leaf);
            }

            _il.Emit(OpCodes.Stfld, path[^1]);
        }

        foreach (Variable input in sum.Inputs)
        {
            LoadPrimal(input);
        }

        _il.Emit(sum.Instruction.OpCode);
        StorePrimal(output);
        return true;
    }

    // Pops a scalar factor, pushes it (negated for a subtraction: exact) in every lane of the leaf.
    private void PushFactor(Type leaf, Type scalar, bool negate)
    {
        if (negate)
        {
            _il.Emit(OpCodes.Neg);
        }

        ChunkLeaves.Broadcast(_il, leaf, scalar);
    }

    // How many times the method reads the variable (operands, and values carried to successors).
    private int Uses(Variable variable)
    {
        if (_uses is null)
        {
            _uses = new Dictionary<Variable, int>(ReferenceEqualityComparer.Instance);
            foreach (BasicBlock block in _method.Blocks)
            {
                foreach (Variable input in block.Operations.SelectMany(o => o.Inputs).Concat(block.Transfers.Select(t => t.From)))
                {
                    _uses[input] = _uses.GetValueOrDefault(input) + 1;
                }
            }
        }

        return _uses.GetValueOrDefault(variable);
    }
}
