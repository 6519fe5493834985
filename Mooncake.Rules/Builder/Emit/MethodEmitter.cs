using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Emits the derived rule of one lifted method into an <see cref="ILGenerator"/>, in the split
/// representation (see DESIGN.md): each active variable is a primal place and a tangent place;
/// each lifted operation loads its operands' parts, computes, and stores its result's parts.
/// One partial file per instruction family.
/// </summary>
internal sealed partial class MethodEmitter
{
    private readonly LiftedMethod _method;
    private readonly ActivityAnalysis _activity;
    private readonly RuleRequest _request;
    private readonly ChunkWidth _width;
    private readonly ILGenerator _il;
    private readonly SplitSignature _signature;
    private readonly Func<RuleRequest, DerivedRule> _derivedRule;
    private readonly Dictionary<Variable, (Place Primal, Place? Tangent)> _slots = [];
    private readonly Dictionary<int, Label> _labels = [];
    private readonly Dictionary<Type, LocalBuilder> _scratch = [];
    private readonly Dictionary<(Type, int), LocalBuilder> _indexedScratch = [];
    private readonly List<LocalBuilder> _locals = [];
    private ILInstruction? _current;

    /// <summary>Prepares to emit <paramref name="method"/>'s rule for <paramref name="request"/>; <paramref name="derivedRule"/> gives the rule of a callee's request.</summary>
    public MethodEmitter(LiftedMethod method, ActivityAnalysis activity, RuleRequest request, ILGenerator il, SplitSignature signature, Func<RuleRequest, DerivedRule> derivedRule)
    {
        _method = method;
        _activity = activity;
        _request = request;
        _width = request.Width;
        _il = il;
        _signature = signature;
        _derivedRule = derivedRule;
    }

    /// <summary>Emits the whole body.</summary>
    /// <exception cref="UnsupportedILException">The method uses a construct the builder cannot differentiate.</exception>
    public void Emit()
    {
        DeclareSlots();
        DeclareMemo();
        DeclareChunkBases();
        ExceptionRegions regions = ExceptionRegions.Of(_method.Clauses);
        foreach (BasicBlock block in _method.Blocks)
        {
            _labels[block.Start] = _il.DefineLabel();
        }

        foreach (BasicBlock block in _method.Blocks)
        {
            regions.EmitBoundaries(_il, block.Start);
            _il.MarkLabel(_labels[block.Start]);
            PlanSinCos(block);
            _block = block;
            _numbering = null;
            if (regions.IsHandlerStart(block.Start) && block.EntryStack.Count == 1)
            {
                // A catch handler or filter starts with the exception on the stack.
                StorePrimal(block.EntryStack[0]);
            }

            for (int i = 0; i < block.Operations.Count; i++)
            {
                if (i == block.Operations.Count - 1 && block.EndsWithTransfer)
                {
                    EmitTransfers(block);
                }

                _current = block.Operations[i].Instruction;
                _operationIndex = i;
                EmitNamingTheInstruction(block.Operations[i]);
            }

            if (!block.EndsWithTransfer)
            {
                EmitTransfers(block);
            }

            if (_deferredElements.Count > 0)
            {
                // An element read left to a sum that was not emitted: its value would never have been set.
                throw new InvalidOperationException($"Internal error in {_method.Method.DeclaringType}.{_method.Method.Name}: an element read was deferred to a sum that was not emitted.");
            }

            if (_deferredProducts.Count > 0)
            {
                // A product left its tangent to a sum that did not take it: the sum would have read a stale chunk.
                throw new InvalidOperationException($"Internal error in {_method.Method.DeclaringType}.{_method.Method.Name}: a product's tangent was deferred to a sum that was not emitted as a fused sum.");
            }
        }

        regions.EmitBoundaries(_il, int.MaxValue);
    }

    /// <summary>
    /// The argument (index in the primal method, the receiver first), a double at width 1, whose
    /// tangent is the unit direction rather than its parameter's value, which the body ignores;
    /// -1 for none. For a request with the unit seed (<see cref="Seed.Unit"/>), whose every call
    /// passes that direction: a constant the JIT folds into the first chain-rule steps, where a
    /// parameter leaves it a multiplication and a strong-zero test each.
    /// </summary>
    private int UnitSeededArgument => _request.UnitSeededArgument;

    /// <summary>
    /// For a body emitted into other code instead of a method of its own (an entry's loop, a call
    /// site): where its arguments' parts live and what a return does; null for a rule, whose
    /// arguments are its parameters and whose return is <c>ret</c>.
    /// </summary>
    public InlineBody? Inline { get; init; }

