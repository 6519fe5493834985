using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace Mooncake.Tangents;

/// <summary>
/// Resolves the tangent type of any primal type at one width, building struct and class tangent
/// types with Reflection.Emit the first time they are needed and caching them.
/// </summary>
/// <remarks>
/// Emitted tangent types have one public field per instance field of the primal, with the same
/// name and the field's tangent type (<see cref="NoTangent"/> for fields without a derivative).
/// Class tangents are classes whose base is the tangent of the primal's base class, so a field
/// typed by a base class can hold the tangent of a subclass. Types that refer to each other are
/// defined together in one batch and created in an order the runtime accepts (base classes and
/// by-value struct fields first). Emission is serialised by one lock; lookups are lock-free.
/// </remarks>
internal sealed class TangentTypeBuilder
{
    private static readonly ConcurrentDictionary<ChunkWidth, TangentTypeBuilder> Builders = new();
    private static readonly ConcurrentDictionary<Type, (Type Primal, ChunkWidth Width)> EmittedPrimals = new();
    private static readonly Lock EmitLock = new();
    private static readonly Lazy<ModuleBuilder> Module = new(() =>
        AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Mooncake.Tangents.Emitted"), AssemblyBuilderAccess.Run)
            .DefineDynamicModule("Mooncake.Tangents.Emitted"));

    private static int _typeCounter;

    private readonly ChunkWidth _width;
    private readonly ConcurrentDictionary<Type, Type> _tangents = new();

    private TangentTypeBuilder(ChunkWidth width) => _width = width;

    /// <summary>The builder for <paramref name="width"/>.</summary>
    public static TangentTypeBuilder For(ChunkWidth width) => Builders.GetOrAdd(width, static w => new TangentTypeBuilder(w));

    /// <summary>The primal type and width an emitted tangent type was built for, if it is one.</summary>
    public static bool TryGetEmittedPrimal(Type tangentType, out Type primal, out ChunkWidth width)
    {
        bool found = EmittedPrimals.TryGetValue(tangentType, out var entry);
        (primal, width) = entry;
        return found;
    }

    /// <summary>The tangent type of <paramref name="primal"/> at this builder's width.</summary>
    /// <exception cref="NotSupportedException">The type, or a type it holds, has no tangent type.</exception>
    public Type TangentOf(Type primal)
    {
        ArgumentNullException.ThrowIfNull(primal);
        if (_tangents.TryGetValue(primal, out Type? known))
        {
            return known;
        }

        lock (EmitLock)
        {
            if (_tangents.TryGetValue(primal, out known))
            {
                return known;
            }

            var batch = new Batch(this);
            Type result = batch.Resolve(primal, primal.ToString());
            if (batch.IsEmpty)
            {
                // Nothing was emitted, so the result holds no type under construction.
                return _tangents.GetOrAdd(primal, result);
            }

            batch.CreateAll();
        }

        // The batch published every emitted type; composites over them resolve now without emitting.
        return TangentOf(primal);
    }

    private static string TypeName(Type primal, ChunkWidth width)
    {
        var name = new StringBuilder("Mooncake.Tangents.Emitted.");
        AppendReadableName(name, primal);
        return name.Append("__Tangent").Append(width.Lanes).Append(width.UsesVector512 ? "V512" : string.Empty)
            .Append('_').Append(Interlocked.Increment(ref _typeCounter)).ToString();
    }

    // Namespace.Name_Arg1_Arg2 with nested types joined by '_' (e.g. System.Collections.Generic.List_Double).
    private static void AppendReadableName(StringBuilder name, Type type)
    {
        if (type.IsNested && !type.IsGenericParameter)
        {
            AppendReadableName(name, type.DeclaringType!);
            name.Append('_');
        }
        else if (type.Namespace is { } ns)
        {
            name.Append(ns).Append('.');
        }

        string simple = type.Name;
        int tick = simple.IndexOf('`', StringComparison.Ordinal);
        name.Append(tick < 0 ? simple : simple[..tick]);
        foreach (Type argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            name.Append('_');
            if (argument.IsArray || argument.IsGenericType)
            {
                name.Append(argument.Name.Replace('`', '_').Replace('[', '_').Replace(']', '_').Replace(',', '_'));
            }
            else
            {
                name.Append(argument.Name);
            }
        }
    }

