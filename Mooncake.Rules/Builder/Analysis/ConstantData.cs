using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Activity with constant data: the activity of a method in which some values are known to carry
/// no derivative although their types could (constant arguments of the request, static fields no
/// derived code writes derivatives into). Each such <see cref="ConstantRoot"/> and everything read
/// from it (its fields, the arrays they hold, their elements: the set R of the root) is held
/// inactive, so a product of a constant weight and an input is a scaling, not a product of duals.
/// </summary>
/// <remarks>
/// <para>Only where that is sound. The values of R may be read, written with values that carry no
/// tangent, compared, handed to a primal call (whose reference result then joins R), or to a
/// derived call that keeps that argument constant (<see cref="ConstantArguments"/>). They may not be
/// written with values that carry tangents, stored into other storage, returned, handed to anything
/// else, or copied into a variable that also holds other values. A root with such a use fails: it
/// gets its ordinary treatment (a reference read from a static field gets its zero tangent
/// materialised for the pass), and the analysis runs again without it, until no root fails.</para>
/// <para>This generalises the constant receiver of earlier versions (the delegate target of the
/// <c>Forward</c> API) to any constant argument and to static data.</para>
/// </remarks>
internal static class ConstantData
{
    /// <summary>The result: the activity, and the roots that could not be held constant.</summary>
    /// <param name="Activity">The activity with the constant data of the roots that held.</param>
    /// <param name="Failed">The roots that did not hold.</param>
    /// <param name="Written">
    /// Of those, the roots whose data the method itself may write derivatives into: stores values
    /// that carry tangents into it, or hands it to code that may (a derived callee that does not
    /// keep it constant, a rule, a dispatched call). The others only escape: a method returns them,
    /// stores them elsewhere, or mixes them with other values, beyond which they are not followed.
    /// </param>
    internal sealed record Result(ActivityAnalysis Activity, IReadOnlySet<ConstantRoot> Failed, IReadOnlySet<ConstantRoot> Written);

    // How an operation uses a value of R.
    private enum Use
    {
        Sound,
        Escapes,
        Writes,
    }

    /// <summary>
    /// Analyses <paramref name="method"/> with the IL arguments <paramref name="constantArguments"/>
    /// constant and the static fields <paramref name="staticRoot"/> accepts as roots, asking
    /// <paramref name="facts"/> about callees.
    /// </summary>
    public static Result Analyze(LiftedMethod method, IReadOnlyCollection<int> constantArguments, Func<FieldInfo, bool> staticRoot, CallFacts facts)
    {
        var roots = new Dictionary<ConstantRoot, List<Variable>>();
        var inactiveArguments = new HashSet<Variable>();
        foreach (int index in constantArguments)
        {
            Variable argument = method.Arguments[index];
            inactiveArguments.Add(argument);
            if (ConstantRoot.IsRootType(argument.Type))
            {
                roots[ConstantRoot.OfArgument(index)] = [argument];
            }
        }

        foreach ((Variable output, FieldInfo field) in StaticSeeds(method))
        {
            if (staticRoot(field))
            {
                ConstantRoot root = ConstantRoot.OfStatic(field);
                if (!roots.TryGetValue(root, out List<Variable>? seeds))
                {
                    roots[root] = seeds = [];
                }

                seeds.Add(output);
            }
        }

        var failed = new HashSet<ConstantRoot>();
        var written = new HashSet<ConstantRoot>();
        var locals = method.Locals.ToDictionary(l => l.Index);
        while (true)
        {
            Dictionary<ConstantRoot, HashSet<Variable>> reached = roots.Where(r => !failed.Contains(r.Key)).ToDictionary(r => r.Key, r => Reach(method, r.Value, r.Key, locals, facts));
            var union = reached.Values.SelectMany(v => v).ToHashSet();
            if (Fail(failed, reached, MixedVariables(method, union, locals)))
            {
                continue;
            }

            ActivityAnalysis activity = ActivityAnalysis.Analyze(method, union, inactiveArguments, facts);
            var escaping = new HashSet<Variable>();
            var writing = new HashSet<Variable>();
            foreach (Operation operation in method.Blocks.SelectMany(b => b.Operations))
            {
                // Storing a field's own data back into it (s ??= Build(), the value built above) moves nothing.
                bool storesOwnData = operation.Instruction.OpCode == OpCodes.Stsfld && operation.Instruction.Operand is FieldInfo stored
                    && reached.TryGetValue(ConstantRoot.OfStatic(stored), out HashSet<Variable>? own) && own.Contains(operation.Inputs[0]);
                switch (storesOwnData ? Use.Sound : UseOf(operation, union, activity, facts, method))
                {
                    case Use.Escapes:
                        escaping.UnionWith(operation.Inputs.Where(union.Contains));
                        break;
                    case Use.Writes:
                        writing.UnionWith(operation.Inputs.Where(union.Contains));
                        break;
                }
            }

            foreach ((ConstantRoot root, HashSet<Variable> reach) in reached)
            {
                if (writing.Any(reach.Contains))
                {
                    written.Add(root);
                }
            }

            if (Fail(failed, reached, [.. escaping, .. writing]))
            {
                continue;
            }

            return new Result(activity, failed, written);
        }
    }

