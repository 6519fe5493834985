using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Lifts a method's IL into a <see cref="LiftedMethod"/>: splits it into basic blocks, infers the
/// type of every stack slot at every block entry by a fixed point over the control-flow graph,
/// then names every stack value, so that later passes see operations on typed variables instead
/// of stack juggling.
/// </summary>
internal static class StackLifter
{
    /// <summary>Lifts <paramref name="method"/>.</summary>
    /// <exception cref="NotSupportedException">The method has no IL body.</exception>
    /// <exception cref="UnsupportedILException">The IL uses a construct the builder cannot type.</exception>
    public static LiftedMethod Lift(MethodBase method)
    {
        ArgumentNullException.ThrowIfNull(method);
        IReadOnlyList<ILInstruction> instructions = ILReader.Read(method);
        MethodBody body = method.GetMethodBody()!;
        IReadOnlyList<ExceptionHandlingClause> clauses = [.. body.ExceptionHandlingClauses];
        Type[] localTypes = [.. body.LocalVariables.OrderBy(l => l.LocalIndex).Select(l => l.LocalType)];
        Type returnType = method is MethodInfo m ? m.ReturnType : typeof(void);

        List<BasicBlock> blocks = SplitIntoBlocks(instructions, clauses, out Dictionary<int, int> blockAt);
        int[][] successors = [.. blocks.Select(b => Successors(b, instructions, blockAt, blocks.Count))];
        for (int i = 0; i < blocks.Count; i++)
        {
            blocks[i].Successors.AddRange(successors[i].Select(s => blocks[s]));
        }

        Type[]?[] entryTypes = InferEntryStacks(method, instructions, blocks, blockAt, successors, clauses, localTypes, returnType);

        int nextId = 0;
        Variable[] arguments = [.. Enumerable.Range(0, ArgumentCount(method)).Select(i => new Variable(nextId++, VariableKind.Argument, i, StackTypes.ArgumentType(method, i)))];
        Variable[] locals = [.. localTypes.Select((t, i) => new Variable(nextId++, VariableKind.Local, i, t))];
        var temporaries = new List<Variable>();
        Variable NewTemporary(Type type)
        {
            var variable = new Variable(nextId++, VariableKind.Temporary, -1, type);
            temporaries.Add(variable);
            return variable;
        }

        foreach (BasicBlock block in blocks)
        {
            block.EntryStack = [.. (entryTypes[block.Index] ?? []).Select(NewTemporary)];
        }

        foreach (BasicBlock block in blocks)
        {
            if (entryTypes[block.Index] is null)
            {
                continue; // unreachable code: the compiler leaves none, but it would need no rule
            }

            var stack = new Stack<Variable>(block.EntryStack);
            foreach (ILInstruction instruction in InstructionsOf(block, instructions, blockAt))
            {
                int pops = StackTypes.PopCount(instruction, returnType);
                if (stack.Count < pops)
                {
                    throw new UnsupportedILException(method, instruction, $"the evaluation stack holds {stack.Count} values where {pops} are needed");
                }

                var inputs = new Variable[pops];
                for (int k = pops - 1; k >= 0; k--)
                {
                    inputs[k] = stack.Pop();
                }

                if (instruction.OpCode == OpCodes.Dup)
                {
                    // Two references to one value need no operation.
                    stack.Push(inputs[0]);
                    stack.Push(inputs[0]);
                    continue;
                }

                Type? pushed = StackTypes.Pushed(instruction, [.. inputs.Select(v => v.Type)], method, localTypes);
                Variable? output = pushed is null ? null : NewTemporary(pushed);
                block.Operations.Add(new Operation(instruction, inputs, output));
                if (output is not null)
                {
                    stack.Push(output);
                }
            }

            Variable[] exit = [.. stack.Reverse()];
            foreach (BasicBlock successor in block.Successors)
            {
                for (int d = 0; d < exit.Length && d < successor.EntryStack.Count; d++)
                {
                    block.Transfers.Add((exit[d], successor.EntryStack[d]));
                }
            }
        }

        return new LiftedMethod(method, instructions, blocks, arguments, locals, temporaries, clauses);
    }

    /// <summary>Whether <paramref name="instruction"/> ends a basic block by transferring control.</summary>
    public static bool TransfersControl(ILInstruction instruction) =>
        instruction.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw
        || instruction.OpCode == OpCodes.Leave || instruction.OpCode == OpCodes.Leave_S
        || instruction.OpCode == OpCodes.Endfinally || instruction.OpCode == OpCodes.Endfilter;

    private static int ArgumentCount(MethodBase method) => method.GetParameters().Length + (method.IsStatic ? 0 : 1);

    private static List<BasicBlock> SplitIntoBlocks(IReadOnlyList<ILInstruction> instructions, IReadOnlyList<ExceptionHandlingClause> clauses, out Dictionary<int, int> blockAt)
    {
        var leaders = new SortedSet<int> { 0 };
        foreach (ILInstruction instruction in instructions)
        {
            if (instruction.Operand is int[] targets)
            {
                leaders.UnionWith(targets);
            }
            else if (instruction.OpCode.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget)
            {
                leaders.Add(instruction.BranchTarget);
            }

            if (TransfersControl(instruction))
            {
                leaders.Add(instruction.Next);
            }
        }

        foreach (ExceptionHandlingClause clause in clauses)
        {
            leaders.UnionWith([clause.TryOffset, clause.TryOffset + clause.TryLength, clause.HandlerOffset, clause.HandlerOffset + clause.HandlerLength]);
            if (clause.Flags == ExceptionHandlingClauseOptions.Filter)
            {
                leaders.Add(clause.FilterOffset);
            }
        }

        int end = instructions.Count == 0 ? 0 : instructions[^1].Next;
        leaders.RemoveWhere(l => l >= end);
        var blocks = new List<BasicBlock>();
        blockAt = [];
        foreach (int leader in leaders)
        {
            blockAt[leader] = blocks.Count;
            blocks.Add(new BasicBlock(blocks.Count, leader));
        }

        return blocks;
    }

