namespace Mooncake.Rules.Builder;

/// <summary>
/// Finds the array element accesses (<c>ldelem</c>, <c>ldelema</c>, <c>stelem</c>) whose array is
/// an argument or local read in the same block and not stored between the read and the access:
/// the emitter addresses their tangent chunks from a reference to the variable's chunk block
/// kept in a local (<c>ref TChunk</c>), refreshed wherever the variable is stored, instead of
/// loading the block out of the tangent object at every access.
/// </summary>
/// <remarks>
/// Why: the JIT does not hoist the block's field load and null check out of a loop. Hoisting a
/// load that may throw needs it to come before every other exception in the loop, and the
/// primal's own element access (whose bounds check is removed only later) comes first. In
/// Rosenbrock's loop that left a field load, four null checks and their register copies per
/// element. The variables taken are those whose every store the emitter sees: arguments and
/// locals whose address is never taken (a store through <c>ldloca</c> would not refresh the
/// reference).
/// </remarks>
internal static class ChunkBases
{
    /// <summary>
    /// For each element access of <paramref name="method"/> that qualifies, the argument or local
    /// its array was read from.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="cacheable">Whether an argument or local can have a cached block reference (active, an array tangent, address never taken).</param>
    public static Dictionary<Operation, Variable> Find(LiftedMethod method, Func<Variable, bool> cacheable)
    {
        var roots = new Dictionary<Operation, Variable>(ReferenceEqualityComparer.Instance);
        foreach (BasicBlock block in method.Blocks)
        {
            // The variable each temporary of the block was read from, and that variable's store
            // count at the read: a store in between means the temporary holds the older array.
            var readFrom = new Dictionary<Variable, (Variable Variable, int Stores)>();
            var stores = new Dictionary<Variable, int>();
            foreach (Operation operation in block.Operations)
            {
                if (VariableOf(method, operation) is { } variable)
                {
                    if (operation.Output is null)
                    {
                        stores[variable] = stores.GetValueOrDefault(variable) + 1; // stloc / starg
                    }
                    else if (operation.Instruction.Op is not (ILOp.LoadArgumentAddress or ILOp.LoadLocalAddress))
                    {
                        readFrom[operation.Output] = (variable, stores.GetValueOrDefault(variable));
                    }

                    continue;
                }

                if (IsElementAccess(operation.Instruction.Op)
                    && readFrom.TryGetValue(operation.Inputs[0], out (Variable Variable, int Stores) read)
                    && read.Stores == stores.GetValueOrDefault(read.Variable)
                    && cacheable(read.Variable))
                {
                    roots[operation] = read.Variable;
                }
            }
        }

        return roots;
    }

    // ldelem.*, ldelema, stelem.*: the instructions whose tangent is a chunk of the array's tangent.
    private static bool IsElementAccess(ILOp op) => op is ILOp.LoadElement or ILOp.LoadElementAddress or ILOp.StoreElement;

    // The argument or local an ldarg/ldarga/starg/ldloc/ldloca/stloc names.
    private static Variable? VariableOf(LiftedMethod method, Operation operation)
    {
        if (StackTypes.ArgumentIndex(operation.Instruction.OpCode, operation.Instruction.Operand) is { } argument)
        {
            return method.Arguments[argument];
        }

        return StackTypes.LocalIndex(operation.Instruction.OpCode, operation.Instruction.Operand) is { } local ? method.Locals[local] : null;
    }
}