    /// <summary>The static fields of root types whose data <paramref name="method"/> reads: by loading them, or from a method that returns it (<see cref="FieldReturns"/>).</summary>
    public static IEnumerable<FieldInfo> StaticData(LiftedMethod method) => StaticSeeds(method).Select(s => s.Field);

    /// <summary>The instance fields of root types whose data <paramref name="method"/> reads: by loading them from any object, or from a method that returns it (<see cref="FieldReturns"/>).</summary>
    public static IEnumerable<FieldInfo> InstanceData(LiftedMethod method) => FieldSeeds(method, statics: false).Select(s => s.Field);

    /// <summary>
    /// The variables of <paramref name="method"/> that hold <paramref name="field"/>'s data (of
    /// any object, for an instance field) or what is read from it (for <see cref="FieldReturns"/>
    /// and <see cref="ConstantFields"/>).
    /// </summary>
    public static HashSet<Variable> ReachOfField(LiftedMethod method, FieldInfo field) =>
        Reach(method, [.. FieldSeeds(method, field.IsStatic).Where(s => s.Field == field).Select(s => s.Output)], field.IsStatic ? ConstantRoot.OfStatic(field) : new ConstantRoot(-1, null), method.Locals.ToDictionary(l => l.Index), CallFacts.Pessimistic);

    /// <summary>
    /// Whether every operation of <paramref name="method"/> that takes a value of
    /// <paramref name="reach"/> keeps it unwritten and in sight under <paramref name="activity"/>
    /// (the uses <see cref="Analyze"/> accepts of constant data), with the pessimistic facts.
    /// </summary>
    public static bool UsesSoundly(LiftedMethod method, HashSet<Variable> reach, ActivityAnalysis activity) =>
        method.Blocks.SelectMany(b => b.Operations).All(o => UseOf(o, reach, activity, CallFacts.Pessimistic, method) == Use.Sound);

    private static IEnumerable<(Variable Output, FieldInfo Field)> StaticSeeds(LiftedMethod method) => FieldSeeds(method, statics: true);

    // The results of loading a field of a root type (static, or instance fields of any object), and
    // of calling a method that returns one's data.
    private static IEnumerable<(Variable Output, FieldInfo Field)> FieldSeeds(LiftedMethod method, bool statics)
    {
        foreach (Operation operation in method.Blocks.SelectMany(b => b.Operations))
        {
            if (operation.Output is not { } output)
            {
                continue;
            }

            OpCode op = operation.Instruction.OpCode;
            bool load = statics ? op == OpCodes.Ldsfld || op == OpCodes.Ldsflda : op == OpCodes.Ldfld || op == OpCodes.Ldflda;
            if (load && operation.Instruction.Operand is FieldInfo field && ConstantRoot.IsRootType(field.FieldType))
            {
                yield return (output, field);
            }
            else if ((op == OpCodes.Call || op == OpCodes.Callvirt) && operation.Instruction.Operand is MethodBase callee && FieldReturns.FieldOf(callee) is { } returned
                && returned.IsStatic == statics)
            {
                yield return (output, returned);
            }
        }
    }