    /// <summary>Every local the body declared, so far: an entry that runs an inline body repeatedly clears them between runs.</summary>
    public IReadOnlyList<LocalBuilder> Locals => _locals;

    private void DeclareSlots()
    {
        foreach (Variable argument in _method.Arguments)
        {
            (int primal, int tangent) = _signature.Arguments[argument.Index];
            Place? tangentPlace = !IsActive(argument) ? null
                : argument.Index == UnitSeededArgument ? UnitSeed(argument)
                : tangent < 0 ? ZeroAtEntry(argument)
                : Inline is null ? Place.OfParameter(tangent, _signature.Parameters[tangent])
                : Inline.TangentOf(argument.Index)
                    ?? throw new InvalidOperationException($"Internal error in {_method.Method.DeclaringType}.{_method.Method.Name}: argument {argument.Index} of an inline body is active but has no tangent.");
            _slots[argument] = (Inline?.Arguments[argument.Index] ?? Place.OfParameter(primal, _signature.Parameters[primal]), tangentPlace);
        }

        foreach (Variable variable in _method.Locals.Concat(_method.Temporaries))
        {
            Type storage = variable.Type == typeof(NullType) ? typeof(object) : variable.Type;
            Place primal = Place.Of(DeclareLocal(storage));
            Place? tangent = IsActive(variable) ? Place.Of(DeclareLocal(SplitSignature.TangentOf(variable.Type, _width))) : null;
            _slots[variable] = (primal, tangent);
        }
    }

    // A local holding the unit direction, for the tangent of a double argument at width 1
    // (UnitSeededArgument): there the direction is the chunk of one lane holding one, built by
    // Broadcast, which the JIT sees through (OneHot writes a lane through its address).
    private Place UnitSeed(Variable argument)
    {
        if (argument.Type != typeof(double) || _width.Lanes != 1)
        {
            throw new InvalidOperationException($"Internal error in {_method.Method.DeclaringType}.{_method.Method.Name}: argument {argument.Index} of type {argument.Type} cannot take the unit direction at width {_width.Lanes}; only a double argument at width 1 can.");
        }

        LocalBuilder seed = DeclareLocal(typeof(Chunk1));
        _il.Emit(OpCodes.Ldc_R8, 1.0);
        _il.Emit(OpCodes.Call, typeof(Chunk1).GetMethod(nameof(Chunk1.Broadcast))!);
        _il.Emit(OpCodes.Stloc, seed);
        return Place.Of(seed);
    }

    // A local holding the tangent of an argument its request holds constant, a copy (a number, a
    // struct of numbers) into which the body stores a value that carries a derivative, or whose
    // address it takes: zero at entry, as the constant is (ConstantArguments).
    private Place ZeroAtEntry(Variable argument)
    {
        if (ConstantRoot.IsRootType(argument.Type) || argument.Type.IsByRef)
        {
            throw new InvalidOperationException($"Internal error in {_method.Method.DeclaringType}.{_method.Method.Name}: argument {argument.Index}, a {argument.Type.Name} the request holds constant, is active.");
        }

        Type type = SplitSignature.TangentOf(argument.Type, _width);
        LocalBuilder zero = DeclareLocal(type);
        _il.Emit(OpCodes.Ldloca, zero);
        _il.Emit(OpCodes.Initobj, type);
        return Place.Of(zero);
    }

    private LocalBuilder DeclareLocal(Type type)
    {
        LocalBuilder local = _il.DeclareLocal(type);
        _locals.Add(local);
        return local;
    }

    // Whether the request has the optimisation switched on (the reference level has none).
    private bool Enabled(CompilerOptions option) => (_request.Options & option) == option;

    // Once its slots exist, a variable is active exactly when it has a tangent place.
    private bool IsActive(Variable variable) =>
        _slots.TryGetValue(variable, out (Place Primal, Place? Tangent) slot) ? slot.Tangent is not null : _activity.IsActive(variable);

    // A variable of the emitter's own (not of the lifted method), with its own locals.
    private Variable DeclareSynthetic(Type type, bool active)
    {
        var variable = new Variable(-1 - _slots.Count, VariableKind.Temporary, -1, type);
        _slots[variable] = (Place.Of(DeclareLocal(type)), active ? Place.Of(DeclareLocal(SplitSignature.TangentOf(type, _width))) : null);
        return variable;
    }

    private void EmitTransfers(BasicBlock block)
    {
        foreach ((Variable from, Variable to) in block.Transfers)
        {
            Copy(from, to);
        }
    }

