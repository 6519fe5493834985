using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Testing;

/// <summary>One run of <see cref="RuleTester"/>: a primal, its arguments, and the checks at every width.</summary>
internal sealed class RuleTest
{
    private static readonly ChunkWidth One = ChunkWidth.Resolve(1);

    private readonly MethodBase _primal;
    private readonly Rule _rule;
    private readonly object?[] _arguments;
    private readonly RuleTestOptions _options;
    private readonly Type[] _types;
    private readonly bool[] _active;
    private readonly object?[,] _directions;
    private readonly List<Output> _expected;
    private readonly Dictionary<int, List<Output>> _laneRuns = [];
    private long? _widthOneBytes;

    public RuleTest(MethodBase primal, object?[] arguments, RuleTestOptions options)
    {
        _options = options;
        _primal = primal is MethodInfo { IsGenericMethodDefinition: true } definition
            ? definition.MakeGenericMethod([.. options.TypeArguments])
            : primal;
        _rule = RuleRegistry.TryFind(_primal, out Rule? rule) && rule is not null
            ? rule
            : throw new RuleTestException($"No rule is registered for {RuleSignature.Describe(_primal)}.");
        _types = ArgumentTypes(_primal);
        if (arguments.Length != _types.Length)
        {
            throw new ArgumentException($"{RuleSignature.Describe(_primal)} takes {_types.Length} arguments (receiver included), but {arguments.Length} were given.", nameof(arguments));
        }

        _arguments = arguments;
        _active = [.. _types.Select((t, i) => TangentTypes.HasTangent(t) && (options.Active is null || options.Active[i]))];
        if (options.Active is { } active && active.Count != _types.Length)
        {
            throw new ArgumentException($"Active has {active.Count} entries for {_types.Length} arguments.", nameof(options));
        }

        int lanes = options.Widths.Max();
        _directions = new object?[_types.Length, lanes];
        for (int i = 0; i < _types.Length; i++)
        {
            for (int k = 0; k < lanes && _active[i]; k++)
            {
                _directions[i, k] = TangentSpace.Of(_types[i], One).Random(arguments[i], new Random((options.Seed * 1_000_003) + (i * 1009) + k));
            }
        }

        _expected = RunPrimal(i => Copy(i));
    }

    public void Run()
    {
        foreach (int width in _options.Widths)
        {
            ChunkWidth chunkWidth = ChunkWidth.Resolve(width);
            MethodInfo rule = _rule.Instantiate(chunkWidth, RuleTypeArguments);
            (List<Output> outputs, _) = RunRule(rule, chunkWidth, width);
            string at = $"{RuleSignature.Describe(_primal)} at width {width}";
            CheckRepeatable(rule, chunkWidth, width, outputs, at);
            CheckPrimals(outputs, at);
            for (int k = 0; k < chunkWidth.Lanes; k++)
            {
                if (k >= width)
                {
                    CheckSpareLane(outputs, chunkWidth, k, at);
                    continue;
                }

                CheckLaneAgainstWidthOne(outputs, chunkWidth, k, at);
                if (!_options.SkipFiniteDifferences)
                {
                    CheckFiniteDifferences(outputs, chunkWidth, k, at);
                }
            }

            if (_options.CheckAllocations)
            {
                CheckAllocations(rule, chunkWidth, width, outputs, at);
            }
        }
    }

    // A rule of a generic definition is closed over the primal's type arguments (the options', or
    // those of the closed primal under test); a rule of one closed instantiation takes none.
    private Type[] RuleTypeArguments => _rule.PrimalGenericArity == 0 ? []
        : _options.TypeArguments.Count > 0 ? [.. _options.TypeArguments]
        : _primal is MethodInfo { IsGenericMethod: true } closed ? closed.GetGenericArguments()
        : [];

    private static Type[] ArgumentTypes(MethodBase primal)
    {
        var types = new List<Type>();
        if (!primal.IsStatic && primal is MethodInfo)
        {
            types.Add(primal.DeclaringType!);
        }

        types.AddRange(primal.GetParameters().Select(p => p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType));
        return [.. types];
    }

    // A fresh copy of argument i, so that no run sees another's mutations.
    private object? Copy(int i) =>
        TangentTypes.HasTangent(_types[i]) ? TangentSpace.Of(_types[i], One).CopyPrimal(_arguments[i])
        : _arguments[i] is Array array ? array.Clone()
        : _arguments[i];