    private static IEnumerable<ILInstruction> InstructionsOf(BasicBlock block, IReadOnlyList<ILInstruction> instructions, Dictionary<int, int> blockAt)
    {
        int first = IndexOfOffset(instructions, block.Start);
        for (int i = first; i < instructions.Count; i++)
        {
            if (i > first && blockAt.ContainsKey(instructions[i].Offset))
            {
                yield break;
            }

            yield return instructions[i];
        }
    }

    private static int IndexOfOffset(IReadOnlyList<ILInstruction> instructions, int offset)
    {
        int low = 0, high = instructions.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (instructions[middle].Offset == offset)
            {
                return middle;
            }

            if (instructions[middle].Offset < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        throw new InvalidProgramException($"No instruction starts at IL_{offset:X4}.");
    }

    private static int[] Successors(BasicBlock block, IReadOnlyList<ILInstruction> instructions, Dictionary<int, int> blockAt, int blockCount)
    {
        ILInstruction last = InstructionsOf(block, instructions, blockAt).Last();
        var next = new List<int>();
        if (last.Operand is int[] targets)
        {
            next.AddRange(targets.Select(t => blockAt[t]));
        }
        else if (last.OpCode.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget)
        {
            next.Add(blockAt[last.BranchTarget]);
        }

        if (last.FallsThrough && block.Index + 1 < blockCount)
        {
            next.Add(block.Index + 1);
        }

        return [.. next.Distinct()];
    }

    // The type of every stack slot at every block entry: a fixed point over the control-flow
    // graph, starting from an empty stack at the method's entry and at each handler (a catch
    // handler starts with the exception, a filter with the object thrown).
    private static Type[]?[] InferEntryStacks(
        MethodBase method,
        IReadOnlyList<ILInstruction> instructions,
        List<BasicBlock> blocks,
        Dictionary<int, int> blockAt,
        int[][] successors,
        IReadOnlyList<ExceptionHandlingClause> clauses,
        Type[] localTypes,
        Type returnType)
    {
        var entry = new Type[]?[blocks.Count];
        var work = new Queue<int>();
        void Reach(int block, Type[] stack)
        {
            if (entry[block] is null)
            {
                entry[block] = stack;
                work.Enqueue(block);
                return;
            }

            Type[] known = entry[block]!;
            if (known.Length != stack.Length)
            {
                throw new UnsupportedILException(method, null, $"the evaluation stack reaches IL_{blocks[block].Start:X4} with {known.Length} and with {stack.Length} values");
            }

            bool changed = false;
            var merged = new Type[known.Length];
            for (int d = 0; d < known.Length; d++)
            {
                merged[d] = StackTypes.Merge(known[d], stack[d])
                    ?? throw new UnsupportedILException(method, null, $"stack slot {d} reaches IL_{blocks[block].Start:X4} as {known[d]} and as {stack[d]}");
                changed |= merged[d] != known[d];
            }

            if (changed)
            {
                entry[block] = merged;
                work.Enqueue(block);
            }
        }

        Reach(0, []);
        foreach (ExceptionHandlingClause clause in clauses)
        {
            Type[] handlerStack = clause.Flags switch
            {
                ExceptionHandlingClauseOptions.Clause => [clause.CatchType!],
                ExceptionHandlingClauseOptions.Filter => [typeof(object)],
                _ => [],
            };
            Reach(blockAt[clause.HandlerOffset], handlerStack);
            if (clause.Flags == ExceptionHandlingClauseOptions.Filter)
            {
                Reach(blockAt[clause.FilterOffset], [typeof(object)]);
            }
        }

        while (work.Count > 0)
        {
            int index = work.Dequeue();
            var stack = new Stack<Type>(entry[index]!);
            foreach (ILInstruction instruction in InstructionsOf(blocks[index], instructions, blockAt))
            {
                int pops = StackTypes.PopCount(instruction, returnType);
                if (stack.Count < pops)
                {
                    throw new UnsupportedILException(method, instruction, $"the evaluation stack holds {stack.Count} values where {pops} are needed");
                }

                var popped = new Type[pops];
                for (int k = pops - 1; k >= 0; k--)
                {
                    popped[k] = stack.Pop();
                }

                if (StackTypes.Pushed(instruction, popped, method, localTypes) is { } pushed)
                {
                    stack.Push(pushed);
                    if (instruction.OpCode == OpCodes.Dup)
                    {
                        stack.Push(pushed);
                    }
                }
            }

            ILInstruction last = InstructionsOf(blocks[index], instructions, blockAt).Last();
            Type[] exit = last.OpCode == OpCodes.Leave || last.OpCode == OpCodes.Leave_S ? [] : [.. stack.Reverse()];
            foreach (int successor in successors[index])
            {
                Reach(successor, exit);
            }
        }

        return entry;
    }
}
