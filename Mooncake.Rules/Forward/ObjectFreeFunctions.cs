using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules.Builder;

namespace Mooncake.Rules;

/// <summary>
/// Whether a scalar function provably handles no object, decided once per method from its IL. A
/// <see cref="PassScope"/> only matters to a pass that materialises the zero tangent of an object
/// (an array held by a static field or by the closure); a function that computes on numbers alone
/// needs none, and the batched derivative then skips opening and closing one per point: two
/// thread-static updates from emitted code, about a third of the scalar chain's per-point overhead.
/// </summary>
/// <remarks>
/// The test is syntactic and conservative: the body may load arguments and locals (not their
/// addresses), constants, and fields of primitive type, compute, convert, compare and branch, and
/// call static methods whose parameters and result are primitive, either the BCL's math
/// (<see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/>, <see cref="float"/>, whose rules
/// work on numbers) or methods that pass this test themselves. Anything else (a string, an array,
/// a new object, an exception thrown, a virtual or delegate call) answers "may handle an object",
/// which keeps the scope per point: a false answer costs time, never correctness.
/// </remarks>
internal static class ObjectFreeFunctions
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> Known = new();
    private static readonly HashSet<Type> MathTypes = [typeof(Math), typeof(MathF), typeof(double), typeof(float)];

    private static readonly HashSet<OpCode> Computing =
    [
        OpCodes.Nop, OpCodes.Dup, OpCodes.Pop, OpCodes.Ret,
        OpCodes.Add, OpCodes.Sub, OpCodes.Mul, OpCodes.Div, OpCodes.Rem, OpCodes.Neg,
        OpCodes.Ceq, OpCodes.Cgt, OpCodes.Cgt_Un, OpCodes.Clt, OpCodes.Clt_Un,
        OpCodes.And, OpCodes.Or, OpCodes.Xor, OpCodes.Not, OpCodes.Shl, OpCodes.Shr, OpCodes.Shr_Un,
    ];

    /// <summary>Whether <paramref name="method"/> provably handles no object (so no pass of it needs a scope).</summary>
    public static bool Holds(MethodInfo method) => Holds(method, []);

    private static bool Holds(MethodInfo method, HashSet<MethodInfo> visiting)
    {
        if (Known.TryGetValue(method, out bool known))
        {
            return known;
        }

        // A method already being checked higher up (recursion) is judged by its own body there.
        if (!visiting.Add(method))
        {
            return true;
        }

        bool holds = Check(method, visiting);
        visiting.Remove(method);

        // Only a verdict independent of methods still being checked is final: a "yes" inside a cycle may depend on an assumption.
        if (!holds || visiting.Count == 0)
        {
            Known.TryAdd(method, holds);
        }

        return holds;
    }

    private static bool Check(MethodInfo method, HashSet<MethodInfo> visiting)
    {
        if (method.ContainsGenericParameters || !Primitive(method.ReturnType) || method.GetParameters().Any(p => !Primitive(p.ParameterType)))
        {
            return false;
        }

        IReadOnlyList<ILInstruction> instructions;
        try
        {
            instructions = ILReader.Read(method);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException)
        {
            return false;
        }

        return instructions.All(i => Allowed(i, visiting));
    }

    private static bool Allowed(ILInstruction instruction, HashSet<MethodInfo> visiting)
    {
        OpCode op = instruction.OpCode;
        if (op == OpCodes.Call)
        {
            return instruction.Operand is MethodInfo { IsStatic: true } callee
                && (MathTypes.Contains(callee.DeclaringType!) && Primitive(callee.ReturnType) && callee.GetParameters().All(p => Primitive(p.ParameterType))
                    || Holds(callee, visiting));
        }

        if (op == OpCodes.Ldfld || op == OpCodes.Ldsfld)
        {
            return instruction.Operand is FieldInfo { FieldType.IsPrimitive: true };
        }

        string name = op.Name ?? "";
        return Computing.Contains(op)
            || name.StartsWith("ldarg", StringComparison.Ordinal) && !name.StartsWith("ldarga", StringComparison.Ordinal)
            || name.StartsWith("ldloc", StringComparison.Ordinal) && !name.StartsWith("ldloca", StringComparison.Ordinal)
            || name.StartsWith("starg", StringComparison.Ordinal)
            || name.StartsWith("stloc", StringComparison.Ordinal)
            || name.StartsWith("ldc.", StringComparison.Ordinal)
            || name.StartsWith("conv.", StringComparison.Ordinal) && !name.Contains(".ovf", StringComparison.Ordinal)
            || name.StartsWith("b", StringComparison.Ordinal) && name is not ("box" or "break");
    }

    private static bool Primitive(Type type) => type.IsPrimitive;
}