    // One emission: the struct and class tangent types defined while resolving one primal type.
    private sealed class Batch(TangentTypeBuilder owner)
    {
        private readonly Dictionary<Type, TypeBuilder> _pending = [];
        private readonly List<(Type Primal, TypeBuilder Builder)> _defined = [];

        // Keyed by reference: a TypeBuilder's hash code changes once it is created.
        private readonly Dictionary<TypeBuilder, List<Type>> _fieldTypes = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<TypeBuilder, ConstructorBuilder> _constructors = new(ReferenceEqualityComparer.Instance);

        public bool IsEmpty => _defined.Count == 0;

        // The tangent type of primal, which may be (or contain) a type under construction.
        // path describes where primal was reached from, for error messages.
        public Type Resolve(Type primal, string path)
        {
            if (owner._tangents.TryGetValue(primal, out Type? known))
            {
                return known;
            }

            if (_pending.TryGetValue(primal, out TypeBuilder? underConstruction))
            {
                return underConstruction;
            }

            PrimalKind kind;
            bool hasTangent;
            try
            {
                kind = PrimalTypes.KindOf(primal);
                hasTangent = PrimalTypes.HasTangent(primal);
            }
            catch (NotSupportedException e) when (path != primal.ToString())
            {
                throw new NotSupportedException($"{path} has no tangent type: {e.Message}", e);
            }

            if (!hasTangent)
            {
                return typeof(NoTangent);
            }

            ChunkWidth width = owner._width;
            return kind switch
            {
                PrimalKind.Scalar => primal == typeof(double) ? width.DoubleChunk : width.FloatChunk,
                PrimalKind.SimdVector => SimdTangentType(primal),
                PrimalKind.ScalarArray => BlockTangentType(typeof(ArrayTangent<,>), primal.GetElementType()!),
                PrimalKind.ScalarMatrix => BlockTangentType(typeof(MatrixTangent<,>), primal.GetElementType()!),
                PrimalKind.ElementArray => Resolve(primal.GetElementType()!, $"{path} (element)").MakeArrayType(),
                PrimalKind.Dynamic or PrimalKind.Delegate => typeof(object),
                PrimalKind.Nullable => Resolve(Nullable.GetUnderlyingType(primal)!, $"{path}.Value"),
                PrimalKind.Tuple => TupleTangentType(primal, path),
                PrimalKind.Struct when NumericsTypes.TangentOrNull(primal, width.FloatChunk) is { } named => named,
                PrimalKind.Struct or PrimalKind.Class => Define(primal, path),
                _ => throw new InvalidOperationException($"Unhandled primal kind {kind} of {primal}."),
            };
        }

        public void CreateAll()
        {
            foreach ((TypeBuilder builder, ConstructorBuilder constructor) in _constructors)
            {
                ConstructorInfo parentConstructor = builder.BaseType is TypeBuilder parent
                    ? _constructors[parent]
                    : typeof(object).GetConstructor(Type.EmptyTypes)!;
                ILGenerator il = constructor.GetILGenerator();
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Call, parentConstructor);
                il.Emit(OpCodes.Ret);
            }

            var created = new HashSet<TypeBuilder>(ReferenceEqualityComparer.Instance);
            foreach ((_, TypeBuilder builder) in _defined)
            {
                Create(builder, created);
            }

            foreach ((Type primal, TypeBuilder builder) in _defined)
            {
                Type runtimeType = builder.CreateType();
                EmittedPrimals[runtimeType] = (primal, owner._width);
                owner._tangents[primal] = runtimeType;
            }
        }

        private Type BlockTangentType(Type definition, Type element)
        {
            Type chunk = element == typeof(double) ? owner._width.DoubleChunk : owner._width.FloatChunk;
            return definition.MakeGenericType(chunk, element);
        }