    // Failures below one instruction (a tangent type that cannot be built, a callee the builder
    // refuses) are reported against it, so the message leads from the user's method to the cause.
    private void EmitNamingTheInstruction(Operation operation)
    {
        try
        {
            EmitOperation(operation);
        }
        catch (UnsupportedILException e) when (e.Method != _method.Method)
        {
            throw new UnsupportedILException(_method.Method, operation.Instruction, $"the callee cannot be differentiated: {e.Message.TrimEnd('.')}", e);
        }
        catch (NotSupportedException e) when (e is not UnsupportedILException)
        {
            throw new UnsupportedILException(_method.Method, operation.Instruction, e.Message.TrimEnd('.'), e);
        }
    }

    private void EmitOperation(Operation operation)
    {
        RefuseUnsafe(operation);
        if (operation.Instruction.Op is ILOp.Call or ILOp.CallVirtual or ILOp.NewObject)
        {
            RefusePointerArguments(operation);
        }

        if (TryEmitPointer(operation) || TryEmitWithDeferredElements(operation))
        {
            return;
        }

        // One switch on the decoded operation (ILOp): each family of instructions has its
        // emitter, which declines what it does not differentiate (an operation with nothing
        // active, a type it does not cover), and what is declined runs on the primal parts.
        ILInstruction instruction = operation.Instruction;
        bool emitted;
        switch (instruction.Op)
        {
            case ILOp.Nop or ILOp.Break or ILOp.Pop:
                return;
            case ILOp.Return:
                EmitReturn(operation);
                return;
            case ILOp.EndFilter:
                // ILGenerator ends the filter itself when the handler begins; it needs the result pushed.
                LoadPrimal(operation.Inputs[0]);
                return;
            case ILOp.LoadArgument or ILOp.LoadArgumentAddress:
                EmitVariableAccess(operation, _method.Arguments[instruction.Index!.Value], instruction.Op == ILOp.LoadArgumentAddress);
                return;
            case ILOp.StoreArgument:
                Copy(operation.Inputs[0], _method.Arguments[instruction.Index!.Value]);
                return;
            case ILOp.LoadLocal or ILOp.LoadLocalAddress or ILOp.StoreLocal:
                EmitVariableAccess(operation, _method.Locals[instruction.Index!.Value], instruction.Op == ILOp.LoadLocalAddress);
                return;
            case ILOp.Add or ILOp.Subtract or ILOp.Multiply or ILOp.Divide or ILOp.Remainder or ILOp.Negate:
                emitted = TryEmitArithmetic(operation);
                break;
            case ILOp.Branch or ILOp.BranchIf or ILOp.Switch or ILOp.Leave or ILOp.Compare:
                emitted = TryEmitControlFlow(operation);
                break;
            case ILOp.Convert:
                emitted = TryEmitConversion(operation);
                break;
            case ILOp.LoadField or ILOp.LoadFieldAddress or ILOp.StoreField or ILOp.LoadStaticField or ILOp.LoadStaticFieldAddress or ILOp.StoreStaticField or ILOp.NewArray or ILOp.LoadLength
                or ILOp.LoadElement or ILOp.LoadElementAddress or ILOp.StoreElement or ILOp.LoadIndirect or ILOp.StoreIndirect or ILOp.LoadObject or ILOp.StoreObject
                or ILOp.InitObject:
                emitted = TryEmitMemory(operation);
                break;
            case ILOp.Call or ILOp.CallVirtual:
                emitted = TryEmitSinCos(operation) || TryEmitMemoryIntrinsic(operation) || TryEmitSpan(operation) || TryEmitCall(operation);
                break;
            case ILOp.NewObject:
                emitted = TryEmitSpan(operation) || TryEmitConstruction(operation);
                break;
            case ILOp.CastClass or ILOp.IsInstance or ILOp.Box or ILOp.UnboxAny:
                emitted = TryEmitCast(operation);
                break;
            default:
                emitted = false;
                break;
        }

        if (!emitted)
        {
            EmitPrimalOnly(operation);
        }
    }

    // ldarg/ldloc copy the variable into the output; stloc copies the input into the variable;
    // ldarga/ldloca take the addresses of both parts.
    private void EmitVariableAccess(Operation operation, Variable variable, bool address)
    {
        if (operation.Output is null)
        {
            Copy(operation.Inputs[0], variable);
            return;
        }

        if (!address)
        {
            Copy(variable, operation.Output);
            return;
        }

        (Place primal, Place? tangent) = _slots[variable];
        primal.LoadAddress(_il);
        StorePrimal(operation.Output);
        if (IsActive(operation.Output))
        {
            tangent!.Value.LoadAddress(_il);
            _slots[operation.Output].Tangent!.Value.Store(_il);
        }
    }

