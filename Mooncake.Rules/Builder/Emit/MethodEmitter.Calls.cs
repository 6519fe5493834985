using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // A call with an active argument goes to the registered rule of the callee, or else to the
    // callee's own derived rule. A call with no active argument runs the primal callee.
    private bool TryEmitCall(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        if (instruction.OpCode != OpCodes.Call && instruction.OpCode != OpCodes.Callvirt)
        {
            return false;
        }

        if (instruction.Operand is ConstructorInfo baseConstructor)
        {
            // A constructor calling its base (or another) constructor on the object being built.
            if (operation.Inputs.Any(IsActive) && RuleRegistry.TryFind(baseConstructor, out Rule? constructorRule) && constructorRule is not null)
            {
                // A struct built in place (`var v = new Vector<double>(x, i)` compiles to a call
                // of the constructor on the local's address): the rule returns the value, stored
                // through the address pair (constants too: the local's tangent must be overwritten).
                EmitConstructorRuleInPlace(operation, constructorRule, baseConstructor);
            }
            else if (!operation.Inputs.Any(IsActive) || baseConstructor.DeclaringType == typeof(object))
            {
                EmitPrimalOnly(operation, allowActiveReceiver: true);
            }
            else
            {
                EmitDerivedCall(operation, baseConstructor);
            }

            return true;
        }

        var callee = (MethodInfo)instruction.Operand!;
        if (callee.DeclaringType is { IsArray: true } && TryEmitMatrixAccess(operation, callee))
        {
            return true;
        }

        if (!operation.Inputs.Any(IsActive))
        {
            if (CallFacts.Precise.ActiveWithoutInputs(callee))
            {
                // It reads static data that carries derivatives in this pass (PrimalSafety).
                EmitDerivedCall(operation, callee);
            }
            else
            {
                EmitPrimalOnly(operation);
            }

            return true;
        }

        if (RuleRegistry.TryFind(callee, instruction.Constrained, out Rule? rule) && rule is not null)
        {
            EmitRuleCall(operation, rule, callee);
            return true;
        }

        if (StandIns.Resolve(callee) is { } standIn)
        {
            EmitDerivedCall(operation, standIn);
            return true;
        }

        if (UnsupportedCalls.Reason(callee) is { } reason)
        {
            throw Unsupported(instruction, reason);
        }

        if (SimdVectors.IsFloatingVector(callee.ReturnType, out _, out _) && !ActivityAnalysis.CanCarry(callee.ReturnType))
        {
            // A vector of numbers without a tangent type (Vector64) computed from values with
            // derivatives: running it as a primal call would drop them.
            throw Unsupported(instruction, $"{callee.DeclaringType?.Name}.{callee.Name} returns a {callee.ReturnType.Name} of {callee.ReturnType.GetGenericArguments()[0].Name}, which has no tangent type (only Vector<T>, Vector128, Vector256 and Vector512 of double and float carry derivatives)");
        }

        if (PrimalCalls.Applies(callee, operation.Inputs))
        {
            EmitPrimalOnly(operation, allowActiveReceiver: true);
            return true;
        }

        if (instruction.Constrained is { } constrained && !callee.IsStatic)
        {
            EmitConstrainedCall(operation, callee, constrained);
            return true;
        }

        if (typeof(Delegate).IsAssignableFrom(callee.DeclaringType) && callee.Name == "Invoke")
        {
            EmitDispatchCall(operation, callee, throughDelegate: true);
            return true;
        }

        if (instruction.OpCode == OpCodes.Callvirt && callee.IsVirtual && !callee.IsFinal && callee.DeclaringType is { IsSealed: false })
        {
            EmitDispatchCall(operation, callee, throughDelegate: false);
            return true;
        }

        if (instruction.Constrained is not null)
        {
            throw Unsupported(instruction, $"{callee.DeclaringType?.Name}.{callee.Name} called through constrained. has no rule");
        }

        if (callee.GetMethodBody() is null)
        {
            throw Unsupported(instruction, $"{callee.DeclaringType?.Name}.{callee.Name} has no registered rule and no IL to differentiate");
        }

        EmitDerivedCall(operation, callee);
        return true;
    }

    // The rule of a constructor called on an address (inputs: the address, then the arguments):
    // the arguments as duals, the rule's value stored through the primal and tangent references.
    private void EmitConstructorRuleInPlace(Operation operation, Rule rule, ConstructorInfo constructor)
    {
        NoteRuleCall(operation);
        MethodInfo closed = rule.Instantiate(_width);
        ParameterInfo[] parameters = closed.GetParameters();
        if (parameters.Length != operation.Inputs.Count - 1 || !DualShapes.IsDual(closed.ReturnType))
        {
            throw Unsupported(operation.Instruction, $"the rule {closed.Name} of {constructor.DeclaringType?.Name}'s constructor does not take its arguments and return its value");
        }

        Variable address = operation.Inputs[0];
        LoadPrimal(address);
        for (int i = 0; i < parameters.Length; i++)
        {
            if (DualShapes.IsDual(parameters[i].ParameterType))
            {
                LoadDual(operation.Inputs[i + 1], parameters[i].ParameterType);
            }
            else
            {
                LoadPrimal(operation.Inputs[i + 1]);
            }
        }

        _il.Emit(OpCodes.Call, closed);
        LocalBuilder scratch = Scratch(closed.ReturnType);
        _il.Emit(OpCodes.Stloc, scratch);
        _il.Emit(OpCodes.Ldloca, scratch);
        _il.Emit(OpCodes.Call, DualShapes.PrimalGetter(closed.ReturnType));
        _il.Emit(OpCodes.Stobj, constructor.DeclaringType!);
        if (!IsActive(address))
        {
            throw Unsupported(operation.Instruction, $"the constructor of {constructor.DeclaringType?.Name} writes a value carrying derivatives through an address without a tangent");
        }

        Type tangent = closed.ReturnType.GetGenericArguments()[1];
        LoadTangent(address, tangent.MakeByRefType());
        _il.Emit(OpCodes.Ldloca, scratch);
        _il.Emit(OpCodes.Call, DualShapes.TangentGetter(closed.ReturnType));
        _il.Emit(OpCodes.Stobj, tangent);
    }

    private void EmitRuleCall(Operation operation, Rule rule, MethodBase callee)
    {
        NoteRuleCall(operation);
        Type[] typeArguments = rule.PrimalGenericArity > 0 ? RuleRegistry.ResolveConstrained((MethodInfo)callee, operation.Instruction.Constrained ?? callee.DeclaringType!).GetGenericArguments() : [];
        MethodInfo closed = ConstantSpecialisation(operation, rule.Instantiate(_width, typeArguments)) ?? rule.Instantiate(_width, typeArguments);
        ParameterInfo[] parameters = closed.GetParameters();
        if (parameters.Length == operation.Inputs.Count && LoadMemoFor(rule, closed) is { } memoised)
        {
            // Same arguments after the memo, same result (PrimalMemo).
            closed = memoised;
            parameters = [.. closed.GetParameters().Skip(1)];
        }

        if (parameters.Length != operation.Inputs.Count)
        {
            throw Unsupported(operation.Instruction, $"the rule {closed.Name} takes {parameters.Length} arguments where the call passes {operation.Inputs.Count}");
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            Type type = parameters[i].ParameterType;
            if (type.IsByRef && DualShapes.IsDual(type.GetElementType()!))
            {
                throw Unsupported(operation.Instruction, $"the rule {closed.Name} takes a reference to a dual; references to values with tangents are passed as DualRef");
            }

            if (DualShapes.IsDual(type))
            {
                LoadDual(operation.Inputs[i], type);
            }
            else
            {
                LoadPrimal(operation.Inputs[i]);
            }
        }

        _il.Emit(OpCodes.Call, closed);
        if (closed.ReturnType == typeof(void))
        {
            return;
        }

        if (operation.Output is not { } output)
        {
            _il.Emit(OpCodes.Pop);
        }
        else if (DualShapes.IsDual(closed.ReturnType))
        {
            StoreDual(output, closed.ReturnType);
        }
        else
        {
            StorePrimal(output);
        }
    }

    // A rule's class may offer specialisations for constant arguments, named after the rule
    // (PowConstantExponent for Pow): same parameters, but a plain number (or a plain SIMD vector)
    // where an argument is constant. Where the activity pattern of a call matches one, it skips
    // the tangent work of the constant (and Pow(x, 3.0) gets the constant-exponent rule; a vector
    // times a constant vector skips a zero tangent of one chunk per lane).
    private MethodInfo? ConstantSpecialisation(Operation operation, MethodInfo rule)
    {
        static bool Plain(Type type) => type == typeof(double) || type == typeof(float) || SimdVectors.IsFloatingVector(type, out _, out _);
        if (!operation.Inputs.Any(v => !IsActive(v) && Plain(v.Type)))
        {
            return null;
        }

        Type[] wanted = [.. rule.GetParameters().Select((p, i) => DualShapes.IsDual(p.ParameterType) && !IsActive(operation.Inputs[i])
            && (p.ParameterType.GetGenericTypeDefinition() != typeof(Dual<,>) || SimdVectors.IsFloatingVector(operation.Inputs[i].Type, out _, out _))
            ? operation.Inputs[i].Type
            : p.ParameterType)];
        foreach (MethodInfo candidate in rule.DeclaringType!.GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (!candidate.Name.StartsWith(rule.Name + "Constant", StringComparison.Ordinal) || candidate.GetGenericArguments().Length != (rule.IsGenericMethod ? rule.GetGenericArguments().Length : 0))
            {
                continue;
            }

            MethodInfo closed;
            try
            {
                closed = rule.IsGenericMethod ? candidate.MakeGenericMethod(rule.GetGenericArguments()) : candidate;
            }
            catch (ArgumentException)
            {
                continue; // the overload for the other lane type: its constraint rejects this chunk
            }

            if (closed.ReturnType == rule.ReturnType && closed.GetParameters().Select(p => p.ParameterType).SequenceEqual(wanted))
            {
                return closed;
            }
        }

        return null;
    }

    private static readonly MethodInfo CreateSpan = typeof(System.Runtime.InteropServices.MemoryMarshal).GetMethod(nameof(System.Runtime.InteropServices.MemoryMarshal.CreateSpan))!;
    private static readonly MethodInfo SpanReference = typeof(System.Runtime.InteropServices.MemoryMarshal).GetMethods().Single(m => m.Name == nameof(System.Runtime.InteropServices.MemoryMarshal.GetReference) && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(Span<>));
    private static readonly MethodInfo DispatchVirtual = typeof(Dispatch).GetMethod(nameof(Dispatch.Virtual))!;
    private static readonly MethodInfo DispatchInvoke = typeof(Dispatch).GetMethod(nameof(Dispatch.Invoke))!;
    private static readonly MethodInfo DispatchTarget = typeof(Dispatch).GetMethod(nameof(Dispatch.Target))!;

    // A call whose target is known only at run time: fetch the target's rule from the dispatch
    // cache (keyed by the receiver's type, or the delegate's method), then call it with the
    // receiver (the object, or the delegate's target) and its tangent, and the split arguments.
    private void EmitDispatchCall(Operation operation, MethodInfo callee, bool throughDelegate)
    {
        if (throughDelegate && TryEmitKnownDelegateCall(operation, callee))
        {
            return;
        }

        MayNeedScope = true;
        ArgumentActivity activity = Dispatch.SiteActivity(callee, i => !IsActive(operation.Inputs[i]));
        int site = Dispatch.Register(callee, _request.Options, activity);
        Type siteDelegate = Dispatch.SiteDelegate(callee, _width, activity);
        Variable receiver = operation.Inputs[0];
        LoadPrimal(receiver);
        _il.Emit(OpCodes.Ldc_I4, site);
        _il.Emit(OpCodes.Ldc_I4, ChunkWidthIndex());
        _il.Emit(OpCodes.Call, throughDelegate ? DispatchInvoke : DispatchVirtual);
        _il.Emit(OpCodes.Castclass, siteDelegate); // a sealed type: one compare

        LoadPrimal(receiver);
        if (throughDelegate)
        {
            _il.Emit(OpCodes.Call, DispatchTarget);
        }

        LoadTangent(receiver, typeof(object));
        SplitSignature split = SplitSignature.For(callee, _width, activity);
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

        _il.Emit(OpCodes.Callvirt, siteDelegate.GetMethod("Invoke")!);
        StoreCallResult(operation, split, returnTangent);
    }

    // The activity of a call site: input i (the callee's IL argument i + shift) is constant where it carries no tangent.
    private ArgumentActivity CallSiteActivity(Operation operation, int shift)
    {
        ArgumentActivity activity = ArgumentActivity.AllActive;
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            if (!IsActive(operation.Inputs[i]))
            {
                activity = activity.WithConstant(i + shift);
            }
        }

        return activity;
    }

    private void StoreCallResult(Operation operation, SplitSignature split, LocalBuilder? returnTangent)
    {
        if (operation.Output is not { } output)
        {
            if (split.ReturnType != typeof(void))
            {
                _il.Emit(OpCodes.Pop);
            }

            return;
        }

        StorePrimal(output);
        if (IsActive(output))
        {
            if (returnTangent is null)
            {
                LoadZero(_slots[output].Tangent!.Value.Type);
            }
            else
            {
                _il.Emit(OpCodes.Ldloc, returnTangent);
                if (split.ReturnsByRef)
                {
                    _il.Emit(OpCodes.Call, SpanReference.MakeGenericMethod(split.ReturnTangentType!.GetElementType()!));
                }
            }

            StoreTangent(output);
        }
    }

    // A call of the callee's rule for this call site: an argument that carries no tangent here is
    // constant to the callee, which the compiler honours where the callee keeps it constant.
    private void EmitDerivedCall(Operation operation, MethodBase callee)
    {
        ArgumentActivity activity = CallSiteActivity(operation, 0);
        if (TryEmitInlined(operation, callee, activity))
        {
            return;
        }

        DerivedRule derived = DerivedRuleOf(callee, activity, CallSiteDelegates(operation, 0));
        MethodInfo rule = derived.Rule;
        SplitSignature split = derived.Signature;
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            Variable input = operation.Inputs[i];
            LoadPrimal(input);
            if (split.Arguments[i].Tangent is var tangent and >= 0)
            {
                LoadTangent(input, split.Parameters[tangent]);
            }
        }

        LocalBuilder? returnTangent = null;
        if (split.ReturnTangent >= 0)
        {
            returnTangent = Scratch(split.ReturnTangentSlot!);
            _il.Emit(OpCodes.Ldloca, returnTangent);
        }

        _il.Emit(OpCodes.Call, rule);
        StoreCallResult(operation, split, returnTangent);
    }
}
