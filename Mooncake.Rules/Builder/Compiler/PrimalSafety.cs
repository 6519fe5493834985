using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Whether a call that takes no value carrying a tangent may run as the primal method: it may
/// not when the method reads, directly or through the methods it calls, a static field whose data
/// derived code may write derivatives into (<see cref="StaticConstancy"/>). A helper <c>R()</c>
/// summing a static array that an earlier helper filled with <c>x[i] * x[i]</c> in the same pass
/// takes no active argument, yet its result carries the derivative of <c>x</c>; run as the primal,
/// it returned the value with a zero tangent. Such a call runs its derived rule instead.
/// </summary>
/// <remarks>
/// The greatest fixed point over direct calls and constructions (<see cref="GreatestFixedPoint{TKey}"/>):
/// recursion that reads nothing tainted reads nothing tainted. Framework code is taken to read no
/// static data of the user's; virtual and delegate calls made by a primal callee are not followed
/// (the targets are not known), which is where this can still miss a tainted read.
/// </remarks>
internal static class PrimalSafety
{
    private static readonly GreatestFixedPoint<MethodBase> Safe = new(m => Evaluate(m, StaticConstancy.IsWritten, CanRunPrimal));
    private static readonly GreatestFixedPoint<MethodBase> NoStaticData = new(m => Evaluate(m, f => ConstantRoot.IsRootType(f.FieldType), ReadsNoStaticData));

    static PrimalSafety()
    {
        CompilerCaches.Register(Safe.Clear);
        CompilerCaches.Register(NoStaticData.Clear);
    }

    /// <summary>Whether a call of <paramref name="method"/> with no argument carrying a tangent returns no tangent and writes none.</summary>
    public static bool CanRunPrimal(MethodBase method) => !IsDerivedCode(method) || Safe.Holds(method);

    /// <summary>
    /// Whether <paramref name="method"/>, derived code, reads no static data at all (no static
    /// field of a root type, directly or through its callees): the test of the pessimistic
    /// <see cref="CallFacts"/>, which must not rest on <see cref="StaticConstancy"/>.
    /// </summary>
    public static bool ReadsNoStaticData(MethodBase method) => !IsDerivedCode(method) || NoStaticData.Holds(method);

    /// <summary>Whether the rule of <paramref name="method"/> would be derived from its IL: code outside the framework, with a body, not a generic definition, without a registered rule.</summary>
    public static bool IsDerivedCode(MethodBase method) =>
        method.DeclaringType is { } declaring && !PrimalCalls.IsFramework(declaring) && !method.ContainsGenericParameters && method.GetMethodBody() is not null
        && !(RuleRegistry.TryFind(method, out Rule? rule) && rule is not null);

    // Whether the method loads no static field `tainted` accepts and calls nothing that `safe` rejects.
    private static bool Evaluate(MethodBase method, Func<FieldInfo, bool> tainted, Func<MethodBase, bool> safe)
    {
        IReadOnlyList<ILInstruction> instructions;
        try
        {
            instructions = ILReader.Read(method);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException)
        {
            return true; // the rule builder reports what is wrong with it, if it is ever differentiated
        }

        foreach (ILInstruction instruction in instructions)
        {
            OpCode op = instruction.OpCode;
            if ((op == OpCodes.Ldsfld || op == OpCodes.Ldsflda) && instruction.Operand is FieldInfo field && tainted(field))
            {
                return false;
            }

            if ((op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Newobj) && instruction.Operand is MethodBase callee && !safe(callee))
            {
                return false;
            }
        }

        return true;
    }
}