    // An operation whose active inputs contribute only their primal values and whose result
    // carries no tangent (integer arithmetic, comparisons, lengths, conversions to integers...)
    // runs as written on the primal parts.
    private void EmitPrimalOnly(Operation operation, bool allowActiveReceiver = false)
    {
        ILInstruction instruction = operation.Instruction;
        bool zeroResult = false;
        if (operation.Output is { } output && IsActive(output))
        {
            // A result computed from inactive inputs only (Array.Empty<T>(), Comparer<T>.Default,
            // a factory without arguments) is a constant whose slot is active because its type
            // can carry a tangent: it gets a zero tangent. With an active input it would lose one.
            if (operation.Inputs.Any(IsActive))
            {
                throw Unsupported(instruction, "the rule builder has no tangent for this instruction's result");
            }

            zeroResult = true;
        }

        if (!allowActiveReceiver && StoresIntoActiveStorage(instruction) && operation.Inputs.Skip(StoredValueIndex(instruction)).Any(IsActive))
        {
            throw Unsupported(instruction, "stores into active storage are not supported here yet");
        }

        if (instruction.OpCode == OpCodes.Div && operation.Output is { Type: var type } && (type == typeof(double) || type == typeof(float)))
        {
            LoadPrimal(operation.Inputs[0]);
            EmitDivideBy(operation.Inputs[1]);
        }
        else
        {
            foreach (Variable input in operation.Inputs)
            {
                LoadPrimal(input);
            }

            EmitInstruction(instruction);
        }

        if (operation.Output is not null)
        {
            StorePrimal(operation.Output);
        }

        if (zeroResult)
        {
            StoreZeroTangent(operation.Output!);
        }
    }

    // The first input a store writes: a value stored into active storage would lose its tangent.
    private static int StoredValueIndex(ILInstruction instruction) => instruction.Op switch
    {
        ILOp.StoreField or ILOp.StoreObject => 1,
        ILOp.StoreIndirect when instruction.TypedAs == typeof(double) || instruction.TypedAs == typeof(float) => 1,
        ILOp.StoreElement when instruction.TypedAs is null || instruction.TypedAs == typeof(double) || instruction.TypedAs == typeof(float) || instruction.TypedAs == typeof(object) => 2,
        _ => 0,
    };

    private static bool StoresIntoActiveStorage(ILInstruction instruction) => instruction.Op is ILOp.StoreArgument or ILOp.StoreLocal or ILOp.StoreField or ILOp.StoreStaticField
        or ILOp.StoreElement or ILOp.StoreIndirect or ILOp.StoreObject or ILOp.InitObject or ILOp.CopyObject;

    /// <summary>Re-emits <paramref name="instruction"/> as written (with its prefixes), in long form.</summary>
    private void EmitInstruction(ILInstruction instruction)
    {
        if (instruction.Constrained is { } constrained)
        {
            _il.Emit(OpCodes.Constrained, constrained);
        }

        if (instruction.IsVolatile)
        {
            _il.Emit(OpCodes.Volatile);
        }

        OpCode op = instruction.OpCode;
        switch (instruction.Operand)
        {
            case null:
                _il.Emit(op);
                break;
            case int[] targets:
                _il.Emit(op, [.. targets.Select(t => _labels[t])]);
                break;
            case int target when op.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget:
                _il.Emit(LongForm(op), _labels[target]);
                break;
            case int value when op.OperandType == OperandType.ShortInlineI && op == OpCodes.Ldc_I4_S:
                _il.Emit(OpCodes.Ldc_I4, value);
                break;
            case int value:
                _il.Emit(op, value);
                break;
            case long value:
                _il.Emit(op, value);
                break;
            case float value:
                _il.Emit(op, value);
                break;
            case double value:
                _il.Emit(op, value);
                break;
            case string value:
                _il.Emit(op, value);
                break;
            case MethodInfo method:
                AssertClosed(instruction, method);
                _il.Emit(op, method);
                break;
            case ConstructorInfo constructor:
                _il.Emit(op, constructor);
                break;
            case FieldInfo field:
                _il.Emit(op, field);
                break;
            case Type type:
                _il.Emit(op, type);
                break;
            default:
                throw Unsupported(instruction, "the rule builder cannot re-emit this operand");
        }
    }

