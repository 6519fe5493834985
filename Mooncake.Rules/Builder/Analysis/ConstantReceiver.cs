using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Activity for an instance method whose receiver is a constant: the target of the delegate a
/// user hands to <c>Forward</c> (a closure, or the object a method group was taken from), whose
/// captured state the API treats as constant. Then the receiver and everything read from it (its
/// fields, the arrays they hold, their elements) carry no tangent, and a product of a captured
/// weight and an input is a scaling, not a product of two duals.
/// </summary>
/// <remarks>
/// Only when that is sound: the values reached from the receiver (the set R: its fields, what
/// they hold, what calls taking them return) may be read, and written with values that carry no
/// tangent, but not written with values that do, not passed to a call or constructor together
/// with values that do (the callee could write them into R), not returned, and not copied into
/// a variable that also holds other values. Otherwise the method is analysed as usual: the
/// receiver gets its zero tangent and everything stays correct, only slower.
/// </remarks>
internal static class ConstantReceiver
{
    /// <summary>The activity of <paramref name="method"/> with a constant receiver, or null if a constant receiver is not sound for it.</summary>
    public static ActivityAnalysis? TryAnalyze(LiftedMethod method)
    {
        if (method.Method.IsStatic || method.Arguments.Count == 0 || method.Arguments[0].Type.IsValueType)
        {
            return null;
        }

        HashSet<Variable>? reached = Reached(method);
        if (reached is null)
        {
            return null;
        }

        ActivityAnalysis activity = ActivityAnalysis.Analyze(method, reached);
        return method.Blocks.SelectMany(b => b.Operations).All(o => IsSoundUse(o, reached, activity)) ? activity : null;
    }

    // R: the receiver, and every reference or address read from a member of R, with the locals
    // and block-entry temporaries that hold them. Null if a variable holds both R and other values.
    private static HashSet<Variable>? Reached(LiftedMethod method)
    {
        var reached = new HashSet<Variable> { method.Arguments[0] };
        var locals = method.Locals.ToDictionary(l => l.Index);
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (BasicBlock block in method.Blocks)
            {
                foreach (Operation operation in block.Operations)
                {
                    ILInstruction instruction = operation.Instruction;
                    OpCode op = instruction.OpCode;
                    if (StackTypes.LocalIndex(op, instruction.Operand) is { } l && op.Name!.StartsWith("stloc", StringComparison.Ordinal) && reached.Contains(operation.Inputs[0]))
                    {
                        changed |= reached.Add(locals[l]);
                    }

                    if (operation.Output is { } output && !reached.Contains(output) && ReadsFromReached(operation, reached, locals))
                    {
                        changed |= reached.Add(output);
                    }
                }

                foreach ((Variable from, Variable to) in block.Transfers)
                {
                    if (reached.Contains(from))
                    {
                        changed |= reached.Add(to);
                    }
                }
            }
        }

        // A variable of R holds R only: every store into it and every transfer to it comes from R.
        foreach (BasicBlock block in method.Blocks)
        {
            foreach (Operation operation in block.Operations)
            {
                ILInstruction instruction = operation.Instruction;
                OpCode op = instruction.OpCode;
                bool storesIntoReached = StackTypes.LocalIndex(op, instruction.Operand) is { } l && op.Name!.StartsWith("stloc", StringComparison.Ordinal) && reached.Contains(locals[l]);
                bool addressOfReached = (op == OpCodes.Ldloca || op == OpCodes.Ldloca_S) && StackTypes.LocalIndex(op, instruction.Operand) is { } a && reached.Contains(locals[a]);
                bool writesReceiver = (op == OpCodes.Starg || op == OpCodes.Starg_S || op == OpCodes.Ldarga || op == OpCodes.Ldarga_S) && Convert.ToInt32(instruction.Operand) == 0;
                if ((storesIntoReached && !reached.Contains(operation.Inputs[0])) || addressOfReached || writesReceiver)
                {
                    return null;
                }
            }

            if (block.Transfers.Any(t => reached.Contains(t.To) && !reached.Contains(t.From)))
            {
                return null;
            }
        }

