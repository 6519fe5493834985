using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Value numbering within one basic block: two temporaries of the block that get the same number
/// are known to hold the same value; the temporaries of the block's entry stack get none. The
/// emitter uses it to find calls on one value that one rule can serve (<c>Math.Sin(a)</c> and
/// <c>Math.Cos(a)</c> from one <c>Math.SinCos</c>).
/// </summary>
/// <remarks>
/// Deliberately small and conservative:
/// <list type="bullet">
/// <item><c>ldarg</c>/<c>ldloc</c> of V: (V, version of V), the version bumped by every
/// <c>starg</c>/<c>stloc</c> of V. A variable whose address is taken anywhere in the method is
/// not numbered by version (each load is a value of its own): a store through the address would
/// not bump the version.</item>
/// <item><c>ldelem</c>: (kind, array, index, memory version), the memory version bumped by every
/// operation that may write memory: every store, and every call except to pure math.</item>
/// <item>constants: by value.</item>
/// <item>any other result: a number of its own (it equals only itself, which <c>dup</c> reuses).</item>
/// </list>
/// It is per block, so a loop's back edge (which starts the block again) never joins values of
/// two iterations.
/// </remarks>
internal sealed class LocalValueNumbering
{
    private readonly Dictionary<Variable, int> _numbers;

    private LocalValueNumbering(Dictionary<Variable, int> numbers) => _numbers = numbers;

    /// <summary>Numbers the temporaries that the operations of <paramref name="block"/> of <paramref name="method"/> push.</summary>
    /// <param name="method">The method.</param>
    /// <param name="block">One of its blocks.</param>
    /// <param name="addressTaken">The method's <see cref="AddressTaken"/> variables, if already known (they are found otherwise).</param>
    public static LocalValueNumbering Of(LiftedMethod method, BasicBlock block, IReadOnlySet<Variable>? addressTaken = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(block);
        addressTaken ??= AddressTaken(method);
        var numbers = new Dictionary<Variable, int>();
        var keys = new Dictionary<object, int>();
        var versions = new Dictionary<Variable, int>();
        int memory = 0, fresh = 0;
        int Number(object key)
        {
            if (!keys.TryGetValue(key, out int number))
            {
                number = keys.Count;
                keys[key] = number;
            }

            return number;
        }

        int? Known(Variable input) => numbers.TryGetValue(input, out int n) ? n : null;

        foreach (Operation operation in block.Operations)
        {
            ILInstruction instruction = operation.Instruction;
            Variable? variable = VariableOf(method, instruction);
            object? key = null;
            if (variable is not null && operation.Output is not null && instruction.Op is not (ILOp.LoadArgumentAddress or ILOp.LoadLocalAddress))
            {
                key = addressTaken.Contains(variable) ? null : ("variable", variable.Id, versions.GetValueOrDefault(variable));
            }
            else if (variable is not null && operation.Output is null)
            {
                versions[variable] = versions.GetValueOrDefault(variable) + 1; // stloc / starg
            }
            else if (instruction.Op == ILOp.LoadElement && Known(operation.Inputs[0]) is { } array && Known(operation.Inputs[1]) is { } index)
            {
                key = ("element", instruction.OpCode, instruction.Operand, array, index, memory);
            }
            else if (instruction.Op == ILOp.LoadConstant)
            {
                // By bits, so 0.0 and -0.0 (equal as numbers) stay apart.
                key = ("constant", instruction.OpCode, instruction.Operand switch
                {
                    double d => BitConverter.DoubleToInt64Bits(d),
                    float f => BitConverter.SingleToInt32Bits(f),
                    var other => other,
                });
            }

            if (MayWriteMemory(instruction))
            {
                memory++;
            }

            if (operation.Output is not null)
            {
                // An unknown value still equals itself: dup pushes one temporary twice.
                numbers[operation.Output] = key is null ? --fresh : Number(key);
            }
        }

        return new LocalValueNumbering(numbers);
    }

    /// <summary>The number of <paramref name="temporary"/>, or null if its value is unknown.</summary>
    public int? NumberOf(Variable temporary) => _numbers.TryGetValue(temporary, out int number) ? number : null;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are known to hold the same value.</summary>
    public bool Same(Variable a, Variable b) => NumberOf(a) is { } n && NumberOf(b) == n;

