using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// How a derived body emitted into other code, rather than as a rule of its own, meets that code
/// (<see cref="MethodEmitter.Inline"/>): the places that hold its arguments' parts, and the code a
/// return becomes (store the result's parts, go on). Used for an entry's point loop and for a
/// small callee inlined at its call site (<see cref="MethodEmitter"/>'s <c>TryEmitInlined</c>).
/// </summary>
/// <param name="arguments">The primal place of each argument, by index in the primal method (the receiver first).</param>
/// <param name="tangents">The tangent place of each argument, null where it has none (a constant; the unit-seeded argument makes its own); null for none at all.</param>
/// <param name="return">
/// Emits a return: given the generator, an action that pushes the result's primal and one that
/// pushes its tangent as the given type (both null for a method returning nothing). It must leave
/// the evaluation stack empty and transfer control (a return is the end of its block).
/// </param>
internal sealed class InlineBody(Place[] arguments, Place?[]? tangents, Action<ILGenerator, Action?, Action<Type>?> @return)
{
    /// <summary>The primal place of each argument, by index in the primal method (the receiver first).</summary>
    public Place[] Arguments => arguments;

    /// <summary>The tangent place of argument <paramref name="index"/>, or null.</summary>
    public Place? TangentOf(int index) => tangents is null ? null : tangents[index];

    /// <summary>Emits a return of the result whose parts <paramref name="loadPrimal"/> and <paramref name="loadTangent"/> push (null for none).</summary>
    public void EmitReturn(ILGenerator il, Action? loadPrimal, Action<Type>? loadTangent) => @return(il, loadPrimal, loadTangent);
}
