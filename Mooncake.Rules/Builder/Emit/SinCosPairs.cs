using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Finds, in one basic block, a sine call and a cosine call (either order) on one active value,
/// so that the emitter computes both from one <c>SinCos</c>. The sine rule and the cosine rule
/// each compute <c>SinCos</c> (each needs the other function for its derivative), and the JIT
/// does not merge two <c>SinCos</c> calls (they return through pointers): unfused, the derived
/// rule does twice the primal's transcendental work.
/// </summary>
internal static class SinCosPairs
{
    /// <summary>A sine call and a cosine call on one value; <see cref="First"/> comes first in the block.</summary>
    /// <param name="First">The earlier call: it computes both.</param>
    /// <param name="Second">The later call: it copies the result the first left for it.</param>
    /// <param name="FirstIsSine">Whether the earlier call is the sine.</param>
    /// <param name="Dual">The scalar dual type the rules take at this width (<c>Dual&lt;TChunk&gt;</c> or <c>FloatDual&lt;TChunk&gt;</c>).</param>
    public sealed record Pair(Operation First, Operation Second, bool FirstIsSine, Type Dual);

    /// <summary>
    /// The pairs of <paramref name="block"/>: each call is in at most one pair, and each pairs with
    /// the earliest unpaired partner before it.
    /// </summary>
    public static IReadOnlyList<Pair> Find(LiftedMethod method, BasicBlock block, ChunkWidth width, Func<Variable, bool> isActive, Func<IReadOnlySet<Variable>> addressTaken)
    {
        var calls = new List<(Operation Operation, bool IsSine, Type Dual)>();
        foreach (Operation operation in block.Operations)
        {
            if (operation.Inputs.Count == 1 && isActive(operation.Inputs[0]) && Trigonometric(operation, width) is { } call)
            {
                calls.Add((operation, call.IsSine, call.Dual));
            }
        }

        if (!calls.Any(c => c.IsSine) || !calls.Any(c => !c.IsSine))
        {
            return [];
        }

        LocalValueNumbering numbering = LocalValueNumbering.Of(method, block, addressTaken());
        // The unpaired calls on each value, oldest first.
        var pending = new Dictionary<(int Value, bool IsSine, Type Dual), Queue<Operation>>();
        var pairs = new List<Pair>();
        foreach ((Operation operation, bool isSine, Type dual) in calls)
        {
            if (numbering.NumberOf(operation.Inputs[0]) is not { } value)
            {
                continue;
            }

            if (pending.TryGetValue((value, !isSine, dual), out Queue<Operation>? partners) && partners.TryDequeue(out Operation? partner))
            {
                pairs.Add(new Pair(partner, operation, !isSine, dual));
            }
            else
            {
                (pending.TryGetValue((value, isSine, dual), out Queue<Operation>? same) ? same : pending[(value, isSine, dual)] = new()).Enqueue(operation);
            }
        }

        return pairs;
    }

    // A call whose registered rule is the built-in sine or cosine rule: Math.Sin, MathF.Cos,
    // double.Sin, and generic math's T.Sin resolved through constrained. A rule registered in
    // their place is some other rule, and is left alone.
    private static (bool IsSine, Type Dual)? Trigonometric(Operation operation, ChunkWidth width)
    {
        ILInstruction instruction = operation.Instruction;
        if (instruction.OpCode != System.Reflection.Emit.OpCodes.Call || instruction.Operand is not MethodInfo callee || operation.Output is null)
        {
            return null;
        }

        Rule? rule;
        try
        {
            if (!RuleRegistry.TryFind(callee, instruction.Constrained, out rule) || rule is null)
            {
                return null;
            }
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (rule.Method.DeclaringType != typeof(TrigonometricRules) || rule.Method.Name is not (nameof(TrigonometricRules.Sin) or nameof(TrigonometricRules.Cos)))
        {
            return null;
        }

        return (rule.Method.Name == nameof(TrigonometricRules.Sin), rule.Instantiate(width).GetParameters()[0].ParameterType);
    }
}
