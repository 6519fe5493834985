using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder;

[TestClass]
public sealed class ILReaderTests
{
    public static double SinTimes(double x) => Math.Sin(x) * x;

    public static T Square<T>(T x)
        where T : INumber<T>
        => x * x;

    public static double Piecewise(int k, double x)
    {
        switch (k)
        {
            case 0: return x;
            case 1: return x * x;
            case 2: return Math.Exp(x);
            default:
                double s = 0;
                for (int i = 0; i < k; i++)
                {
                    s += i > 3 ? x : -x;
                }

                return s;
        }
    }

    [TestMethod]
    public void ReadsCallsAndArithmetic()
    {
        IReadOnlyList<ILInstruction> code = ILReader.Read(typeof(ILReaderTests).GetMethod(nameof(SinTimes))!);
        ILInstruction call = code.Single(i => i.OpCode == OpCodes.Call);
        Assert.AreEqual(typeof(Math).GetMethod(nameof(Math.Sin)), call.Operand);
        Assert.IsTrue(code.Any(i => i.OpCode == OpCodes.Mul));
        Assert.AreEqual(OpCodes.Ret, code[^1].OpCode);
        StringAssert.Contains(ILText.Format(code), "call Double System.Math::Sin(Double)");
    }

    [TestMethod]
    public void FoldsTheConstrainedPrefixOfGenericMathIntoTheCall()
    {
        MethodInfo closed = typeof(ILReaderTests).GetMethod(nameof(Square))!.MakeGenericMethod(typeof(double));
        ILInstruction call = ILReader.Read(closed).Single(i => i.OpCode == OpCodes.Call);
        Assert.AreEqual(typeof(double), call.Constrained);
        var method = (MethodInfo)call.Operand!;
        Assert.AreEqual(typeof(IMultiplyOperators<double, double, double>), method.DeclaringType, "the token resolves with the method's type arguments");
        Assert.AreNotEqual(call.Offset, call.Next - 5, "the prefix's bytes belong to the instruction");
    }

    [TestMethod]
    public void BranchAndSwitchTargetsAreInstructionOffsets()
    {
        IReadOnlyList<ILInstruction> code = ILReader.Read(typeof(ILReaderTests).GetMethod(nameof(Piecewise))!);
        var offsets = code.Select(i => i.Offset).ToHashSet();
        int[] switchTargets = (int[])code.Single(i => i.OpCode == OpCodes.Switch).Operand!;
        Assert.HasCount(3, switchTargets);
        foreach (int target in switchTargets.Concat(code.Where(i => i.OpCode.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget).Select(i => i.BranchTarget)))
        {
            Assert.Contains(target, offsets);
        }

        for (int i = 1; i < code.Count; i++)
        {
            Assert.AreEqual(code[i - 1].Next, code[i].Offset, "instructions are contiguous");
        }
    }

    [TestMethod]
    public void MethodsWithoutBodiesAreRejectedByName()
    {
        var e = Assert.ThrowsExactly<NotSupportedException>(() => ILReader.Read(typeof(IComparable).GetMethod(nameof(IComparable.CompareTo))!));
        StringAssert.Contains(e.Message, "CompareTo has no IL body");
    }
}
