using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The signature of a derived rule in the split convention: every argument that can carry a
/// tangent and is active in the rule's request becomes two parameters, its primal and its tangent
/// (a pair of references for a by-reference argument), a constant one only its primal; a return
/// value that can carry a tangent is returned as its primal, with its tangent written to a last
/// <c>out</c> parameter.
/// </summary>
public sealed class SplitSignature
{
    private SplitSignature(Type[] parameters, Type returnType, (int Primal, int Tangent)[] arguments, int returnTangent, Type? returnTangentType)
    {
        Parameters = parameters;
        ReturnType = returnType;
        Arguments = arguments;
        ReturnTangent = returnTangent;
        ReturnTangentType = returnTangentType;
    }

    /// <summary>The parameter types of the derived rule.</summary>
    public Type[] Parameters { get; }

    /// <summary>Its return type (the primal return type).</summary>
    public Type ReturnType { get; }

    /// <summary>For each IL argument of the primal (receiver first), the parameter of its primal and of its tangent (-1 if it has none).</summary>
    public (int Primal, int Tangent)[] Arguments { get; }

    /// <summary>The <c>out</c> parameter receiving the return value's tangent, or -1.</summary>
    public int ReturnTangent { get; }

    /// <summary>The tangent type of the return value, or null.</summary>
    public Type? ReturnTangentType { get; }

    /// <summary>The split signature of <paramref name="method"/> at <paramref name="width"/>, every argument active.</summary>
    public static SplitSignature For(MethodBase method, ChunkWidth width) => For(method, width, ArgumentActivity.AllActive);

    /// <summary>The split signature of <paramref name="method"/> at <paramref name="width"/> with the constant arguments of <paramref name="activity"/>.</summary>
    internal static SplitSignature For(MethodBase method, ChunkWidth width, ArgumentActivity activity)
    {
        var parameters = new List<Type>();
        var arguments = new List<(int, int)>();
        int count = method.GetParameters().Length + (method.IsStatic ? 0 : 1);
        for (int i = 0; i < count; i++)
        {
            Type type = StackTypes.ArgumentType(method, i);
            int primal = parameters.Count;
            parameters.Add(type);
            int tangent = -1;
            if (ActivityAnalysis.CanCarry(type) && !activity.IsConstant(i))
            {
                tangent = parameters.Count;
                parameters.Add(TangentOf(type, width));
            }

            arguments.Add((primal, tangent));
        }

        Type returnType = method is MethodInfo m ? m.ReturnType : typeof(void);
        int returnTangent = -1;
        Type? returnTangentType = null;
        if (returnType != typeof(void) && ActivityAnalysis.CanCarry(returnType))
        {
            returnTangentType = TangentOf(returnType, width);
            returnTangent = parameters.Count;
            parameters.Add(ReturnSlotOf(returnTangentType).MakeByRefType());
        }

        return new SplitSignature([.. parameters], returnType, [.. arguments], returnTangent, returnTangentType);
    }

    /// <summary>
    /// This signature after <paramref name="leading"/> parameters that the rule ignores: for a
    /// rule emitted as the body of an entry point, whose own first parameters (the delegate's
    /// target and its tangent) come before the rule's, so that no call from entry to rule is needed.
    /// </summary>
    internal SplitSignature WithLeading(Type[] leading)
    {
        int shift = leading.Length;
        return new SplitSignature(
            [.. leading, .. Parameters],
            ReturnType,
            [.. Arguments.Select(a => (a.Primal + shift, a.Tangent < 0 ? -1 : a.Tangent + shift))],
            ReturnTangent < 0 ? -1 : ReturnTangent + shift,
            ReturnTangentType);
    }

    /// <summary>Whether the method returns a reference (<c>ref double M()</c>).</summary>
    public bool ReturnsByRef => ReturnType.IsByRef;

    /// <summary>
    /// The type the <c>out</c> parameter <see cref="ReturnTangent"/> holds: the return value's
    /// tangent, or for a by-reference return a one-element <c>Span</c> over the referenced
    /// tangent (a reference to a reference cannot be a parameter type; a span can carry one).
    /// </summary>
    public Type? ReturnTangentSlot => ReturnTangentType is null ? null : ReturnSlotOf(ReturnTangentType);

    private static Type ReturnSlotOf(Type tangent)
    {
        if (!tangent.IsByRef)
        {
            return tangent;
        }

        Type referenced = tangent.GetElementType()!;
        if (referenced.IsByRefLike)
        {
            throw new NotSupportedException($"A method returning a reference to a {referenced} has no split signature: a span cannot hold a ref struct.");
        }

        return typeof(Span<>).MakeGenericType(referenced);
    }

    /// <summary>The tangent part type of a value of <paramref name="type"/> (by-ref types map to by-ref tangents).</summary>
    public static Type TangentOf(Type type, ChunkWidth width) =>
        type.IsByRef ? TangentOf(type.GetElementType()!, width).MakeByRefType()
        : SpanShapes.IsFloatingSpan(type, out _) ? SpanShapes.TangentOf(type, width)
        : PointerShapes.IsNumberPointer(type) ? PointerShapes.TangentOf(type, width)
        : TangentTypes.TangentType(type, width);
}
