namespace Mooncake.Rules.Builder;

/// <summary>
/// One instruction of the lifted method: the original IL instruction, the variables it reads
/// from the evaluation stack (deepest first) and the temporary it pushes, if any.
/// </summary>
/// <param name="Instruction">The IL instruction.</param>
/// <param name="Inputs">The stack values it consumes, deepest first.</param>
/// <param name="Output">The value it pushes, or null.</param>
internal sealed record Operation(ILInstruction Instruction, IReadOnlyList<Variable> Inputs, Variable? Output)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Output is null ? "" : Output.Name + " = ")}{ILText.Format(Instruction)}{(Inputs.Count == 0 ? "" : " (" + string.Join(", ", Inputs.Select(v => v.Name)) + ")")}";
}
