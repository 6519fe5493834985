using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Which variables of a lifted method carry tangents. A variable is active when its type can
/// carry a derivative and some definition of it can depend on an active input; constants,
/// integer arithmetic, comparisons and static fields are never active. Values of reference type
/// (arrays, objects) that can carry a tangent are always active, because what reaches them
/// through aliases is not tracked; so are locals whose address is taken.
/// </summary>
internal sealed class ActivityAnalysis
{
    private readonly HashSet<Variable> _active;

    private ActivityAnalysis(HashSet<Variable> active) => _active = active;

    /// <summary>Whether <paramref name="variable"/> carries a tangent.</summary>
    public bool IsActive(Variable variable) => _active.Contains(variable);

    /// <summary>Whether a value of <paramref name="type"/> (a stack type, possibly by-ref) can carry a tangent.</summary>
    public static bool CanCarry(Type type)
    {
        if (type.IsByRef)
        {
            return CanCarry(type.GetElementType()!);
        }

        if (SpanShapes.IsFloatingSpan(type, out _))
        {
            return true;
        }

        if (type.IsPointer)
        {
            // A pointer to a number (fixed, stackalloc) is paired with a reference into its
            // tangent block (PointerShapes); pointers to anything else carry nothing.
            return PointerShapes.IsNumberPointer(type);
        }

        if (type == typeof(NullType) || type.IsByRefLike)
        {
            return false;
        }

        try
        {
            return TangentTypes.HasTangent(type);
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Analyses <paramref name="method"/>; every argument that can carry a tangent is taken to be active.</summary>
    public static ActivityAnalysis Analyze(LiftedMethod method) => Analyze(method, null, null, CallFacts.Precise);

    /// <summary>
    /// Analyses <paramref name="method"/> with the variables of <paramref name="constant"/> held
    /// inactive (see <see cref="ConstantData"/>, which checks that this is sound) and the arguments
    /// of <paramref name="inactiveArguments"/> starting inactive (a constant argument of a number
    /// becomes active where the method stores a value carrying a derivative into it or takes its
    /// address); every other argument that can carry a tangent is taken to be active. A call with no
    /// active argument has an active result where <paramref name="facts"/> says the callee produces
    /// tangents by itself.
    /// </summary>
    internal static ActivityAnalysis Analyze(LiftedMethod method, IReadOnlySet<Variable>? constant, IReadOnlySet<Variable>? inactiveArguments, CallFacts facts)
    {
        ArgumentNullException.ThrowIfNull(method);
        var active = new HashSet<Variable>();
        bool Mark(Variable v)
        {
            return CanCarry(v.Type) && !(constant?.Contains(v) ?? false) && active.Add(v);
        }

        foreach (Variable argument in method.Arguments)
        {
            if (!(inactiveArguments?.Contains(argument) ?? false))
            {
                Mark(argument);
            }
        }

        foreach (Variable variable in method.Locals.Concat(method.Temporaries).Where(v => !v.Type.IsValueType || v.Type.IsByRef || SpanShapes.IsFloatingSpan(v.Type, out _)))
        {
            // References: whatever they point to may be reached through an alias from an active value.
            // Managed and unmanaged pointers follow the data flow instead: they are active where
            // they are derived from storage that carries tangents.
            if (!variable.Type.IsByRef && !variable.Type.IsPointer)
            {
                Mark(variable);
            }
        }

        var locals = method.Locals.ToDictionary(l => l.Index);
        var arguments = method.Arguments.ToDictionary(a => a.Index);
        foreach (Operation operation in method.Blocks.SelectMany(b => b.Operations))
        {
            OpCode op = operation.Instruction.OpCode;
            if ((op == OpCodes.Ldloca || op == OpCodes.Ldloca_S) && StackTypes.LocalIndex(op, operation.Instruction.Operand) is { } l)
            {
                Mark(locals[l]);
            }

            if (op == OpCodes.Ldarga || op == OpCodes.Ldarga_S)
            {
                // Stores through the address are not followed: an argument whose address is taken carries a tangent, as a local does.
                Mark(arguments[Convert.ToInt32(operation.Instruction.Operand)]);
            }
        }

        // A pointer local given a stackalloc buffer gets a tangent buffer of its own (MethodEmitter.Pointers):
        // what is stored through it may carry derivatives.
        var stackBuffers = method.Blocks.SelectMany(b => b.Operations).Where(o => o.Instruction.Op == ILOp.LocalAlloc && o.Output is not null).Select(o => o.Output!).ToHashSet();
        foreach (Operation operation in method.Blocks.SelectMany(b => b.Operations))
        {
            if (operation.Instruction is { Op: ILOp.StoreLocal, Index: { } local } && stackBuffers.Contains(operation.Inputs[0]) && PointerShapes.IsNumberPointer(locals[local].Type))
            {
                Mark(locals[local]);
            }
        }

        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (BasicBlock block in method.Blocks)
            {
                foreach (Operation operation in block.Operations)
                {
                    changed |= Propagate(operation, active, locals, arguments, Mark, facts);
                }

                foreach ((Variable from, Variable to) in block.Transfers)
                {
                    if (active.Contains(from))
                    {
                        changed |= Mark(to);
                    }
                }
            }
        }

        return new ActivityAnalysis(active);
    }

    private static bool Propagate(Operation operation, HashSet<Variable> active, Dictionary<int, Variable> locals, Dictionary<int, Variable> arguments, Func<Variable, bool> mark, CallFacts facts)
    {
        ILInstruction instruction = operation.Instruction;
        OpCode op = instruction.OpCode;
        bool changed = false;

        // Stores make their target active when the stored value is.
        if (instruction is { Op: ILOp.StoreLocal, Index: { } local } && active.Contains(operation.Inputs[0]))
        {
            changed |= mark(locals[local]);
        }

        if (instruction is { Op: ILOp.StoreArgument, Index: { } argument } && active.Contains(operation.Inputs[0]))
        {
            changed |= mark(arguments[argument]);
        }

        if (operation.Output is not { } output || active.Contains(output))
        {
            return changed;
        }

        bool outputActive = instruction.Op switch
        {
            ILOp.LoadArgument or ILOp.LoadArgumentAddress => active.Contains(arguments[instruction.Index!.Value]),
            ILOp.LoadLocal or ILOp.LoadLocalAddress => active.Contains(locals[instruction.Index!.Value]),
            ILOp.LoadStaticField => instruction.Operand is FieldInfo field && CallFacts.ReceivesDerivatives(field),
            ILOp.LoadStaticFieldAddress or ILOp.LoadNull or ILOp.LoadString or ILOp.LoadToken or ILOp.SizeOf
                or ILOp.LoadFunction or ILOp.LoadVirtualFunction or ILOp.LoadLength or ILOp.LoadConstant => false,
            ILOp.Call or ILOp.CallVirtual or ILOp.NewObject => operation.Inputs.Any(active.Contains) || (instruction.Operand is MethodBase callee && facts.ActiveWithoutInputs(callee)),
            _ => operation.Inputs.Any(active.Contains),
        };
        if (outputActive)
        {
            changed |= mark(output);
        }

        return changed;
    }
}