    // The outputs of a call: the return value, and the arguments a call can change (by-reference
    // parameters and reference-typed values).
    private List<Output> Outputs(object? result, object?[] arguments, Func<int, Type> dualType, Type returnDual)
    {
        var outputs = new List<Output>();
        Type returnType = _primal is MethodInfo m ? m.ReturnType : _primal.DeclaringType!;
        if (returnType != typeof(void))
        {
            (object? p, object? t) = DualValues.Split(returnDual, result);
            (Type type, p) = Elements(returnType, p);
            outputs.Add(new Output("the result", type, p, t));
        }

        ParameterInfo[] parameters = _primal.GetParameters();
        int offset = _types.Length - parameters.Length;
        for (int i = 0; i < _types.Length; i++)
        {
            bool byRef = i >= offset && parameters[i - offset].ParameterType.IsByRef;
            if (byRef || !_types[i].IsValueType)
            {
                (object? p, object? t) = DualValues.Split(dualType(i), arguments[i]);
                string name = i < offset ? "the receiver" : $"argument {i} ({parameters[i - offset].Name})";
                outputs.Add(new Output(name, _types[i], p, t));
            }
        }

        return outputs;
    }

    // A returned IEnumerable<T> is compared by the elements it yields, as an array: the plain
    // call's lazy sequence is enumerated here (once per run), the rule's is usually an array.
    private static (Type Type, object? Value) Elements(Type returnType, object? value)
    {
        if (!returnType.IsInterface || !returnType.IsGenericType || returnType.GetGenericTypeDefinition() != typeof(IEnumerable<>))
        {
            return (returnType, value);
        }

        Type element = returnType.GetGenericArguments()[0];
        object? array = value is null || value.GetType() == element.MakeArrayType()
            ? value
            : typeof(Enumerable).GetMethod(nameof(Enumerable.ToArray))!.MakeGenericMethod(element).Invoke(null, [value]);
        return (element.MakeArrayType(), array);
    }

    private List<Output> RunPrimal(Func<int, object?> argument)
    {
        object?[] arguments = [.. Enumerable.Range(0, _types.Length).Select(argument)];
        object? result;
        try
        {
            result = _primal switch
            {
                ConstructorInfo c => c.Invoke(arguments),
                _ when !_primal.IsStatic => _primal.Invoke(arguments[0], arguments[1..]),
                _ => _primal.Invoke(null, arguments),
            };
        }
        catch (TargetInvocationException e)
        {
            throw new RuleTestException($"The primal {RuleSignature.Describe(_primal)} threw: {e.InnerException?.Message}", e.InnerException ?? e);
        }

        return Outputs(result, arguments, i => _types[i], _primal is MethodInfo m ? m.ReturnType : _primal.DeclaringType!);
    }

    // Runs the closed rule with the first `lanes` lanes of each active input seeded with the
    // directions of lanes 0.. (or, for a width-1 reference run, with the direction of `onlyLane`).
    private (List<Output> Outputs, object?[] Arguments) RunRule(MethodInfo rule, ChunkWidth width, int lanes, int? onlyLane = null)
    {
        object?[] arguments = BuildArguments(rule, width, lanes, onlyLane);
        object? result;
        try
        {
            result = rule.Invoke(null, arguments);
        }
        catch (TargetInvocationException e)
        {
            throw new RuleTestException($"The rule {rule.DeclaringType?.Name}.{rule.Name} of {RuleSignature.Describe(_primal)} threw at {width.Lanes} lanes: {e.InnerException?.Message}", e.InnerException ?? e);
        }

        ParameterInfo[] parameters = rule.GetParameters();
        return (Outputs(result, arguments, i => Unref(parameters[i].ParameterType), rule.ReturnType), arguments);
    }

    private object?[] BuildArguments(MethodInfo rule, ChunkWidth width, int lanes, int? onlyLane)
    {
        ParameterInfo[] parameters = rule.GetParameters();
        var arguments = new object?[_types.Length];
        for (int i = 0; i < _types.Length; i++)
        {
            object? primal = Copy(i);
            if (!TangentTypes.HasTangent(_types[i]))
            {
                arguments[i] = primal;
                continue;
            }

            TangentSpace space = TangentSpace.Of(_types[i], width);
            object? tangent = space.Zero(primal);
            for (int k = 0; k < lanes && _active[i]; k++)
            {
                tangent = space.InsertLane(tangent, k, _directions[i, onlyLane ?? k]);
            }

            arguments[i] = DualValues.Make(Unref(parameters[i].ParameterType), primal, tangent);
        }

