using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Resolves calls of the generic collection interfaces (<c>IEnumerable&lt;T&gt;</c>,
/// <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>...) on arrays. The runtime implements
/// them for every array through <c>SZArrayHelper</c>, whose methods reinterpret <c>this</c> with
/// <c>Unsafe.As</c> (the rule builder cannot follow that), and reflection refuses interface maps
/// for them. Such calls run the plain C# stand-ins of <see cref="ArrayInterfaceMethods"/>, which
/// take the array as their first argument.
/// </summary>
internal static class ArrayInterfaces
{
    /// <summary>The stand-in that a call of the interface method <paramref name="method"/> on an array of type <paramref name="array"/> runs, or null.</summary>
    public static MethodInfo? Resolve(MethodInfo method, Type array)
    {
        Type declaring = method.DeclaringType!;
        if (!array.IsSZArray || !declaring.IsInterface || !declaring.IsGenericType)
        {
            return null;
        }

        Type element = declaring.GetGenericArguments()[0];
        Type[] parameters = [element.MakeArrayType(), .. method.GetParameters().Select(p => p.ParameterType)];
        foreach (MethodInfo candidate in typeof(ArrayInterfaceMethods).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (candidate.Name != method.Name || candidate.GetParameters().Length != parameters.Length)
            {
                continue;
            }

            MethodInfo closed = candidate.MakeGenericMethod(element);
            if (closed.ReturnType == method.ReturnType && closed.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters))
            {
                return closed;
            }
        }

        throw new NotSupportedException($"{declaring}.{method.Name} on an array has no stand-in the rule builder can differentiate.");
    }
}
