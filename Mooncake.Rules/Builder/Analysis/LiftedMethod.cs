using System.Reflection;
using System.Text;

namespace Mooncake.Rules.Builder;

/// <summary>
/// A method's IL with the evaluation stack lifted into typed variables, split into basic blocks:
/// the input the rule builder's analyses and emitter work on. <see cref="StackLifter"/> builds it.
/// </summary>
internal sealed class LiftedMethod
{
    internal LiftedMethod(
        MethodBase method,
        IReadOnlyList<ILInstruction> instructions,
        IReadOnlyList<BasicBlock> blocks,
        IReadOnlyList<Variable> arguments,
        IReadOnlyList<Variable> locals,
        IReadOnlyList<Variable> temporaries,
        IReadOnlyList<ExceptionHandlingClause> clauses)
    {
        Method = method;
        Instructions = instructions;
        Blocks = blocks;
        Arguments = arguments;
        Locals = locals;
        Temporaries = temporaries;
        Clauses = clauses;
    }

    /// <summary>The method.</summary>
    public MethodBase Method { get; }

    /// <summary>Its instructions.</summary>
    public IReadOnlyList<ILInstruction> Instructions { get; }

    /// <summary>Its basic blocks in offset order; the first is the entry.</summary>
    public IReadOnlyList<BasicBlock> Blocks { get; }

    /// <summary>The arguments (the receiver first for an instance method).</summary>
    public IReadOnlyList<Variable> Arguments { get; }

    /// <summary>The locals.</summary>
    public IReadOnlyList<Variable> Locals { get; }

    /// <summary>The temporaries that hold stack values.</summary>
    public IReadOnlyList<Variable> Temporaries { get; }

    /// <summary>The exception-handling clauses of the body.</summary>
    public IReadOnlyList<ExceptionHandlingClause> Clauses { get; }

    /// <summary>A text listing: each block with its entry stack, operations and transfers.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Method.DeclaringType}.{Method.Name}: {string.Join(", ", Arguments)}; locals {string.Join(", ", Locals)}");
        foreach (BasicBlock block in Blocks)
        {
            text.AppendLine($"{block} entry [{string.Join(", ", block.EntryStack.Select(v => v.Name))}] -> {string.Join(", ", block.Successors)}");
            for (int i = 0; i < block.Operations.Count; i++)
            {
                if (i == block.Operations.Count - 1 && block.EndsWithTransfer)
                {
                    foreach ((Variable from, Variable to) in block.Transfers)
                    {
                        text.AppendLine($"    {to.Name} = {from.Name}");
                    }
                }

                text.AppendLine("    " + block.Operations[i]);
            }

            if (!block.EndsWithTransfer)
            {
                foreach ((Variable from, Variable to) in block.Transfers)
                {
                    text.AppendLine($"    {to.Name} = {from.Name}");
                }
            }
        }

        return text.ToString();
    }
}
