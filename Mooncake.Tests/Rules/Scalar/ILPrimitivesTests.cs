using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Scalar;

/// <summary>
/// <see cref="ILPrimitives"/>: each primal computes exactly what its instruction computes (checked
/// against the instruction itself, emitted in a <see cref="DynamicMethod"/>), <see cref="ILPrimitives.For"/>
/// maps instructions and declared operand types to them, and each has a rule.
/// </summary>
[TestClass]
public sealed class ILPrimitivesTests
{
    private static readonly double[] Doubles = [1.3, -0.7, 0.0, -0.0, 5.3, 1e300, -1e-310, double.NaN, double.PositiveInfinity];
    private static readonly object[] Int32s = [0, -1, 7, int.MaxValue, int.MinValue];
    private static readonly object[] Int64s = [0L, -1L, (1L << 53) + 1, long.MinValue, long.MaxValue];
    private static readonly object[] NativeInts = [(nint)0, (nint)(-1), nint.MaxValue, nint.MinValue];

    public static IEnumerable<object[]> Instructions =>
        from entry in new (OpCode OpCode, Type[] Types)[]
        {
            (OpCodes.Add, [typeof(double), typeof(float)]),
            (OpCodes.Sub, [typeof(double), typeof(float)]),
            (OpCodes.Mul, [typeof(double), typeof(float)]),
            (OpCodes.Div, [typeof(double), typeof(float)]),
            (OpCodes.Rem, [typeof(double), typeof(float)]),
            (OpCodes.Neg, [typeof(double), typeof(float)]),
            (OpCodes.Conv_R8, [typeof(double), typeof(float), typeof(int), typeof(long), typeof(nint)]),
            (OpCodes.Conv_R4, [typeof(double), typeof(float), typeof(int), typeof(long), typeof(nint)]),
            (OpCodes.Conv_R_Un, [typeof(int), typeof(long), typeof(nint)]),
        }
        from type in entry.Types
        select new object[] { entry.OpCode.Name!, type };

    [TestMethod]
    [DynamicData(nameof(Instructions))]
    public void ThePrimalComputesWhatTheInstructionComputes(string opcodeName, Type operandType)
    {
        OpCode opcode = OpCodeNamed(opcodeName);
        MethodInfo primal = ILPrimitives.For(opcode, operandType)!;
        Assert.IsNotNull(primal, $"{opcodeName} on {operandType.Name}");
        Type[] parameters = [.. primal.GetParameters().Select(p => p.ParameterType)];
        Delegate instruction = Emit(opcode, primal.ReturnType, parameters);
        foreach (object?[] arguments in Arguments(parameters))
        {
            object? expected = instruction.DynamicInvoke(arguments);
            object? actual = primal.Invoke(null, arguments);
            Assert.AreEqual(Bits(expected), Bits(actual), $"{opcodeName}({string.Join(", ", arguments)}): instruction {expected}, primal {actual}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Instructions))]
    public void EveryPrimalHasARuleOfTheRightKind(string opcodeName, Type operandType)
    {
        MethodInfo primal = ILPrimitives.For(OpCodeNamed(opcodeName), operandType)!;
        Assert.IsTrue(RuleRegistry.TryFind(primal, out Rule? rule), $"no rule for {primal}");
        bool fromInteger = operandType != typeof(double) && operandType != typeof(float);
        Assert.AreEqual(fromInteger ? RuleKind.ZeroDerivative : RuleKind.Derivative, rule!.Kind);
    }

    [TestMethod]
    public void EveryPublicPrimalIsReachableThroughFor()
    {
        HashSet<MethodInfo> reachable = [.. Instructions.Select(row => ILPrimitives.For(OpCodeNamed((string)row[0]), (Type)row[1])!)];
        MethodInfo[] declared = typeof(ILPrimitives).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.Name != nameof(ILPrimitives.For)).ToArray();
        CollectionAssert.AreEquivalent(declared, reachable.ToArray());
    }

    [TestMethod]
    [DataRow(typeof(sbyte))]
    [DataRow(typeof(byte))]
    [DataRow(typeof(short))]
    [DataRow(typeof(ushort))]
    [DataRow(typeof(char))]
    [DataRow(typeof(bool))]
    [DataRow(typeof(uint))]
    [DataRow(typeof(DayOfWeek))]
    public void SmallIntegerTypesTakeTheInt32Primal(Type declared)
    {
        Assert.AreEqual(typeof(ILPrimitives).GetMethod(nameof(ILPrimitives.ConvR8), [typeof(int)]), ILPrimitives.For(OpCodes.Conv_R8, declared));
        Assert.AreEqual(typeof(ILPrimitives).GetMethod(nameof(ILPrimitives.ConvR4), [typeof(int)]), ILPrimitives.For(OpCodes.Conv_R4, declared));
        Assert.AreEqual(typeof(ILPrimitives).GetMethod(nameof(ILPrimitives.ConvRUn), [typeof(uint)]), ILPrimitives.For(OpCodes.Conv_R_Un, declared));
    }

    [TestMethod]
    public void WideIntegerTypesTakeTheirStackTypesPrimal()
    {
        Assert.AreEqual(typeof(ILPrimitives).GetMethod(nameof(ILPrimitives.ConvR8), [typeof(long)]), ILPrimitives.For(OpCodes.Conv_R8, typeof(ulong)));
        Assert.AreEqual(typeof(ILPrimitives).GetMethod(nameof(ILPrimitives.ConvRUn), [typeof(ulong)]), ILPrimitives.For(OpCodes.Conv_R_Un, typeof(long)));
        Assert.AreEqual(typeof(ILPrimitives).GetMethod(nameof(ILPrimitives.ConvRUn), [typeof(nuint)]), ILPrimitives.For(OpCodes.Conv_R_Un, typeof(nuint)));
    }

    [TestMethod]
    public void ConvR8ReadsAnUnsignedInt32AsSigned()
    {
        // What the instruction does to a uint on the stack; C# emits conv.r.un before it.
        Delegate instruction = Emit(OpCodes.Conv_R8, typeof(double), [typeof(uint)]);
        Assert.AreEqual(-1.0, instruction.DynamicInvoke(uint.MaxValue));
        Assert.AreEqual(-1.0, ILPrimitives.For(OpCodes.Conv_R8, typeof(uint))!.Invoke(null, [unchecked((int)uint.MaxValue)]));
    }

    [TestMethod]
    [DataRow("add", typeof(int))]
    [DataRow("mul", typeof(long))]
    [DataRow("neg", typeof(int))]
    [DataRow("add.ovf", typeof(double))]
    [DataRow("conv.i4", typeof(double))]
    [DataRow("conv.r.un", typeof(double))]
    [DataRow("conv.r8", typeof(decimal))]
    [DataRow("conv.r8", typeof(string))]
    public void InstructionsWithoutAFloatingPointPrimalGiveNull(string opcodeName, Type operandType) =>
        Assert.IsNull(ILPrimitives.For(OpCodeNamed(opcodeName), operandType));

    private static OpCode OpCodeNamed(string name) =>
        (OpCode)typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)!).Single(o => ((OpCode)o).Name == name);

