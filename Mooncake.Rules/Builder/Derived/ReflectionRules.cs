using System.Globalization;
using System.Reflection;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for reflection with a target known at run time, as visitor-style and plug-in library code
/// calls it: <see cref="MethodBase.Invoke(object, object[])"/> (and its overload with binding flags)
/// and <see cref="Delegate.DynamicInvoke"/>. The method the call resolves to is differentiated
/// through its own rule, built once per method and width (<see cref="ReflectionInvokers"/>); the
/// boxed arguments' tangents travel in the tangent of the <c>object[]</c>, and the boxed result gets
/// a boxed tangent. Only what reflection itself cannot resolve to a method with IL, and methods
/// taking references (whose written-back values would lose their tangents), are refused.
/// </summary>
public static class ReflectionRules
{
    /// <summary>The rule of <see cref="MethodBase.Invoke(object, object[])"/>.</summary>
    [FRule(typeof(MethodBase), nameof(MethodBase.Invoke), typeof(object), typeof(object[]))]
    public static Dual<object?, object?> Invoke<TChunk>(MethodBase method, Dual<object?, object?> obj, Dual<object?[]?, object?[]?> parameters)
        where TChunk : struct, IChunk<TChunk, double>
        => Call<TChunk>(method, obj.Primal, obj.Tangent, parameters.Primal, parameters.Tangent);

    /// <summary>The rule of <see cref="MethodBase.Invoke(object, BindingFlags, Binder, object[], CultureInfo)"/>: the default binder's calls only.</summary>
    [FRule(typeof(MethodBase), nameof(MethodBase.Invoke), typeof(object), typeof(BindingFlags), typeof(Binder), typeof(object[]), typeof(CultureInfo))]
    public static Dual<object?, object?> Invoke<TChunk>(MethodBase method, Dual<object?, object?> obj, BindingFlags invokeAttr, Dual<Binder?, object?> binder, Dual<object?[]?, object?[]?> parameters, Dual<CultureInfo?, object?> culture)
        where TChunk : struct, IChunk<TChunk, double>
    {
        if (binder.Primal is not null)
        {
            throw new NotSupportedException($"{method.Name} is invoked through a custom Binder, whose conversions of the arguments the derivative cannot follow.");
        }

        return Call<TChunk>(method, obj.Primal, obj.Tangent, parameters.Primal, parameters.Tangent, wrap: !invokeAttr.HasFlag(BindingFlags.DoNotWrapExceptions));
    }

    /// <summary>The rule of <see cref="Delegate.DynamicInvoke"/>: the delegate's method, on its target (the tangent of a delegate is its target's).</summary>
    [FRule(typeof(Delegate), nameof(Delegate.DynamicInvoke), typeof(object[]))]
    public static Dual<object?, object?> DynamicInvoke<TChunk>(Dual<Delegate, object> function, Dual<object?[]?, object?[]?> args)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Delegate d = function.Primal ?? throw new NullReferenceException("The delegate is null.");
        if (!d.HasSingleTarget)
        {
            throw new NotSupportedException("A multicast delegate has no single result to differentiate.");
        }

        MethodInfo method = d.Method;
        object? target = Dispatch.Target(d);
        if (method.IsStatic && target is not null)
        {
            // A static method closed over its first argument (an extension method's delegate): the
            // target is that argument.
            return Call<TChunk>(method, null, null, [target, .. args.Primal ?? []], [function.Tangent, .. args.Tangent ?? new object?[args.Primal?.Length ?? 0]]);
        }

        return Call<TChunk>(method, method.IsStatic ? null : target, method.IsStatic ? null : function.Tangent, args.Primal, args.Tangent);
    }

    private static Dual<object?, object?> Call<TChunk>(MethodBase method, object? target, object? targetTangent, object?[]? arguments, object?[]? tangents, bool wrap = true)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method is not MethodInfo info)
        {
            throw new NotSupportedException($"{method.DeclaringType?.Name}.{method.Name} is a constructor called by reflection; call it with new, or through Activator, directly.");
        }

        object?[] checkedArguments = CheckArguments(info, target, arguments);
        ReflectionInvokers.Invoker invoker = ReflectionInvokers.For(info, ChunkWidth.Of<TChunk>());
        try
        {
            object? result = invoker(target, targetTangent, checkedArguments, tangents, out object? resultTangent);
            return new(result, resultTangent);
        }
        catch (Exception e) when (wrap && e is not NotSupportedException and not OutOfMemoryException)
        {
            // Reflection wraps what the method throws.
            throw new TargetInvocationException(e);
        }
    }

    // Reflection's own checks, so that bad calls fail as the primal's do: the receiver, the count
    // of arguments, and their types (numbers widened as reflection widens them; a widened number
    // came from an integer, which carries no derivative).
    private static object?[] CheckArguments(MethodInfo method, object? target, object?[]? arguments)
    {
        if (!method.IsStatic)
        {
            if (target is null)
            {
                throw new TargetException("Non-static method requires a target.");
            }

            if (!method.DeclaringType!.IsInstanceOfType(target))
            {
                throw new TargetException("Object does not match target type.");
            }
        }

        ParameterInfo[] parameters = method.GetParameters();
        arguments ??= [];
        if (arguments.Length != parameters.Length)
        {
            throw new TargetParameterCountException("Parameter count mismatch.");
        }

        object?[] result = arguments;
        for (int i = 0; i < parameters.Length; i++)
        {
            Type type = parameters[i].ParameterType is { IsByRef: true } reference ? reference.GetElementType()! : parameters[i].ParameterType;
            object? argument = arguments[i];
            if (argument is null || type.IsInstanceOfType(argument))
            {
                continue;
            }

            if (type.IsPrimitive && argument.GetType().IsPrimitive && argument is not double and not float)
            {
                result = result == arguments ? [.. arguments] : result;
                result[i] = Convert.ChangeType(argument, type, CultureInfo.InvariantCulture);
                continue;
            }

            throw new ArgumentException($"Object of type '{argument.GetType()}' cannot be converted to type '{type}'.");
        }

        return result;
    }
}
