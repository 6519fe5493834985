using System.Numerics;
using System.Reflection;
using System.Runtime.Intrinsics;

namespace Mooncake.Rules;

/// <summary>
/// The static classes that hold the operations of each SIMD vector type (<see cref="Vector"/> for
/// <see cref="Vector{T}"/>, <see cref="Vector256"/> for <see cref="Vector256{T}"/>...), and the
/// lookup of one of their methods by name and parameter types, closing a generic definition over
/// the element type: what the rule table registers and what the rules call for their primal.
/// </summary>
internal static class SimdFamily
{
    private const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static;

    /// <summary>The vector types that carry derivatives, each with its static class.</summary>
    public static IEnumerable<(Type Vector, Type Element, Type Operations)> Vectors()
    {
        foreach (Type element in new[] { typeof(double), typeof(float) })
        {
            yield return (typeof(Vector<>).MakeGenericType(element), element, typeof(Vector));
            yield return (typeof(Vector128<>).MakeGenericType(element), element, typeof(Vector128));
            yield return (typeof(Vector256<>).MakeGenericType(element), element, typeof(Vector256));
            yield return (typeof(Vector512<>).MakeGenericType(element), element, typeof(Vector512));
        }
    }

    /// <summary>The static class of <paramref name="vector"/>'s operations.</summary>
    public static Type OperationsOf(Type vector) => Vectors().First(v => v.Vector == vector).Operations;

    /// <summary>
    /// The public static method <paramref name="name"/> of <paramref name="declaring"/> whose
    /// parameters are <paramref name="parameters"/>: a non-generic overload, or else a generic
    /// method of one type parameter closed over <paramref name="element"/>. Null where there is none.
    /// </summary>
    public static MethodInfo? Find(Type declaring, string name, Type element, params Type[] parameters) =>
        FindAll(declaring, name, element, parameters).OrderBy(m => m.IsGenericMethod).FirstOrDefault();

    /// <summary>
    /// Every public static method <paramref name="name"/> of <paramref name="declaring"/> whose
    /// parameters are <paramref name="parameters"/>: <c>Vector256.Create(double)</c> and the generic
    /// <c>Vector256.Create&lt;double&gt;(double)</c> are two methods, and user code may call either.
    /// </summary>
    public static IEnumerable<MethodInfo> FindAll(Type declaring, string name, Type element, params Type[] parameters)
    {
        foreach (MethodInfo method in declaring.GetMethods(PublicStatic))
        {
            if (method.Name != name)
            {
                continue;
            }

            MethodInfo closed = method;
            if (method.IsGenericMethodDefinition)
            {
                if (method.GetGenericArguments().Length != 1)
                {
                    continue;
                }

                try
                {
                    closed = method.MakeGenericMethod(element);
                }
                catch (ArgumentException)
                {
                    continue; // a constraint the element type does not meet
                }
            }

            if (closed.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters))
            {
                yield return closed;
            }
        }
    }

    /// <summary>The delegate of <paramref name="vector"/>'s operation <paramref name="name"/> with parameters <paramref name="parameters"/>.</summary>
    /// <exception cref="MissingMethodException">The runtime has no such operation.</exception>
    public static TDelegate Primal<TDelegate>(Type vector, string name, params Type[] parameters)
        where TDelegate : Delegate
    {
        Type element = vector.GetGenericArguments()[0];
        MethodInfo method = Find(OperationsOf(vector), name, element, parameters)
            ?? throw new MissingMethodException(OperationsOf(vector).Name, name);
        return method.CreateDelegate<TDelegate>();
    }
}
