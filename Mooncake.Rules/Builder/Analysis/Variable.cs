namespace Mooncake.Rules.Builder;

/// <summary>What a <see cref="Variable"/> stands for.</summary>
internal enum VariableKind
{
    /// <summary>An argument of the method (the receiver is argument 0 of an instance method).</summary>
    Argument,

    /// <summary>A local variable of the method.</summary>
    Local,

    /// <summary>A value on the evaluation stack, named.</summary>
    Temporary,
}

/// <summary>
/// An argument, a local, or an evaluation-stack value of the lifted method. Stack values become
/// temporaries: each is assigned by one operation, except the temporaries that carry the stack
/// into a block with several predecessors, which every predecessor assigns.
/// </summary>
/// <param name="Id">A number unique within the method.</param>
/// <param name="Kind">Argument, local or temporary.</param>
/// <param name="Index">The argument or local index (-1 for a temporary).</param>
/// <param name="Type">The variable's type (the stack type, for a temporary).</param>
internal sealed record Variable(int Id, VariableKind Kind, int Index, Type Type)
{
    /// <summary><c>arg0</c>, <c>loc3</c>, <c>t17</c>.</summary>
    public string Name => Kind switch
    {
        VariableKind.Argument => $"arg{Index}",
        VariableKind.Local => $"loc{Index}",
        _ => $"t{Id}",
    };

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Type.Name}";
}