    // Fails every root whose reach holds one of the variables; whether any failed.
    private static bool Fail(HashSet<ConstantRoot> failed, Dictionary<ConstantRoot, HashSet<Variable>> reached, IReadOnlyCollection<Variable> variables)
    {
        bool any = false;
        foreach ((ConstantRoot root, HashSet<Variable> reach) in reached)
        {
            if (variables.Any(reach.Contains))
            {
                any |= failed.Add(root);
            }
        }

        return any;
    }

    // The reach of one root: its seeds (the argument, or the results of loading the static), every
    // local and block-entry temporary that holds one of its values, and every reference or address
    // read from a member of one of them.
    private static HashSet<Variable> Reach(LiftedMethod method, List<Variable> seeds, ConstantRoot root, Dictionary<int, Variable> locals, CallFacts facts)
    {
        var reached = new HashSet<Variable>(seeds);
        Dictionary<Variable, Operation>? definitions = root.Field is null ? null : Definitions(method);
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (BasicBlock block in method.Blocks)
            {
                foreach (Operation operation in block.Operations)
                {
                    ILInstruction instruction = operation.Instruction;
                    OpCode op = instruction.OpCode;
                    if (instruction is { Op: ILOp.StoreLocal, Index: { } l } && reached.Contains(operation.Inputs[0]))
                    {
                        changed |= reached.Add(locals[l]);
                    }

                    if (operation.Output is { } output && !reached.Contains(output) && ReadsFromReached(operation, reached, locals, root.Argument, facts))
                    {
                        changed |= reached.Add(output);
                    }

                    if (op == OpCodes.Dup && operation.Output is { } copy && reached.Contains(copy))
                    {
                        // A dup's input is the same value as its output.
                        changed |= reached.Add(operation.Inputs[0]);
                    }

                    if (op == OpCodes.Stsfld && Equals(instruction.Operand, root.Field) && IsFreshConstant(operation.Inputs[0], definitions!, facts))
                    {
                        // A lazily built value stored into the field (s ??= Build()) is its data from then on.
                        changed |= reached.Add(operation.Inputs[0]);
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

        return reached;
    }

    // The operation that assigns each temporary (the block-entry temporaries, assigned by
    // transfers, have none).
    private static Dictionary<Variable, Operation> Definitions(LiftedMethod method)
    {
        var definitions = new Dictionary<Variable, Operation>();
        foreach (Operation operation in method.Blocks.SelectMany(b => b.Operations))
        {
            if (operation.Output is { Kind: VariableKind.Temporary } output)
            {
                definitions[output] = operation;
            }
        }

        return definitions;
    }

    // Whether the value is built from nothing that can carry a tangent, through copies: a new
    // array, a new object or a call with no argument that can carry one, the call running as the
    // primal (it reads no static data).
    private static bool IsFreshConstant(Variable value, Dictionary<Variable, Operation> definitions, CallFacts facts)
    {
        while (definitions.TryGetValue(value, out Operation? definition))
        {
            OpCode op = definition.Instruction.OpCode;
            if (op == OpCodes.Dup)
            {
                value = definition.Inputs[0];
                continue;
            }

            if (op == OpCodes.Newarr)
            {
                return true; // its length is an integer
            }

            return (op == OpCodes.Newobj || op == OpCodes.Call)
                && definition.Inputs.All(v => !ActivityAnalysis.CanCarry(v.Type))
                && definition.Instruction.Operand is MethodBase callee && !facts.ActiveWithoutInputs(callee)
                && !typeof(Delegate).IsAssignableFrom(callee.DeclaringType);
        }

        return false;
    }

    // The variables of the union that may hold something else too: a store or transfer into one
    // of them from outside the union, the address of one of them (stores through it are not
    // followed), or a store to (or the address of) a constant argument itself.
    private static HashSet<Variable> MixedVariables(LiftedMethod method, HashSet<Variable> union, Dictionary<int, Variable> locals)
    {
        var mixed = new HashSet<Variable>();
        foreach (BasicBlock block in method.Blocks)
        {
            foreach (Operation operation in block.Operations)
            {
                ILInstruction instruction = operation.Instruction;
                OpCode op = instruction.OpCode;
                if (instruction is { IsLocalAccess: true, Index: { } l } && union.Contains(locals[l])
                    && ((instruction.Op == ILOp.StoreLocal && !union.Contains(operation.Inputs[0])) || instruction.Op == ILOp.LoadLocalAddress))
                {
                    mixed.Add(locals[l]);
                }

                if (instruction.Op is ILOp.StoreArgument or ILOp.LoadArgumentAddress
                    && method.Arguments[Convert.ToInt32(instruction.Operand)] is var argument && union.Contains(argument))
                {
                    mixed.Add(argument);
                }
            }

            foreach ((Variable from, Variable to) in block.Transfers)
            {
                if (union.Contains(to) && !union.Contains(from))
                {
                    mixed.Add(to);
                }
            }
        }

        return mixed;
    }

    // Whether the operation's result is a value of the root's reach: a load of the constant
    // argument or of a local holding the reach, a copy, a reference or address read from a member,
    // or the reference a primal call taking the reach returns when nothing else it takes can carry a
    // tangent (it may be an alias into the reach; IsSoundUse checks that the call runs as the primal).
    private static bool ReadsFromReached(Operation operation, HashSet<Variable> reached, Dictionary<int, Variable> locals, int argument, CallFacts facts)
    {
        ILInstruction instruction = operation.Instruction;
        OpCode op = instruction.OpCode;
        Type type = operation.Output!.Type;
        if (argument >= 0 && instruction is { Op: ILOp.LoadArgument, Index: var loaded } && loaded == argument)
        {
            return true;
        }

        if (instruction is { Op: ILOp.LoadLocal, Index: { } l })
        {
            return reached.Contains(locals[l]);
        }

        if (op == OpCodes.Dup)
        {
            // x[i] += v compiles to ldelema; dup; ldind; ...; stind: both copies of the address are R.
            return reached.Contains(operation.Inputs[0]);
        }

        // References and structs that hold references read from R stay in R; numbers and structs
        // of numbers read from R (a SIMD vector loaded from a constant table) are plain constants:
        // copies, through which nothing can be written into R.
        bool reference = type.IsByRef || !type.IsValueType || (!type.IsPrimitive && !type.IsEnum && PrimalCalls.HoldsReferences(type));
        if (!reference || operation.Inputs.Count == 0 || !operation.Inputs.Any(reached.Contains))
        {
            return false;
        }

        if (op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Newobj)
        {
            return !IsFreshCopy(operation)
                && operation.Inputs.All(v => reached.Contains(v) || !ActivityAnalysis.CanCarry(v.Type)) && !facts.ActiveWithoutInputs(CallKinds.Callee(operation));
        }

        return reached.Contains(operation.Inputs[0]) && IsMemberRead(op);
    }

    // A clone of an array of numbers (or of structs of numbers): a new array that shares nothing
    // with the original (a clone of an array of references shares its elements).
    private static bool IsFreshCopy(Operation operation) =>
        operation.Instruction.Operand is MethodInfo { Name: nameof(Array.Clone) } clone && clone.DeclaringType == typeof(Array)
        && operation.Inputs[0].Type is { IsArray: true } array && array.GetElementType() is { IsValueType: true } element && !PrimalCalls.HoldsReferences(element);

    private static bool IsMemberRead(OpCode op) =>
        op == OpCodes.Ldfld || op == OpCodes.Ldflda || op == OpCodes.Ldelema || op == OpCodes.Ldelem_Ref || op == OpCodes.Ldelem || op == OpCodes.Ldobj;

    private static bool IsArrayAccessor(ILInstruction instruction, params string[] names) =>
        instruction.Operand is MethodInfo { DeclaringType.IsArray: true } accessor && names.Contains(accessor.Name);

    // Whether the operation uses R only in ways that keep R's tangent zero and unobserved.
    private static Use UseOf(Operation operation, HashSet<Variable> reached, ActivityAnalysis activity, CallFacts facts, LiftedMethod? method)
    {
        IReadOnlyList<Variable> inputs = operation.Inputs;
        if (!inputs.Any(reached.Contains))
        {
            return Use.Sound;
        }

        ILInstruction instruction = operation.Instruction;
        OpCode op = instruction.OpCode;
        ILOp kind = instruction.Op;
        bool containerOnly = inputs.Skip(1).All(v => !reached.Contains(v)) && reached.Contains(inputs[0]);
        if (instruction.IsLocalAccess || kind is ILOp.Dup or ILOp.Pop)
        {
            return Use.Sound; // copies within R (MixedVariables checks the stores)
        }

        if (IsMemberRead(op) || kind is ILOp.LoadLength or ILOp.LoadElement or ILOp.LoadElementAddress or ILOp.LoadIndirect
            || IsArrayAccessor(instruction, "Get", "Address"))
        {
            return containerOnly ? Use.Sound : Use.Escapes;
        }

        if (kind is ILOp.StoreField or ILOp.StoreElement or ILOp.StoreIndirect or ILOp.StoreObject or ILOp.InitObject || IsArrayAccessor(instruction, "Set"))
        {
            // A constant written into constant storage stays constant; a value that carries a
            // tangent would lose it. R stored into other storage escapes, unless it is an
            // instance field whose data no code writes into or lets out of sight (a table a
            // constructor keeps in a property; ConstantFields).
            if (!containerOnly && op == OpCodes.Stfld && !reached.Contains(inputs[0]) && instruction.Operand is FieldInfo target && ConstantArguments.FieldKeepsConstant(target))
            {
                return Use.Sound;
            }

            return !containerOnly ? Use.Escapes : inputs.Any(activity.IsActive) ? Use.Writes : Use.Sound;
        }

        if (op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Newobj)
        {
            return UseInCall(operation, reached, activity, facts);
        }

        if (op == OpCodes.Ret && method is not null && FieldReturns.FieldOf(method.Method) is not null)
        {
            // An accessor of a field's data: its callers are readers of the field too (FieldReturns).
            return Use.Sound;
        }

        // Comparisons of references read nothing through them.
        return instruction is { Op: ILOp.Compare, Flags: ILFlags.Equal or (ILFlags.Greater | ILFlags.Unsigned) }
            or { Op: ILOp.BranchIf, Flags: ILFlags.None or ILFlags.Negated or ILFlags.Equal or (ILFlags.Equal | ILFlags.Negated | ILFlags.Unsigned) }
            ? Use.Sound
            : Use.Escapes;
    }

    // Whether the call's registered rule only reads each argument that is part of R, where a null
    // tangent (the zero of a dynamic tangent slot) is what a constant gets.
    private static bool ReadsOnly(Operation operation, HashSet<Variable> reached)
    {
        Rule? rule;
        bool found = operation.Instruction.Operand is MethodInfo callee
            ? RuleRegistry.TryFind(callee, operation.Instruction.Constrained, out rule)
            : RuleRegistry.TryFind((MethodBase)operation.Instruction.Operand!, out rule);
        if (!found || rule is null)
        {
            return false;
        }

        // A constructor called in place takes the address first; the rule's arguments follow it.
        int offset = operation.Instruction.Operand is ConstructorInfo && operation.Instruction.OpCode != OpCodes.Newobj ? 1 : 0;
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            if (reached.Contains(operation.Inputs[i]) && (i < offset || !rule.ReadOnlyArguments.Contains(i - offset)))
            {
                return false;
            }
        }

        return true;
    }

    // A call taking part of R: a primal call (no tangents at all) whose reference result, which
    // may alias R, is in R itself; an observer (it only reads); or a derived call whose callee keeps
    // each argument that is part of R constant. Anything else may write into R.
    private static Use UseInCall(Operation operation, HashSet<Variable> reached, ActivityAnalysis activity, CallFacts facts)
    {
        switch (CallKinds.Of(operation, activity.IsActive, facts.ActiveWithoutInputs))
        {
            case CallKind.Primal:
                return operation.Output is not { } output || reached.Contains(output) || !ConstantRoot.IsRootType(output.Type) && !output.Type.IsByRef
                    ? Use.Sound
                    : Use.Escapes;
            case CallKind.Observer:
                return Use.Sound;
            case CallKind.Rule when ReadsOnly(operation, reached):
                return Use.Sound;
            case CallKind.Derived:
                MethodBase callee = CallKinds.Callee(operation);
                for (int i = 0; i < operation.Inputs.Count; i++)
                {
                    int argument = CallKinds.CalleeArgument(operation, i);
                    if (reached.Contains(operation.Inputs[i]) && !CallFacts.KeepsConstant(callee, argument))
                    {
                        return ConstantArguments.MayWrite(callee, argument) ? Use.Writes : Use.Escapes;
                    }
                }

                return Use.Sound;
            default:
                return Use.Writes;
        }
    }
}