        return arguments;
    }

    private void CheckRepeatable(MethodInfo rule, ChunkWidth width, int lanes, List<Output> outputs, string at)
    {
        (List<Output> again, _) = RunRule(rule, width, lanes);
        for (int j = 0; j < outputs.Count; j++)
        {
            if (StructuralEquality.FirstDifference((outputs[j].Primal, outputs[j].Tangent), (again[j].Primal, again[j].Tangent)) is { } difference)
            {
                throw new RuleTestException($"{at}: a second call gives a different {outputs[j].Name}: {difference}.");
            }
        }
    }

    private void CheckPrimals(List<Output> outputs, string at)
    {
        for (int j = 0; j < outputs.Count; j++)
        {
            if (StructuralEquality.FirstDifference(outputs[j].Primal, _expected[j].Primal) is { } difference)
            {
                throw new RuleTestException($"{at}: the rule's primal {outputs[j].Name} differs from the plain call's: {difference}.");
            }
        }
    }

    private void CheckSpareLane(List<Output> outputs, ChunkWidth width, int lane, string at)
    {
        foreach (Output output in outputs.Where(o => TangentTypes.HasTangent(o.Type)))
        {
            // Compared with a zero tangent bit for bit up to the sign of zero, not through a norm:
            // a tiny stray value squares to zero.
            TangentSpace space = TangentSpace.Of(output.Type, width);
            object? spare = space.ExtractLane(output.Tangent, lane);
            object? zero = space.LaneSpace.Zero(output.Primal);
            if (StructuralEquality.FirstDifference(spare, zero, signedZeros: false) is { } difference)
            {
                throw new RuleTestException($"{at}: spare lane {lane} of {output.Name} is not zero: {difference}.");
            }
        }
    }

    private void CheckLaneAgainstWidthOne(List<Output> outputs, ChunkWidth width, int lane, string at)
    {
        List<Output> reference = LaneRun(lane);
        for (int j = 0; j < outputs.Count; j++)
        {
            if (!TangentTypes.HasTangent(outputs[j].Type))
            {
                continue;
            }

            TangentSpace space = TangentSpace.Of(outputs[j].Type, width);
            object? actual = space.ExtractLane(outputs[j].Tangent, lane);
            object? expected = reference[j].Tangent;
            if (_options.LanesBitwise)
            {
                if (StructuralEquality.FirstDifference(actual, expected) is { } difference)
                {
                    throw new RuleTestException($"{at}: lane {lane} of {outputs[j].Name} differs from the width-1 run in that direction: {difference}.");
                }
            }
            else
            {
                RequireClose(space.LaneSpace, actual, expected, $"{at}: lane {lane} of {outputs[j].Name} against the width-1 run in that direction");
            }
        }
    }

    private void CheckFiniteDifferences(List<Output> outputs, ChunkWidth width, int lane, string at)
    {
        double h = _options.Step;
        List<Output> plusH = Moved(lane, h), minusH = Moved(lane, -h), plusHalf = Moved(lane, h / 2), minusHalf = Moved(lane, -h / 2);
        for (int j = 0; j < outputs.Count; j++)
        {
            if (!TangentTypes.HasTangent(outputs[j].Type))
            {
                continue;
            }

            TangentSpace one = TangentSpace.Of(outputs[j].Type, One);
            object? coarse = one.Scale(1 / (2 * h), one.Difference(plusH[j].Primal, minusH[j].Primal, 0));
            object? fine = one.Scale(1 / h, one.Difference(plusHalf[j].Primal, minusHalf[j].Primal, 0));

            // Richardson: the O(h²) error terms of the two central differences cancel.
            object? estimate = one.Add(one.Scale(4.0 / 3.0, fine), one.Scale(-1.0 / 3.0, coarse));
            object? derivative = TangentSpace.Of(outputs[j].Type, width).ExtractLane(outputs[j].Tangent, lane);
            RequireClose(one, derivative, estimate, $"{at}: lane {lane} of {outputs[j].Name} against finite differences");
        }
    }

    // The primal outputs with every active input moved by `step` along lane `lane`'s direction.
    private List<Output> Moved(int lane, double step) =>
        RunPrimal(i => _active[i] ? TangentSpace.Of(_types[i], One).AddToPrimal(Copy(i), _directions[i, lane], 0, step) : Copy(i));

