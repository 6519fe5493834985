using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules;

/// <summary>
/// The floating-point operations that C# compiles to IL instructions rather than calls, one
/// method per instruction and operand type, so that an instruction can be differentiated like a
/// call: <see cref="For"/> maps an instruction to its primal here, and the registry holds the
/// primal's rule (<see cref="OperatorRules"/>, <see cref="ConversionRules"/>).
/// </summary>
/// <remarks>
/// <para>Each method computes exactly what its instruction computes on the evaluation stack.
/// Integers are on the stack as int32, int64 or native int whatever their declared type, and
/// <c>conv.r8</c> and <c>conv.r4</c> read them as signed: C# converts an unsigned integer with
/// <c>conv.r.un</c> first (<c>(double)u</c> is <c>conv.r.un; conv.r8</c>). Conversions from
/// integers give constants; their rules return zero partials.</para>
/// <para>One pair is not the composition of its parts: the JIT compiles <c>conv.r.un; conv.r4</c>
/// of an int64 (C#'s <c>(float)ulongValue</c>) as one conversion rounded once, while
/// <c>ConvR4(ConvRUn(x))</c> rounds to double first and can differ in the last bit above 2^53.
/// Such a conversion carries no derivative, so a rewriter can leave the instructions in place.</para>
/// </remarks>
public static class ILPrimitives
{
    private static readonly Dictionary<(short OpCode, Type StackType), MethodInfo> Instructions = BuildTable();

    /// <summary><c>add</c> on float64.</summary>
    public static double Add(double x, double y) => x + y;

    /// <summary><c>add</c> on float32.</summary>
    public static float Add(float x, float y) => x + y;

    /// <summary><c>sub</c> on float64.</summary>
    public static double Sub(double x, double y) => x - y;

    /// <summary><c>sub</c> on float32.</summary>
    public static float Sub(float x, float y) => x - y;

    /// <summary><c>mul</c> on float64.</summary>
    public static double Mul(double x, double y) => x * y;

    /// <summary><c>mul</c> on float32.</summary>
    public static float Mul(float x, float y) => x * y;

    /// <summary><c>div</c> on float64.</summary>
    public static double Div(double x, double y) => x / y;

    /// <summary><c>div</c> on float32.</summary>
    public static float Div(float x, float y) => x / y;

    /// <summary><c>rem</c> on float64: the truncated remainder (C#'s <c>%</c>, C's <c>fmod</c>).</summary>
    public static double Rem(double x, double y) => x % y;

    /// <summary><c>rem</c> on float32.</summary>
    public static float Rem(float x, float y) => x % y;

    /// <summary><c>neg</c> on float64.</summary>
    public static double Neg(double x) => -x;

    /// <summary><c>neg</c> on float32.</summary>
    public static float Neg(float x) => -x;

    /// <summary><c>conv.r8</c> of a float64: the identity.</summary>
    public static double ConvR8(double x) => x;

    /// <summary><c>conv.r8</c> of a float32: exact widening.</summary>
    public static double ConvR8(float x) => x;

    /// <summary><c>conv.r8</c> of an int32 (signed).</summary>
    public static double ConvR8(int x) => x;

    /// <summary><c>conv.r8</c> of an int64 (signed).</summary>
    public static double ConvR8(long x) => x;

    /// <summary><c>conv.r8</c> of a native int (signed).</summary>
    public static double ConvR8(nint x) => x;

    /// <summary><c>conv.r4</c> of a float32: the identity.</summary>
    public static float ConvR4(float x) => x;

    /// <summary><c>conv.r4</c> of a float64: rounds to the nearest float32.</summary>
    public static float ConvR4(double x) => (float)x;

    /// <summary><c>conv.r4</c> of an int32 (signed).</summary>
    public static float ConvR4(int x) => x;

    /// <summary><c>conv.r4</c> of an int64 (signed).</summary>
    public static float ConvR4(long x) => x;

    /// <summary><c>conv.r4</c> of a native int (signed).</summary>
    public static float ConvR4(nint x) => x;

    /// <summary><c>conv.r.un</c> of an int32 read as unsigned.</summary>
    public static double ConvRUn(uint x) => x;

    /// <summary><c>conv.r.un</c> of an int64 read as unsigned.</summary>
    public static double ConvRUn(ulong x) => x;

    /// <summary><c>conv.r.un</c> of a native int read as unsigned.</summary>
    public static double ConvRUn(nuint x) => x;

    /// <summary>
    /// The primal of <paramref name="opcode"/> applied to operands of <paramref name="operandType"/>
    /// (for a conversion, the type converted from), or null if the instruction on that type is not
    /// one of these (integer arithmetic, say, which carries no derivative).
    /// </summary>
    /// <remarks>
    /// <paramref name="operandType"/> may be any declared type: integer types, <see cref="bool"/>,
    /// <see cref="char"/> and enums are taken at their stack type, so <c>conv.r8</c> of a
    /// <see cref="ushort"/> is <see cref="ConvR8(int)"/> and <c>conv.r.un</c> of an
    /// <see cref="int"/> is <see cref="ConvRUn(uint)"/>.
    /// </remarks>
    public static MethodInfo? For(OpCode opcode, Type operandType)
    {
        ArgumentNullException.ThrowIfNull(operandType);
        return StackType(operandType) is { } stackType && Instructions.TryGetValue((opcode.Value, stackType), out MethodInfo? primal)
            ? primal
            : null;
    }

    // The type an operand has on the evaluation stack: float32, float64, or the signed integer
    // type of its size (the unsigned instruction picks the unsigned overload itself).
    private static Type? StackType(Type type)
    {
        if (type == typeof(nint) || type == typeof(nuint) || type.IsPointer)
        {
            return typeof(nint);
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Double => typeof(double),
            TypeCode.Single => typeof(float),
            TypeCode.Boolean or TypeCode.Char or TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 => typeof(int),
            TypeCode.Int64 or TypeCode.UInt64 => typeof(long),
            _ => null,
        };
    }

    private static Dictionary<(short, Type), MethodInfo> BuildTable()
    {
        var table = new Dictionary<(short, Type), MethodInfo>();
        void Add(OpCode opcode, Type stackType, string name, params Type[] parameters) =>
            table.Add((opcode.Value, stackType), typeof(ILPrimitives).GetMethod(name, parameters)!);

        foreach (Type type in new[] { typeof(double), typeof(float) })
        {
            Add(OpCodes.Add, type, nameof(Add), type, type);
            Add(OpCodes.Sub, type, nameof(Sub), type, type);
            Add(OpCodes.Mul, type, nameof(Mul), type, type);
            Add(OpCodes.Div, type, nameof(Div), type, type);
            Add(OpCodes.Rem, type, nameof(Rem), type, type);
            Add(OpCodes.Neg, type, nameof(Neg), type);
        }

        foreach (Type type in new[] { typeof(double), typeof(float), typeof(int), typeof(long), typeof(nint) })
        {
            Add(OpCodes.Conv_R8, type, nameof(ConvR8), type);
            Add(OpCodes.Conv_R4, type, nameof(ConvR4), type);
        }

        Add(OpCodes.Conv_R_Un, typeof(int), nameof(ConvRUn), typeof(uint));
        Add(OpCodes.Conv_R_Un, typeof(long), nameof(ConvRUn), typeof(ulong));
        Add(OpCodes.Conv_R_Un, typeof(nint), nameof(ConvRUn), typeof(nuint));
        return table;
    }
}
