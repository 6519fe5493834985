using System.Numerics;
using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Registers the templates of <see cref="NumericsElementwiseRules{TPrimal, TTangent, TChunk}"/> for the field-by-field
/// operations of System.Numerics' float types: <c>+</c>, <c>-</c> and negation of every vector,
/// quaternion and matrix, products and quotients field by field of the vectors, and products by a
/// scalar (a quaternion's product and quotient with another quaternion, and a matrix product, are
/// not field by field: they have rules of their own).
/// </summary>
internal static class NumericsRuleTable
{
    private const BindingFlags PublicStatic = BindingFlags.Public | BindingFlags.Static;

    /// <summary>The rules, one per primal found.</summary>
    public static IEnumerable<Rule> Rules()
    {
        foreach (Type t in new[] { typeof(Vector2), typeof(Vector3), typeof(Vector4), typeof(Quaternion), typeof(Matrix3x2), typeof(Matrix4x4) })
        {
            bool vector = t == typeof(Vector2) || t == typeof(Vector3) || t == typeof(Vector4);
            var entries = new List<(MethodInfo? Primal, string Template)>
            {
                (t.GetMethod("op_Addition", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Add)),
                (t.GetMethod("op_Subtraction", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Subtract)),
                (t.GetMethod("op_UnaryNegation", PublicStatic, [t]), nameof(NumericsElementwiseRules<,,>.Negate)),
                (t.GetMethod("op_UnaryPlus", PublicStatic, [t]), nameof(NumericsElementwiseRules<,,>.Identity)),
                (t.GetMethod("op_Multiply", PublicStatic, [t, typeof(float)]), nameof(NumericsElementwiseRules<,,>.Scale)),
                (t.GetMethod("op_Multiply", PublicStatic, [typeof(float), t]), nameof(NumericsElementwiseRules<,,>.ScaleLeft)),
                (t.GetMethod("Add", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Add)),
                (t.GetMethod("Subtract", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Subtract)),
                (t.GetMethod("Negate", PublicStatic, [t]), nameof(NumericsElementwiseRules<,,>.Negate)),
                (t.GetMethod("Multiply", PublicStatic, [t, typeof(float)]), nameof(NumericsElementwiseRules<,,>.Scale)),
                (t.GetMethod("Multiply", PublicStatic, [typeof(float), t]), nameof(NumericsElementwiseRules<,,>.ScaleLeft)),
            };
            if (vector)
            {
                entries.AddRange(
                [
                    (t.GetMethod("op_Multiply", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Multiply)),
                    (t.GetMethod("op_Division", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Divide)),
                    (t.GetMethod("op_Division", PublicStatic, [t, typeof(float)]), nameof(NumericsElementwiseRules<,,>.DivideByScalar)),
                    (t.GetMethod("Multiply", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Multiply)),
                    (t.GetMethod("Divide", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Divide)),
                    (t.GetMethod("Divide", PublicStatic, [t, typeof(float)]), nameof(NumericsElementwiseRules<,,>.DivideByScalar)),
                    (t.GetMethod("Min", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Min)),
                    (t.GetMethod("Max", PublicStatic, [t, t]), nameof(NumericsElementwiseRules<,,>.Max)),
                    (t.GetMethod("Clamp", PublicStatic, [t, t, t]), nameof(NumericsElementwiseRules<,,>.Clamp)),
                    (t.GetMethod("Abs", PublicStatic, [t]), nameof(NumericsElementwiseRules<,,>.Abs)),
                    (t.GetMethod("SquareRoot", PublicStatic, [t]), nameof(NumericsElementwiseRules<,,>.SquareRoot)),
                ]);
            }

            foreach ((MethodInfo? primal, string template) in entries)
            {
                if (primal is null)
                {
                    continue;
                }

                MethodInfo method = typeof(NumericsElementwiseRules<,,>).GetMethod(template, PublicStatic)!;
                Type type = t;
                yield return new Rule(primal, method, RuleKind.Derivative, width => [type, TangentTypes.TangentType(type, width), width.FloatChunk]);
            }
        }
    }
}
