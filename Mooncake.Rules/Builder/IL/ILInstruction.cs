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
