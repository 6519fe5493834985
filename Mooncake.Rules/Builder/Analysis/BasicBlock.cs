namespace Mooncake.Rules.Builder;

/// <summary>
/// A maximal run of instructions entered only at its start. Its last operation may transfer
/// control (branch, switch, return, throw, leave, end of a handler); before that, the
/// <see cref="Transfers"/> copy the values still on the stack into each successor's entry temporaries.
/// </summary>
internal sealed class BasicBlock
{
    internal BasicBlock(int index, int start)
    {
        Index = index;
        Start = start;
    }

    /// <summary>The block's position in offset order.</summary>
    public int Index { get; }

    /// <summary>The IL offset of its first instruction.</summary>
    public int Start { get; }

    /// <summary>The temporaries holding the evaluation stack on entry, deepest first.</summary>
    public IReadOnlyList<Variable> EntryStack { get; internal set; } = [];

    /// <summary>The operations, in order.</summary>
    public List<Operation> Operations { get; } = [];

    /// <summary>Copies of the exit stack into the successors' entry temporaries, done before the last operation transfers control.</summary>
    public List<(Variable From, Variable To)> Transfers { get; } = [];

    /// <summary>The blocks control can go to next (leave targets included; handlers are reached through the exception clauses).</summary>
    public List<BasicBlock> Successors { get; } = [];

    /// <summary>
    /// Whether the last operation transfers control (a branch, conditional branch, switch, return,
    /// throw, leave or end of handler); otherwise the block falls through to the next one.
    /// </summary>
    public bool EndsWithTransfer => Operations.Count > 0 && StackLifter.TransfersControl(Operations[^1].Instruction);

    /// <inheritdoc/>
    public override string ToString() => $"B{Index} (IL_{Start:X4})";
}