        // Lane-major: one chunk per lane (see LaneTangents).
        private Type SimdTangentType(Type primal)
        {
            SimdVectors.IsFloatingVector(primal, out Type element, out int lanes);
            Type chunk = element == typeof(double) ? owner._width.DoubleChunk : owner._width.FloatChunk;
            return LaneTangents.TypeFor(lanes, chunk)
                ?? throw new NotSupportedException($"{primal} has no tangent type: no lane tangent type has {lanes} lanes.");
        }

        private Type TupleTangentType(Type primal, string path)
        {
            Type[] elements = primal.GetGenericArguments();
            Type[] tangents = [.. elements.Select((e, i) => Resolve(e, $"{path}.Item{i + 1}"))];
            Type definition = elements.Length switch
            {
                2 => typeof(TupleTangent<,>),
                3 => typeof(TupleTangent<,,>),
                4 => typeof(TupleTangent<,,,>),
                5 => typeof(TupleTangent<,,,,>),
                6 => typeof(TupleTangent<,,,,,>),
                _ => typeof(TupleTangent<,,,,,,>),
            };
            return definition.MakeGenericType(tangents);
        }

        private TypeBuilder Define(Type primal, string path)
        {
            TypeAttributes attributes = TypeAttributes.Public | TypeAttributes.BeforeFieldInit
                | (primal.IsValueType ? TypeAttributes.Sealed | TypeAttributes.SequentialLayout : TypeAttributes.AutoLayout)
                | (primal.IsSealed && !primal.IsValueType ? TypeAttributes.Sealed : 0);
            TypeBuilder builder = Module.Value.DefineType(
                TypeName(primal, owner._width), attributes, primal.IsValueType ? typeof(ValueType) : typeof(object));

            // Registered before anything it refers to is resolved, so that a base class holding
            // its subclass, or a class holding itself, finds this builder instead of defining
            // another one.
            _pending[primal] = builder;
            _defined.Add((primal, builder));
            if (!primal.IsValueType)
            {
                // The body, which calls the parent's constructor, is emitted in CreateAll: the
                // parent may still be under construction here.
                _constructors[builder] = builder.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, Type.EmptyTypes);
                if (primal.BaseType is { } baseType && baseType != typeof(object))
                {
                    builder.SetParent(Resolve(baseType, $"{path} (base class {baseType})"));
                }
            }

            var fieldTypes = new List<Type>();
            foreach (FieldInfo field in PrimalTypes.DeclaredFields(primal))
            {
                Type fieldType = PrimalTypes.IsOpaqueField(field) ? typeof(NoTangent) : Resolve(field.FieldType, $"{primal}.{field.Name}");
                builder.DefineField(field.Name, fieldType, FieldAttributes.Public);
                fieldTypes.Add(fieldType);
            }

            _fieldTypes[builder] = fieldTypes;
            return builder;
        }

        // Creates builder after everything the runtime must load first: its base class and the
        // struct types it holds by value.
        private void Create(TypeBuilder builder, HashSet<TypeBuilder> created)
        {
            if (!created.Add(builder))
            {
                return;
            }

            if (builder.BaseType is TypeBuilder parent)
            {
                Create(parent, created);
            }

            foreach ((_, TypeBuilder other) in _defined)
            {
                if (other != builder && other.IsValueType && HoldsByValue(builder, other))
                {
                    Create(other, created);
                }
            }

            builder.CreateType();
        }

        // TypeBuilder cannot list its fields before it is created, hence the recorded field types.
        private bool HoldsByValue(TypeBuilder holder, TypeBuilder structType) =>
            _fieldTypes[holder].Any(f => ContainsByValue(f, structType));

        private static bool ContainsByValue(Type fieldType, TypeBuilder structType) =>
            fieldType == structType
            || (fieldType.IsGenericType && !fieldType.IsArray && fieldType.GetGenericArguments().Any(a => ContainsByValue(a, structType)));
    }
}
