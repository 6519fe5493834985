namespace Mooncake.Rules.Builder;

/// <summary>
/// Where the unmanaged pointers of a lifted method come from. A pointer whose tangent the derived
/// code knows is <em>known</em>: made by <c>fixed</c> from a managed reference of this method
/// (conv.u of a <c>ref</c>), by <c>stackalloc</c>, null, an argument (the caller vouches for what it
/// passes, see <see cref="MethodEmitter"/>'s call checks), or pointer arithmetic on a known pointer.
/// Any other pointer (cast from an integer, returned by an API such as
/// <c>NativeMemory.Alloc</c> or <c>GCHandle.AddrOfPinnedObject</c>) may point at memory whose
/// tangent is out of sight, so numbers read or written through it are refused.
/// </summary>
internal sealed class PointerProvenance
{
    private readonly Dictionary<Variable, Operation> _definitions = [];
    private readonly Dictionary<int, List<Variable>> _localStores = [];
    private readonly Dictionary<Variable, List<Variable>> _transfers = [];
    private readonly HashSet<int> _addressedLocals = [];
    private readonly LiftedMethod _method;

    private PointerProvenance(LiftedMethod method)
    {
        _method = method;
        foreach (BasicBlock block in method.Blocks)
        {
            foreach (Operation operation in block.Operations)
            {
                if (operation.Output is { } output)
                {
                    _definitions[output] = operation;
                }

                if (operation.Instruction is { Op: ILOp.StoreLocal, Index: { } local })
                {
                    (_localStores.TryGetValue(local, out List<Variable>? stores) ? stores : _localStores[local] = []).Add(operation.Inputs[0]);
                }

                if (operation.Instruction is { Op: ILOp.LoadLocalAddress, Index: { } addressed })
                {
                    _addressedLocals.Add(addressed);
                }
            }

            foreach ((Variable from, Variable to) in block.Transfers)
            {
                (_transfers.TryGetValue(to, out List<Variable>? froms) ? froms : _transfers[to] = []).Add(from);
            }
        }
    }

    /// <summary>The provenance of <paramref name="method"/>'s pointers.</summary>
    public static PointerProvenance Of(LiftedMethod method) => new(method);

    /// <summary>The operation that assigns the temporary <paramref name="variable"/>, or null (arguments, locals, block-entry temporaries).</summary>
    public Operation? DefinitionOf(Variable variable) => _definitions.GetValueOrDefault(variable);

    /// <summary>Whether <paramref name="variable"/> is the result of a <c>localloc</c>.</summary>
    public bool IsStackAllocation(Variable variable) => DefinitionOf(variable) is { Instruction.Op: ILOp.LocalAlloc };

    /// <summary>Whether the pointer <paramref name="variable"/> is known (see the class remarks).</summary>
    public bool IsKnown(Variable variable) => Known(variable, []);

    private bool Known(Variable variable, HashSet<Variable> seen)
    {
        if (!seen.Add(variable))
        {
            return true; // a cycle (p++ in a loop) adds no source of its own
        }

        switch (variable.Kind)
        {
            case VariableKind.Argument:
                return true;
            case VariableKind.Local:
                return !_addressedLocals.Contains(variable.Index)
                    && _localStores.GetValueOrDefault(variable.Index, []).All(v => Known(v, seen));
        }

        if (_transfers.TryGetValue(variable, out List<Variable>? froms))
        {
            return froms.All(v => Known(v, seen));
        }

        if (DefinitionOf(variable) is not { } definition)
        {
            return false;
        }

        ILInstruction instruction = definition.Instruction;
        switch (instruction.Op)
        {
            case ILOp.LocalAlloc:
                return true;
            case ILOp.LoadLocal:
                return Known(_method.Locals[instruction.Index!.Value], seen);
            case ILOp.LoadArgument:
                return Known(_method.Arguments[instruction.Index!.Value], seen);
            case ILOp.Convert:
                Variable input = definition.Inputs[0];
                return input.Type.IsByRef || IsZero(input) || (input.Type.IsPointer && Known(input, seen));
            case ILOp.Add or ILOp.Subtract:
                Variable? pointer = definition.Inputs.FirstOrDefault(v => v.Type.IsPointer);
                return pointer is not null && Known(pointer, seen);
            default:
                return false;
        }
    }

    // ldc.i4.0, or a long form loading 0 (the null of `p = null` and of an empty array under fixed).
    private bool IsZero(Variable variable) =>
        DefinitionOf(variable)?.Instruction is { Op: ILOp.LoadConstant } constant
        && (constant.OpCode == System.Reflection.Emit.OpCodes.Ldc_I4_0 || constant.Operand is (int)0 or (sbyte)0 or (long)0);
}