    private List<Output> LaneRun(int lane)
    {
        if (!_laneRuns.TryGetValue(lane, out List<Output>? run))
        {
            run = RunRule(_rule.Instantiate(One, RuleTypeArguments), One, 1, lane).Outputs;
            _laneRuns[lane] = run;
        }

        return run;
    }

    private void RequireClose(TangentSpace space, object? actual, object? expected, string what)
    {
        object? error = space.Add(actual, space.Scale(-1.0, expected));
        double errorNorm = Math.Sqrt(space.Dot(error, error));
        double scale = Math.Max(1.0, Math.Sqrt(space.Dot(expected, expected)));
        if (!(errorNorm <= _options.Tolerance * scale))
        {
            throw new RuleTestException(
                $"{what}: error {errorNorm:G3} exceeds {_options.Tolerance:G3} × {scale:G3} (rule {Describe(actual)}, expected {Describe(expected)}).");
        }
    }

    private void CheckAllocations(MethodInfo rule, ChunkWidth width, int requested, List<Output> outputs, string at)
    {
        long bytes = AllocationProbe.BytesPerCall(rule, BuildArguments(rule, width, requested, null));
        bool scalar = rule.GetParameters().All(p => IsScalarValue(Unref(p.ParameterType))) && (rule.ReturnType == typeof(void) || IsScalarValue(rule.ReturnType));
        if (scalar && bytes != 0)
        {
            throw new RuleTestException($"{at}: a rule on scalars allocates {bytes} bytes per call.");
        }

        if (width.Lanes == 1)
        {
            _widthOneBytes = bytes;
            return;
        }

        _widthOneBytes ??= AllocationProbe.BytesPerCall(_rule.Instantiate(One, RuleTypeArguments), BuildArguments(_rule.Instantiate(One, RuleTypeArguments), One, 1, null));
        long perLane = (outputs.Count > 0 && _primal is MethodInfo { ReturnType: var r } && r != typeof(void) ? BlockBytes(outputs[0].Tangent) : 0)
            + (_options.WorkspaceElementsPerLane * sizeof(double));
        long allowed = (width.Lanes - 1) * perLane;
        if (bytes - _widthOneBytes.Value > allowed)
        {
            throw new RuleTestException(
                $"{at}: the rule allocates {bytes} bytes per call against {_widthOneBytes} at width 1; the {width.Lanes - 1} extra lanes of the returned tangents and declared workspace account for {allowed}.");
        }
    }

    // The bytes one lane of the tangent blocks in `tangent` occupies.
    private static long BlockBytes(object? tangent)
    {
        long total = 0;
        var pending = new Stack<object?>([tangent]);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            object? value = pending.Pop();
            if (value is null || (!value.GetType().IsValueType && !seen.Add(value)))
            {
                continue;
            }

            Type type = value.GetType();
            Type? block = BlockBase(type);
            if (block is not null)
            {
                int count = (int)block.GetProperty(nameof(BlockTangent<Chunk1, double>.Count))!.GetValue(value)!;
                total += count * (block.GetGenericArguments()[1] == typeof(float) ? sizeof(float) : sizeof(double));
            }
            else if (value is Array array && !type.GetElementType()!.IsPrimitive)
            {
                foreach (object? element in array)
                {
                    pending.Push(element);
                }
            }
            else if (!type.IsPrimitive && type != typeof(NoTangent))
            {
                foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public))
                {
                    pending.Push(field.GetValue(value));
                }
            }
        }

        return total;
    }

    private static Type? BlockBase(Type type)
    {
        for (Type? t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(BlockTangent<,>))
            {
                return t;
            }
        }

        return null;
    }

    // A value passed without any reference inside it: numbers, chunks, scalar duals.
    private static bool IsScalarValue(Type type) =>
        type.IsPrimitive || type.IsEnum || (type.IsValueType && type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).All(f => IsScalarValue(f.FieldType)));

    private static Type Unref(Type type) => type.IsByRef ? type.GetElementType()! : type;

    private static string Describe(object? tangent) => tangent switch
    {
        null => "null",
        BlockTangent<Chunk1, double> block => $"[{string.Join(", ", block.Block.Take(6).Select(v => v.ToString("G6")))}{(block.Count > 6 ? ", ..." : string.Empty)}]",
        _ => tangent.ToString() ?? tangent.GetType().Name,
    };

    private sealed record Output(string Name, Type Type, object? Primal, object? Tangent);
}