        return reached;
    }

    // Whether the operation's result is a reference or address read from a member of R.
    private static bool ReadsFromReached(Operation operation, HashSet<Variable> reached, Dictionary<int, Variable> locals)
    {
        ILInstruction instruction = operation.Instruction;
        OpCode op = instruction.OpCode;
        Type type = operation.Output!.Type;
        if (StackTypes.ArgumentIndex(op, instruction.Operand) == 0 && !op.Name!.StartsWith("ldarga", StringComparison.Ordinal))
        {
            return true;
        }

        if (StackTypes.LocalIndex(op, instruction.Operand) is { } l && op.Name!.StartsWith("ldloc", StringComparison.Ordinal) && !op.Name.StartsWith("ldloca", StringComparison.Ordinal))
        {
            return reached.Contains(locals[l]);
        }

        if (op == OpCodes.Dup)
        {
            // x[i] += v compiles to ldelema; dup; ldind; ...; stind: both copies of the address are R.
            return reached.Contains(operation.Inputs[0]);
        }

        // References and structs (which may hold references) read from R stay in R; numbers read
        // from R are plain constants.
        bool reference = type.IsByRef || !type.IsValueType || (!type.IsPrimitive && !type.IsEnum);
        if (!reference || operation.Inputs.Count == 0)
        {
            return false;
        }

        // A call that takes part of R (a property getter, an accessor) may return an alias into R:
        // its result joins R, so that the same rules hold for it (the call itself must take no
        // value that carries a tangent, see IsSoundUse).
        bool call = op == OpCodes.Call || op == OpCodes.Callvirt;
        return (call && operation.Inputs.Any(reached.Contains))
            || (reached.Contains(operation.Inputs[0]) && IsMemberRead(op));
    }

    private static bool IsMemberRead(OpCode op) =>
        op == OpCodes.Ldfld || op == OpCodes.Ldflda || op == OpCodes.Ldelema || op == OpCodes.Ldelem_Ref || op == OpCodes.Ldelem || op == OpCodes.Ldobj;

    private static bool IsArrayAccessor(ILInstruction instruction, params string[] names) =>
        instruction.Operand is MethodInfo { DeclaringType.IsArray: true } accessor && names.Contains(accessor.Name);

    // Whether the operation uses R only in ways that keep R's tangent zero and unobserved.
    private static bool IsSoundUse(Operation operation, HashSet<Variable> reached, ActivityAnalysis activity)
    {
        IReadOnlyList<Variable> inputs = operation.Inputs;
        if (!inputs.Any(reached.Contains))
        {
            return true;
        }

        ILInstruction instruction = operation.Instruction;
        OpCode op = instruction.OpCode;
        string name = op.Name!;
        bool containerOnly = inputs.Skip(1).All(v => !reached.Contains(v)) && reached.Contains(inputs[0]);
        if (StackTypes.LocalIndex(op, instruction.Operand) is not null || name is "dup" or "pop")
        {
            return true; // copies within R (checked by Reached)
        }

        if (IsMemberRead(op) || op == OpCodes.Ldlen || name.StartsWith("ldelem", StringComparison.Ordinal) || name.StartsWith("ldind", StringComparison.Ordinal)
            || IsArrayAccessor(instruction, "Get", "Address"))
        {
            return containerOnly;
        }

        if (op == OpCodes.Stfld || name.StartsWith("stelem", StringComparison.Ordinal) || name.StartsWith("stind", StringComparison.Ordinal) || op == OpCodes.Stobj
            || op == OpCodes.Initobj || IsArrayAccessor(instruction, "Set"))
        {
            // A constant written into constant storage stays constant; a value that carries a tangent would lose it.
            return containerOnly && !inputs.Any(activity.IsActive);
        }

        if (op == OpCodes.Call || op == OpCodes.Callvirt)
        {
            // A call that takes part of R runs as the primal call, without derivatives; what it
            // returns that could alias R is in R itself (ReadsFromReached).
            return !inputs.Any(activity.IsActive);
        }

        // Comparisons of references read nothing through them.
        return name is "ceq" or "cgt.un" or "brtrue" or "brtrue.s" or "brfalse" or "brfalse.s" or "beq" or "beq.s" or "bne.un" or "bne.un.s";
    }
}
