using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// One decoded IL instruction: its offset, opcode and resolved operand, with any prefixes
/// (<c>constrained.</c>, <c>volatile.</c>, <c>unaligned.</c>, <c>tail.</c>, <c>readonly.</c>,
/// <c>no.</c>) folded in from the instructions before it.
/// </summary>
/// <param name="Offset">The offset of the instruction (of its first prefix, if it has any).</param>
/// <param name="OpCode">The opcode.</param>
/// <param name="Operand">
/// The resolved operand: a <see cref="MethodBase"/>, <see cref="FieldInfo"/>, <see cref="Type"/>,
/// <see cref="string"/>, number, the absolute target offset of a branch (<see cref="int"/>), or the
/// absolute target offsets of a <c>switch</c> (<see cref="int"/>[]); null if none.
/// </param>
/// <param name="Next">The offset of the next instruction.</param>
internal sealed record ILInstruction(int Offset, OpCode OpCode, object? Operand, int Next)
{
    private readonly (ILOp Op, ILFlags Flags, Type? Type, int? Index) _decoded = ILOps.Of(OpCode);

    /// <summary>What the instruction does, its encodings folded together (<see cref="ILOps"/>).</summary>
    public ILOp Op => _decoded.Op;

    /// <summary>The variant: unsigned, checked, the comparison a compare or branch makes.</summary>
    public ILFlags Flags => _decoded.Flags;

    /// <summary>The type a typed form names (<c>conv.r8</c>: double; <c>ldelem.ref</c>: object), or null.</summary>
    public Type? TypedAs => _decoded.Type;

    /// <summary>
    /// The argument or local an <c>ldarg</c>, <c>ldarga</c>, <c>starg</c>, <c>ldloc</c>,
    /// <c>ldloca</c> or <c>stloc</c> names, whether by its short form or its operand; null for
    /// any other instruction.
    /// </summary>
    public int? Index => Op is ILOp.LoadArgument or ILOp.LoadArgumentAddress or ILOp.StoreArgument or ILOp.LoadLocal or ILOp.LoadLocalAddress or ILOp.StoreLocal
        ? _decoded.Index ?? Convert.ToInt32(Operand)
        : null;

    /// <summary>Whether the instruction reads or writes an argument (<see cref="Index"/> names it).</summary>
    public bool IsArgumentAccess => Op is ILOp.LoadArgument or ILOp.LoadArgumentAddress or ILOp.StoreArgument;

    /// <summary>Whether the instruction reads or writes a local (<see cref="Index"/> names it).</summary>
    public bool IsLocalAccess => Op is ILOp.LoadLocal or ILOp.LoadLocalAddress or ILOp.StoreLocal;

    /// <summary>The type named by a <c>constrained.</c> prefix, or null.</summary>
    public Type? Constrained { get; init; }

    /// <summary>Whether a <c>volatile.</c> prefix applies.</summary>
    public bool IsVolatile { get; init; }

    /// <summary>Whether a <c>tail.</c> prefix applies.</summary>
    public bool IsTailCall { get; init; }

    /// <summary>Whether a <c>readonly.</c> prefix applies.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>The alignment of an <c>unaligned.</c> prefix, or 0.</summary>
    public int Unaligned { get; init; }

    /// <summary>The branch target, for a branch instruction.</summary>
    public int BranchTarget => Operand is int target && OpCode.OperandType is OperandType.InlineBrTarget or OperandType.ShortInlineBrTarget
        ? target
        : throw new InvalidOperationException($"{OpCode.Name} at IL_{Offset:X4} is not a branch.");

    /// <summary>Whether control can fall through to <see cref="Next"/>.</summary>
    public bool FallsThrough => OpCode.FlowControl is not (FlowControl.Branch or FlowControl.Return or FlowControl.Throw)
        && OpCode != OpCodes.Leave && OpCode != OpCodes.Leave_S && OpCode != OpCodes.Endfinally && OpCode != OpCodes.Rethrow;

    /// <inheritdoc/>
    public override string ToString() => ILText.Format(this);
}