    // ldarg.0 [ldarg.1] <opcode> ret.
    private static Delegate Emit(OpCode opcode, Type returnType, Type[] parameters)
    {
        var method = new DynamicMethod($"Instruction_{opcode.Name}", returnType, parameters, typeof(ILPrimitivesTests).Module);
        ILGenerator il = method.GetILGenerator();
        for (int i = 0; i < parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, (short)i);
        }

        il.Emit(opcode);
        il.Emit(OpCodes.Ret);
        Type delegateType = parameters.Length == 1
            ? typeof(Func<,>).MakeGenericType(parameters[0], returnType)
            : typeof(Func<,,>).MakeGenericType(parameters[0], parameters[1], returnType);
        return method.CreateDelegate(delegateType);
    }

    private static IEnumerable<object?[]> Arguments(Type[] parameters)
    {
        object[] Values(Type type) => type switch
        {
            _ when type == typeof(double) => [.. Doubles.Cast<object>()],
            _ when type == typeof(float) => [.. Doubles.Select(d => (object)(float)d)],
            _ when type == typeof(int) => Int32s,
            _ when type == typeof(uint) => [.. Int32s.Select(v => (object)unchecked((uint)(int)v))],
            _ when type == typeof(long) => Int64s,
            _ when type == typeof(ulong) => [.. Int64s.Select(v => (object)unchecked((ulong)(long)v)), 0x8000_0080_0000_0001UL],
            _ when type == typeof(nint) => NativeInts,
            _ when type == typeof(nuint) => [.. NativeInts.Select(v => (object)unchecked((nuint)(nint)v))],
            _ => throw new NotSupportedException(type.Name),
        };

        return parameters.Length == 1
            ? Values(parameters[0]).Select(v => new object?[] { v })
            : from x in Values(parameters[0]) from y in Values(parameters[1]) select new object?[] { x, y };
    }

    private static long Bits(object? value) => value switch
    {
        double d => BitConverter.DoubleToInt64Bits(d),
        float f => BitConverter.SingleToInt32Bits(f),
        _ => throw new NotSupportedException(value?.GetType().Name),
    };
}