    /// <summary>
    /// Whether a call to <paramref name="method"/> is pure math: a static method of
    /// <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> or <see cref="float"/> whose
    /// parameters are all plain values (an <c>out</c> parameter, a pointer or a span could write).
    /// </summary>
    public static bool IsPureMath(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.IsStatic
            && (method.DeclaringType == typeof(Math) || method.DeclaringType == typeof(MathF) || method.DeclaringType == typeof(double) || method.DeclaringType == typeof(float))
            && method.GetParameters().All(p => p.ParameterType.IsPrimitive);
    }

    // The argument or local an ldarg/ldarga/starg/ldloc/ldloca/stloc names.
    private static Variable? VariableOf(LiftedMethod method, ILInstruction instruction)
    {
        if (StackTypes.ArgumentIndex(instruction.OpCode, instruction.Operand) is { } argument)
        {
            return method.Arguments[argument];
        }

        return StackTypes.LocalIndex(instruction.OpCode, instruction.Operand) is { } local ? method.Locals[local] : null;
    }

    /// <summary>The arguments and locals of <paramref name="method"/> whose address is taken (<c>ldarga</c>, <c>ldloca</c>) somewhere.</summary>
    public static IReadOnlySet<Variable> AddressTaken(LiftedMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var taken = new HashSet<Variable>();
        foreach (Operation operation in method.Blocks.SelectMany(b => b.Operations))
        {
            if (operation.Instruction.Op is ILOp.LoadArgumentAddress or ILOp.LoadLocalAddress && VariableOf(method, operation.Instruction) is { } variable)
            {
                taken.Add(variable);
            }
        }

        return taken;
    }

    // Instructions that read or compute but never write memory: every load, variable stores (they
    // bump versions instead, and a variable whose address is taken is never numbered), arithmetic,
    // conversions, comparisons, casts.
    private static readonly HashSet<ILOp> NonWriting =
    [
        ILOp.LoadArgument, ILOp.LoadArgumentAddress, ILOp.LoadLocal, ILOp.LoadLocalAddress, ILOp.LoadConstant, ILOp.LoadNull, ILOp.LoadString,
        ILOp.LoadField, ILOp.LoadFieldAddress, ILOp.LoadStaticField, ILOp.LoadStaticFieldAddress, ILOp.LoadElement, ILOp.LoadElementAddress,
        ILOp.LoadLength, ILOp.LoadIndirect, ILOp.LoadObject, ILOp.LoadToken, ILOp.LoadFunction, ILOp.LoadVirtualFunction,
        ILOp.StoreLocal, ILOp.StoreArgument, ILOp.Convert, ILOp.Add, ILOp.Subtract, ILOp.Multiply, ILOp.Divide, ILOp.Remainder, ILOp.Negate,
        ILOp.BitwiseNot, ILOp.BitwiseAnd, ILOp.BitwiseOr, ILOp.BitwiseXor, ILOp.ShiftLeft, ILOp.ShiftRight, ILOp.Compare, ILOp.CheckFinite,
        ILOp.Nop, ILOp.Pop, ILOp.Dup, ILOp.Box, ILOp.Unbox, ILOp.UnboxAny, ILOp.CastClass, ILOp.IsInstance, ILOp.SizeOf,
    ];

    // Whether an instruction may change memory that an ldelem reads. Listed the other way round
    // (what cannot write) so that anything unlisted counts as a write.
    private static bool MayWriteMemory(ILInstruction instruction)
    {
        OpCode op = instruction.OpCode;
        if (op == OpCodes.Call && instruction.Operand is MethodInfo callee)
        {
            MethodInfo target = callee;
            if (instruction.Constrained is { } constrained && callee.DeclaringType is { IsInterface: true })
            {
                try
                {
                    target = RuleRegistry.ResolveConstrained(callee, constrained);
                }
                catch (ArgumentException)
                {
                    return true;
                }
            }

            return !IsPureMath(target);
        }

        if (op.FlowControl is FlowControl.Call or FlowControl.Meta)
        {
            return true; // newobj, callvirt, calli, and anything unforeseen
        }

        return !(op.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw
            || NonWriting.Contains(instruction.Op));
    }
}
