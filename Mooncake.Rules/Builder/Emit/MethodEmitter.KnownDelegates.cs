using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo KnownDelegateTarget = typeof(Dispatch).GetMethod(nameof(Dispatch.KnownTarget))!;

    private Dictionary<Variable, Operation>? _definitions;

    // The method a delegate value is known to call (KnownDelegates): a delegate built here with
    // ldftn of an instance method of a class, through copies and a local stored once, or an
    // argument the request knows.
    private MethodInfo? KnownTarget(Variable value)
    {
        _definitions ??= DefinitionsOf(_method);
        for (int step = 0; step < 16; step++)
        {
            if (value.Kind == VariableKind.Argument)
            {
                return _request.Delegates.TargetOf(value.Index);
            }

            if (!_definitions.TryGetValue(value, out Operation? definition))
            {
                return null; // a block-entry temporary: more than one value may reach it
            }

            ILInstruction instruction = definition.Instruction;
            if (instruction.Op == ILOp.Dup)
            {
                value = definition.Inputs[0];
            }
            else if (instruction.Op == ILOp.NewObject)
            {
                return instruction.Operand is ConstructorInfo { DeclaringType: { } type } && typeof(Delegate).IsAssignableFrom(type) && definition.Inputs.Count == 2
                    && _definitions.TryGetValue(definition.Inputs[1], out Operation? pointer) && pointer.Instruction.Op == ILOp.LoadFunction
                    && pointer.Instruction.Operand is MethodInfo { IsStatic: false, DeclaringType.IsValueType: false, ContainsGenericParameters: false } method
                    ? method
                    : null;
            }
            else if (instruction is { Op: ILOp.LoadArgument, Index: { } argument })
            {
                return _request.Delegates.TargetOf(argument);
            }
            else if (instruction is { Op: ILOp.LoadLocal, Index: { } local } && SingleStore(local) is { } stored)
            {
                value = stored;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    // The value stored into a local that is stored once and whose address is never taken, or null.
    private Variable? SingleStore(int local)
    {
        Variable? stored = null;
        foreach (Operation operation in _method.Blocks.SelectMany(b => b.Operations))
        {
            ILInstruction instruction = operation.Instruction;
            if (!instruction.IsLocalAccess || instruction.Index != local)
            {
                continue;
            }

            if (instruction.Op == ILOp.LoadLocalAddress || (instruction.Op == ILOp.StoreLocal && stored is not null))
            {
                return null;
            }

            if (instruction.Op == ILOp.StoreLocal)
            {
                stored = operation.Inputs[0];
            }
        }

        return stored;
    }

    private static Dictionary<Variable, Operation> DefinitionsOf(LiftedMethod method)
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

    // The delegates among a call's inputs (input i is the callee's IL argument i + shift) known to call a given method.
    private KnownDelegates CallSiteDelegates(Operation operation, int shift)
    {
        KnownDelegates known = KnownDelegates.None;
        if (!_request.Options.HasFlag(CompilerOptions.KnownDelegates))
        {
            return known;
        }

        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            if (typeof(Delegate).IsAssignableFrom(operation.Inputs[i].Type) && KnownTarget(operation.Inputs[i]) is { } method)
            {
                known = known.With(i + shift, method);
            }
        }

        return known;
    }

    // An invocation of a delegate known to call an instance method with the Invoke method's
    // signature: that method's rule, called on the delegate's target and its tangent (the
    // delegate's), as the dispatch adapter would, without the dispatch.
    private bool TryEmitKnownDelegateCall(Operation operation, MethodInfo invoke)
    {
        if (!_request.Options.HasFlag(CompilerOptions.KnownDelegates) || KnownTarget(operation.Inputs[0]) is not { } method || method.ReturnType != invoke.ReturnType
            || !method.GetParameters().Select(p => p.ParameterType).SequenceEqual(invoke.GetParameters().Select(p => p.ParameterType)))
        {
            return false;
        }

        KnownDelegates known = KnownDelegates.None;
        for (int i = 1; i < operation.Inputs.Count; i++)
        {
            if (typeof(Delegate).IsAssignableFrom(operation.Inputs[i].Type) && KnownTarget(operation.Inputs[i]) is { } inner)
            {
                known = known.With(i, inner);
            }
        }

        DerivedRule derived = DerivedRuleOf(method, CallSiteActivity(operation, 0), known);
        SplitSignature split = derived.Signature;
        Variable function = operation.Inputs[0];
        LoadPrimal(function);
        _il.Emit(OpCodes.Call, KnownDelegateTarget);
        _il.Emit(OpCodes.Castclass, method.DeclaringType!);
        if (split.Arguments[0].Tangent is var receiverTangent and >= 0)
        {
            // The delegate's tangent is its target's; a null one (zero) becomes a real zero.
            MayNeedScope = true;
            LoadTangent(function, typeof(object));
            LoadPrimal(function);
            _il.Emit(OpCodes.Call, KnownDelegateTarget);
            _il.Emit(OpCodes.Ldc_I4, ChunkWidthIndex());
            _il.Emit(OpCodes.Call, ConcreteTangentHelper);
            _il.Emit(OpCodes.Castclass, split.Parameters[receiverTangent]);
        }

        for (int i = 1; i < operation.Inputs.Count; i++)
        {
            LoadPrimal(operation.Inputs[i]);
            if (split.Arguments[i].Tangent is var tangent and >= 0)
            {
                LoadTangent(operation.Inputs[i], split.Parameters[tangent]);
            }
        }

        LocalBuilder? returnTangent = null;
        if (split.ReturnTangent >= 0)
        {
            returnTangent = Scratch(split.ReturnTangentSlot!);
            _il.Emit(OpCodes.Ldloca, returnTangent);
        }

        _il.Emit(OpCodes.Call, derived.Rule);
        StoreCallResult(operation, split, returnTangent);
        return true;
    }
}
