using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder;

/// <summary>
/// Every opcode decodes to what it does (<see cref="ILOps"/>): the encodings of one operation fold
/// together, the short forms' indices and the typed forms' types come out, and nothing but the
/// prefixes (folded into the instruction they precede) is left undecoded.
/// </summary>
[TestClass]
public sealed class ILOpDecodingTests
{
    private static readonly OpCode[] All = [.. typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)];

    [TestMethod]
    public void EveryOpcodeButThePrefixesIsDecoded()
    {
        string[] undecoded = [.. All.Where(o => ILOps.Of(o).Op == ILOp.Other).Select(o => o.Name!).Order()];
        CollectionAssert.AreEquivalent(new[] { "constrained.", "prefix1", "prefix2", "prefix3", "prefix4", "prefix5", "prefix6", "prefix7", "prefixref", "readonly.", "tail.", "unaligned.", "volatile." }, undecoded);
    }

    [TestMethod]
    public void EncodingsFoldTogether()
    {
        foreach ((OpCode code, int index) in new[] { (OpCodes.Ldarg_0, 0), (OpCodes.Ldarg_1, 1), (OpCodes.Ldarg_2, 2), (OpCodes.Ldarg_3, 3) })
        {
            Assert.AreEqual((ILOp.LoadArgument, (int?)index), (ILOps.Of(code).Op, ILOps.Of(code).Index));
        }

        Assert.AreEqual(ILOp.LoadArgument, ILOps.Of(OpCodes.Ldarg_S).Op);
        Assert.IsNull(ILOps.Of(OpCodes.Ldarg_S).Index, "the operand names it");
        Assert.AreEqual((ILOp.StoreLocal, (int?)3), (ILOps.Of(OpCodes.Stloc_3).Op, ILOps.Of(OpCodes.Stloc_3).Index));
        Assert.AreEqual(ILOp.LoadLocalAddress, ILOps.Of(OpCodes.Ldloca_S).Op);
        Assert.AreEqual(ILOp.BranchIf, ILOps.Of(OpCodes.Bne_Un_S).Op);
        Assert.AreEqual(ILFlags.Equal | ILFlags.Negated | ILFlags.Unsigned, ILOps.Of(OpCodes.Bne_Un_S).Flags);
        Assert.AreEqual(ILFlags.Less | ILFlags.Negated, ILOps.Of(OpCodes.Bge).Flags);
        Assert.AreEqual(ILFlags.Negated, ILOps.Of(OpCodes.Brfalse_S).Flags);
        Assert.AreEqual((ILOp.Compare, ILFlags.Greater | ILFlags.Unsigned), (ILOps.Of(OpCodes.Cgt_Un).Op, ILOps.Of(OpCodes.Cgt_Un).Flags));
        Assert.AreEqual((ILOp.Add, ILFlags.Overflow | ILFlags.Unsigned), (ILOps.Of(OpCodes.Add_Ovf_Un).Op, ILOps.Of(OpCodes.Add_Ovf_Un).Flags));
        Assert.AreEqual((ILOp.LoadElement, typeof(double)), (ILOps.Of(OpCodes.Ldelem_R8).Op, ILOps.Of(OpCodes.Ldelem_R8).Type));
        Assert.AreEqual((ILOp.LoadElement, (Type?)null), (ILOps.Of(OpCodes.Ldelem).Op, ILOps.Of(OpCodes.Ldelem).Type));
        Assert.AreEqual(ILOp.LoadElementAddress, ILOps.Of(OpCodes.Ldelema).Op);
        Assert.AreEqual((ILOp.Convert, typeof(float)), (ILOps.Of(OpCodes.Conv_R4).Op, ILOps.Of(OpCodes.Conv_R4).Type));
        Assert.AreEqual((ILOp.Convert, typeof(double)), (ILOps.Of(OpCodes.Conv_R_Un).Op, ILOps.Of(OpCodes.Conv_R_Un).Type));
        Assert.AreEqual(ILOp.UnboxAny, ILOps.Of(OpCodes.Unbox_Any).Op);
        Assert.AreEqual(ILOp.Unbox, ILOps.Of(OpCodes.Unbox).Op);
        Assert.AreEqual(ILOp.Leave, ILOps.Of(OpCodes.Leave_S).Op);
    }

    [TestMethod]
    public void AnInstructionNamesItsArgumentOrLocalHoweverEncoded()
    {
        ILInstruction shortForm = new(0, OpCodes.Ldloc_2, null, 1);
        ILInstruction operandForm = new(0, OpCodes.Ldloc_S, (byte)7, 2);
        ILInstruction longForm = new(0, OpCodes.Starg, (short)4, 4);
        Assert.AreEqual(2, shortForm.Index);
        Assert.AreEqual(7, operandForm.Index);
        Assert.AreEqual(4, longForm.Index);
        Assert.IsTrue(longForm.IsArgumentAccess);
        Assert.IsNull(new ILInstruction(0, OpCodes.Add, null, 1).Index);
    }
}
