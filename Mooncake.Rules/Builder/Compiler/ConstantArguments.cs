using System.Collections.Concurrent;
using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Whether a method keeps an argument constant when its caller passes it so: whether its rule,
/// with that argument's data held inactive and every other argument active, writes no value that
/// carries a derivative into that data, stores none of it elsewhere, returns none of it and hands
/// none of it to a callee that does not keep it constant in turn (<see cref="ConstantData"/>). A
/// caller may then pass, say, a weight matrix to a helper with no tangent block, and the helper's
/// rule (for that call site's activity) treats the products with it as scalings.
/// </summary>
/// <remarks>
/// <para>A summary of the method alone, whatever else its callers hold constant: computed with the
/// pessimistic <see cref="CallFacts"/> and no static roots, the greatest fixed point over the call
/// graph (<see cref="GreatestFixedPoint{TKey}"/>), so recursion and mutual recursion that write
/// nothing keep their arguments constant.</para>
/// <para>The same fixed point decides the instance fields that keep constant data stored into them
/// (<see cref="ConstantFields"/>), since each rests on the other: a constructor keeps an argument
/// constant when it stores it into such a field, and a field is such a field when its readers hand
/// its data only to callees that keep it constant.</para>
/// <para>A number or a struct of numbers is a copy: it always stays constant (if the method
/// writes a derivative into its own copy, the rule gives that copy a tangent of its own, zero at
/// entry). A reference to a variable (<c>ref</c>, <c>out</c>, <c>in</c>) never does.</para>
/// </remarks>
internal static class ConstantArguments
{
    // An argument of a method, or an instance field (Method null).
    private sealed record Sink(MethodBase? Method, int Argument, FieldInfo? Field);

    private static readonly GreatestFixedPoint<Sink> Constant = new(Evaluate);
    private static readonly ConcurrentDictionary<Sink, bool> Writes = new();

    static ConstantArguments()
    {
        CompilerCaches.Register(Constant.Clear);
        CompilerCaches.Register(Writes.Clear);
    }

    /// <summary>
    /// Whether <paramref name="method"/>, handed IL argument <paramref name="argument"/> as a
    /// constant, may write a derivative into its data itself (or through a callee that may), as
    /// opposed to only letting it escape (storing it in an object, returning it): what a static
    /// field's readers are judged by (<see cref="StaticConstancy.IsWritten"/>). True where unknown.
    /// </summary>
    public static bool MayWrite(MethodBase method, int argument) =>
        !CanStayConstant(method, argument) && (!Writes.TryGetValue(new Sink(method, argument, null), out bool writes) || writes);

    /// <summary>Whether <paramref name="method"/> keeps IL argument <paramref name="argument"/> constant.</summary>
    public static bool CanStayConstant(MethodBase method, int argument)
    {
        Type type = StackTypes.ArgumentType(method, argument);
        if (!ActivityAnalysis.CanCarry(type))
        {
            return true;
        }

        if (type.IsByRef || !RuleBuild.HasOwnBody(method))
        {
            return false;
        }

        return !ConstantRoot.IsRootType(type) || Constant.Holds(new Sink(method, argument, null));
    }

    /// <summary>
    /// Whether constant data stored into the instance field <paramref name="field"/> of any object
    /// stays constant: no code that can read the field writes a derivative into its data or lets
    /// it out of sight (<see cref="ConstantFields"/>).
    /// </summary>
    public static bool FieldKeepsConstant(FieldInfo field) => ConstantFields.CanHold(field) && Constant.Holds(new Sink(null, -1, field));

    private static bool Evaluate(Sink sink)
    {
        if (sink.Field is { } field)
        {
            return ConstantFields.Evaluate(field);
        }

        (MethodBase Method, int Argument) key = (sink.Method!, sink.Argument);
        LiftedMethod lifted;
        try
        {
            lifted = LiftedMethods.Of(key.Method);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException or InvalidOperationException)
        {
            return false;
        }

        var root = ConstantRoot.OfArgument(key.Argument);
        ConstantData.Result result = ConstantData.Analyze(lifted, [key.Argument], _ => false, CallFacts.Pessimistic);
        Writes[sink] = result.Written.Contains(root);
        return !result.Failed.Contains(root);
    }
}