    private void AssertClosed(ILInstruction instruction, MethodInfo method)
    {
        // Emitting a call to an open generic method crashes the process instead of throwing.
        if (method.ContainsGenericParameters)
        {
            throw Unsupported(instruction, $"the call to {method.Name} is not fully instantiated");
        }
    }

    private static OpCode LongForm(OpCode op) => op.OperandType == OperandType.ShortInlineBrTarget
        ? (OpCode)typeof(OpCodes).GetField(op.Name!.Replace(".s", "", StringComparison.Ordinal).Replace('.', '_'), BindingFlags.Public | BindingFlags.Static | BindingFlags.IgnoreCase)!.GetValue(null)!
        : op;

    private UnsupportedILException Unsupported(ILInstruction? instruction, string reason) => new(_method.Method, instruction ?? _current, reason);

    // ---- parts of variables ----

    private void LoadPrimal(Variable variable) => _slots[variable].Primal.Load(_il);

    private void StorePrimal(Variable variable) => _slots[variable].Primal.Store(_il);

    /// <summary>Pushes the tangent of <paramref name="variable"/> as <paramref name="tangentType"/>: its tangent if active, else zero.</summary>
    private void LoadTangent(Variable variable, Type tangentType)
    {
        if (_slots[variable].Tangent is { } tangent)
        {
            tangent.Load(_il);
        }
        else
        {
            LoadZero(tangentType);
        }
    }

    /// <summary>Pushes the zero tangent of <paramref name="tangentType"/>: default for a value type, null for a reference.</summary>
    private void LoadZero(Type tangentType)
    {
        if (tangentType.IsByRef)
        {
            // A null reference (what Unsafe.NullRef emits): the zero tangent of a DualRef.
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Conv_U);
        }
        else if (tangentType.IsValueType)
        {
            LocalBuilder zero = Scratch(tangentType);
            _il.Emit(OpCodes.Ldloca, zero);
            _il.Emit(OpCodes.Initobj, tangentType);
            _il.Emit(OpCodes.Ldloc, zero);
        }
        else
        {
            _il.Emit(OpCodes.Ldnull);
        }
    }

    private void StoreTangent(Variable variable) => _slots[variable].Tangent!.Value.Store(_il);

    /// <summary>Copies both parts of <paramref name="from"/> into <paramref name="to"/> (a zero tangent if <paramref name="from"/> is inactive).</summary>
    private void Copy(Variable from, Variable to)
    {
        LoadPrimal(from);
        StorePrimal(to);
        RefusePointerEscape(from, to);
        if (_slots[to].Tangent is { } pointerTangent && !IsActive(from) && PointerShapes.IsNumberPointer(to.Type))
        {
            LoadPointerTangentFrom(from, pointerTangent.Type);
            pointerTangent.Store(_il);
        }
        else if (_slots[to].Tangent is { } tangent)
        {
            LoadTangent(from, tangent.Type);
            tangent.Store(_il);
            RefreshChunkBase(to);
        }
    }

    /// <summary>Pushes <paramref name="variable"/> as the dual type <paramref name="dual"/>, built from its parts.</summary>
    private void LoadDual(Variable variable, Type dual)
    {
        ConstructorInfo constructor = DualShapes.Constructor(dual);
        ParameterInfo[] parameters = constructor.GetParameters();
        LoadPrimal(variable);
        LoadTangent(variable, parameters[1].ParameterType);
        _il.Emit(OpCodes.Newobj, constructor);
    }

    /// <summary>Pops a value of the dual type <paramref name="dual"/> and stores its parts into <paramref name="variable"/>.</summary>
    private void StoreDual(Variable variable, Type dual)
    {
        LocalBuilder scratch = Scratch(dual);
        _il.Emit(OpCodes.Stloc, scratch);
        _il.Emit(OpCodes.Ldloca, scratch);
        _il.Emit(OpCodes.Call, DualShapes.PrimalGetter(dual));
        StorePrimal(variable);
        if (IsActive(variable))
        {
            _il.Emit(OpCodes.Ldloca, scratch);
            _il.Emit(OpCodes.Call, DualShapes.TangentGetter(dual));
            StoreTangent(variable);
        }
    }

    // One scratch local per type: values pass through it within one operation only.
    private LocalBuilder Scratch(Type type)
    {
        if (!_scratch.TryGetValue(type, out LocalBuilder? local))
        {
            local = DeclareLocal(type);
            _scratch[type] = local;
        }

        return local;
    }
}
