using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The stand-ins the compiler differentiates in place of BCL methods whose IL it cannot follow
/// for elements other than numbers (<see cref="StandInMethods"/>): a call to
/// <c>Enumerable.ToArray&lt;T&gt;</c> of complex numbers, tuples or user structs runs the derived
/// rule of the stand-in instead. Methods with a registered rule (<c>ToArray&lt;double&gt;</c>) keep
/// it: stand-ins are looked up only where no rule is.
/// </summary>
internal static class StandIns
{
    private static readonly Dictionary<MethodInfo, MethodInfo> ByDefinition = Build();

    /// <summary>The stand-in of <paramref name="callee"/>, closed like it, or null.</summary>
    public static MethodInfo? Resolve(MethodInfo callee)
    {
        if (!callee.IsGenericMethod || callee.IsGenericMethodDefinition || !ByDefinition.TryGetValue(callee.GetGenericMethodDefinition(), out MethodInfo? standIn))
        {
            return null;
        }

        // The span path of TryGetSpan over numbers is followed as it is (MemoryMarshal over double
        // and float): it keeps the BCL's vectorised order of operations, and so its results.
        Type[] arguments = callee.GetGenericArguments();
        bool numbers = arguments.Any(a => a == typeof(double) || a == typeof(float));
        if (numbers && standIn.Name == nameof(StandInMethods.TryGetSpan))
        {
            return null;
        }

        try
        {
            return standIn.MakeGenericMethod(arguments);
        }
        catch (ArgumentException)
        {
            return null; // type arguments the stand-in's constraints exclude (the exchanges are for references)
        }
    }

    private static Dictionary<MethodInfo, MethodInfo> Build()
    {
        MethodInfo Linq(string name, BindingFlags visibility) =>
            typeof(Enumerable).GetMethods(BindingFlags.Static | visibility).Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 1
                && m.GetParameters() is [{ ParameterType: { IsGenericType: true } p }, ..] && p.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                && m.GetParameters().Length == (name == "TryGetSpan" ? 2 : 1));
        MethodInfo Own(string name) => typeof(StandInMethods).GetMethod(name)!;
        MethodInfo Generic(Type type, string name) => type.GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition);
        MethodInfo ArrayReverse(int parameters) => typeof(Array).GetMethods().Single(m => m.Name == nameof(Array.Reverse) && m.IsGenericMethodDefinition && m.GetParameters().Length == parameters);
        MethodInfo OwnReverse(int parameters) => typeof(StandInMethods).GetMethods().Single(m => m.Name == nameof(StandInMethods.Reverse) && m.GetParameters().Length == parameters);
        return new()
        {
            [Linq(nameof(Enumerable.ToArray), BindingFlags.Public)] = Own(nameof(StandInMethods.ToArray)),
            [Linq(nameof(Enumerable.ToList), BindingFlags.Public)] = Own(nameof(StandInMethods.ToList)),
            [Linq("TryGetSpan", BindingFlags.NonPublic)] = Own(nameof(StandInMethods.TryGetSpan)),
            [typeof(Array).GetMethod(nameof(Array.Resize))!] = Own(nameof(StandInMethods.Resize)),
            [ArrayReverse(1)] = OwnReverse(1),
            [Generic(typeof(Volatile), nameof(Volatile.Write))] = Own(nameof(StandInMethods.VolatileWrite)),
            [Generic(typeof(Volatile), nameof(Volatile.Read))] = Own(nameof(StandInMethods.VolatileRead)),
            [Generic(typeof(Interlocked), nameof(Interlocked.CompareExchange))] = Own(nameof(StandInMethods.CompareExchange)),
            [Generic(typeof(Interlocked), nameof(Interlocked.Exchange))] = Own(nameof(StandInMethods.Exchange)),
            [ArrayReverse(3)] = OwnReverse(3),
        };
    }
}
