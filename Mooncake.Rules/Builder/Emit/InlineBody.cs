using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// How a derived body emitted into an entry's loop, rather than as a rule of its own, meets the
/// loop (<see cref="MethodEmitter.Inline"/>): the places that hold its arguments' primals, and the
/// code a return becomes (store the result's parts, go on to the next point).
/// </summary>
/// <param name="arguments">The primal place of each argument, by index in the primal method (the receiver first).</param>
/// <param name="return">
/// Emits a return: given the generator, an action that pushes the result's primal and one that
/// pushes its tangent as the given type. It must leave the evaluation stack empty and transfer
/// control (a return is the end of its block).
/// </param>
internal sealed class InlineBody(Place[] arguments, Action<ILGenerator, Action, Action<Type>> @return)
{
    /// <summary>The primal place of each argument, by index in the primal method (the receiver first).</summary>
    public Place[] Arguments => arguments;

    /// <summary>Emits a return of the result whose parts <paramref name="loadPrimal"/> and <paramref name="loadTangent"/> push.</summary>
    public void EmitReturn(ILGenerator il, Action loadPrimal, Action<Type> loadTangent) => @return(il, loadPrimal, loadTangent);
}
