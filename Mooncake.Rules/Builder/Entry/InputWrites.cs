using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules.Builder;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Whether a function can write its array argument, decided once per method from its IL. The
/// gradient plans and <see cref="Forward.Pushforward"/> copy the input and rebuild the whole
/// direction block before every pass only because the function might write its argument (and
/// with it the argument's tangent); for a function that provably cannot, the caller's array is
/// passed as is and the block is reseeded in O(width) per pass, which is what the hand-written
/// dual code does. Without this the per-pass reset costs O(length × width), as much as the whole
/// pass of a cheap function such as Rosenbrock at width 16.
/// </summary>
/// <remarks>
/// The test is syntactic and conservative: the method's body may only read array elements and
/// lengths, compute on values, branch, read fields, write fields of primitive type and call
/// methods whose parameters are all primitive (Math.Cos, generic math on double...), enums or strings. Nothing in
/// such a body can store into an array, take an address, or hand a reference to code that could,
/// so neither the argument nor its tangent changes during a pass. Anything else (a store, a call
/// taking an array or span, an instance call, a delegate call) answers "may write", which keeps
/// the copying path: a false "may write" costs time, never correctness.
/// </remarks>
internal static class InputWrites
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> ReadOnly = new();

    /// <summary>Whether <paramref name="method"/> provably writes no array it is given.</summary>
    public static bool CannotWrite(MethodInfo method) => ReadOnly.GetOrAdd(method, IsReadOnly);

    private static bool IsReadOnly(MethodInfo method)
    {
        IReadOnlyList<ILInstruction> instructions;
        try
        {
            instructions = ILReader.Read(method);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException)
        {
            // The rule builder reports what is wrong with the body; here it only means "may write".
            return false;
        }

        return instructions.All(IsReadOnly);
    }

    private static bool IsReadOnly(ILInstruction instruction)
    {
        OpCode op = instruction.OpCode;
        if (op == OpCodes.Call || op == OpCodes.Newobj)
        {
            return instruction.Operand is MethodBase callee && (TakesOnlyPrimitives(callee, op == OpCodes.Newobj) || IsReadingReduction(callee));
        }

        if (op == OpCodes.Stfld || op == OpCodes.Stsfld)
        {
            return instruction.Operand is FieldInfo { FieldType.IsPrimitive: true };
        }

        // Stores through references and every way to make one (element, field, local and argument
        // addresses, stind, stobj, block copies), calls that may receive a reference (callvirt,
        // calli, function pointers), and the rest not listed as reading: all may write.
        return IsReadingFamily(instruction.Op) || ReadingOpCodes.Contains(op);
    }

    // Static methods, and constructors (whose receiver is the new object), whose parameters are
    // all primitive values, enums or strings (an exception's message) cannot receive the array,
    // its tangent, or anything holding either.
    private static bool TakesOnlyPrimitives(MethodBase callee, bool constructor) =>
        (callee.IsStatic || constructor)
        && !callee.ContainsGenericParameters
        && callee.GetParameters().All(p => p.ParameterType.IsPrimitive || p.ParameterType.IsEnum || p.ParameterType == typeof(string));

    // The BCL's reductions of a sequence of numbers without a selector (x.Sum(), x.Max()...) only
    // enumerate their source; with a selector they would call code that could write it.
    private static bool IsReadingReduction(MethodBase callee) =>
        callee.DeclaringType == typeof(Enumerable)
        && callee.Name is nameof(Enumerable.Sum) or nameof(Enumerable.Average) or nameof(Enumerable.Min) or nameof(Enumerable.Max)
        && callee.GetParameters() is [{ ParameterType: var source }]
        && (source == typeof(IEnumerable<double>) || source == typeof(IEnumerable<float>));

    // Operations that only read: loads of arguments, locals, constants, elements (by value),
    // fields (by value); stores to arguments and locals (they are variables, not memory the
    // caller sees); arithmetic, conversions, comparisons and branches.
    private static bool IsReadingFamily(ILOp op) =>
        op is ILOp.LoadArgument or ILOp.LoadLocal or ILOp.StoreArgument or ILOp.StoreLocal or ILOp.LoadConstant or ILOp.LoadElement
            or ILOp.Convert or ILOp.Branch or ILOp.BranchIf;

    private static readonly HashSet<OpCode> ReadingOpCodes =
    [
        OpCodes.Nop, OpCodes.Ldnull, OpCodes.Ldstr, OpCodes.Dup, OpCodes.Pop, OpCodes.Ret, OpCodes.Ldlen,
        OpCodes.Ldfld, OpCodes.Ldsfld, OpCodes.Switch, OpCodes.Leave, OpCodes.Leave_S, OpCodes.Endfinally, OpCodes.Throw,
        OpCodes.Add, OpCodes.Add_Ovf, OpCodes.Add_Ovf_Un, OpCodes.Sub, OpCodes.Sub_Ovf, OpCodes.Sub_Ovf_Un,
        OpCodes.Mul, OpCodes.Mul_Ovf, OpCodes.Mul_Ovf_Un, OpCodes.Div, OpCodes.Div_Un, OpCodes.Rem, OpCodes.Rem_Un,
        OpCodes.Neg, OpCodes.Not, OpCodes.And, OpCodes.Or, OpCodes.Xor, OpCodes.Shl, OpCodes.Shr, OpCodes.Shr_Un,
        OpCodes.Ceq, OpCodes.Cgt, OpCodes.Cgt_Un, OpCodes.Clt, OpCodes.Clt_Un, OpCodes.Ckfinite,
    ];
}
