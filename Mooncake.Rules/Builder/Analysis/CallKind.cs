using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>How the emitter carries out a call or an object construction, decided the same way for the analyses and for the emitter (<see cref="CallKinds"/>).</summary>
internal enum CallKind
{
    /// <summary>The primal method itself runs: no argument carries a tangent and the callee can produce none.</summary>
    Primal,

    /// <summary>A read or write of an element of a multi-dimensional array (<c>Get</c>, <c>Set</c>, <c>Address</c>) whose array carries a tangent.</summary>
    MatrixAccess,

    /// <summary>The callee's registered rule.</summary>
    Rule,

    /// <summary>A BCL method that only reads what it is given and returns nothing that carries a tangent (<see cref="PrimalCalls"/>), run as the primal.</summary>
    Observer,

    /// <summary>A <c>constrained.</c> call of an instance method (generic code calling a member of a T).</summary>
    Constrained,

    /// <summary>A call whose target is known only at run time: a delegate invocation or a virtual call (<see cref="Dispatch"/>).</summary>
    Dispatch,

    /// <summary>The callee's derived rule, built for the activity of the call site.</summary>
    Derived,

    /// <summary>A call the emitter refuses (no rule and no IL, a known unsupported method).</summary>
    Refused,

    /// <summary>Not a call: the construction of an array, a delegate, or an object whose constructor the emitter handles itself.</summary>
    Special,
}

/// <summary>
/// Classifies calls (<c>call</c>, <c>callvirt</c>) and constructions (<c>newobj</c>) as
/// <see cref="MethodEmitter"/> emits them, so that an analysis deciding what may stay constant
/// across a call reasons about the code that will run: only a derived call can be specialised
/// for constant arguments, and only a primal call runs without derivatives.
/// </summary>
internal static class CallKinds
{
    /// <summary>
    /// How <paramref name="operation"/> (a call or a <c>newobj</c>) is emitted, given which
    /// variables are active and which callees produce tangents from no active argument
    /// (<paramref name="activeWithoutInputs"/>: a derived method that reads static data written with
    /// values that carry derivatives, see <see cref="PrimalSafety"/>).
    /// </summary>
    public static CallKind Of(Operation operation, Func<Variable, bool> isActive, Func<MethodBase, bool> activeWithoutInputs)
    {
        ILInstruction instruction = operation.Instruction;
        bool anyActive = operation.Inputs.Any(isActive);
        if (instruction.OpCode == OpCodes.Newobj)
        {
            var constructor = (ConstructorInfo)instruction.Operand!;
            Type type = constructor.DeclaringType!;
            if (type.IsArray || typeof(Delegate).IsAssignableFrom(type))
            {
                return CallKind.Special;
            }

            if (anyActive && RuleRegistry.TryFind(constructor, out Rule? constructorRule) && constructorRule is not null)
            {
                return CallKind.Rule;
            }

            return anyActive || activeWithoutInputs(constructor) ? CallKind.Derived : CallKind.Primal;
        }

        if (instruction.Operand is ConstructorInfo baseConstructor)
        {
            // A struct constructed in place with a rule (MethodEmitter.EmitConstructorRuleInPlace),
            // or a constructor calling its base (or another) constructor on the object being built.
            return !anyActive ? CallKind.Primal
                : RuleRegistry.TryFind(baseConstructor, out Rule? inPlaceRule) && inPlaceRule is not null ? CallKind.Rule
                : baseConstructor.DeclaringType != typeof(object) ? CallKind.Derived
                : CallKind.Primal;
        }

        var callee = (MethodInfo)instruction.Operand!;
        if (callee.DeclaringType is { IsArray: true } array && callee.Name is "Get" or "Set" or "Address"
            && isActive(operation.Inputs[0]) && ActivityAnalysis.CanCarry(array.GetElementType()!))
        {
            return CallKind.MatrixAccess;
        }

        if (!anyActive)
        {
            return activeWithoutInputs(callee) ? CallKind.Derived : CallKind.Primal;
        }

        if (RuleRegistry.TryFind(callee, instruction.Constrained, out Rule? rule) && rule is not null)
        {
            return CallKind.Rule;
        }

        if (UnsupportedCalls.Reason(callee) is not null)
        {
            return CallKind.Refused;
        }

        if (PrimalCalls.Applies(callee, operation.Inputs))
        {
            return CallKind.Observer;
        }

        if (instruction.Constrained is not null)
        {
            return callee.IsStatic ? CallKind.Refused : CallKind.Constrained;
        }

        if ((typeof(Delegate).IsAssignableFrom(callee.DeclaringType) && callee.Name == "Invoke")
            || (instruction.OpCode == OpCodes.Callvirt && callee.IsVirtual && !callee.IsFinal && callee.DeclaringType is { IsSealed: false }))
        {
            return CallKind.Dispatch;
        }

        return callee.GetMethodBody() is null ? CallKind.Refused : CallKind.Derived;
    }

    /// <summary>The IL argument index, in the callee, of input <paramref name="input"/> of a call or construction (a constructor's receiver is the new object, argument 0).</summary>
    public static int CalleeArgument(Operation operation, int input) => operation.Instruction.OpCode == OpCodes.Newobj ? input + 1 : input;

    /// <summary>The method a call or construction runs.</summary>
    public static MethodBase Callee(Operation operation) => (MethodBase)operation.Instruction.Operand!;
}
